import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyReply {
    locals: Record<string, unknown>
  }
}

/**
 * What every page's layout needs: the council's name, the signed-in user and, for staff (whose
 * layout has a sign-out form), a CSRF token.
 */
export const pageContext = fp(async (app: FastifyInstance, opts: { councilName: string }) => {
  app.addHook('preHandler', async (request, reply) => {
    reply.locals = {
      ...reply.locals,
      councilName: opts.councilName,
      user: request.user,
      csrfToken: request.user ? reply.generateCsrf() : undefined,
    }
  })
})
