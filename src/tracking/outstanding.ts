import { type AssessmentCode, isAssessmentCode } from './assessment-scale.ts'
import { type RecommendationState, currentCompletionDate, isConcluded } from './assessment-rules.ts'

// What the committee still has to chase: overdue recommendations, the work programme's outstanding tracking
// table (DESIGN.md §6) and the counts behind tracking statistics. Pure functions over rows the caller loads.

/**
 * Whether a recommendation is overdue: still outstanding, its current completion date has passed, and the
 * committee has not assessed it since that date passed. An executive self-assessment does not clear it, since
 * only the committee's judgement counts; a recommendation with no completion date is never overdue.
 *
 * ```ts
 * const rec = { originalCompletionDate: '2024-03-31', history: [], concludedOn: null }
 * isOverdue(rec, '2024-03-31') // false: due today
 * isOverdue(rec, '2024-04-01') // true
 * ```
 */
export function isOverdue(rec: RecommendationState, today: string): boolean {
  if (isConcluded(rec)) return false
  const due = currentCompletionDate(rec)
  if (due === null || today <= due) return false
  return !rec.history.some(past => past.assessedBy === 'committee' && past.assessedOn > due)
}

/** One recommendation as the outstanding tracking table needs it, typically a row joined to its inquiry. */
export interface OutstandingInput {
  inquiryId: number
  inquiryTitle: string
  /** The inquiry's next scheduled tracking date; null while none is scheduled. */
  nextTrackingOn: string | null
  number: string
  position: number
  concludedOn: string | null
}

/** A row of the work programme's table: `Inquiry | Outstanding recommendations | Date of tracking`. */
export interface OutstandingRow {
  inquiryId: number
  inquiry: string
  /** Recommendation numbers in report order, e.g. ['R02', 'R05']. */
  outstanding: string[]
  /** The next tracking date; null: to be scheduled. */
  trackingOn: string | null
}

/**
 * The work programme's outstanding tracking table: one row per inquiry that still has recommendations being
 * tracked, those recommendations in report order, soonest tracking date first and unscheduled ones last.
 * A recommendation is outstanding until it has a conclusion date (set when the committee gives 1, 2 or 4).
 *
 * ```ts
 * outstandingByInquiry([
 *   { inquiryId: 7, inquiryTitle: 'School Exclusions', nextTrackingOn: '2024-09-18', number: 'R03', position: 3, concludedOn: null },
 *   { inquiryId: 7, inquiryTitle: 'School Exclusions', nextTrackingOn: '2024-09-18', number: 'R01', position: 1, concludedOn: '2024-01-10' },
 * ])
 * // [{ inquiryId: 7, inquiry: 'School Exclusions', outstanding: ['R03'], trackingOn: '2024-09-18' }]
 * ```
 */
export function outstandingByInquiry(recs: readonly OutstandingInput[]): OutstandingRow[] {
  const byInquiry = new Map<number, { row: OutstandingRow; recs: OutstandingInput[] }>()
  for (const rec of recs) {
    if (rec.concludedOn !== null) continue
    let entry = byInquiry.get(rec.inquiryId)
    if (entry === undefined) {
      entry = {
        row: { inquiryId: rec.inquiryId, inquiry: rec.inquiryTitle, outstanding: [], trackingOn: null },
        recs: [],
      }
      byInquiry.set(rec.inquiryId, entry)
    }
    entry.recs.push(rec)
    // Every row of an inquiry should carry the same date; if a join disagrees, the soonest is the one to plan for.
    entry.row.trackingOn = earlier(entry.row.trackingOn, rec.nextTrackingOn)
  }
  const rows = [...byInquiry.values()].map(({ row, recs: outstanding }) => ({
    ...row,
    outstanding: outstanding
      .sort((a, b) => a.position - b.position || compareText(a.number, b.number))
      .map(r => r.number),
  }))
  return rows.sort(
    (a, b) =>
      compareDates(a.trackingOn, b.trackingOn) || compareText(a.inquiry, b.inquiry) || a.inquiryId - b.inquiryId,
  )
}

/**
 * How many assessments gave each code, every code 1–6 present (0 when unused), for tracking statistics.
 * Pass the committee's assessments for the committee's view; anything that is not a code is skipped, since
 * imported history is kept as printed.
 *
 * ```ts
 * countByCategory([{ code: 1 }, { code: 3 }, { code: 3 }]) // { 1: 1, 2: 0, 3: 2, 4: 0, 5: 0, 6: 0 }
 * ```
 */
export function countByCategory(assessments: Iterable<{ code: AssessmentCode }>): Record<AssessmentCode, number> {
  const counts: Record<AssessmentCode, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 }
  for (const { code } of assessments) {
    if (isAssessmentCode(code)) counts[code]++
  }
  return counts
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return a <= b ? a : b
}

/** Dates ascending, null (not yet scheduled) last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { numeric: true })
}
