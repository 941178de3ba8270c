import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { todayInLondon } from '../shared/dates.ts'
import { formatLongDate } from '../web/format.ts'
import { meetingDeadlines } from './work-programme-rules.ts'

const SLUG = 'children-and-education'
const WP = `/staff/committees/${SLUG}/work-programme`

describe('work programme screens', () => {
  let t: TestApp
  const as: Record<string, Browser> = {}
  let nextMeeting: { id: number; meeting_date: string }
  let otherMeeting: { id: number }

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer'] as const) {
      await t.addUser(`${role}@example.gov.uk`, role)
      as[role] = new Browser(t.app)
      await as[role].signIn(`${role}@example.gov.uk`)
    }
    const db = t.services.engine.db
    const meetings = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select(['meeting.id', 'meeting.meeting_date', 'committee.slug'])
      .where('meeting.meeting_date', '>=', todayInLondon())
      .orderBy('meeting.meeting_date')
      .execute()
    nextMeeting = meetings.find(m => m.slug === SLUG)!
    otherMeeting = meetings.find(m => m.slug !== SLUG)!
  })
  after(() => t.close())

  const addItem = (form: Record<string, string>) => as.scrutiny_officer!.submit(`${WP}/items/new`, `${WP}/items`, form)
  const itemIdByTopic = async (topic: string) =>
    (
      await t.services.engine.db
        .selectFrom('work_programme_item')
        .select('id')
        .where('topic', '=', topic)
        .executeTakeFirstOrThrow()
    ).id

  test('members read the work programme; report authors are refused; members cannot add items', async () => {
    const page = await as.member!.get(WP)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Work programme 20\d\d\/\d\d/)
    assert.doesNotMatch(page.body, /Add an item/)
    assert.equal((await as.report_author!.get(WP)).statusCode, 403)
    assert.equal((await as.report_author!.get('/staff/work-programmes')).statusCode, 403)
    assert.equal((await as.member!.get(`${WP}/items/new`)).statusCode, 403)
    const post = await as.member!.submit(WP, `${WP}/items`, { topic: 'Sneaky' })
    assert.equal(post.statusCode, 403)
  })

  test('each meeting shows its report deadline from the publication rule', async () => {
    const page = await as.member!.get(WP)
    const expected = meetingDeadlines(nextMeeting.meeting_date)
    assert.ok(expected.reports)
    assert.match(
      page.body,
      new RegExp(`Final deadline for reports: <strong>${formatLongDate(expected.reports!)}</strong>`),
    )
  })

  test('an officer adds an item to a meeting; it is listed under that meeting and audited', async () => {
    const response = await addItem({
      topic: 'Children’s mental health services',
      itemType: 'update_report',
      meetingId: String(nextMeeting.id),
      aims: 'To review waiting times',
      leadOfficer: 'Director of Public Health',
      witnesses: 'CAMHS lead',
    })
    assert.equal(response.statusCode, 303)
    const page = await as.member!.get(WP)
    const section = page.body.slice(page.body.indexOf(`id="meeting-${nextMeeting.id}"`))
    assert.match(section.slice(0, section.indexOf('</table>')), /Children’s mental health services[\s\S]*Update report/)
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_type', '=', 'work_programme_item')
      .execute()
    assert.equal(audit[0]?.action, 'work_programme_item.create')
  })

  test('bad input is a 400 with an error summary; a meeting of another committee is refused', async () => {
    const bad = await addItem({ topic: ' ', itemType: 'nonsense', meetingId: '-1' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /govuk-error-summary/)
    for (const field of ['topic', 'itemType', 'meetingId']) assert.match(bad.body, new RegExp(`href="#${field}"`))
    const other = await addItem({ topic: 'Elsewhere', meetingId: String(otherMeeting.id) })
    assert.equal(other.statusCode, 400)
    assert.match(other.body, /Choose a meeting of this committee/)
  })

  test('moving an item keeps its history, and back to "to be scheduled"', async () => {
    await addItem({ topic: 'Youth offending', itemType: 'evidence_gathering' })
    const id = await itemIdByTopic('Youth offending')
    let page = await as.member!.get(WP)
    assert.match(page.body.slice(page.body.indexOf('id="to-be-scheduled"')), /Youth offending/)

    const item = `${WP}/items/${id}`
    const first = await as.scrutiny_officer!.submit(item, `${item}/move`, {
      meetingId: String(nextMeeting.id),
      reason: 'Report ready early',
    })
    assert.equal(first.statusCode, 303)
    const planned = await t.services.engine.db
      .selectFrom('work_programme_item')
      .select('id')
      .where('meeting_id', '=', nextMeeting.id)
      .orderBy('position')
      .orderBy('id')
      .execute()
    assert.equal(planned.at(-1)?.id, id, 'a moved item joins the end of its new meeting’s items')
    const same = await as.scrutiny_officer!.submit(item, `${item}/move`, { meetingId: String(nextMeeting.id) })
    assert.equal(same.statusCode, 400)
    const second = await as.scrutiny_officer!.submit(item, `${item}/move`, {
      meetingId: '',
      reason: 'Witness unavailable',
    })
    assert.equal(second.statusCode, 303)

    const moves = await t.services.engine.db
      .selectFrom('work_programme_item_move')
      .select(['from_meeting_id', 'to_meeting_id', 'reason'])
      .where('item_id', '=', id)
      .orderBy('id')
      .execute()
    assert.deepEqual(moves, [
      { from_meeting_id: null, to_meeting_id: nextMeeting.id, reason: 'Report ready early' },
      { from_meeting_id: nextMeeting.id, to_meeting_id: null, reason: 'Witness unavailable' },
    ])
    page = await as.member!.get(item)
    assert.match(page.body, /data-qa="moves"[\s\S]*Report ready early[\s\S]*Witness unavailable/)
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', 'work_programme_item')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()
    assert.deepEqual(
      audit.map(a => a.action),
      ['work_programme_item.create', 'work_programme_item.move', 'work_programme_item.move'],
    )
    assert.deepEqual(audit[2]?.before, { meeting_id: nextMeeting.id })
  })

  test('Move up and Move down put a meeting’s items in order; each move is audited and the documents follow', async () => {
    const db = t.services.engine.db
    const inMeeting = async () =>
      (
        await db
          .selectFrom('work_programme_item')
          .select(['id', 'topic'])
          .where('meeting_id', '=', nextMeeting.id)
          .orderBy('position')
          .orderBy('id')
          .execute()
      ).map(r => r.topic)
    for (const topic of ['Order A', 'Order B', 'Order C']) await addItem({ topic, meetingId: String(nextMeeting.id) })
    const ours = async () => (await inMeeting()).filter(topic => topic.startsWith('Order '))
    assert.deepEqual((await inMeeting()).slice(-3), ['Order A', 'Order B', 'Order C'], 'a new item joins at the end')

    const officerPage = await as.scrutiny_officer!.get(WP)
    assert.match(officerPage.body, /Move up<span class="govuk-visually-hidden">: Order C<\/span>/)
    assert.doesNotMatch((await as.member!.get(WP)).body, /Move up|Move down/)

    const c = await itemIdByTopic('Order C')
    const reorder = (id: number, direction: string, who = as.scrutiny_officer!) =>
      who.submit('/staff', `${WP}/items/${id}/reorder`, { direction })
    const up = await reorder(c, 'up')
    assert.equal(up.statusCode, 303)
    assert.match(String(up.headers.location), new RegExp(`^${WP}\\?year=\\d{4}#wp-item-${c}$`))
    assert.deepEqual(await ours(), ['Order A', 'Order C', 'Order B'])

    const audits = () =>
      db
        .selectFrom('audit_log')
        .select(['before', 'after'])
        .where('action', '=', 'work_programme_item.reorder')
        .orderBy('id')
        .execute()
    const positions = (await inMeeting()).length
    assert.deepEqual(await audits(), [
      {
        before: { meeting_id: nextMeeting.id, position: positions },
        after: { meeting_id: nextMeeting.id, position: positions - 1 },
      },
    ])

    // The last cannot go down: nothing changes and nothing is recorded.
    const b = await itemIdByTopic('Order B')
    assert.equal((await reorder(b, 'down')).statusCode, 303)
    assert.deepEqual(await ours(), ['Order A', 'Order C', 'Order B'])
    assert.equal((await audits()).length, 1)

    const document = (await new Browser(t.app).get(`/committees/${SLUG}/work-programme`)).body
    const at = (topic: string) => document.indexOf(`>${topic}<`)
    assert.ok(at('Order A') < at('Order C') && at('Order C') < at('Order B'), 'the published document follows')

    assert.equal((await reorder(c, 'sideways')).statusCode, 400)
    await addItem({ topic: 'Order unscheduled' })
    const unscheduled = await reorder(await itemIdByTopic('Order unscheduled'), 'up')
    assert.equal(unscheduled.statusCode, 400)
    assert.equal((await reorder(c, 'up', as.member!)).statusCode, 403)
    assert.equal((await reorder(c, 'up', as.report_author!)).statusCode, 403)
    assert.equal(
      (await as.scrutiny_officer!.submit(WP, `${WP}/items/999999/reorder`, { direction: 'up' })).statusCode,
      404,
    )
    assert.deepEqual(await ours(), ['Order A', 'Order C', 'Order B'])
  })

  test('editing an item records before and after', async () => {
    await addItem({ topic: 'SEND transport' })
    const id = await itemIdByTopic('SEND transport')
    const item = `${WP}/items/${id}`
    const edit = await as.scrutiny_officer!.submit(item, item, { topic: 'SEND transport review', visits: 'Depot' })
    assert.equal(edit.statusCode, 303)
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'work_programme_item.update')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow()
    assert.equal((audit.before as { topic: string }).topic, 'SEND transport')
    assert.equal((audit.after as { topic: string }).topic, 'SEND transport review')
  })

  test('Forward Plan items are added once and linked to items', async () => {
    const form = {
      reference: 'FP/2026/123',
      title: 'School place planning strategy',
      proposedDecisionDate: '15/03/2027',
    }
    const add = () => as.scrutiny_officer!.submit(`${WP}/forward-plan/new`, `${WP}/forward-plan`, form)
    assert.equal((await add()).statusCode, 303)
    const again = await add()
    assert.equal(again.statusCode, 400)
    assert.match(again.body, /already recorded/)
    const fp = await t.services.engine.db
      .selectFrom('forward_plan_item')
      .select('id')
      .where('reference', '=', form.reference)
      .executeTakeFirstOrThrow()
    await addItem({
      topic: 'School places: pre-decision',
      itemType: 'pre_decision_scrutiny',
      forwardPlanItemId: String(fp.id),
    })
    const page = await as.member!.get(WP)
    const table = page.body.slice(page.body.indexOf('data-qa="forward-plan"'))
    assert.match(table, /FP\/2026\/123[\s\S]*School place planning strategy[\s\S]*School places: pre-decision/)
  })

  test('the outstanding tracking table is derived from the recommendations', async () => {
    const db = t.services.engine.db
    const page = await as.member!.get(WP)
    const table = page.body.slice(page.body.indexOf('data-qa="outstanding-tracking"'))
    const recs = await db
      .selectFrom('recommendation')
      .select(['id', 'number', 'concluded_on'])
      .orderBy('position')
      .execute()
    const outstanding = recs.filter(r => r.concluded_on === null)
    assert.ok(outstanding.length > 0)
    assert.match(
      table,
      new RegExp(`Reducing School Exclusions</td>\\s*<td[^>]*>${outstanding.map(r => r.number).join(', ')}</td>`),
    )
    // Concluding one removes it: nothing is typed.
    await db
      .updateTable('recommendation')
      .set({ concluded_on: todayInLondon(), final_assessment: 1 })
      .where('id', '=', outstanding[0]!.id)
      .execute()
    const after = await as.member!.get(WP)
    const rest = outstanding.slice(1).map(r => r.number)
    const afterTable = after.body.slice(after.body.indexOf('data-qa="outstanding-tracking"'))
    if (rest.length)
      assert.match(afterTable, new RegExp(`Reducing School Exclusions</td>\\s*<td[^>]*>${rest.join(', ')}</td>`))
    else assert.doesNotMatch(after.body, /data-qa="outstanding-tracking"/)
  })

  test('script in any field is escaped on staff and public pages', async () => {
    const payload = '<script>alert("wp")</script>'
    await addItem({ topic: payload, aims: payload, meetingId: String(nextMeeting.id) })
    for (const page of [await as.member!.get(WP), await new Browser(t.app).get(`/committees/${SLUG}`)]) {
      assert.doesNotMatch(page.body, /<script>alert/)
      assert.match(page.body, /&lt;script&gt;alert/)
    }
  })

  test('the public committee page shows the work programme and the open actions; documents as HTML and PDF', async () => {
    const visitor = new Browser(t.app)
    const page = await visitor.get(`/committees/${SLUG}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /data-qa="committee-work-programme"[\s\S]*Children’s mental health services/)
    assert.match(page.body, /data-qa="committee-action-tracker"[\s\S]*Invite the alternative provision pilot provider/)
    const doc = await visitor.get(`/committees/${SLUG}/work-programme`)
    assert.equal(doc.statusCode, 200)
    assert.match(doc.body, /Outstanding tracking/)
    const pdf = await visitor.get(`/committees/${SLUG}/work-programme.pdf`)
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    assert.equal((await visitor.get(`/committees/${SLUG}/work-programme?asOf=2026-02-30`)).statusCode, 400)
    assert.equal((await visitor.get('/committees/no-such-committee')).statusCode, 404)
  })

  test('unknown items and years are 404s', async () => {
    assert.equal((await as.member!.get(`${WP}/items/999999`)).statusCode, 404)
    assert.equal((await as.member!.get(`${WP}/items/x`)).statusCode, 404)
    assert.equal((await as.member!.get(`${WP}?year=3000`)).statusCode, 404)
  })
})
