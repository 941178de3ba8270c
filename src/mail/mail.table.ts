import type { ColumnType, Generated } from 'kysely'

export interface MailOutboxTable {
  id: Generated<number>
  to_address: string
  subject: string
  body: string
  created_at: Generated<Date>
  sent_at: Date | null
  attempts: Generated<number>
  last_error: string | null
  headers: ColumnType<Record<string, string>, string | undefined, string>
}
