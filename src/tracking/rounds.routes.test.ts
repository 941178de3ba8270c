import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'

// The tracking workflow through HTTP, role by role: officers schedule and record the committee's assessment,
// the responsible report author (and only they) submits evidence, members read.

const parts = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-')
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! }
}

describe('tracking rounds through HTTP', () => {
  let t: TestApp
  let meeting: { id: number; meeting_date: string }
  let inquiryId: number
  let recs: Map<string, number>
  let roundId: number
  const today = todayInLondon()

  const as = async (email: string) => {
    const browser = new Browser(t.app)
    assert.equal((await browser.signIn(email)).statusCode, 303)
    return browser
  }

  before(async () => {
    t = await buildTestApp({ demo: true })
    const db = t.services.engine.db
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('member@example.gov.uk', 'member')
    await t.addUser('osei@example.gov.uk', 'report_author')
    await t.addUser('other-author@example.gov.uk', 'report_author')
    const osei = await db.selectFrom('person').select('id').where('slug', '=', 'naomi-osei').executeTakeFirstOrThrow()
    await db.updateTable('app_user').set({ person_id: osei.id }).where('email', '=', 'osei@example.gov.uk').execute()
    const inquiry = await db.selectFrom('inquiry').select(['id', 'committee_id']).executeTakeFirstOrThrow()
    inquiryId = inquiry.id
    meeting = await db
      .selectFrom('meeting')
      .select(['id', 'meeting_date'])
      .where('committee_id', '=', inquiry.committee_id)
      .where('meeting_date', '>', addDays(today, 7))
      .orderBy('meeting_date')
      .executeTakeFirstOrThrow()
    const rows = await db.selectFrom('recommendation').select(['id', 'number']).execute()
    recs = new Map(rows.map(r => [r.number, r.id]))
  })
  after(() => t.close())

  const scheduleForm = (overrides: Record<string, string> = {}) => ({
    inquiryId: String(inquiryId),
    meetingId: String(meeting.id),
    ...parts('evidenceDueOn', addDays(today, 2)),
    ...parts('reportDueOn', addDays(today, 5)),
    ...overrides,
  })

  test('a scrutiny officer is told what is wrong with a schedule, then schedules tracking at a meeting', async () => {
    const officer = await as('officer@example.gov.uk')
    const bad = await officer.submit('/staff/tracking/new', '/staff/tracking', {
      ...scheduleForm({ meetingId: '' }),
      ...parts('evidenceDueOn', addDays(today, 6)),
    })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /Select the meeting at which it will be tracked/)
    const late = await officer.submit('/staff/tracking/new', '/staff/tracking', {
      ...scheduleForm(),
      ...parts('evidenceDueOn', addDays(today, 6)),
    })
    assert.equal(late.statusCode, 400)
    assert.match(late.body, /Deadline for evidence must be on or before the report deadline/)
    assert.match(late.body, /href="#evidenceDueOn-day"/)

    const ok = await officer.submit('/staff/tracking/new', '/staff/tracking', scheduleForm())
    assert.equal(ok.statusCode, 303)
    roundId = Number(/\/staff\/tracking\/(\d+)$/.exec(String(ok.headers.location))![1])
    const round = await t.services.engine.db
      .selectFrom('tracking_round')
      .selectAll()
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow()
    assert.equal(round.scheduled_for, meeting.meeting_date)
    assert.equal(round.status, 'awaiting_evidence')
    const page = await officer.get(`/staff/tracking/${roundId}`)
    assert.equal(page.statusCode, 200)
    for (const number of ['R03', 'R04', 'R05']) assert.match(page.body, new RegExp(`data-number="${number}"`))
    assert.doesNotMatch(page.body, /data-number="R01"/, 'concluded recommendations are not tracked again')
    assert.match(page.body, /Record committee assessment/)
    assert.doesNotMatch(page.body, /Submit evidence for/)
  })

  test('members read the round but may not schedule, submit or assess', async () => {
    const member = await as('member@example.gov.uk')
    assert.equal((await member.get(`/staff/tracking/${roundId}`)).statusCode, 200)
    assert.equal((await member.get('/staff/tracking/new')).statusCode, 403)
    const rec = recs.get('R04')
    const page = `/staff/tracking/${roundId}`
    for (const path of ['evidence', 'assessment']) {
      const url = `/staff/tracking/${roundId}/recommendations/${rec}/${path}`
      assert.equal((await member.get(url)).statusCode, 403)
      assert.equal((await member.submit(page, url, { code: '6', evidence: 'x' })).statusCode, 403)
    }
    assert.equal((await member.submit(page, '/staff/tracking', scheduleForm())).statusCode, 403)
  })

  test('a report author submits evidence only for the recommendations they are responsible for', async () => {
    const other = await as('other-author@example.gov.uk')
    const url = `/staff/tracking/${roundId}/recommendations/${recs.get('R04')}/evidence`
    assert.equal((await other.get(url)).statusCode, 403)
    const refused = await other.submit(`/staff/tracking/${roundId}`, url, { code: '6', evidence: 'Not mine' })
    assert.equal(refused.statusCode, 403)

    const osei = await as('osei@example.gov.uk')
    const page = await osei.get(`/staff/tracking/${roundId}`)
    assert.match(page.body, /Submit evidence for R04/)
    assert.doesNotMatch(page.body, /Record committee assessment/)
    const noDate = await osei.submit(url, url, { code: '3', evidence: 'Half done' })
    assert.equal(noDate.statusCode, 400)
    assert.match(noDate.body, /Enter a new anticipated completion date/)
    const noEvidence = await osei.submit(url, url, { code: '6', evidence: '  ' })
    assert.equal(noEvidence.statusCode, 400)
    assert.match(noEvidence.body, /Enter the evidence of progress/)
    const late = await osei.submit(url, url, { code: '2', evidence: 'Done' })
    assert.equal(late.statusCode, 400, 'Achieved (Late) is refused before the completion date')

    const ok = await osei.submit(url, url, { code: '6', evidence: '170 of 190 leads trained.' })
    assert.equal(ok.statusCode, 303)
    const again = await osei.submit(url, url, { code: '6', evidence: 'Now 180 of 190.' })
    assert.equal(again.statusCode, 303, 'a later submission is kept too')
    const rows = await t.services.engine.db
      .selectFrom('assessment')
      .select(['evidence', 'recorded_by'])
      .where('tracking_round_id', '=', roundId)
      .where('assessed_by', '=', 'executive')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      rows.map(r => r.evidence),
      ['170 of 190 leads trained.', 'Now 180 of 190.'],
    )
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'assessment.submit')
      .execute()
    assert.equal(audit.length, 2)
  })

  test('a scrutiny officer may not submit evidence for the executive', async () => {
    const officer = await as('officer@example.gov.uk')
    const url = `/staff/tracking/${roundId}/recommendations/${recs.get('R04')}/evidence`
    assert.equal((await officer.get(url)).statusCode, 403)
  })

  test('the officer records the committee assessment; the rules are enforced and 1 concludes the recommendation', async () => {
    const officer = await as('officer@example.gov.uk')
    const url = (number: string) => `/staff/tracking/${roundId}/recommendations/${recs.get(number)}/assessment`
    const form = await officer.get(url('R04'))
    assert.equal(form.statusCode, 200)
    assert.match(form.body, /170 of 190 leads trained/, 'the form shows the history')

    const obstacle = await officer.submit(url('R05'), url('R05'), { code: '4', ...parts('assessedOn', today) })
    assert.equal(obstacle.statusCode, 400)
    assert.match(obstacle.body, /Enter the obstacle that prevents the recommendation being achieved/)
    const future = await officer.submit(url('R05'), url('R05'), {
      code: '6',
      ...parts('assessedOn', addDays(today, 3)),
    })
    assert.equal(future.statusCode, 400)
    assert.match(future.body, /must be today or in the past/)

    const ok = await officer.submit(url('R04'), url('R04'), {
      code: '1',
      evidence: 'Agreed',
      ...parts('assessedOn', today),
    })
    assert.equal(ok.statusCode, 303)
    const rec = await t.services.engine.db
      .selectFrom('recommendation')
      .select(['concluded_on', 'final_assessment'])
      .where('id', '=', recs.get('R04')!)
      .executeTakeFirstOrThrow()
    assert.deepEqual(rec, { concluded_on: today, final_assessment: 1 })
    const twice = await officer.submit(url('R04'), url('R04'), { code: '1', ...parts('assessedOn', today) })
    assert.equal(twice.statusCode, 400)

    const publicPage = await new Browser(t.app).get('/committees/children-and-education/inquiries/school-exclusions')
    const concluded = publicPage.body.slice(publicPage.body.indexOf('data-qa="concluded"'))
    assert.match(concluded, /data-number="R04"/)
    assert.match(concluded, /170 of 190 leads trained/, 'the public page shows the whole history')
  })

  test('ids that are not numbers, and rounds that do not exist, are not found', async () => {
    const officer = await as('officer@example.gov.uk')
    assert.equal((await officer.get('/staff/tracking/abc')).statusCode, 404)
    assert.equal((await officer.get('/staff/tracking/999999')).statusCode, 404)
    assert.equal((await officer.get(`/staff/tracking/${roundId}/recommendations/999999/assessment`)).statusCode, 404)
  })
})
