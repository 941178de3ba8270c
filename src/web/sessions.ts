import fastifyCookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import fastifySession from '@fastify/session'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import { databaseSessionStore, SESSION_LIFETIME_MS } from '../accounts/session-store.ts'
import type { Database } from '../db/database.ts'

declare module 'fastify' {
  interface Session {
    userId?: number
    flash?: string
  }
}

export interface SessionOptions {
  db: Kysely<Database>
  secret: string
  secureCookies: boolean
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Server-side sessions in the database behind an HttpOnly, SameSite cookie, and a CSRF check on
 * every state-changing request. A session is only stored once something is put in it, so public
 * pages never write to the database.
 */
export const sessions = fp(async (app: FastifyInstance, opts: SessionOptions) => {
  await app.register(fastifyCookie)
  await app.register(fastifySession, {
    secret: opts.secret,
    cookieName: 'scrutiny.sid',
    store: databaseSessionStore(opts.db),
    saveUninitialized: false,
    rolling: false,
    cookie: {
      httpOnly: true,
      secure: opts.secureCookies,
      sameSite: 'lax',
      path: '/',
      maxAge: SESSION_LIFETIME_MS,
    },
  })
  await app.register(csrf, { sessionPlugin: '@fastify/session' })
  app.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return done()
    app.csrfProtection(request, reply, done)
  })
})
