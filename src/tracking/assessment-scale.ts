/** The committee's fixed tracking scale (DESIGN.md, "Recommendation tracking"). */
export const ASSESSMENT_SCALE = {
  1: { category: 'Achieved (Fully)', endsTracking: true, needsNewDate: false },
  2: { category: 'Achieved (Late)', endsTracking: true, needsNewDate: false },
  3: { category: 'Not Achieved (Progress Made)', endsTracking: false, needsNewDate: true },
  4: { category: 'Not Achieved (Obstacle)', endsTracking: true, needsNewDate: false },
  5: { category: 'Not Achieved (Insufficient Progress)', endsTracking: false, needsNewDate: true },
  6: { category: 'In Progress', endsTracking: false, needsNewDate: false },
} as const

export type AssessmentCode = keyof typeof ASSESSMENT_SCALE

export function isAssessmentCode(value: unknown): value is AssessmentCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6
}

/**
 * The category name of a code.
 *
 * ```ts
 * assessmentCategory(3) // 'Not Achieved (Progress Made)'
 * ```
 */
export function assessmentCategory(code: AssessmentCode): string {
  return ASSESSMENT_SCALE[code].category
}

/** Codes 1, 2 and 4 conclude a recommendation; the others keep it outstanding. */
export function endsTracking(code: AssessmentCode): boolean {
  return ASSESSMENT_SCALE[code].endsTracking
}
