import { z } from 'zod'

// Text rules for the staff forms for committees, people, municipal years and memberships, worded from the
// field's label ("Enter the committee's name"). Dates, ids and the rest are in web/form-fields.ts.

/** Required text, trimmed: "Enter the committee's name" when blank. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ required_error: `Enter ${label}`, invalid_type_error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)

/** Optional text: blank becomes null. */
export const optionalText = (label: string, max = 200) =>
  z
    .string({ invalid_type_error: `Enter ${label} as text` })
    .trim()
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .optional()
    .transform(v => (v ? v : null))

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
