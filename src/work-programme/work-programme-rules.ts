import { latestPublicationDate, reportDeadline } from '../meetings/publication-deadline.ts'
import type { WorkProgrammeType } from './work-programme.table.ts'

// Pure rules of the work programme (DESIGN.md §6): the municipal year, each meeting's deadlines, and the
// words the documents use for item types.

export const TYPE_LABELS: Record<WorkProgrammeType, string> = {
  update_report: 'Update report',
  evidence_gathering: 'Evidence gathering',
  inquiry_session: 'Inquiry session',
  tracking: 'Tracking',
  pre_decision_scrutiny: 'Pre-decision scrutiny',
  call_in: 'Call-in',
  briefing: 'Briefing',
  other: 'Other',
}

/** Working days between the report deadline and the latest publication date, for officers to assemble the pack. */
export const REPORT_WORKING_DAYS_BEFORE_PUBLICATION = 2

export interface MunicipalYear {
  /** The year it starts, e.g. 2026 for 2026/27. */
  start: number
  label: string
  startsOn: string
  endsOn: string
}

/**
 * The municipal year (May to May, from the annual meeting of the council) a date falls in. We take it to
 * run from 1 May to 30 April, since the annual meeting's exact date is not recorded.
 *
 * ```ts
 * municipalYearOf('2026-11-23') // { start: 2026, label: '2026/27', startsOn: '2026-05-01', endsOn: '2027-04-30' }
 * municipalYearOf('2027-04-30').label // '2026/27'
 * ```
 */
export function municipalYearOf(date: string): MunicipalYear {
  const year = Number(date.slice(0, 4))
  return municipalYearStarting(date.slice(5) >= '05-01' ? year : year - 1)
}

export function municipalYearStarting(start: number): MunicipalYear {
  return {
    start,
    label: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
    startsOn: `${start}-05-01`,
    endsOn: `${start + 1}-04-30`,
  }
}

export interface MeetingDeadlines {
  /** The final deadline for reports. */
  reports: string | null
  /** The latest date the agenda may be published (five clear working days before the meeting). */
  publication: string | null
}

/**
 * A meeting's deadlines from the publication rule; both null when the bank holidays of its year are unknown,
 * so the page says so rather than guessing.
 *
 * ```ts
 * meetingDeadlines('2023-05-17') // { reports: '2023-05-04', publication: '2023-05-09' }
 * ```
 */
export function meetingDeadlines(meetingDate: string): MeetingDeadlines {
  try {
    return {
      reports: reportDeadline(meetingDate, REPORT_WORKING_DAYS_BEFORE_PUBLICATION),
      publication: latestPublicationDate(meetingDate),
    }
  } catch (error) {
    if (error instanceof RangeError) return { reports: null, publication: null }
    throw error
  }
}
