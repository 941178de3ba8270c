import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors.ts'

/** True when any string in a parsed body, query or params holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 20 || value === null || typeof value !== 'object') return false
  if (ArrayBuffer.isView(value)) return false // uploaded bytes are not text
  return Object.values(value).some(v => containsNul(v, depth + 1))
}

/**
 * PostgreSQL text cannot hold NUL, so a NUL anywhere in the input would fail deep in a query as
 * a 500. Refuse it up front, for every route, as the bad request it is.
 */
export const inputGuard = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async request => {
    if (containsNul(request.params) || containsNul(request.query) || containsNul(request.body)) {
      throw new AppError('BAD_REQUEST', 'The request contained a character that cannot be accepted')
    }
  })
})
