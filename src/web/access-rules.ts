import type { Access } from './access.ts'

/**
 * Who may use every route of the app: the one table of permissions. A route missing from it
 * stops the app from starting, and `access-rules.test.ts` checks every route against every role.
 *
 * 'public': anyone; 'staff': any signed-in user; a list of roles: those roles (admins always).
 * What a page then shows still depends on the user (e.g. exempt items: see meetings/exempt.ts).
 */
export const ACCESS_RULES = {
  'GET /': 'public',
  'GET /accessibility': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /assets/*': 'public',
  'GET /assets/govuk/*': 'public',
  'GET /assets/app/*': 'public',
  'GET /committees': 'public',
  'GET /committees/:slug': 'public',
  'GET /committees/:slug/calendar.ics': 'public',
  'GET /committees/:slug/inquiries/:inquiry': 'public',
  'GET /meetings': 'public',
  'GET /meetings/:slug': 'public',
  'GET /meetings/:slug/agenda-pack.pdf': 'public',
  'GET /meetings/:slug/members-pack.pdf': ['member', 'scrutiny_officer'],
  'GET /calendar.ics': 'public',
  'GET /documents/:id/file': 'public',
  'GET /feeds/documents.atom': 'public',
  'GET /feeds/decisions.atom': 'public',
  'GET /committees/:slug/feeds/documents.atom': 'public',
  'GET /committees/:slug/feeds/decisions.atom': 'public',
  // The open data API (api/): read-only and public; it shows everyone only what the public may see.
  'GET /api/v1': 'public',
  'GET /api/v1/openapi.json': 'public',
  'OPTIONS /api/v1*': 'public', // CORS preflight
  'GET /api/v1/bodies': 'public',
  'GET /api/v1/bodies/:id': 'public',
  'GET /api/v1/organizations': 'public',
  'GET /api/v1/organizations/:id': 'public',
  'GET /api/v1/people': 'public',
  'GET /api/v1/people/:id': 'public',
  'GET /api/v1/memberships': 'public',
  'GET /api/v1/memberships/:id': 'public',
  'GET /api/v1/meetings': 'public',
  'GET /api/v1/meetings/:id': 'public',
  'GET /api/v1/agenda-items': 'public',
  'GET /api/v1/agenda-items/:id': 'public',
  'GET /api/v1/papers': 'public',
  'GET /api/v1/papers/:id': 'public',
  'GET /api/v1/files': 'public',
  'GET /api/v1/files/:id': 'public',
  'GET /api/v1/consultations': 'public',
  'GET /api/v1/consultations/:id': 'public',
  'GET /api/v1/inquiries': 'public',
  'GET /api/v1/inquiries/:id': 'public',
  'GET /api/v1/recommendations': 'public',
  'GET /api/v1/recommendations/:id': 'public',
  'GET /api/v1/assessments': 'public',
  'GET /api/v1/assessments/:id': 'public',
  'GET /api/v1/actions': 'public',
  'GET /api/v1/actions/:id': 'public',
  'GET /api/v1/work-programme-items': 'public',
  'GET /api/v1/work-programme-items/:id': 'public',
  'GET /api/v1/declarations': 'public',
  'GET /api/v1/declarations/:id': 'public',
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'POST /sign-out': 'staff',
  'GET /staff': 'staff',
  // Action tracker (actions/): members read, scrutiny officers change; the tracker document is published.
  'GET /committees/:slug/action-tracker': 'public',
  'GET /committees/:slug/action-tracker.pdf': 'public',
  'GET /staff/committees/:slug/actions': ['member', 'scrutiny_officer'],
  'GET /staff/committees/:slug/actions/new': ['scrutiny_officer'],
  'GET /staff/committees/:slug/actions/:id': ['member', 'scrutiny_officer'],
  'POST /staff/committees/:slug/actions': ['scrutiny_officer'],
  'POST /staff/committees/:slug/actions/:id/updates': ['scrutiny_officer'],
  'POST /staff/committees/:slug/actions/:id/re-raise': ['scrutiny_officer'],
  // Committees, municipal years, people and memberships (committees/, people/): scrutiny officers administer them.
  'GET /people/:slug': 'public',
  'GET /staff/committees': ['scrutiny_officer'],
  'GET /staff/committees/new': ['scrutiny_officer'],
  'POST /staff/committees': ['scrutiny_officer'],
  'GET /staff/committees/:slug': ['scrutiny_officer'],
  'GET /staff/committees/:slug/edit': ['scrutiny_officer'],
  'POST /staff/committees/:slug': ['scrutiny_officer'],
  'GET /staff/committees/:slug/memberships/new': ['scrutiny_officer'],
  'POST /staff/committees/:slug/memberships': ['scrutiny_officer'],
  'GET /staff/committees/:slug/memberships/:id/edit': ['scrutiny_officer'],
  'POST /staff/committees/:slug/memberships/:id': ['scrutiny_officer'],
  'GET /staff/committees/:slug/memberships/:id/end': ['scrutiny_officer'],
  'POST /staff/committees/:slug/memberships/:id/end': ['scrutiny_officer'],
  'GET /staff/people': ['scrutiny_officer'],
  'GET /staff/people/new': ['scrutiny_officer'],
  'POST /staff/people': ['scrutiny_officer'],
  'GET /staff/people/:slug': ['scrutiny_officer'],
  'GET /staff/people/:slug/edit': ['scrutiny_officer'],
  'POST /staff/people/:slug': ['scrutiny_officer'],
  'GET /staff/municipal-years': ['scrutiny_officer'],
  'GET /staff/municipal-years/new': ['scrutiny_officer'],
  'POST /staff/municipal-years': ['scrutiny_officer'],
  'GET /staff/municipal-years/:id/edit': ['scrutiny_officer'],
  'POST /staff/municipal-years/:id': ['scrutiny_officer'],
} as const satisfies Record<string, Access>

export type RouteKey = keyof typeof ACCESS_RULES

/** The rule for a route, or undefined when the route is not in the table. */
export function accessRuleFor(method: string, url: string): Access | undefined {
  return (ACCESS_RULES as Record<string, Access>)[`${method} ${url}`]
}
