import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

/**
 * How long a browser or shared cache may keep a public page before asking again. A minute:
 * when an officer publishes or corrects an agenda the public see it within a minute, and after
 * that the ETag makes asking again cheap (304, no body).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60'

const SESSION_COOKIE = 'scrutiny.sid'

/**
 * Whether this answer may be cached publicly: only a successful GET/HEAD to an anonymous
 * visitor with no session at all. A signed-in user's pages may hold exempt material (they get
 * `private, no-store` from ops/request-log.ts), and a session-holder's page may carry a CSRF
 * token, so neither is ever shared; nor is an answer that sets a cookie.
 */
export function isPublicAnswer(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (reply.statusCode !== 200) return false
  if (request.user || holdsSession(request)) return false
  if (reply.hasHeader('set-cookie')) return false
  const routeCacheControl = String(reply.getHeader('cache-control') ?? '')
  return !/no-store|private/.test(routeCacheControl)
}

/** Whether the request carries a session cookie (signed in, or holding a CSRF secret). */
export function holdsSession(request: FastifyRequest): boolean {
  return request.cookies?.[SESSION_COOKIE] !== undefined
}

/** A strong validator from the bytes of the body (SHA-256, shortened: it names, it does not protect). */
export function etagFor(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

/** If-None-Match matches when it lists this ETag (compared weakly, as RFC 9110 asks) or is `*`. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some(candidate => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === bare
  })
}

/**
 * Public pages, feeds, calendars and the API are cacheable: a strong ETag from the body, 304 Not
 * Modified when the browser already holds it, and `Cache-Control: public, max-age=60` unless the
 * route chose its own (the public agenda pack's `max-age=300` is kept). Streams (static files,
 * which have their own ETag, and downloads) are left alone.
 */
export const caching = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    if (!isPublicAnswer(request, reply)) return payload

    // A page sent again from the page cache carries the ETag it was kept with: no need to hash it again.
    // Weak, because the same page goes out as it is, gzip'd or brotli'd (compression.ts).
    const etag = String(reply.getHeader('etag') ?? '') || `W/${etagFor(payload)}`
    void reply.header('etag', etag)
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', PUBLIC_CACHE_CONTROL)
    // A signed-in user's request (with the session cookie) must not be answered from this copy, nor
    // a browser that cannot read the compressed one.
    void reply.header('vary', 'Cookie, accept-encoding')

    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload
    reply.removeHeader('content-length')
    reply.removeHeader('content-type')
    void reply.code(304)
    return ''
  })
})
