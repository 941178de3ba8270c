import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import type { Kysely } from 'kysely'
import type { Role } from '../../src/accounts/accounts.table.ts'
import type { Database } from '../../src/db/database.ts'
import { samplePdf } from '../../src/packs/sample-pdfs.ts'
import { addDays, todayInLondon } from '../../src/shared/dates.ts'
import type { RouteKey } from '../../src/web/access-rules.ts'
import { Browser } from './browser.ts'
import { formFields } from './html-form.ts'
import { TEST_PASSWORD, type TestApp } from './test-app.ts'

/** Every route that can change something: all but GET (and HEAD) and the CORS preflight. */
export type StateChangingRoute = Exclude<RouteKey, `GET ${string}` | `OPTIONS ${string}`>

/** What the entry must carry: a creation its `after`, an edit both, a removal its `before`, an event neither. */
export type Change = 'create' | 'update' | 'delete' | 'event'

export interface Example {
  as: Role | 'anonymous'
  /** The page the form is on: the request is the form as that page fills it in, with its CSRF token. */
  page: string
  /** Where the form posts: the route with real ids. */
  action: string
  /** What the person types or chooses over what the form starts with. */
  fields?: Record<string, string>
  /** Lists in which the person picks another option than the one shown (the first that is not blank). */
  choose?: string[]
  /** An upload: the form's `file` field gets a one-page PDF. */
  upload?: true
  /** Who the entry names when not the one making the request (signing in: the user who signed in). */
  actor?: Role
  /** The audit entry it must write: its action, the type of record, and what changed. */
  audit: [action: string, entityType: string, change: Change]
}

export interface Fixtures {
  db: Kysely<Database>
  today: string
  /** A committee with an inquiry, meetings held and to come. */
  committee: string
  /** The demo's next meeting whose agenda is being built (not yet published). */
  preparing: string
  /** The demo's last meeting held, with no action notes yet. */
  held: string
  /** The meeting the meetings examples create, dated today. */
  created: string
  inquiryId: number
  /** A recommendation of the inquiry that the report author (Naomi Osei) is responsible for. */
  recId: number
  userIds: Record<Role, number>
}

export const ROLES: Role[] = ['member', 'report_author', 'scrutiny_officer', 'admin']
export const EMAIL = (role: Role) => `${role}@example.gov.uk`

const parts = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-')
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! }
}

const idOf = async (query: Promise<{ id: number } | undefined>, what: string) => {
  const row = await query
  assert.ok(row, `no ${what} to use in the example`)
  return row.id
}

/**
 * One successful request to every state-changing route of the authorisation table, made as a person
 * allowed to make it, through the page its form is on, with the audit entry it must write (checked
 * by src/audit/audit-every-route.test.ts; test/integration/escaping.test.ts uses the examples to put
 * a record in every table). A route missing here fails the typecheck and the audit test. They run
 * in this order, on the demo council: later ones use what earlier ones made.
 */
export const ROUTE_EXAMPLES: { [K in StateChangingRoute]: (f: Fixtures) => Example | Promise<Example> } = {
  // Accounts: signing in and out are audited too (failures and lockouts: accounts.routes.test.ts); administrators
  // add staff and set the council's details.
  'POST /sign-in': () => ({
    as: 'anonymous',
    page: '/sign-in',
    action: '/sign-in',
    fields: { email: EMAIL('member'), password: TEST_PASSWORD },
    actor: 'member',
    audit: ['user.sign_in', 'app_user', 'event'],
  }),
  'POST /sign-out': () => ({
    as: 'member',
    page: '/staff',
    action: '/sign-out',
    audit: ['user.sign_out', 'app_user', 'event'],
  }),

  'POST /staff/users': () => ({
    as: 'admin',
    page: '/staff/users/new',
    action: '/staff/users',
    fields: { email: 'clerk@example.gov.uk', displayName: 'Sam Clerk', role: 'member', password: TEST_PASSWORD },
    audit: ['user.create', 'app_user', 'create'],
  }),
  'POST /staff/users/:id': async f => {
    const id = await idOf(
      f.db.selectFrom('app_user').select('id').where('email', '=', 'clerk@example.gov.uk').executeTakeFirst(),
      'account',
    )
    return {
      as: 'admin',
      page: `/staff/users/${id}/edit`,
      action: `/staff/users/${id}`,
      fields: { role: 'report_author' },
      audit: ['user.update', 'app_user', 'update'],
    }
  },

  'POST /staff/council': () => ({
    as: 'admin',
    page: '/staff/council',
    action: '/staff/council',
    fields: { name: 'City of Northmoor Council' },
    audit: ['council.update', 'council', 'update'],
  }),

  // Email alerts: the public subscribes, confirms and leaves (the address itself is never logged).
  'POST /alerts': f => ({
    as: 'anonymous',
    page: '/alerts/new',
    action: '/alerts',
    fields: { email: 'resident@example.com', committee: f.committee },
    audit: ['alert.request', 'alert_subscription', 'create'],
  }),
  'POST /alerts/confirm/:token': async f => {
    const token = await alertToken(f)
    return {
      as: 'anonymous',
      page: `/alerts/confirm/${token}`,
      action: `/alerts/confirm/${token}`,
      audit: ['alert.confirm', 'alert_subscription', 'update'],
    }
  },
  'POST /alerts/unsubscribe/:token': async f => {
    const token = await alertToken(f)
    return {
      as: 'anonymous',
      page: `/alerts/unsubscribe/${token}`,
      action: `/alerts/unsubscribe/${token}`,
      audit: ['alert.unsubscribe', 'alert_subscription', 'delete'],
    }
  },

  // Committees, people, municipal years and memberships.
  'POST /staff/committees': () => ({
    as: 'scrutiny_officer',
    page: '/staff/committees/new',
    action: '/staff/committees',
    fields: { name: 'Audit Committee', kind: 'other' },
    audit: ['committee.create', 'committee', 'create'],
  }),
  'POST /staff/committees/:slug': f => ({
    as: 'scrutiny_officer',
    page: `/staff/committees/${f.committee}/edit`,
    action: `/staff/committees/${f.committee}`,
    fields: { purpose: 'To hold the executive to account for children’s services and schools.' },
    audit: ['committee.update', 'committee', 'update'],
  }),
  'POST /staff/people': () => ({
    as: 'scrutiny_officer',
    page: '/staff/people/new',
    action: '/staff/people',
    fields: { full_name: 'Amara Lewis', kind: 'councillor' },
    audit: ['person.create', 'person', 'create'],
  }),
  'POST /staff/people/:slug': () => ({
    as: 'scrutiny_officer',
    page: '/staff/people/priya-shah/edit',
    action: '/staff/people/priya-shah',
    fields: { ward: 'Northmoor Central' },
    audit: ['person.update', 'person', 'update'],
  }),
  'POST /staff/municipal-years': () => ({
    as: 'scrutiny_officer',
    page: '/staff/municipal-years/new',
    action: '/staff/municipal-years',
    fields: { label: '2030/31', starts_on: '2030-05-15', ends_on: '2031-05-14' },
    audit: ['municipal_year.create', 'municipal_year', 'create'],
  }),
  'POST /staff/municipal-years/:id': async f => {
    const id = await idOf(
      f.db.selectFrom('municipal_year').select('id').where('label', '=', '2030/31').executeTakeFirst(),
      'year',
    )
    return {
      as: 'scrutiny_officer',
      page: `/staff/municipal-years/${id}/edit`,
      action: `/staff/municipal-years/${id}`,
      fields: { label: '2030/2031' },
      audit: ['municipal_year.update', 'municipal_year', 'update'],
    }
  },
  'POST /staff/committees/:slug/memberships': async f => {
    const person = await idOf(
      f.db.selectFrom('person').select('id').where('slug', '=', 'amara-lewis').executeTakeFirst(),
      'person',
    )
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/memberships/new`,
      action: `/staff/committees/${f.committee}/memberships`,
      fields: { person_id: String(person), role: 'member', starts_on: f.today },
      audit: ['membership.add', 'membership', 'create'],
    }
  },
  'POST /staff/committees/:slug/memberships/:id': async f => {
    const id = await newest(f, 'membership')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/memberships/${id}/edit`,
      action: `/staff/committees/${f.committee}/memberships/${id}`,
      fields: { role: 'deputy_chair' },
      audit: ['membership.correct', 'membership', 'update'],
    }
  },
  'POST /staff/committees/:slug/memberships/:id/end': async f => {
    const id = await newest(f, 'membership')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/memberships/${id}/end`,
      action: `/staff/committees/${f.committee}/memberships/${id}/end`,
      fields: { ends_on: addDays(f.today, 30) },
      audit: ['membership.correct', 'membership', 'update'],
    }
  },

  // Meetings: a new meeting (dated today) is moved, cancelled, reinstated and marked held; the agenda of
  // the next meeting being prepared is built, a report author submits a report to it, and it is published.
  'POST /staff/meetings': f => ({
    as: 'scrutiny_officer',
    page: '/staff/meetings/new',
    action: '/staff/meetings',
    fields: { committee: f.committee, meetingDate: f.today, startTime: '10:00', venue: 'Council House' },
    audit: ['meeting.create', 'meeting', 'create'],
  }),
  'POST /staff/meetings/:slug/edit': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.created}/edit`,
    action: `/staff/meetings/${f.created}/edit`,
    fields: { venue: 'Committee Room 2' },
    audit: ['meeting.venue_changed', 'meeting', 'update'],
  }),
  'POST /staff/meetings/:slug/reschedule': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.created}/reschedule`,
    action: `/staff/meetings/${f.created}/reschedule`,
    fields: { startTime: '14:00', reason: 'The chair is at full council in the morning' },
    audit: ['meeting.rescheduled', 'meeting', 'update'],
  }),
  'POST /staff/meetings/:slug/cancel': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.created}/cancel`,
    action: `/staff/meetings/${f.created}/cancel`,
    fields: { reason: 'Not quorate' },
    audit: ['meeting.cancelled', 'meeting', 'update'],
  }),
  'POST /staff/meetings/:slug/reinstate': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.created}`,
    action: `/staff/meetings/${f.created}/reinstate`,
    audit: ['meeting.reinstated', 'meeting', 'update'],
  }),
  'POST /staff/meetings/:slug/held': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.created}`,
    action: `/staff/meetings/${f.created}/held`,
    audit: ['meeting.mark_held', 'meeting', 'update'],
  }),
  'POST /staff/meetings/:slug/items': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.preparing}/items/new`,
    action: `/staff/meetings/${f.preparing}/items`,
    fields: { title: 'Tenant satisfaction survey', reportAuthor: String(f.userIds.report_author) },
    audit: ['agenda_item.create', 'agenda_item', 'create'],
  }),
  'POST /staff/meetings/:slug/items/:item': async f => {
    const item = await newest(f, 'agenda_item')
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}/items/${item}/edit`,
      action: `/staff/meetings/${f.preparing}/items/${item}`,
      fields: { description: 'Results of the annual survey of council tenants.' },
      audit: ['agenda_item.update', 'agenda_item', 'update'],
    }
  },
  'POST /staff/meetings/:slug/items/:item/move': async f => {
    const item = await newest(f, 'agenda_item')
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}`,
      action: `/staff/meetings/${f.preparing}/items/${item}/move`,
      fields: { direction: 'up' },
      audit: ['agenda_item.move', 'agenda_item', 'update'],
    }
  },
  'POST /staff/meetings/:slug/items/:item/documents': async f => {
    const item = await newest(f, 'agenda_item')
    return {
      as: 'report_author',
      page: `/staff/meetings/${f.preparing}/items/${item}/documents/new`,
      action: `/staff/meetings/${f.preparing}/items/${item}/documents`,
      fields: { title: 'Tenant satisfaction survey 2026', kind: 'report' },
      upload: true,
      audit: ['document.submit', 'document', 'create'],
    }
  },
  'POST /staff/meetings/:slug/items/:item/cover-report': async f => {
    const item = await newest(f, 'agenda_item')
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}/items/${item}/cover-report`,
      action: `/staff/meetings/${f.preparing}/items/${item}/cover-report`,
      fields: {
        reportOf: 'Director of Housing',
        purpose: 'To report the survey’s results.',
        recommendations: 'That the committee notes the results.',
      },
      audit: ['document.attach', 'document', 'create'],
    }
  },
  'POST /staff/meetings/:slug/documents/:document/accept': async f => {
    const id = await idOf(
      f.db.selectFrom('document').select('id').where('status', '=', 'submitted').executeTakeFirst(),
      'submitted report',
    )
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}`,
      action: `/staff/meetings/${f.preparing}/documents/${id}/accept`,
      audit: ['document.accept', 'document', 'update'],
    }
  },
  'POST /staff/meetings/:slug/documents/:document/withdraw': async f => {
    const id = await newest(f, 'document')
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}`,
      action: `/staff/meetings/${f.preparing}/documents/${id}/withdraw`,
      audit: ['document.withdraw', 'document', 'update'],
    }
  },
  'POST /staff/meetings/:slug/items/:item/remove': async f => {
    const item = await idOf(
      f.db
        .selectFrom('agenda_item')
        .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
        .select('agenda_item.id')
        .where('meeting.slug', '=', f.preparing)
        .where('agenda_item.title', '=', 'Other urgent business')
        .executeTakeFirst(),
      'agenda item',
    )
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.preparing}/items/${item}/remove`,
      action: `/staff/meetings/${f.preparing}/items/${item}/remove`,
      audit: ['agenda_item.delete', 'agenda_item', 'delete'],
    }
  },
  'POST /staff/meetings/:slug/publish': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.preparing}/publish`,
    action: `/staff/meetings/${f.preparing}/publish`,
    audit: ['agenda.publish', 'meeting', 'update'],
  }),

  // Action notes and declarations of interests, at the last meeting held.
  'POST /staff/meetings/:slug/action-notes': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.held}/action-notes`,
    action: `/staff/meetings/${f.held}/action-notes`,
    audit: ['action_notes.saved', 'action_notes', 'update'],
  }),
  'POST /staff/meetings/:slug/action-notes/approve': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.held}/action-notes`,
    action: `/staff/meetings/${f.held}/action-notes/approve`,
    audit: ['action_notes.approved', 'action_notes', 'update'],
  }),
  'POST /staff/meetings/:slug/declarations': f => ({
    as: 'scrutiny_officer',
    page: `/staff/meetings/${f.held}/declarations`,
    action: `/staff/meetings/${f.held}/declarations`,
    fields: { nature: 'Governor of a school in the ward' },
    choose: ['person', 'item'],
    audit: ['declaration.created', 'declaration', 'create'],
  }),
  'POST /staff/meetings/:slug/declarations/:id/remove': async f => {
    const id = await newest(f, 'declaration')
    return {
      as: 'scrutiny_officer',
      page: `/staff/meetings/${f.held}/declarations`,
      action: `/staff/meetings/${f.held}/declarations/${id}/remove`,
      audit: ['declaration.removed', 'declaration', 'delete'],
    }
  },

  // Action tracker: an action added, closed by an update, and raised again.
  'POST /staff/committees/:slug/actions': f => ({
    as: 'scrutiny_officer',
    page: `/staff/committees/${f.committee}/actions/new`,
    action: `/staff/committees/${f.committee}/actions`,
    fields: {
      agendaItemTitle: 'Any other business',
      description: 'Circulate the exclusions data',
      owner: 'Naomi Osei',
    },
    audit: ['action.create', 'action', 'create'],
  }),
  'POST /staff/committees/:slug/actions/:id/updates': async f => {
    const id = await newest(f, 'action')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/actions/${id}`,
      action: `/staff/committees/${f.committee}/actions/${id}/updates`,
      fields: { body: 'Circulated by email.', outcome: 'done' },
      audit: ['action.close', 'action', 'update'],
    }
  },
  'POST /staff/committees/:slug/actions/:id/re-raise': async f => {
    const id = await newest(f, 'action')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/actions/${id}`,
      action: `/staff/committees/${f.committee}/actions/${id}/re-raise`,
      fields: { description: 'Circulate the exclusions data by school' },
      audit: ['action.re_raise', 'action', 'create'],
    }
  },

  // Work programme and Forward Plan.
  'POST /staff/committees/:slug/work-programme/items': f => ({
    as: 'scrutiny_officer',
    page: `/staff/committees/${f.committee}/work-programme/items/new`,
    action: `/staff/committees/${f.committee}/work-programme/items`,
    fields: { topic: 'Home to school transport', itemType: 'update_report' },
    audit: ['work_programme_item.create', 'work_programme_item', 'create'],
  }),
  'POST /staff/committees/:slug/work-programme/items/:id': async f => {
    const id = await newest(f, 'work_programme_item')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/work-programme/items/${id}`,
      action: `/staff/committees/${f.committee}/work-programme/items/${id}`,
      fields: { aims: 'To understand the rising cost of transport.' },
      audit: ['work_programme_item.update', 'work_programme_item', 'update'],
    }
  },
  'POST /staff/committees/:slug/work-programme/items/:id/move': async f => {
    const id = await newest(f, 'work_programme_item')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/work-programme/items/${id}`,
      action: `/staff/committees/${f.committee}/work-programme/items/${id}/move`,
      fields: { reason: 'The report will not be ready' },
      choose: ['meetingId'],
      audit: ['work_programme_item.move', 'work_programme_item', 'update'],
    }
  },
  'POST /staff/committees/:slug/work-programme/items/:id/reorder': async f => {
    // The last item planned for a meeting that has others: it can move up.
    const items = await f.db
      .selectFrom('work_programme_item')
      .innerJoin('committee', 'committee.id', 'work_programme_item.committee_id')
      .select(['work_programme_item.id', 'work_programme_item.meeting_id'])
      .where('committee.slug', '=', f.committee)
      .where('work_programme_item.meeting_id', 'is not', null)
      .orderBy('work_programme_item.position', 'desc')
      .execute()
    const item = items.find(i => items.filter(other => other.meeting_id === i.meeting_id).length > 1)
    assert.ok(item, 'no meeting with two work programme items')
    return {
      as: 'scrutiny_officer',
      page: `/staff/committees/${f.committee}/work-programme`,
      action: `/staff/committees/${f.committee}/work-programme/items/${item.id}/reorder`,
      fields: { direction: 'up' },
      audit: ['work_programme_item.reorder', 'work_programme_item', 'update'],
    }
  },
  'POST /staff/committees/:slug/work-programme/forward-plan': f => ({
    as: 'scrutiny_officer',
    page: `/staff/committees/${f.committee}/work-programme/forward-plan/new`,
    action: `/staff/committees/${f.committee}/work-programme/forward-plan`,
    fields: {
      reference: '009876/2027',
      title: 'School places strategy',
      ...parts('proposedDecisionDate', addDays(f.today, 60)),
    },
    audit: ['forward_plan_item.create', 'forward_plan_item', 'create'],
  }),

  // Inquiries and their recommendations.
  'POST /staff/inquiries': () => ({
    as: 'scrutiny_officer',
    page: '/staff/inquiries/new',
    action: '/staff/inquiries',
    fields: { title: 'Youth services', keyQuestion: 'Are young people being heard?' },
    choose: ['committeeId'],
    audit: ['inquiry.create', 'inquiry', 'create'],
  }),
  'POST /staff/inquiries/:id': f => ({
    as: 'scrutiny_officer',
    page: `/staff/inquiries/${f.inquiryId}`,
    action: `/staff/inquiries/${f.inquiryId}`,
    fields: { keyQuestion: 'How can the council reduce exclusions from its schools?' },
    audit: ['inquiry.update', 'inquiry', 'update'],
  }),
  'POST /staff/inquiries/:id/sessions': f => ({
    as: 'scrutiny_officer',
    page: `/staff/inquiries/${f.inquiryId}`,
    action: `/staff/inquiries/${f.inquiryId}/sessions`,
    fields: { heldOn: f.today.split('-').reverse().join('/'), witnesses: 'Head teachers of three academies' },
    audit: ['evidence_session.create', 'evidence_session', 'create'],
  }),
  'POST /staff/inquiries/:id/sessions/:session': async f => {
    const session = await newest(f, 'evidence_session')
    return {
      as: 'scrutiny_officer',
      page: `/staff/inquiries/${f.inquiryId}/sessions/${session}`,
      action: `/staff/inquiries/${f.inquiryId}/sessions/${session}`,
      fields: { notes: 'The heads described their inclusion units.' },
      audit: ['evidence_session.update', 'evidence_session', 'update'],
    }
  },
  'POST /staff/inquiries/:id/sessions/:session/remove': async f => {
    const session = await newest(f, 'evidence_session')
    return {
      as: 'scrutiny_officer',
      page: `/staff/inquiries/${f.inquiryId}/sessions/${session}/remove`,
      action: `/staff/inquiries/${f.inquiryId}/sessions/${session}/remove`,
      audit: ['evidence_session.delete', 'evidence_session', 'delete'],
    }
  },
  'POST /staff/inquiries/:id/recommendations': f => ({
    as: 'scrutiny_officer',
    page: `/staff/inquiries/${f.inquiryId}`,
    action: `/staff/inquiries/${f.inquiryId}/recommendations`,
    fields: {
      body: 'That the council publishes exclusions by school every term.',
      responsible: 'Cabinet Member for Education',
    },
    audit: ['recommendation.create', 'recommendation', 'create'],
  }),
  'POST /staff/inquiries/:id/recommendations/:rec': async f => {
    const rec = await newest(f, 'recommendation')
    return {
      as: 'scrutiny_officer',
      page: `/staff/inquiries/${f.inquiryId}/recommendations/${rec}`,
      action: `/staff/inquiries/${f.inquiryId}/recommendations/${rec}`,
      fields: { body: 'That the council publishes exclusions by school every half term.' },
      audit: ['recommendation.update', 'recommendation', 'update'],
    }
  },
  'POST /staff/inquiries/:id/documents': f => ({
    as: 'scrutiny_officer',
    page: `/staff/inquiries/${f.inquiryId}`,
    action: `/staff/inquiries/${f.inquiryId}/documents`,
    fields: { documentTitle: 'Written evidence from the diocese', kind: 'evidence' },
    upload: true,
    audit: ['document.create', 'document', 'create'],
  }),

  // Recommendation tracking: a round scheduled, the executive's evidence, the committee's assessment.
  'POST /staff/tracking': async f => {
    const meeting = await idOf(
      f.db
        .selectFrom('meeting')
        .innerJoin('committee', 'committee.id', 'meeting.committee_id')
        .select('meeting.id')
        .where('committee.slug', '=', f.committee)
        .where('meeting.meeting_date', '>', addDays(f.today, 7))
        .orderBy('meeting.meeting_date')
        .executeTakeFirst(),
      'meeting to track at',
    )
    return {
      as: 'scrutiny_officer',
      page: '/staff/tracking/new',
      action: '/staff/tracking',
      fields: {
        inquiryId: String(f.inquiryId),
        meetingId: String(meeting),
        ...parts('evidenceDueOn', addDays(f.today, 2)),
        ...parts('reportDueOn', addDays(f.today, 5)),
      },
      audit: ['tracking_round.schedule', 'tracking_round', 'create'],
    }
  },
  'POST /staff/tracking/:round/recommendations/:rec/evidence': async f => {
    const round = await newest(f, 'tracking_round')
    const path = `/staff/tracking/${round}/recommendations/${f.recId}/evidence`
    return {
      as: 'report_author',
      page: path,
      action: path,
      fields: { code: '6', evidence: 'Two of the three pilots have started.' },
      audit: ['assessment.submit', 'assessment', 'create'],
    }
  },
  'POST /staff/tracking/:round/recommendations/:rec/assessment': async f => {
    const round = await newest(f, 'tracking_round')
    const path = `/staff/tracking/${round}/recommendations/${f.recId}/assessment`
    return {
      as: 'scrutiny_officer',
      page: path,
      action: path,
      fields: { code: '6', evidence: 'The committee agrees.' },
      audit: ['assessment.record', 'assessment', 'create'],
    }
  },
}

type Table = 'membership' | 'agenda_item' | 'document' | 'declaration' | 'action' | 'work_programme_item'
/** The record an earlier example made. */
async function newest(f: Fixtures, table: Table | 'evidence_session' | 'recommendation' | 'tracking_round') {
  return idOf(f.db.selectFrom(table).select('id').orderBy('id', 'desc').executeTakeFirst(), table)
}

async function alertToken(f: Fixtures) {
  const row = await f.db.selectFrom('alert_subscription').select('token').orderBy('id', 'desc').executeTakeFirst()
  assert.ok(row, 'no alert subscription')
  return row.token
}

/** A user of every role (email `role@example.gov.uk`), the report author being Naomi Osei; the examples' fixtures. */
export async function setUpExamples(t: TestApp): Promise<Fixtures> {
  const db = t.services.engine.db
  for (const role of ROLES) await t.addUser(EMAIL(role), role)
  const users = await db.selectFrom('app_user').select(['id', 'role']).execute()
  const osei = await db.selectFrom('person').select('id').where('slug', '=', 'naomi-osei').executeTakeFirstOrThrow()
  await db.updateTable('app_user').set({ person_id: osei.id }).where('role', '=', 'report_author').execute()
  const today = todayInLondon()
  const committee = 'children-and-education'
  const meetings = await db
    .selectFrom('meeting')
    .select(['slug', 'status', 'meeting_date'])
    .orderBy('meeting_date', 'desc')
    .execute()
  const inquiry = await db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()
  const rec = await db
    .selectFrom('recommendation')
    .select('id')
    .where('inquiry_id', '=', inquiry.id)
    .where('responsible_person_id', '=', osei.id)
    .where('concluded_on', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  return {
    db,
    today,
    committee,
    preparing: meetings.find(m => m.status === 'scheduled' && m.meeting_date > today)!.slug,
    held: meetings.find(m => m.status === 'held')!.slug,
    created: `${today}-${committee}`,
    inquiryId: inquiry.id,
    recId: rec.id,
    userIds: Object.fromEntries(users.map(u => [u.role, u.id])) as Record<Role, number>,
  }
}

/** Browsers signed in as each role (one each: signing in costs a password hash), and one not signed in. */
export class Browsers {
  private readonly browsers = new Map<Role | 'anonymous', Browser>()
  constructor(private readonly t: TestApp) {}

  async fresh(role: Role | 'anonymous'): Promise<Browser> {
    const browser = new Browser(this.t.app)
    if (role !== 'anonymous') assert.equal((await browser.signIn(EMAIL(role))).statusCode, 303)
    return browser
  }

  async as(role: Role | 'anonymous'): Promise<Browser> {
    if (!this.browsers.has(role)) this.browsers.set(role, await this.fresh(role))
    return this.browsers.get(role)!
  }
}

/** Makes an example's request: loads the page, fills its form in (or uploads), and posts it. */
export async function sendExample(
  browsers: Browsers,
  route: StateChangingRoute,
  e: Example,
): Promise<LightMyRequestResponse> {
  // Signing in and out each get a browser of their own, so the others keep their sessions.
  const browser = /^POST \/sign-(in|out)$/.test(route) ? await browsers.fresh(e.as) : await browsers.as(e.as)
  const page = await browser.get(e.page)
  assert.equal(page.statusCode, 200, `${e.page}: ${page.statusCode}`)
  const { _csrf, ...form } = { ...formFields(page.body, e.action, e.choose), ...e.fields }
  const response = e.upload
    ? await browser.upload(e.page, e.action, form, {
        field: 'file',
        bytes: await samplePdf(route, 1),
        name: 'report.pdf',
      })
    : await browser.post(e.action, _csrf === undefined ? form : { ...form, _csrf })
  assert.ok(
    [200, 303].includes(response.statusCode),
    `${route}: status ${response.statusCode}\n${/govuk-error-summary[\s\S]{0,1500}/.exec(response.body)?.[0] ?? response.body.slice(0, 500)}`,
  )
  return response
}
