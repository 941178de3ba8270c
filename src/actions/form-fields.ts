import { z } from 'zod'

// Form fields shared by the action tracker, work programme and inquiry screens. Dates are typed as
// printed in council papers (23/11/2026) or as ISO dates; anything else is a clear error, never a 500.

const MAX_TEXT = 4000

/**
 * Reads a typed date as an ISO date, or null when it is not a real calendar date.
 *
 * ```ts
 * parseFormDate('5/4/2023') // '2023-04-05'
 * parseFormDate('2023-04-05') // '2023-04-05'
 * parseFormDate('31/02/2023') // null
 * ```
 */
export function parseFormDate(text: string): string | null {
  const trimmed = text.trim()
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)
  const [year, month, day] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : []
  if (!year || !month || !day) return null
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const date = new Date(`${candidate}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== candidate) return null
  return Number(year) >= 1900 && Number(year) <= 2200 ? candidate : null
}

/** Shows an ISO date in a form the way officers type it. */
export const formDate = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : ''

/** A required date field. */
export const requiredDate = (message: string) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .transform((text, ctx) => parseFormDate(text) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER))

/** An optional date field: blank means none. */
export const optionalDate = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null
      return parseFormDate(text) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER)
    })

/** A required line or paragraph of text. */
export const requiredText = (message: string, max = MAX_TEXT) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .max(max, `${message.replace(/^Enter /, 'Shorten ')} to ${max} characters or fewer`)

/** Optional text: blank means none. */
export const optionalText = (max = MAX_TEXT) =>
  z
    .string({ invalid_type_error: 'Enter text' })
    .trim()
    .max(max, `Enter ${max} characters or fewer`)
    .optional()
    .transform(text => (text ? text : null))

/** An optional id chosen from a list: blank means none. */
export const optionalId = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null
      if (!/^[1-9]\d{0,8}$/.test(text)) return (ctx.addIssue({ code: 'custom', message }), z.NEVER)
      return Number(text)
    })

/** A form body as an object of strings (the form parser may give arrays for repeated names). */
export function formBody(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

/** The values to put back into a form shown again after an error: only strings. */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(formBody(body))) if (typeof value === 'string') values[key] = value
  return values
}

/** A whole number id from a URL segment, or null. */
export function idParam(text: string): number | null {
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null
}
