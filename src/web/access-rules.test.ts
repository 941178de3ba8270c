import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import type { Role } from '../accounts/accounts.table.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { ACCESS_RULES, type RouteKey } from './access-rules.ts'
import { isAllowed, type Access } from './access.ts'

const PACK = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
  .pathname
const ROLES: Array<Role | 'anonymous'> = ['anonymous', 'member', 'report_author', 'scrutiny_officer', 'admin']

/**
 * Walks every route of the table × every role through HTTP and checks the app's answer: refused
 * (sign-in redirect for the public, 403 for staff) exactly when the table says so. Startup already
 * refuses routes missing from the table; this also fails for table rows with no route.
 */
describe('the authorisation table, route by route and role by role', () => {
  let t: TestApp
  const examples = new Map<RouteKey, string>()

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ROLES.slice(1)) await t.addUser(`${role}@example.gov.uk`, role as Role)
    const imported = await t.services.imports.importFile(PACK, systemActor('test'))
    const doc = await t.services.engine.db
      .selectFrom('document')
      .select('id')
      .where('file_id', 'is not', null)
      .executeTakeFirstOrThrow()
    examples.set('GET /committees/:slug', '/committees/children-and-education')
    examples.set('GET /committees/:slug/calendar.ics', '/committees/children-and-education/calendar.ics')
    examples.set(
      'GET /committees/:slug/feeds/documents.atom',
      '/committees/children-and-education/feeds/documents.atom',
    )
    examples.set(
      'GET /committees/:slug/feeds/decisions.atom',
      '/committees/children-and-education/feeds/decisions.atom',
    )
    examples.set(
      'GET /committees/:slug/inquiries/:inquiry',
      '/committees/children-and-education/inquiries/school-exclusions',
    )
    examples.set('GET /meetings/:slug', `/meetings/${imported.meetingSlug}`)
    examples.set('GET /meetings/:slug/agenda-pack.pdf', `/meetings/${imported.meetingSlug}/agenda-pack.pdf`)
    examples.set('GET /meetings/:slug/members-pack.pdf', `/meetings/${imported.meetingSlug}/members-pack.pdf`)
    examples.set('GET /documents/:id/file', `/documents/${doc.id}/file`)
    examples.set('GET /assets/*', '/assets/images/favicon.ico')
    examples.set('GET /assets/govuk/*', '/assets/govuk/govuk-frontend.min.js')
    examples.set('GET /assets/app/*', '/assets/app/app.css')
    const committeeStaff = '/staff/committees/children-and-education'
    const membership = await t.services.engine.db
      .selectFrom('membership')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const council = await t.services.engine.db.selectFrom('council').select('id').executeTakeFirstOrThrow()
    const year = await t.services.engine.db
      .insertInto('municipal_year')
      .values({ council_id: council.id, label: '2024/25', starts_on: '2024-05-15', ends_on: '2025-05-14' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const membershipStaff = `${committeeStaff}/memberships/${membership.id}`
    examples.set('GET /people/:slug', '/people/priya-shah')
    examples.set('GET /staff/committees/:slug', committeeStaff)
    examples.set('GET /staff/committees/:slug/edit', `${committeeStaff}/edit`)
    examples.set('POST /staff/committees/:slug', committeeStaff)
    examples.set('GET /staff/committees/:slug/memberships/new', `${committeeStaff}/memberships/new`)
    examples.set('POST /staff/committees/:slug/memberships', `${committeeStaff}/memberships`)
    examples.set('GET /staff/committees/:slug/memberships/:id/edit', `${membershipStaff}/edit`)
    examples.set('POST /staff/committees/:slug/memberships/:id', membershipStaff)
    examples.set('GET /staff/committees/:slug/memberships/:id/end', `${membershipStaff}/end`)
    examples.set('POST /staff/committees/:slug/memberships/:id/end', `${membershipStaff}/end`)
    examples.set('GET /staff/people/:slug', '/staff/people/priya-shah')
    examples.set('GET /staff/people/:slug/edit', '/staff/people/priya-shah/edit')
    examples.set('POST /staff/people/:slug', '/staff/people/priya-shah')
    examples.set('GET /staff/municipal-years/:id/edit', `/staff/municipal-years/${year.id}/edit`)
    examples.set('POST /staff/municipal-years/:id', `/staff/municipal-years/${year.id}`)
    // Tracking: a round that does not exist (allowed roles get a 404; a real round could refuse a report author
    // who is not responsible, which tracking/rounds.routes.test.ts covers).
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[]) {
      const url = key
        .split(' ')[1]!
        .replace(':round', '999999')
        .replace(':rec', '999999')
        .replace('/committees/:slug/', '/committees/children-and-education/')
        .replace(':inquiry', 'school-exclusions')
      if (/tracking|recommendations\./.test(key)) examples.set(key, url)
    }
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[]) {
      if (key.startsWith('GET /api/v1/') && key.endsWith('/:id')) examples.set(key, key.slice(4).replace(':id', '1'))
    }
    examples.set('OPTIONS /api/v1*', '/api/v1/meetings')
    const unknownToken = 'x'.repeat(43)
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[])
      if (key.includes(':token')) examples.set(key, key.split(' ')[1]!.replace(':token', unknownToken))
    const action = await t.services.engine.db.selectFrom('action').select('id').orderBy('id').executeTakeFirstOrThrow()
    const committee = await t.services.engine.db
      .selectFrom('committee')
      .select('id')
      .where('slug', '=', 'children-and-education')
      .executeTakeFirstOrThrow()
    const item = await t.services.engine.db
      .insertInto('work_programme_item')
      .values({ committee_id: committee.id, topic: 'Example item' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const inquiry = await t.services.engine.db
      .selectFrom('inquiry')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const recommendation = await t.services.engine.db
      .selectFrom('recommendation')
      .select('id')
      .where('inquiry_id', '=', inquiry.id)
      .executeTakeFirstOrThrow()
    const session = await t.services.engine.db
      .insertInto('evidence_session')
      .values({ inquiry_id: inquiry.id, held_on: '2026-03-04', witnesses: 'Example witness' })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[])
      if (key.includes(':session'))
        examples.set(key, key.split(' ')[1]!.replace(':id', String(inquiry.id)).replace(':session', String(session.id)))
    // Staff accounts: the member's (an administrator's empty form changes nothing: a 400).
    const member = await t.services.engine.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'member@example.gov.uk')
      .executeTakeFirstOrThrow()
    examples.set('GET /staff/users/:id/edit', `/staff/users/${member.id}/edit`)
    examples.set('POST /staff/users/:id', `/staff/users/${member.id}`)
    // Staff meeting screens: the demo's next meeting still being prepared, one of its items and documents.
    const prepared = await t.services.engine.db
      .selectFrom('meeting')
      .innerJoin('agenda_item', 'agenda_item.meeting_id', 'meeting.id')
      .select(['meeting.slug', 'agenda_item.id as item'])
      .where('meeting.status', '=', 'scheduled')
      .orderBy('agenda_item.position', 'desc')
      .executeTakeFirstOrThrow()
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[]) {
      if (!key.includes(' /staff/meetings/:slug')) continue
      const url = key
        .split(' ')[1]!
        .replace(':slug', prepared.slug)
        .replace(':item', String(prepared.item))
        .replace(':document', String(doc.id))
      examples.set(key, url)
    }
    // A declaration that does not exist: officers get a 404, everyone else is refused first.
    examples.set(
      'POST /staff/meetings/:slug/declarations/:id/remove',
      `/staff/meetings/${prepared.slug}/declarations/1/remove`,
    )
    for (const key of Object.keys(ACCESS_RULES) as RouteKey[]) {
      // Action tracker and work programme screens: the demo committee, its first action and work programme item.
      const url = key
        .split(' ')[1]!
        .replace('/committees/:slug/', '/committees/children-and-education/')
        .replace('/actions/:id', `/actions/${action.id}`)
        .replace('/items/:id', `/items/${item.id}`)
        .replace('/staff/inquiries/:id', `/staff/inquiries/${inquiry.id}`)
        .replace('/recommendations/:rec', `/recommendations/${recommendation.id}`)
      if (/\/(actions|action-tracker|work-programme|staff\/inquiries)/.test(url) && !examples.has(key))
        examples.set(key, url)
    }
  })
  after(() => t.close())

  const browsers: Partial<Record<Role | 'anonymous', Browser>> = {}
  async function signedIn(role: Role | 'anonymous'): Promise<Browser> {
    const browser = new Browser(t.app)
    if (role !== 'anonymous') assert.equal((await browser.signIn(`${role}@example.gov.uk`)).statusCode, 303)
    return browser
  }

  async function visit(key: RouteKey, role: Role | 'anonymous'): Promise<LightMyRequestResponse> {
    const [method, pattern] = key.split(' ') as [string, string]
    const url = examples.get(key) ?? pattern
    assert.doesNotMatch(url, /[:*]/, `${key}: add an example URL to this test`)
    // One signed-in browser per role (signing in costs an argon2 hash); signing out gets its own.
    const browser = key === 'POST /sign-out' ? await signedIn(role) : (browsers[role] ??= await signedIn(role))
    return method === 'GET' ? browser.get(url) : browser.submit('/sign-in', url, {})
  }

  for (const [key, access] of Object.entries(ACCESS_RULES) as Array<[RouteKey, Access]>) {
    test(`${key} (${Array.isArray(access) ? access.join(', ') : access})`, async () => {
      const [method, url] = key.split(' ') as ['GET' | 'POST', string]
      assert.ok(t.app.hasRoute({ method, url }), `${key} is in the table but no such route is registered`)
      for (const role of ROLES) {
        const response = await visit(key, role)
        const user = role === 'anonymous' ? null : { id: 0, email: '', displayName: '', role }
        const refused =
          role === 'anonymous'
            ? response.statusCode === 303 && String(response.headers.location).startsWith('/sign-in')
            : response.statusCode === 403
        assert.equal(refused, !isAllowed(user, access), `${key} as ${role}: status ${response.statusCode}`)
        assert.ok(response.statusCode < 500, `${key} as ${role}: status ${response.statusCode}`)
      }
    })
  }
})
