import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import ICAL from 'ical.js'
import type { LightMyRequestResponse } from 'fastify'
import { addDays, todayInLondon } from '../shared/dates.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { oneYearBefore } from './london-time.ts'

const HOST = 'scrutiny.example.gov.uk'
const CHILDREN = 'Children and Education Overview and Scrutiny Committee'
const EXEMPT_TITLE = 'Contract award: residential placements framework'

/** Unfolds the lines (RFC 5545 3.1), so text split across lines can be searched. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')

function vevents(body: string) {
  return new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent')
}

function eventFor(body: string, uid: string) {
  const vevent = vevents(body).find(v => v.getFirstPropertyValue('uid') === uid)
  assert.ok(vevent, `no event ${uid}`)
  return vevent
}

/** The UK wall-clock date and time of an instant, e.g. '2026-12-16 10:00'. */
function inLondon(instant: Date): string {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  return f.format(instant).replace(',', '')
}

describe('iCalendar feeds of meetings (demo council)', () => {
  let t: TestApp
  const today = todayInLondon()
  const get = (url: string): Promise<LightMyRequestResponse> =>
    t.app.inject({ method: 'GET', url, headers: { host: HOST } })

  let demoNext: { id: number; slug: string; meeting_date: string }

  before(async () => {
    t = await buildTestApp({ demo: true })
    demoNext = (await children()).at(-1)!
  })
  after(() => t.close())

  async function children() {
    return t.services.engine.db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select(['meeting.id', 'meeting.slug', 'meeting.meeting_date', 'meeting.start_time', 'meeting.committee_id'])
      .where('committee.slug', '=', 'children-and-education')
      .orderBy('meeting.meeting_date')
      .execute()
  }

  async function addMeeting(committeeId: number, date: string, startTime: string | null, key: string) {
    return t.services.engine.db
      .insertInto('meeting')
      .values({
        committee_id: committeeId,
        slug: `${date}-${key}`,
        meeting_date: date,
        start_time: startTime,
        venue: 'Council Chamber',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  }

  test('GET /calendar.ics is text/calendar with a filename, one VEVENT per meeting from a year ago on', async () => {
    const response = await get('/calendar.ics')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8')
    assert.equal(response.headers['content-disposition'], 'attachment; filename="meetings.ics"')
    const meetings = await t.services.engine.db
      .selectFrom('meeting')
      .select('id')
      .where('meeting_date', '>=', oneYearBefore(today))
      .execute()
    const uids = vevents(response.body).map(v => v.getFirstPropertyValue('uid'))
    assert.deepEqual(uids.sort(), meetings.map(m => `meeting-${m.id}@${HOST}`).sort())
    assert.ok(uids.length >= 4)
  })

  test('the committee feed has exactly its meetings, with committee, venue and absolute link', async () => {
    const response = await get('/committees/children-and-education/calendar.ics')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8')
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="children-and-education-meetings\.ics"$/,
    )
    const meetings = await children()
    const events = vevents(response.body)
    assert.equal(events.length, meetings.length)
    for (const m of meetings) {
      const vevent = eventFor(response.body, `meeting-${m.id}@${HOST}`)
      const event = new ICAL.Event(vevent)
      assert.equal(event.summary, CHILDREN)
      assert.equal(event.location, 'Committee Room 2, Northmoor Civic Centre, Market Street, Northmoor NM1 1AA')
      assert.equal(vevent.getFirstPropertyValue('url'), `http://${HOST}/meetings/${m.slug}`)
      assert.equal(inLondon(event.startDate.toJSDate()), `${m.meeting_date} 10:00`)
      assert.equal(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime(), 2 * 60 * 60 * 1000)
    }
    assert.match(unfold(response.body), /6\. Youth Service Annual Report/)
  })

  test('DTSTART is the agenda’s UK time, in summer (BST) and in winter (GMT)', async () => {
    const [first] = await children()
    const year = Number(today.slice(0, 4)) + 1
    const summer = await addMeeting(first!.committee_id, `${year}-07-15`, '18:30:00', 'summer-test')
    const winter = await addMeeting(first!.committee_id, `${year}-01-15`, '18:30:00', 'winter-test')
    const body = unfold((await get('/committees/children-and-education/calendar.ics')).body)
    assert.match(
      body,
      new RegExp(`UID:meeting-${summer.id}@${HOST}\\r\\n(?:.*\\r\\n)*?DTSTART:${year}0715T173000Z\\r\\n`),
    )
    assert.match(
      body,
      new RegExp(`UID:meeting-${winter.id}@${HOST}\\r\\n(?:.*\\r\\n)*?DTSTART:${year}0115T183000Z\\r\\n`),
    )
    assert.equal(
      inLondon(new ICAL.Event(eventFor(body, `meeting-${summer.id}@${HOST}`)).startDate.toJSDate()),
      `${year}-07-15 18:30`,
    )
  })

  test('meetings more than a year ago are left out', async () => {
    const [first] = await children()
    const old = await addMeeting(first!.committee_id, addDays(oneYearBefore(today), -1), '10:00:00', 'old-test')
    const edge = await addMeeting(first!.committee_id, oneYearBefore(today), '10:00:00', 'edge-test')
    const body = (await get('/calendar.ics')).body
    const uids = vevents(body).map(v => v.getFirstPropertyValue('uid'))
    assert.ok(!uids.includes(`meeting-${old.id}@${HOST}`))
    assert.ok(uids.includes(`meeting-${edge.id}@${HOST}`))
  })

  test('a rescheduled meeting keeps its UID; SEQUENCE goes up with each recorded change', async () => {
    const db = t.services.engine.db
    const m = demoNext
    const uid = `meeting-${m.id}@${HOST}`
    const before = new ICAL.Event(eventFor((await get('/calendar.ics')).body, uid))
    assert.equal(before.sequence, 0)

    const newDate = addDays(m.meeting_date, 7)
    await db
      .updateTable('meeting')
      .set({ meeting_date: newDate, slug: `${newDate}-children-and-education-moved`, updated_at: new Date() })
      .where('id', '=', m.id)
      .execute()
    await db
      .insertInto('meeting_change')
      .values({
        meeting_id: m.id,
        kind: 'rescheduled',
        before: JSON.stringify({ meeting_date: m.meeting_date }),
        after: JSON.stringify({ meeting_date: newDate }),
        reason: 'Clash with full Council',
      })
      .execute()

    for (const url of ['/calendar.ics', '/committees/children-and-education/calendar.ics']) {
      const after = new ICAL.Event(eventFor((await get(url)).body, uid))
      assert.equal(after.sequence, 1)
      assert.equal(inLondon(after.startDate.toJSDate()), `${newDate} 10:00`)
      assert.equal(
        after.component.getFirstPropertyValue('url'),
        `http://${HOST}/meetings/${newDate}-children-and-education-moved`,
      )
    }
  })

  test('a cancelled meeting has STATUS:CANCELLED and stays in the feed', async () => {
    const db = t.services.engine.db
    const housing = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select('meeting.id')
      .where('committee.slug', '=', 'housing-and-neighbourhoods')
      .where('meeting.meeting_date', '>=', today)
      .executeTakeFirstOrThrow()
    await db
      .updateTable('meeting')
      .set({ status: 'cancelled', cancellation_reason: 'The meeting would not be quorate.' })
      .where('id', '=', housing.id)
      .execute()
    await db
      .insertInto('meeting_change')
      .values({
        meeting_id: housing.id,
        kind: 'cancelled',
        before: JSON.stringify({ status: 'scheduled' }),
        after: JSON.stringify({ status: 'cancelled' }),
        reason: 'The meeting would not be quorate.',
      })
      .execute()
    const body = (await get('/committees/housing-and-neighbourhoods/calendar.ics')).body
    const vevent = eventFor(body, `meeting-${housing.id}@${HOST}`)
    assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED')
    assert.equal(new ICAL.Event(vevent).sequence, 1)
    assert.match(new ICAL.Event(vevent).description, /cancelled\. The meeting would not be quorate\./)
    const all = vevents((await get('/calendar.ics')).body)
    const others = all.filter(v => v.getFirstPropertyValue('uid') !== `meeting-${housing.id}@${HOST}`)
    assert.equal(all.length - others.length, 1)
    assert.ok(others.every(v => v.getFirstPropertyValue('status') === 'CONFIRMED'))
  })

  test('exempt items never appear, not even their titles', async () => {
    const exempt = await t.services.engine.db
      .selectFrom('agenda_item')
      .select('title')
      .where('is_exempt', '=', true)
      .execute()
    assert.ok(
      exempt.some(item => item.title.startsWith(EXEMPT_TITLE)),
      'the demo has the exempt item',
    )
    for (const url of ['/calendar.ics', '/committees/children-and-education/calendar.ics']) {
      const body = unfold((await get(url)).body)
      assert.ok(!body.includes(EXEMPT_TITLE), `${url} shows the exempt title`)
      assert.doesNotMatch(body, /Larkfield|residential placements|Commercially sensitive/)
      for (const vevent of vevents(body)) {
        assert.doesNotMatch(new ICAL.Event(vevent).description, /residential placements/)
      }
    }
  })

  test('an unknown committee gets a 404', async () => {
    const response = await get('/committees/no-such-committee/calendar.ics')
    assert.equal(response.statusCode, 404)
  })

  test('a Host header that is not a host name is refused', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/calendar.ics', headers: { host: 'evil.example/"x' } })
    assert.equal(response.statusCode, 400)
  })

  test('the committee and meeting pages link to the committee calendar', async () => {
    const link = /<a class="govuk-link" href="\/committees\/children-and-education\/calendar\.ics">Add to calendar/
    assert.match((await get('/committees/children-and-education')).body, link)
    const m = (await children()).at(-1)!
    assert.match((await get(`/meetings/${m.slug}`)).body, link)
  })
})
