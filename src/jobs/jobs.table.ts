import type { Generated } from 'kysely'

export const REMINDER_KINDS = [
  'evidence_requested',
  'evidence_due_soon',
  'evidence_overdue',
  'report_due_soon',
  'report_overdue',
] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

export interface ReminderSentTable {
  id: Generated<number>
  kind: ReminderKind
  tracking_round_id: number
  app_user_id: number
  due_on: string
  mail_id: number | null
  created_at: Generated<Date>
}
