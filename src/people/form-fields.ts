import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Actor } from '../audit/audit.repository.ts'

// Field rules shared by the staff forms for committees, people, municipal years and memberships. Form posts
// carry strings (or arrays of them when a key repeats); anything else is a validation error, never a 500.

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

/** A database id from a URL or a form: a positive integer that fits the column, or null. */
export function parseId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) return null
  return Number(value)
}

/** The form as posted, for showing the values back after an error (only strings are kept). */
export function postedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  if (body && typeof body === 'object')
    for (const [key, value] of Object.entries(body)) if (typeof value === 'string') values[key] = value
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
