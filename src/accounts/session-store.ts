import type { SessionStore } from '@fastify/session'
import type { Session } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

type Callback = (err?: unknown) => void
type GetCallback = (err: unknown, session?: Session | null) => void

// Twelve hours: a working day's sign-in, then sign in again.
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000

/**
 * Keeps sessions in the database, not in memory, so any app instance behind a load balancer can
 * serve any request.
 */
export function databaseSessionStore(db: Kysely<Database>): SessionStore {
  return {
    get(id: string, callback: GetCallback) {
      db.selectFrom('user_session')
        .select(['data'])
        .where('id', '=', id)
        .where('expires_at', '>', new Date())
        .executeTakeFirst()
        .then(row => callback(null, (row?.data as Session | undefined) ?? null), callback)
    },
    set(id: string, session: Session, callback: Callback) {
      const data = JSON.stringify(session)
      const userId = typeof session.userId === 'number' ? session.userId : null
      const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS)
      db.insertInto('user_session')
        .values({ id, data, user_id: userId, expires_at: expiresAt })
        .onConflict(oc => oc.column('id').doUpdateSet({ data, user_id: userId, expires_at: expiresAt }))
        .execute()
        .then(() => callback(), callback)
    },
    destroy(id: string, callback: Callback) {
      db.deleteFrom('user_session')
        .where('id', '=', id)
        .execute()
        .then(() => callback(), callback)
    },
  }
}

/** Removes expired sessions; run at start and by the scheduled job. */
export async function purgeExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', new Date()).execute()
}
