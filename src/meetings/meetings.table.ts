import type { Generated, JSONColumnType, Selectable } from 'kysely'

export const MEETING_STATUSES = ['scheduled', 'agenda_published', 'held', 'minutes_approved', 'cancelled'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const STANDING_KINDS = [
  'recording_notice',
  'apologies',
  'declarations',
  'action_notes',
  'action_tracker',
  'work_programme',
  'call_in_petitions',
  'urgent_business',
  'authority_to_chair',
  'next_meeting',
  'exempt_resolution',
] as const
export type StandingKind = (typeof STANDING_KINDS)[number]

export interface MeetingTable {
  id: Generated<number>
  committee_id: number
  slug: string
  meeting_date: string
  start_time: string | null
  venue: string | null
  webcast_url: string | null
  status: Generated<MeetingStatus>
  cancellation_reason: string | null
  agenda_published_at: Date | null
  late_publication_reason: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type MeetingRow = Selectable<MeetingTable>

export interface MeetingChangeTable {
  id: Generated<number>
  meeting_id: number
  changed_at: Generated<Date>
  changed_by: number | null
  kind: 'rescheduled' | 'cancelled' | 'reinstated' | 'venue_changed' | 'other'
  before: JSONColumnType<Record<string, unknown>, string, string>
  after: JSONColumnType<Record<string, unknown>, string, string>
  reason: string | null
}

export interface AgendaItemTable {
  id: Generated<number>
  meeting_id: number
  position: number
  item_number: string
  title: string
  description: string | null
  standing_kind: StandingKind | null
  time_from: string | null
  time_to: string | null
  attendees: string | null
  lead_officer: string | null
  is_exempt: Generated<boolean>
  exempt_paragraph: number | null
  page_from: number | null
  page_to: number | null
  source_file_id: number | null
  source_page: number | null
  report_author_id: Generated<number | null>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type AgendaItemRow = Selectable<AgendaItemTable>

export const LATE_REASON_KINDS = ['late_item', 'special_urgency'] as const
export type LateReasonKind = (typeof LATE_REASON_KINDS)[number]

export interface AgendaVersionTable {
  id: Generated<number>
  meeting_id: number
  version_number: number
  kind: 'agenda' | 'supplement'
  published_at: Generated<Date>
  published_on: string
  published_by: number | null
  late_reason_kind: LateReasonKind | null
  late_reason: string | null
  items: JSONColumnType<unknown[], string, string>
  changes: JSONColumnType<unknown[], string, string>
}

export interface MeetingSlugRedirectTable {
  old_slug: string
  meeting_id: number
}
