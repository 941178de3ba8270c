import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import type { AppUserRow, NewAppUser } from './accounts.table.ts'

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst()
}

export function findActiveUserById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('app_user')
    .select(['id', 'email', 'display_name', 'role'])
    .where('id', '=', id)
    .where('is_active', '=', true)
    .executeTakeFirst()
}

export async function insertUser(db: Kysely<Database>, user: NewAppUser): Promise<AppUserRow> {
  return db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow()
}

export async function recordFailedLogin(db: Kysely<Database>, id: number, lockedUntil: Date | null): Promise<void> {
  await db
    .updateTable('app_user')
    .set(eb => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: lockedUntil }))
    .where('id', '=', id)
    .execute()
}

export async function recordSuccessfulLogin(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', id)
    .execute()
}
