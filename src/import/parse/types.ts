/**
 * The shape `scrutiny parse <file> --json` prints (issue 4). Keys are snake_case because this is
 * a public interchange format documented by `schemas/parsed-pack.schema.json`.
 */

/** One page of a pack, numbered as printed in the pack (1-based). */
export interface PackPage {
  number: number
  text: string
}

export interface ParseWarning {
  page: number | null
  message: string
}

export interface ParsedMeeting {
  date: string | null // YYYY-MM-DD
  start_time: string | null // HH:MM
  venue: string | null
}

export interface ParsedAgendaItem {
  number: number
  title: string
  pages: [number, number] | null
  time_slot: [string, string] | null
  attendees: string | null
  source_page?: number | null
}

export interface ParsedReport {
  title: string
  report_of: string | null
  author: string | null
  date: string | null
  pages: [number, number]
}

export interface ParsedResolution {
  item: string
  text: string
}

export interface ParsedActionNotes {
  meeting_date: string | null
  present: string[]
  apologies: string[]
  resolutions: ParsedResolution[]
  source_page?: number | null
}

export interface ParsedAction {
  date: string
  agenda_item: string
  action: string
  update: string | null
  has_update: boolean
  source_page?: number | null
}

export interface ParsedRecommendation {
  inquiry: string
  number: string
  text: string
  responsibility: string | null
  completion_date: string | null
  assessment: number | null
  source_page?: number | null
}

export interface ParsedWorkProgrammeItem {
  meeting_date: string | null
  topic: string
  type: string | null
  lead_officer: string | null
  source_page?: number | null
}

export interface ParsedPack {
  committee: string | null
  meeting: ParsedMeeting
  members: string[]
  agenda_items: ParsedAgendaItem[]
  reports: ParsedReport[]
  action_notes: ParsedActionNotes | null
  action_tracker: ParsedAction[]
  recommendations: ParsedRecommendation[]
  work_programme: ParsedWorkProgrammeItem[]
  warnings: ParseWarning[]
}
