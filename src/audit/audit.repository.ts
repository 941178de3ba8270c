import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/** Who made a change: a signed-in user, or a named process (the CLI, the importer, the demo loader). */
export interface Actor {
  userId: number | null
  name: string
  requestId?: string
}

export interface AuditEntry {
  action: string
  entityType: string
  entityId?: string | number | null
  before?: object | null
  after?: object | null
}

export const systemActor = (name: string): Actor => ({ userId: null, name })

/** Appends one entry to the audit log, inside the caller's transaction when given one. */
export async function recordAudit(db: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: actor.userId,
      actor: actor.name,
      request_id: actor.requestId ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
    })
    .execute()
}
