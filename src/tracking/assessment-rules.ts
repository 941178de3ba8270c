import { ASSESSMENT_SCALE, type AssessmentCode, endsTracking, isAssessmentCode } from './assessment-scale.ts'

// The rules of the committee's tracking scale (DESIGN.md §8), as plain functions with no I/O so that the web
// form, the API and the importer's checks all judge an assessment the same way. Dates are YYYY-MM-DD strings,
// which sort as the dates they name, so plain string comparison is date comparison.

export type Assessor = 'executive' | 'committee'

/** What an officer enters for one assessment (the executive's self-assessment or the committee's). */
export interface AssessmentInput {
  assessedBy: Assessor
  code: AssessmentCode
  evidence?: string | null
  newCompletionDate?: string | null
  obstacle?: string | null
  assessedOn: string
}

/** One earlier assessment of the recommendation, as recorded. */
export interface PastAssessment {
  assessedBy: Assessor
  code: AssessmentCode
  newCompletionDate: string | null
  assessedOn: string
}

/** What the rules need to know about the recommendation being assessed. */
export interface RecommendationState {
  originalCompletionDate: string | null
  /** In the order recorded; the executive's and the committee's assessments together. */
  history: readonly PastAssessment[]
  concludedOn: string | null
}

/** A checked assessment, ready to store: text trimmed, and fields the code does not use dropped. */
export interface ValidAssessment {
  assessedBy: Assessor
  code: AssessmentCode
  evidence: string | null
  newCompletionDate: string | null
  obstacle: string | null
  assessedOn: string
  /** True when this assessment ends tracking: a committee assessment of 1, 2 or 4. */
  concludes: boolean
}

export interface FieldError {
  field: string
  message: string
}

export type AssessmentValidation = { ok: true; value: ValidAssessment } | { ok: false; errors: FieldError[] }

export type TrackingOutcome = 'concluded' | 'outstanding'

/**
 * Whether an assessment with this code ends tracking. Only a committee assessment actually concludes a
 * recommendation; an executive self-assessment of 1, 2 or 4 is a proposal the committee still has to make.
 *
 * ```ts
 * trackingOutcome(4) // 'concluded'
 * trackingOutcome(6) // 'outstanding'
 * ```
 */
export function trackingOutcome(code: AssessmentCode): TrackingOutcome {
  return endsTracking(code) ? 'concluded' : 'outstanding'
}

/**
 * The date the recommendation is now due: the new anticipated completion date most recently set by the
 * committee, else the original completion date; null when neither is known (the report gave no date, or only
 * words such as "Ongoing").
 *
 * Only the committee's assessments move the date. The executive's self-assessment proposes a new date, but it
 * is the committee that holds the executive to it (it may set a different one, as with code 5); letting the
 * executive's own proposal move the deadline would let it defer its own accountability.
 *
 * ```ts
 * currentCompletionDate({
 *   originalCompletionDate: '2023-03-31',
 *   history: [
 *     { assessedBy: 'executive', code: 3, newCompletionDate: '2023-12-31', assessedOn: '2023-05-10' },
 *     { assessedBy: 'committee', code: 5, newCompletionDate: '2023-09-30', assessedOn: '2023-05-17' },
 *   ],
 * }) // '2023-09-30'
 * ```
 */
export function currentCompletionDate(
  rec: Pick<RecommendationState, 'originalCompletionDate' | 'history'>,
): string | null {
  let current: PastAssessment | undefined
  for (const past of rec.history) {
    if (past.assessedBy !== 'committee' || past.newCompletionDate === null) continue
    // ">=" so that of two on the same day the one recorded later wins.
    if (current === undefined || past.assessedOn >= current.assessedOn) current = past
  }
  return current?.newCompletionDate ?? rec.originalCompletionDate
}

/**
 * Whether tracking has ended: the recommendation carries a conclusion date, or the committee has already given
 * it a 1, 2 or 4 (history recorded before the conclusion date was filled in still counts).
 *
 * ```ts
 * isConcluded({ concludedOn: null, history: [{ assessedBy: 'committee', code: 4, newCompletionDate: null, assessedOn: '2023-05-17' }] }) // true
 * ```
 */
export function isConcluded(rec: Pick<RecommendationState, 'concludedOn' | 'history'>): boolean {
  return rec.concludedOn !== null || rec.history.some(concludesTracking)
}

function concludesTracking(past: PastAssessment): boolean {
  return past.assessedBy === 'committee' && endsTracking(past.code)
}

/**
 * Checks one assessment against the scale and the recommendation's history, with GOV.UK error messages keyed
 * by form field. Accepts anything (a parsed form body, an API payload): it never throws, and a radio's string
 * value such as '3' is taken as the code 3.
 *
 * The rules: a concluded recommendation accepts no further assessment; codes 3 and 5 need a new anticipated
 * completion date after the assessment date; 4 needs the obstacle; 6 (In Progress) only while the current
 * completion date has not passed; 2 (Achieved Late) only after it has; 1 (Achieved Fully) only on or before
 * it. "Passed" is judged on the assessment date, which may not be later than today.
 *
 * ```ts
 * const rec = { originalCompletionDate: '2024-03-31', history: [], concludedOn: null }
 * validateAssessment({ assessedBy: 'committee', code: 3, assessedOn: '2024-05-15' }, rec, '2024-05-20')
 * // { ok: false, errors: [{ field: 'newCompletionDate', message: 'Enter a new anticipated completion date' }] }
 * validateAssessment({ assessedBy: 'committee', code: 2, assessedOn: '2024-05-15' }, rec, '2024-05-20')
 * // { ok: true, value: { assessedBy: 'committee', code: 2, …, concludes: true } }
 * ```
 */
export function validateAssessment(
  input: unknown,
  recommendation: RecommendationState,
  today: string,
): AssessmentValidation {
  if (isConcluded(recommendation)) {
    const on = recommendation.concludedOn ?? recommendation.history.find(concludesTracking)?.assessedOn
    const when = on !== undefined && isRealDate(on) ? ` on ${formatDate(on)}` : ''
    return fail([{ field: 'code', message: `This recommendation was concluded${when} and cannot be assessed again` }])
  }

  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}
  const errors: FieldError[] = []

  const assessedBy = fields.assessedBy === 'executive' || fields.assessedBy === 'committee' ? fields.assessedBy : null
  if (assessedBy === null) errors.push({ field: 'assessedBy', message: 'Select who made the assessment' })

  const code = toCode(fields.code)
  if (code === null) errors.push({ field: 'code', message: 'Select an assessment' })

  const assessedOn = checkDate(fields.assessedOn, 'assessedOn', 'the date of the assessment', errors)
  if (assessedOn !== null && assessedOn > today) {
    errors.push({ field: 'assessedOn', message: 'Date of the assessment must be today or in the past' })
  }

  const evidence = optionalText(fields.evidence, 'evidence', 'Evidence must be text', errors)

  // A GOV.UK form posts the fields of every conditional reveal, opened or not, so a field the chosen code does
  // not use is ignored rather than rejected, and not stored.
  let newCompletionDate: string | null = null
  let obstacle: string | null = null
  if (code !== null && ASSESSMENT_SCALE[code].needsNewDate) {
    newCompletionDate = checkDate(
      fields.newCompletionDate,
      'newCompletionDate',
      'a new anticipated completion date',
      errors,
    )
    if (newCompletionDate !== null && assessedOn !== null && newCompletionDate <= assessedOn) {
      errors.push({
        field: 'newCompletionDate',
        message: 'New anticipated completion date must be after the date of the assessment',
      })
    }
  }
  if (code === 4) {
    obstacle = optionalText(fields.obstacle, 'obstacle', 'Obstacle must be text', errors)
    if (obstacle === null && !errors.some(e => e.field === 'obstacle')) {
      errors.push({ field: 'obstacle', message: 'Enter the obstacle that prevents the recommendation being achieved' })
    }
  }

  // The timing rules can only be judged once the code and the assessment date are known.
  if (code !== null && assessedOn !== null) {
    const timing = timingError(code, assessedOn, currentCompletionDate(recommendation))
    if (timing !== null) errors.push({ field: 'code', message: timing })
  }

  if (errors.length > 0 || assessedBy === null || code === null || assessedOn === null) return fail(errors)
  return {
    ok: true,
    value: {
      assessedBy,
      code,
      evidence,
      newCompletionDate,
      obstacle,
      assessedOn,
      concludes: assessedBy === 'committee' && endsTracking(code),
    },
  }
}

/**
 * Codes 1, 2 and 6 each say something about the completion date, so each is only open on one side of it.
 * The completion day itself has not passed: 1 and 6 may be given on it, 2 only from the day after.
 */
function timingError(code: AssessmentCode, assessedOn: string, due: string | null): string | null {
  if (due === null) {
    // Without a date nothing can be late: 1 and 6 stand, and 2 cannot be given.
    return code === 2 ? 'Achieved (Late) cannot be given to a recommendation that has no completion date' : null
  }
  const passed = assessedOn > due
  if (code === 1 && passed)
    return `Achieved (Fully) can only be given on or before the completion date, ${formatDate(due)}`
  if (code === 2 && !passed) return `Achieved (Late) can only be given after the completion date, ${formatDate(due)}`
  if (code === 6 && passed) return `In Progress cannot be given after the completion date, ${formatDate(due)}`
  return null
}

function fail(errors: FieldError[]): AssessmentValidation {
  return { ok: false, errors }
}

/** A code from the scale, given as a number or as the string a radio button posts. */
function toCode(value: unknown): AssessmentCode | null {
  const number = typeof value === 'string' && /^\s*[1-6]\s*$/.test(value) ? Number(value) : value
  return isAssessmentCode(number) ? number : null
}

/** A required date: the value, or null with an error recorded. `what` is lower case, as it follows "Enter". */
function checkDate(value: unknown, field: string, what: string, errors: FieldError[]): string | null {
  const text = typeof value === 'string' ? value.trim() : value
  if (text === undefined || text === null || text === '') {
    errors.push({ field, message: `Enter ${what}` })
    return null
  }
  if (typeof text !== 'string' || !isRealDate(text)) {
    errors.push({ field, message: `${capitalise(what.replace(/^(the|a) /, ''))} must be a real date` })
    return null
  }
  return text
}

/** Optional text, trimmed; blank is null. */
function optionalText(value: unknown, field: string, wrongType: string, errors: FieldError[]): string | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    errors.push({ field, message: wrongType })
    return null
  }
  const text = value.trim()
  return text === '' ? null : text
}

/** A YYYY-MM-DD string naming a day that exists (not 2023-02-29). */
function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** '2024-03-31' as GOV.UK writes it in messages: '31 March 2024'. */
function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
