import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Actor } from '../audit/audit.repository.ts'
import { AppError, type ErrorCode, notFound } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'

// Plumbing shared by every staff form: dates, ids, the posted values and who is acting. Form posts carry
// strings (or arrays of them when a key repeats); anything else is a validation error, never a 500.
// Each area keeps its own wording for text fields (people/form-fields.ts, actions/form-fields.ts).

/**
 * A calendar date typed as YYYY-MM-DD (what `<input type="date">` sends), a real day between 1900 and 2199:
 * the database would refuse year 0 or 31 February with an error of its own.
 */
export const isoDate = (message: string) =>
  z.string({ required_error: message, invalid_type_error: message }).trim().refine(isRealDate, message)

export const optionalIsoDate = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .refine(v => !v || isRealDate(v), message)
    .transform(v => (v ? v : null))

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (year < 1900 || year > 2199) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Reads a date typed as printed in council papers (23/11/2026) or as an ISO date, or null when it is not
 * a real calendar date.
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

/**
 * The `?asOf=` date of a document drawn as it stood on a day (action tracker, work programme): today when
 * absent, a 400 when it is not a real date.
 */
export function asOfQuery(query: unknown): string {
  const raw = (query as { asOf?: unknown } | undefined)?.asOf
  if (raw === undefined) return todayInLondon()
  const date = typeof raw === 'string' ? parseFormDate(raw) : null
  if (!date) throw new AppError('BAD_REQUEST', 'The date must be a real date, for example 2026-11-23')
  return date
}

/** Shows an ISO date in a form the way officers type it. */
export const formDate = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : ''

/** A required date field, typed the UK way or as an ISO date. */
export const requiredDate = (message: string) =>
  z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .transform((text, ctx) => parseFormDate(text) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER))

/** An optional date field, typed the UK way or as an ISO date: blank means none. */
export const optionalDate = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null
      return parseFormDate(text) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER)
    })

const ID = /^[1-9]\d{0,8}$/

/** A database id from a URL or a form: a positive integer that fits the column, or null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== 'string' || !ID.test(value)) return null
  return Number(value)
}

/** A database id from a URL segment; anything else is a page that does not exist. */
export function idOrNotFound(value: unknown, code?: ErrorCode): number {
  const id = parseId(value)
  if (id === null) throw notFound(code)
  return id
}

/** An optional id chosen from a list: blank means none. */
export const optionalId = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null
      if (!ID.test(text)) return (ctx.addIssue({ code: 'custom', message }), z.NEVER)
      return Number(text)
    })

/** A form body as an object (the form parser may give arrays for repeated names). */
export function formBody(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

/** The form as posted, for showing the values back after an error (only strings are kept). */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(formBody(body))) if (typeof value === 'string') values[key] = value
  return values
}

/** Who is making a change, for the audit log. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.user
  return { userId: user?.id ?? null, name: user?.email ?? 'anonymous', requestId: request.id }
}

/** Did the database refuse a duplicate (a unique constraint)? */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
}
