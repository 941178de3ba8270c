import type { Generated } from 'kysely'

export type AttendanceKind = 'present' | 'also_present' | 'apologies' | 'substitute' | 'absent'

export interface ActionNotesTable {
  id: Generated<number>
  meeting_id: number
  status: Generated<'draft' | 'approved'>
  approved_at_meeting_id: number | null
  approved_on: string | null
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface AttendanceTable {
  id: Generated<number>
  meeting_id: number
  person_id: number | null
  name: string
  capacity: string | null
  kind: AttendanceKind
  source_page: number | null
}

export interface ItemNoteTable {
  id: Generated<number>
  meeting_id: number
  agenda_item_id: number | null
  body: string
  is_exempt: Generated<boolean>
  source_page: number | null
}

export interface ResolutionTable {
  id: Generated<number>
  meeting_id: number
  agenda_item_id: number | null
  item_label: string | null
  position: Generated<number>
  body: string
  is_exempt: Generated<boolean>
  source_file_id: number | null
  source_page: number | null
}
