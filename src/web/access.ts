import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Role } from '../accounts/accounts.table.ts'
import { AppError } from '../errors.ts'

/** Who may use a route: anyone, any signed-in staff user, or the listed roles (admins always may). */
export type Access = 'public' | 'staff' | readonly Role[]

export interface CurrentUser {
  id: number
  email: string
  displayName: string
  role: Role
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
    /** Set false only for routes that cannot carry a session (none yet). */
    csrf?: boolean
  }
  interface FastifyRequest {
    user: CurrentUser | null
  }
}

export type LoadUser = (id: number) => Promise<CurrentUser | null>

/** Pure rule: may this user use a route with this access rule? */
export function isAllowed(user: CurrentUser | null, access: Access): boolean {
  if (access === 'public') return true
  if (!user) return false
  if (access === 'staff' || user.role === 'admin') return true
  return access.includes(user.role)
}

/**
 * The one place permissions are checked. Every route must declare `config.access`; a route
 * without one makes the app refuse to start, so nothing is accidentally public.
 */
export const accessControl = fp(async (app: FastifyInstance, opts: { loadUser: LoadUser }) => {
  app.decorateRequest('user', null)
  app.addHook('onRoute', route => {
    if (route.url.startsWith('/assets/')) return
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} has no access rule`)
  })
  app.addHook('preHandler', async (request, reply) => {
    const userId = request.session?.userId
    if (userId) request.user = await opts.loadUser(userId)
    const access = request.routeOptions.config.access ?? 'public'
    if (isAllowed(request.user, access)) return
    return refuse(request, reply)
  })
})

function refuse(request: FastifyRequest, reply: FastifyReply) {
  if (request.user) throw new AppError('FORBIDDEN')
  const returnTo = encodeURIComponent(request.url)
  return reply.redirect(`/sign-in?returnTo=${returnTo}`, 303)
}
