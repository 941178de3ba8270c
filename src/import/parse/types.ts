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
  source_page?: number | null
}

export interface ParsedAgendaItem {
  number: number
  title: string
  pages: [number, number] | null
  time_slot: [string, string] | null
  attendees: string | null
  source_page?: number | null
  /** The item's text under its heading (description and attendees), paragraphs joined by newlines. */
  description?: string | null
}

export interface ParsedReport {
  title: string
  report_of: string | null
  author: string | null
  date: string | null
  pages: [number, number]
  /** Number of the agenda item the report was matched to. */
  agenda_item?: number | null
  source_page?: number | null
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
  /** Officers, witnesses and other members recorded as also present / in attendance. */
  also_present?: string[]
}

export interface ParsedAction {
  date: string
  agenda_item: string
  action: string
  update: string | null
  has_update: boolean
  source_page?: number | null
  /** ISO date an earlier meeting first asked for this action ("originally requested 7 Sep 2022"). */
  originally_requested?: string | null
}

export interface ParsedRecommendation {
  inquiry: string
  number: string
  text: string
  responsibility: string | null
  completion_date: string | null
  assessment: number | null
  source_page?: number | null
  /** The committee's own assessment code 1-6, when the pack states one (`assessment` is the executive's only where the table has no committee column). */
  committee_assessment?: number | null
  /** The executive's (cabinet member's) self-assessment code 1-6, when the pack states one. */
  self_assessment?: number | null
  /** Evidence of progress reported by the executive. */
  evidence?: string | null
  /** ISO date the committee concluded tracking ("Date Concluded by Overview and Scrutiny Committee"). */
  date_concluded?: string | null
  /**
   * ISO date of the earlier meeting the committee's assessment was given at, where the pack dates it
   * so ("Committee's Assessment (20 March 2015)", "15.11.2011: 6 – In Progress"); else it is this
   * meeting's.
   */
  committee_assessed_on?: string | null
  /** Theme heading the recommendation sits under in a tracking report ("Policies and Procedures"). */
  theme?: string | null
}

export interface ParsedWorkProgrammeItem {
  meeting_date: string | null
  topic: string
  type: string | null
  lead_officer: string | null
  source_page?: number | null
  /** "(10.05 - 10.45)" printed with the topic, as HH:MM pairs. */
  time_slot?: [string, string] | null
  /** Remaining text of the topic cell when the topic is only its first sentence. */
  details?: string | null
  aims?: string | null
  witnesses?: string | null
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
  /**
   * Recommendations the pack lists by number only, with the committee's final assessment ("No. |
   * Date concluded | Final assessment"): concluded at an earlier meeting, their text printed there.
   * Kept apart from `recommendations`, the ones whose text the pack gives, and stored with them.
   */
  concluded_recommendations?: ParsedRecommendation[]
  work_programme: ParsedWorkProgrammeItem[]
  warnings: ParseWarning[]
  /** The council named on the front sheet. */
  council?: string | null
  /** Every set of action notes in the pack (`action_notes` is the most recent meeting's). */
  action_notes_all?: ParsedActionNotes[]
}
