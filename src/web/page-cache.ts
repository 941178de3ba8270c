import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sql, type Kysely } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { Database } from '../db/database.ts'
import { todayInLondon } from '../shared/dates.ts'
import { holdsSession, isPublicAnswer } from './caching.ts'
import { encode, preferredEncoding, type Encoding } from './compression.ts'

/**
 * A public page as it was sent, and what it was made from: the record at `revision` on the
 * London day `day` (pages list "upcoming" meetings and overdue actions, so a new day is new content).
 */
interface KeptPage {
  revision: string
  day: string
  body: string
  headers: Record<string, string>
  /** The body compressed, made the first time a browser asks for it so (see compression.ts). */
  encoded: Partial<Record<Encoding, Buffer>>
}

// Only these headers describe the page; the rest (security headers, request id) are the request's own.
const PAGE_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'etag', 'vary'] as const

// Answers that are not one page for everyone: the API counts each caller's requests; search has
// too many questions to keep; alerts read tables no trigger watches (and are one person's); the
// rest are about the visitor or the running instance.
const NEVER_KEPT = /^\/(api|search|alerts|sign-in|sign-out|staff|healthz|readyz|assets)(\/|\?|$)/

declare module 'fastify' {
  interface FastifyRequest {
    /** The record's revision this anonymous request was answered at, when its page may be kept. */
    pageRevision?: string
  }
}

/** Pure rule: may this request be answered from, or kept in, the page cache at all? */
export function isKeepableRequest(method: string, url: string, access: unknown, session: boolean): boolean {
  return (method === 'GET' || method === 'HEAD') && access === 'public' && !session && !NEVER_KEPT.test(url)
}

/** The record's current revision: one indexed row (see migrations/0014_site_revision.sql). */
export async function siteRevision(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ revision: string }>`
    select epoch || ':' || revision as revision from site_revision`.execute(db)
  return rows[0]?.revision ?? 'none'
}

/**
 * Public pages rendered once and sent again until the record changes. Each anonymous request still
 * asks the database one question (the revision), so an officer's change is seen by the next
 * visitor on every instance; what is saved is the page's own queries and its template. Only
 * answers that caching.ts would let a shared cache keep are kept, so nothing a signed-in user
 * sees (exempt papers) is ever in here.
 */
export const pageCache = fp(async (app: FastifyInstance, opts: { db: Kysely<Database>; megabytes: number }) => {
  if (opts.megabytes <= 0) return
  const pages = new LRUCache<string, KeptPage>({
    maxSize: opts.megabytes * 1024 * 1024,
    // The compressed copies are a fifth of the page at most; counted up front so the size never changes.
    sizeCalculation: page => Math.ceil(Buffer.byteLength(page.body) * 1.4) + 512,
  })

  app.addHook('onRequest', async (request, reply) => {
    const { method, url, routeOptions } = request
    if (!isKeepableRequest(method, url, routeOptions.config.access, holdsSession(request))) return
    request.pageRevision = await siteRevision(opts.db)
    const kept = pages.get(pageKey(request))
    if (!kept || kept.revision !== request.pageRevision || kept.day !== todayInLondon()) return
    return sendKept(request, reply, kept)
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.pageRevision || request.method !== 'GET' || typeof payload !== 'string') return payload
    if (reply.getHeader('x-page-cache') === 'hit' || !isPublicAnswer(request, reply)) return payload
    const headers: Record<string, string> = {}
    for (const name of PAGE_HEADERS) {
      const value = reply.getHeader(name)
      if (value !== undefined) headers[name] = String(value)
    }
    const page = { revision: request.pageRevision, day: todayInLondon(), body: payload, headers, encoded: {} }
    pages.set(pageKey(request), page)
    return payload
  })
})

// Feeds and calendars carry absolute links made from the address asked for (web/site.ts), so one
// kept for one host name is never sent to a visitor of another, and a forged Host is never answered
// from here (its first answer is a 400, which is not kept).
function pageKey(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${request.url}`
}

// caching.ts's onSend answers 304 to a browser that already holds it, as for a fresh page. The
// page goes out compressed as compression.ts would send it, without compressing it again each time.
function sendKept(request: FastifyRequest, reply: FastifyReply, kept: KeptPage) {
  void reply.headers(kept.headers).header('x-page-cache', 'hit').code(200)
  const encoding = Buffer.byteLength(kept.body) >= 1024 ? preferredEncoding(request) : null
  if (!encoding) return reply.send(kept.body)
  const body = (kept.encoded[encoding] ??= encode(kept.body, encoding))
  return reply.header('content-encoding', encoding).send(body)
}
