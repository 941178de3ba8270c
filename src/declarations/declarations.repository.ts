import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.ts'
import type { DeclarationTable } from './declarations.table.ts'
import type { Insertable } from 'kysely'

export function declarationsOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('declaration')
    .innerJoin('person', 'person.id', 'declaration.person_id')
    .leftJoin('agenda_item', 'agenda_item.id', 'declaration.agenda_item_id')
    .select(['declaration.id', 'declaration.agenda_item_id', 'declaration.interest_kind', 'declaration.nature'])
    .select(['declaration.participation', 'person.full_name', 'person.honorific'])
    .select(['agenda_item.item_number', 'agenda_item.title as item_title', 'agenda_item.is_exempt as item_is_exempt'])
    .where('declaration.meeting_id', '=', meetingId)
    .orderBy('agenda_item.position')
    .orderBy('person.full_name')
    .orderBy('declaration.id')
    .execute()
}
export type DeclarationRow = Awaited<ReturnType<typeof declarationsOf>>[number]

export function insertDeclaration(trx: Transaction<Database>, row: Insertable<DeclarationTable>) {
  return trx.insertInto('declaration').values(row).returning('id').executeTakeFirstOrThrow()
}

export function deleteDeclaration(trx: Transaction<Database>, meetingId: number, id: number) {
  return trx
    .deleteFrom('declaration')
    .where('meeting_id', '=', meetingId)
    .where('id', '=', id)
    .returning(['id', 'person_id', 'agenda_item_id', 'interest_kind', 'nature', 'participation'])
    .executeTakeFirst()
}
