import type { Generated, JSONColumnType } from 'kysely'

export const WORK_PROGRAMME_TYPES = [
  'update_report',
  'evidence_gathering',
  'inquiry_session',
  'tracking',
  'pre_decision_scrutiny',
  'call_in',
  'briefing',
  'other',
] as const
export type WorkProgrammeType = (typeof WORK_PROGRAMME_TYPES)[number]

export interface ForwardPlanItemTable {
  id: Generated<number>
  council_id: number
  reference: string
  title: string
  proposed_decision_date: string | null
  decision_maker: string | null
}

export interface WorkProgrammeItemTable {
  id: Generated<number>
  committee_id: number
  municipal_year_id: number | null
  meeting_id: number | null
  topic: string
  item_type: WorkProgrammeType | null
  aims: string | null
  lead_officer: string | null
  witnesses: string | null
  visits: string | null
  additional_information: string | null
  forward_plan_item_id: number | null
  inquiry_id: number | null
  position: Generated<number>
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ImportRunTable {
  id: Generated<number>
  file_id: number
  meeting_id: number | null
  imported_at: Generated<Date>
  imported_by: string
  report: JSONColumnType<object, string, string>
}

/** One move of a work programme item between meetings; null meeting: to be scheduled. */
export interface WorkProgrammeItemMoveTable {
  id: Generated<number>
  item_id: number
  from_meeting_id: number | null
  to_meeting_id: number | null
  reason: string | null
  moved_by: number | null
  moved_at: Generated<Date>
}
