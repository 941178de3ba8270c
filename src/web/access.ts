import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Role } from '../accounts/accounts.table.ts'
import { AppError } from '../errors.ts'
import { accessRuleFor } from './access-rules.ts'

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
    /** Set from ACCESS_RULES when the route is registered; never declared by the route itself. */
    access?: Access
    /** Set false only for routes that cannot carry a session (none yet). */
    csrf?: boolean
  }
  interface FastifyRequest {
    user: CurrentUser | null
  }
}

export type LoadUser = (id: number) => Promise<CurrentUser | null>

export interface AccessControlOptions {
  loadUser: LoadUser
  /** The rule table (tests may pass their own). */
  rules?: (method: string, url: string) => Access | undefined
  /** Told of every route as it is registered (the authorisation test walks them). */
  onRegistered?: (method: string, url: string, access: Access) => void
}

/** Pure rule: may this user use a route with this access rule? */
export function isAllowed(user: CurrentUser | null, access: Access): boolean {
  if (access === 'public') return true
  if (!user) return false
  if (access === 'staff' || user.role === 'admin') return true
  return access.includes(user.role)
}

/**
 * The one place permissions are checked, against the table in `access-rules.ts`. A route missing
 * from the table makes the app refuse to start, so nothing is ever public by accident.
 */
export const accessControl = fp(async (app: FastifyInstance, opts: AccessControlOptions) => {
  app.decorateRequest('user', null)
  const rules = opts.rules ?? accessRuleFor
  app.addHook('onRoute', route => {
    for (const method of [route.method].flat()) {
      const access = rules(method === 'HEAD' ? 'GET' : method, route.url) // HEAD follows its GET
      if (!access) throw new Error(`Route ${method} ${route.url} has no access rule in src/web/access-rules.ts`)
      route.config = { ...route.config, access }
      opts.onRegistered?.(method, route.url, access)
    }
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
