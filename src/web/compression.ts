import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { negotiate } from '@fastify/accept-negotiator'
import fastifyCompress from '@fastify/compress'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { holdsSession } from './caching.ts'

/** Encodings offered, best first. */
export const ENCODINGS = ['br', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number]

// Brotli's default quality (11) takes tens of milliseconds a page; 5 is close in size at a fraction of it.
const BROTLI_QUALITY = 5

/**
 * Answers compressed with brotli or gzip when the browser accepts it: a public page with the
 * GOV.UK stylesheet and script is ~200 KB as rendered and ~35 KB as sent. Registered before the
 * routes, since it attaches itself to each route as it is added.
 *
 * Not for anyone holding a session: their pages carry a CSRF token next to text they typed, and
 * compressing a secret together with chosen text lets an eavesdropper guess the secret from the
 * sizes of the answers (BREACH). The public's pages hold no secret.
 */
export const compression = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async request => {
    if (holdsSession(request)) request.headers['x-no-compression'] = 'session'
  })
  await app.register(fastifyCompress, {
    encodings: [...ENCODINGS],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  })
})

/** The encoding to send a kept page in, from the request's Accept-Encoding (as the plugin chooses). */
export function preferredEncoding(request: FastifyRequest): Encoding | null {
  if (request.headers['x-no-compression'] !== undefined) return null
  return negotiate(String(request.headers['accept-encoding'] ?? ''), [...ENCODINGS])
}

/** A body compressed as the plugin would, to keep beside a kept page. */
export function encode(body: string, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
    : gzipSync(body)
}
