import type { ZodError } from 'zod'

export interface FormErrors {
  /** For govukErrorSummary: each links to its field. */
  errors: Array<{ text: string; href: string }>
  /** For each field's errorMessage. */
  fieldErrors: Record<string, string>
}

/** Turns a validation failure into what GOV.UK's error summary and fields need (first error per field). */
export function formErrors(error: ZodError): FormErrors {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    fieldErrors[field] ??= issue.message
  }
  const errors = Object.entries(fieldErrors).map(([field, text]) => ({ text, href: `#${field}` }))
  return { errors, fieldErrors }
}

export function singleError(field: string, text: string): FormErrors {
  return { errors: [{ text, href: `#${field}` }], fieldErrors: { [field]: text } }
}

/** Only same-site paths may be returned to after sign-in (no open redirects). */
export function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback
}
