import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

// Every form of the action tracker, work programme and inquiry screens, posted with anything a form can carry:
// the answer is a redirect (saved) or a 400 with a GOV.UK error summary, never a 500, and input is escaped.

const SLUG = 'children-and-education'

const value = (plausible: fc.Arbitrary<string>) =>
  fc.oneof(
    plausible,
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.constantFrom('', ' ', '<script>alert(1)</script>', '31/02/2026', '2026-13-01', '-1', '0', '99999999999', '1e3'),
    fc.string({ minLength: 4000, maxLength: 6000 }),
  )
const date = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10))
const text = fc.string({ minLength: 1, maxLength: 40 })
const id = fc.integer({ min: 1, max: 12 }).map(String)
const fieldsOf = (shape: Record<string, fc.Arbitrary<string>>) =>
  fc.record(Object.fromEntries(Object.entries(shape).map(([k, a]) => [k, value(a)])), { requiredKeys: [] })

describe('staff forms with arbitrary input (fast-check)', () => {
  let t: TestApp
  let browser: Browser
  let token: string
  let actionId: number
  let closedActionId: number
  let itemId: number
  let plannedItemId: number
  let inquiryId: number
  let sessionId: number
  let recId: number

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    browser = new Browser(t.app)
    await browser.signIn('officer@example.gov.uk')
    token = csrfTokenIn((await browser.get('/staff/inquiries')).body)
    const db = t.services.engine.db
    const actions = await db.selectFrom('action').select(['id', 'status']).orderBy('id').execute()
    actionId = actions.find(a => a.status === 'open')!.id
    closedActionId = actions.find(a => a.status !== 'open')!.id
    const committee = await db.selectFrom('committee').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()
    itemId = (
      await db
        .insertInto('work_programme_item')
        .values({ committee_id: committee.id, topic: 'Example' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    plannedItemId = (
      await db
        .selectFrom('work_programme_item')
        .select('id')
        .where('committee_id', '=', committee.id)
        .where('meeting_id', 'is not', null)
        .executeTakeFirstOrThrow()
    ).id
    inquiryId = (await db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()).id
    sessionId = (
      await db
        .insertInto('evidence_session')
        .values({ inquiry_id: inquiryId, held_on: '2026-03-04' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    recId = (
      await db.selectFrom('recommendation').select('id').where('inquiry_id', '=', inquiryId).executeTakeFirstOrThrow()
    ).id
  })
  after(() => t.close())

  const forms: Array<[() => string, Record<string, fc.Arbitrary<string>>]> = [
    [
      () => `/staff/committees/${SLUG}/actions`,
      { raisedOn: date, agendaItemId: id, agendaItemTitle: text, description: text, owner: text, dueOn: date },
    ],
    [
      () => `/staff/committees/${SLUG}/actions/${actionId}/updates`,
      { body: text, writtenOn: date, outcome: fc.constantFrom('open', 'done', 'withdrawn') },
    ],
    [
      () => `/staff/committees/${SLUG}/actions/${closedActionId}/re-raise`,
      { raisedOn: date, description: text, owner: text },
    ],
    [
      () => `/staff/committees/${SLUG}/work-programme/items`,
      {
        topic: text,
        itemType: fc.constantFrom('update_report', 'tracking', 'call_in'),
        meetingId: id,
        aims: text,
        forwardPlanItemId: id,
        inquiryId: id,
      },
    ],
    [
      () => `/staff/committees/${SLUG}/work-programme/items/${itemId}`,
      { topic: text, itemType: fc.constantFrom('briefing', 'other'), witnesses: text, visits: text },
    ],
    [() => `/staff/committees/${SLUG}/work-programme/items/${itemId}/move`, { meetingId: id, reason: text }],
    [
      () => `/staff/committees/${SLUG}/work-programme/items/${plannedItemId}/reorder`,
      { direction: fc.constantFrom('up', 'down') },
    ],
    [
      () => `/staff/committees/${SLUG}/work-programme/forward-plan`,
      { reference: text, title: text, proposedDecisionDate: date, decisionMaker: text },
    ],
    [
      () => '/staff/inquiries',
      {
        committeeId: id,
        title: text,
        keyQuestion: text,
        leadMemberId: id,
        leadOfficerId: id,
        status: fc.constantFrom('scoping', 'tracking'),
        approvedOn: date,
      },
    ],
    [
      () => `/staff/inquiries/${inquiryId}`,
      { title: text, status: fc.constantFrom('reporting', 'concluded'), leadMemberId: id, approvedOn: date },
    ],
    [() => `/staff/inquiries/${inquiryId}/sessions`, { heldOn: date, meetingId: id, witnesses: text, notes: text }],
    [
      () => `/staff/inquiries/${inquiryId}/sessions/${sessionId}`,
      { heldOn: date, meetingId: id, witnesses: text, notes: text },
    ],
    [
      () => `/staff/inquiries/${inquiryId}/recommendations`,
      { body: text, responsible: text, responsiblePersonId: id, originalCompletionDate: date },
    ],
    [
      () => `/staff/inquiries/${inquiryId}/recommendations/${recId}`,
      { body: text, responsible: text, responsiblePersonId: id, originalCompletionDate: date },
    ],
    [
      () => `/staff/inquiries/${inquiryId}/documents`,
      { documentTitle: text, kind: fc.constantFrom('evidence', 'inquiry_report') },
    ],
  ]

  for (const [urlOf, shape] of forms) {
    // The route's pattern, read off the URL template, names the test.
    const pattern = urlOf
      .toString()
      .replace(/^\(\)\s*=>\s*[`'"]|[`'"]$/g, '')
      .replace('${SLUG}', ':slug')
      .replace(/\$\{\w+\}/g, ':id')
      .toString()
      .replace(/^\(\) => [`']|[`']$/g, '')
      .replace(/\$\{\w+\}/g, ':id')
    test(`POST ${pattern} answers 303 or 400, never 500`, async () => {
      const url = urlOf()
      await fc.assert(
        fc.asyncProperty(
          fieldsOf(shape as Record<string, fc.Arbitrary<string>>),
          fc.boolean(),
          async (fields, repeat) => {
            const body = new URLSearchParams({ ...(fields as Record<string, string>), _csrf: token })
            // A repeated name arrives as an array: also never a 500.
            const first = Object.keys(fields)[0]
            if (repeat && first) body.append(first, 'again')
            const response = await t.app.inject({
              method: 'POST',
              url,
              payload: body.toString(),
              headers: {
                'content-type': 'application/x-www-form-urlencoded',
                cookie: `scrutiny.sid=${browser.cookie('scrutiny.sid')}`,
              },
            })
            assert.ok([303, 400].includes(response.statusCode), `status ${response.statusCode}`)
            if (response.statusCode === 400) assert.match(response.body, /govuk-error-summary|There is a problem/)
            assert.doesNotMatch(response.body, /<script>alert\(1\)<\/script>/, 'input is escaped')
          },
        ),
        { numRuns: 30 },
      )
    })
  }
})
