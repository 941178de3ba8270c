import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

const userColumns = [
  'app_user.id',
  'app_user.email',
  'app_user.display_name',
  'app_user.role',
  'app_user.is_active',
  'app_user.last_login_at',
  'app_user.person_id',
  'person.full_name as person_name',
] as const

/** Every staff account with the person it belongs to (if linked), by name. */
export function listUsers(db: Kysely<Database>) {
  return db
    .selectFrom('app_user')
    .leftJoin('person', 'person.id', 'app_user.person_id')
    .select(userColumns)
    .orderBy('app_user.display_name')
    .orderBy('app_user.id')
    .execute()
}

export function findUser(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('app_user')
    .leftJoin('person', 'person.id', 'app_user.person_id')
    .select(userColumns)
    .where('app_user.id', '=', id)
    .executeTakeFirst()
}

export type UserListRow = NonNullable<Awaited<ReturnType<typeof findUser>>>

/** The account already linked to a person, other than `exceptId`'s. */
export function userLinkedTo(db: Kysely<Database>, personId: number, exceptId: number | null) {
  let query = db.selectFrom('app_user').select(['id', 'email', 'display_name']).where('person_id', '=', personId)
  if (exceptId !== null) query = query.where('id', '!=', exceptId)
  return query.executeTakeFirst()
}

/** The people an account can be linked to, by name. */
export function peopleToLink(db: Kysely<Database>) {
  return db
    .selectFrom('person')
    .select(['id', 'full_name', 'honorific', 'kind', 'job_title'])
    .orderBy('full_name')
    .orderBy('id')
    .execute()
}
