import type { FastifyRequest } from 'fastify'
import { AppError } from '../errors.ts'

/** Where this site is being read from: absolute links and stable ids in feeds and calendars. */
export interface Site {
  origin: string
  host: string
}

// A host name or bracketed IP address with an optional port; anything else in Host is refused
// rather than written into links and identifiers.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

export function siteOf(request: FastifyRequest): Site {
  if (!HOST.test(request.host)) throw new AppError('BAD_REQUEST')
  return { origin: `${request.protocol}://${request.host}`, host: request.hostname }
}
