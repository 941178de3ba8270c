import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.ts'
import type { CommitteeTable } from './committees.table.ts'

/** The fields staff edit on a committee (the slug is set once, at creation). */
export interface CommitteeFields {
  name: string
  kind: 'overview_scrutiny' | 'coordinating' | 'cabinet' | 'full_council' | 'other'
  purpose: string | null
  terms_of_reference: string | null
  standing_items: string[]
  is_active: boolean
}

const COLUMNS = [
  'id',
  'name',
  'slug',
  'kind',
  'purpose',
  'terms_of_reference',
  'standing_items',
  'is_active',
] as const satisfies ReadonlyArray<keyof CommitteeTable>

export function listAllCommittees(db: Kysely<Database>) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'is_active'])
    .orderBy('is_active', 'desc')
    .orderBy('name')
    .execute()
}

export function findCommitteeForStaff(db: Kysely<Database>, slug: string) {
  return db.selectFrom('committee').select(COLUMNS).where('slug', '=', slug).executeTakeFirst()
}

export function lockCommittee(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('committee').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst()
}

/** The council the staff work for: one council per installation. */
export async function theCouncilId(db: Kysely<Database>): Promise<number | null> {
  const council = await db.selectFrom('council').select('id').orderBy('id').executeTakeFirst()
  return council?.id ?? null
}

export async function slugsStartingWith(db: Kysely<Database>, table: 'committee' | 'person', base: string) {
  const rows = await db.selectFrom(table).select('slug').where('slug', 'like', `${base}%`).execute()
  return new Set(rows.map(r => r.slug))
}

export function insertCommittee(trx: Transaction<Database>, councilId: number, slug: string, fields: CommitteeFields) {
  return trx
    .insertInto('committee')
    .values({ ...fields, council_id: councilId, slug, standing_items: JSON.stringify(fields.standing_items) })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()
}

export function updateCommittee(trx: Transaction<Database>, id: number, fields: CommitteeFields) {
  return trx
    .updateTable('committee')
    .set({ ...fields, standing_items: JSON.stringify(fields.standing_items), updated_at: new Date() })
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()
}
