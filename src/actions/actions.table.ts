import type { Generated } from 'kysely'

export type ActionStatus = 'open' | 'done' | 'withdrawn'

export interface ActionTable {
  id: Generated<number>
  committee_id: number
  meeting_id: number | null
  agenda_item_id: number | null
  raised_on: string
  agenda_item_title: string | null
  description: string
  owner: string | null
  owner_person_id: number | null
  due_on: string | null
  status: Generated<ActionStatus>
  closed_on: string | null
  re_raised_from_id: number | null
  originally_requested_on: string | null
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ActionUpdateTable {
  id: Generated<number>
  action_id: number
  written_on: string
  body: string
  written_by: number | null
  created_at: Generated<Date>
}
