import type { PageQuery } from './api.repository.ts'
import { z } from './zod.ts'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
const MAX_ID = 2 ** 31 - 1 // PostgreSQL integer

/**
 * A cursor is the id of the last record of the previous page, wrapped so that clients treat it
 * as opaque (we may change what is inside; they should only send back what we gave them).
 */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`after:${lastId}`).toString('base64url')
}

/** The id a cursor points after, or null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null
  const match = /^after:([1-9][0-9]{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString('latin1'))
  const id = match ? Number(match[1]) : NaN
  return Number.isSafeInteger(id) && id <= MAX_ID ? id : null
}

/** The query parameters every list accepts (others are ignored, as caches and tools add their own). */
export const listQuerySchema = z.object({
  limit: z
    .string()
    .regex(/^[0-9]{1,3}$/, `must be a whole number from 1 to ${MAX_LIMIT}`)
    .transform(Number)
    .pipe(z.number().int().min(1, `must be from 1 to ${MAX_LIMIT}`).max(MAX_LIMIT, `must be from 1 to ${MAX_LIMIT}`))
    .optional()
    .openapi({
      param: {
        name: 'limit',
        in: 'query',
        description: `Records per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
      },
      type: 'integer',
      example: '20',
    }),
  cursor: z
    .string()
    .refine(value => decodeCursor(value) !== null, 'is not a cursor this API gave out')
    .optional()
    .openapi({
      param: {
        name: 'cursor',
        in: 'query',
        description: 'Opaque: copy it from `links.next` of the previous page. Pages are in ascending id order.',
      },
    }),
  modified_since: z
    .string()
    .datetime({ offset: true, message: 'must be a date and time with a time zone, e.g. 2026-05-01T00:00:00Z' })
    .refine(isUsableTime, 'must be a real date and time between the years 1000 and 9999')
    .optional()
    .openapi({
      param: {
        name: 'modified_since',
        in: 'query',
        description: 'Only records created or changed at or after this time (ISO 8601 with a time zone).',
      },
      example: '2026-05-01T00:00:00Z',
    }),
})

// The pattern lets through times no database can hold ("+99:99" offsets, year 0); refuse them here.
function isUsableTime(value: string): boolean {
  const time = Date.parse(value)
  const year = new Date(time).getUTCFullYear()
  return !Number.isNaN(time) && year >= 1000 && year <= 9999
}

export interface ListQueryProblem {
  parameter: string
  message: string
}

/** Reads a list's query string into a page query, or says which parameters are wrong and why. */
export function parseListQuery(
  query: unknown,
): { ok: true; page: PageQuery } | { ok: false; problems: ListQueryProblem[] } {
  const parsed = listQuerySchema.safeParse(query ?? {})
  if (!parsed.success) {
    // One problem per parameter: the first is the one to fix.
    const problems = new Map<string, string>()
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? 'query')
      if (!problems.has(parameter)) {
        problems.set(parameter, issue.code === 'invalid_type' ? 'must be given once, as text' : issue.message)
      }
    }
    return { ok: false, problems: [...problems].map(([parameter, message]) => ({ parameter, message })) }
  }
  const { limit, cursor, modified_since: since } = parsed.data
  return {
    ok: true,
    page: {
      limit: limit ?? DEFAULT_LIMIT,
      after: cursor === undefined ? null : decodeCursor(cursor),
      modifiedSince: since === undefined ? null : new Date(since),
    },
  }
}

/** A path parameter as a record id, or null (then the record is simply not found). */
export function parseId(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null
  const id = Number(value)
  return id <= MAX_ID ? id : null
}
