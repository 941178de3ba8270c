import type { Generated, JSONColumnType } from 'kysely'

type Json = JSONColumnType<object, string, string>

export interface AuditLogTable {
  id: Generated<number>
  occurred_at: Generated<Date>
  user_id: number | null
  actor: string
  action: string
  entity_type: string
  entity_id: string | null
  before: Json | null
  after: Json | null
  request_id: string | null
}
