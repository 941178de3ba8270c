import formbody from '@fastify/formbody'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { alertsRoutes } from './alerts/alerts.routes.ts'
import { accountsRoutes } from './accounts/accounts.routes.ts'
import { usersRoutes } from './accounts/users.routes.ts'
import { councilRoutes } from './council/council.routes.ts'
import { actionNotesRoutes } from './action-notes/action-notes.routes.ts'
import { actionsRoutes } from './actions/actions.routes.ts'
import { committeePageWork } from './work-programme/committee-page.ts'
import { workProgrammeRoutes } from './work-programme/work-programme.routes.ts'
import { inquiriesStaffRoutes } from './tracking/inquiries.staff.routes.ts'
import { apiRoutes } from './api/api.routes.ts'
import { calendarRoutes } from './calendar/calendar.routes.ts'
import { committeesRoutes } from './committees/committees.routes.ts'
import { committeesStaffRoutes } from './committees/committees.staff.routes.ts'
import type { Config } from './config.ts'
import { documentsRoutes } from './documents/documents.routes.ts'
import { feedsRoutes } from './feeds/feeds.routes.ts'
import { meetingsRoutes } from './meetings/meetings.routes.ts'
import { packsRoutes } from './packs/packs.routes.ts'
import { meetingsStaffRoutes } from './meetings/meetings.staff.routes.ts'
import { healthRoutes } from './ops/health.routes.ts'
import { RequestLogController, requestIdFor, requestIdHeader } from './ops/request-log.ts'
import { membershipsRoutes } from './people/memberships.routes.ts'
import { peopleRoutes } from './people/people.routes.ts'
import { searchRoutes } from './search/search.routes.ts'
import type { Services } from './services.ts'
import { inquiriesRoutes } from './tracking/inquiries.routes.ts'
import { trackingRoutes } from './tracking/tracking.routes.ts'
import { accessControl, type Access } from './web/access.ts'
import { accessRuleFor } from './web/access-rules.ts'
import { caching } from './web/caching.ts'
import { compression } from './web/compression.ts'
import { pageCache } from './web/page-cache.ts'
import { errorPages } from './web/error-pages.ts'
import { homeRoutes } from './web/home.routes.ts'
import { inputGuard } from './web/input-guard.ts'
import { pageContext } from './web/page-context.ts'
import { security } from './web/security.ts'
import { sessions } from './web/sessions.ts'
import { staticAssets } from './web/static-assets.ts'
import { uploads } from './web/uploads.ts'
import { views } from './web/views.ts'

export interface AppOptions {
  services: Services
  config: Pick<Config, 'env' | 'sessionSecret' | 'secureCookies' | 'loginAttemptsPerMinute'> & {
    trustProxy?: boolean
    apiRequestsPerMinute?: number
    pageCacheMegabytes?: number
    /** Alert subscription requests allowed per client address per minute (each may send an email). */
    alertRequestsPerMinute?: number
  }
  councilName: string
  logger?: FastifyServerOptions['logger']
  /** Only for tests that add routes of their own; the app's rules live in web/access-rules.ts. */
  extraAccessRules?: Record<string, Access>
}

/** Builds the web app without listening: the server and the tests both start from here. */
export async function buildApp({ services, config, councilName, logger = false, extraAccessRules }: AppOptions) {
  const production = config.env === 'production'
  const app = Fastify({
    logger,
    genReqId: requestIdFor,
    logController: new RequestLogController(),
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
  })

  // Infrastructure, in order: security headers, body parsing, sessions + CSRF, views, errors.
  await app.register(requestIdHeader)
  await app.register(security)
  await app.register(formbody)
  await app.register(uploads)
  await app.register(inputGuard)
  await app.register(sessions, {
    db: services.engine.db,
    secret: config.sessionSecret,
    secureCookies: config.secureCookies,
  })
  await app.register(views, { development: config.env === 'development' })
  await app.register(errorPages, { production })
  await app.register(accessControl, {
    loadUser: id => services.accounts.loadUser(id),
    rules: (method, url) => extraAccessRules?.[`${method} ${url}`] ?? accessRuleFor(method, url),
  })
  await app.register(pageContext, { councilName })
  await app.register(compression) // before every route: it attaches itself to each as it is added
  await app.register(staticAssets)
  await app.register(caching)
  await app.register(pageCache, { db: services.engine.db, megabytes: config.pageCacheMegabytes ?? 64 })

  // Domain routes.
  await app.register(healthRoutes(services.engine))
  await app.register(homeRoutes(services))
  await app.register(accountsRoutes(services.accounts, config.loginAttemptsPerMinute))
  await app.register(usersRoutes(services.users))
  await app.register(councilRoutes(services.council))
  await app.register(committeesRoutes(services.committees))
  await app.register(committeesStaffRoutes(services.committeesStaff, services.people))
  await app.register(membershipsRoutes(services.committeesStaff, services.people))
  await app.register(peopleRoutes(services.people))
  await app.register(meetingsRoutes(services.meetings, services.actionNotes))
  await app.register(packsRoutes(services.packs))
  await app.register(meetingsStaffRoutes(services))
  await app.register(calendarRoutes(services.engine.db, councilName))
  await app.register(documentsRoutes(services.engine.db, services.files))
  await app.register(inquiriesRoutes(services.inquiries))
  await app.register(trackingRoutes(services.tracking))
  await app.register(actionsRoutes(services.actions))
  await app.register(actionNotesRoutes(services.actionNotes, services.declarations))
  await app.register(workProgrammeRoutes(services.workProgramme))
  await app.register(committeePageWork(services.workProgramme, services.actions))
  await app.register(inquiriesStaffRoutes(services.inquiriesStaff))
  await app.register(feedsRoutes(services.engine.db, councilName))
  await app.register(apiRoutes(services.engine.db, { requestsPerMinute: config.apiRequestsPerMinute ?? 300 }), {
    prefix: '/api/v1',
  })
  await app.register(searchRoutes(services.search))
  await app.register(alertsRoutes(services.alerts, { subscriptionsPerMinute: config.alertRequestsPerMinute ?? 10 }))

  return app
}
