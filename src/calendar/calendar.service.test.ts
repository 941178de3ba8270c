import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import ICAL from 'ical.js'
import { buildCalendar, type CalendarMeeting } from './calendar.service.ts'

const SITE = { origin: 'https://scrutiny.example.gov.uk', host: 'scrutiny.example.gov.uk' }
const NOW = new Date('2024-01-10T12:00:00Z')

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: 7,
    slug: '2024-06-12-children-and-education',
    meeting_date: '2024-06-12',
    start_time: '10:00:00',
    venue: 'Committee Room 2, Northmoor Civic Centre',
    status: 'agenda_published',
    cancellation_reason: null,
    updated_at: new Date('2024-01-02T09:00:00Z'),
    committee_name: 'Children and Education Overview and Scrutiny Committee',
    changes: 0,
    agenda: [
      { item_number: '1', title: 'Apologies' },
      { item_number: '2', title: 'Youth Service Annual Report' },
    ],
    ...overrides,
  }
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
}

describe('building the iCalendar feed', () => {
  test('one event per meeting with the committee, venue, link, agenda and a two-hour slot', () => {
    const ics = buildCalendar({ name: 'Meetings', meetings: [meeting()], site: SITE }, NOW)
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/)
    assert.match(ics, /\r\nEND:VCALENDAR$/)
    assert.ok(
      ics.split('\r\n').every(line => Buffer.byteLength(line) <= 75),
      'lines are folded at 75 octets',
    )
    const [vevent, ...rest] = events(ics)
    assert.equal(rest.length, 0)
    const event = new ICAL.Event(vevent)
    assert.equal(event.uid, 'meeting-7@scrutiny.example.gov.uk')
    assert.equal(event.summary, 'Children and Education Overview and Scrutiny Committee')
    assert.equal(event.location, 'Committee Room 2, Northmoor Civic Centre')
    assert.equal(
      vevent!.getFirstPropertyValue('url'),
      'https://scrutiny.example.gov.uk/meetings/2024-06-12-children-and-education',
    )
    assert.match(event.description, /^Agenda:\n1\. Apologies\n2\. Youth Service Annual Report\n/)
    assert.equal(event.startDate.toJSDate().toISOString(), '2024-06-12T09:00:00.000Z') // 10am BST
    assert.equal(event.endDate.toJSDate().toISOString(), '2024-06-12T11:00:00.000Z')
    assert.equal(vevent!.getFirstPropertyValue('status'), 'CONFIRMED')
    assert.equal(event.sequence, 0)
  })

  test('a meeting with no start time yet is an all-day event on its date', () => {
    const [vevent] = events(buildCalendar({ name: 'M', meetings: [meeting({ start_time: null })], site: SITE }, NOW))
    const event = new ICAL.Event(vevent)
    assert.equal(event.startDate.isDate, true)
    assert.equal(event.startDate.toString(), '2024-06-12')
  })

  test('a cancelled meeting is CANCELLED and says why; SEQUENCE counts the changes', () => {
    const cancelled = meeting({ status: 'cancelled', cancellation_reason: 'Not quorate.', changes: 2 })
    const [vevent] = events(buildCalendar({ name: 'M', meetings: [cancelled], site: SITE }, NOW))
    assert.equal(vevent!.getFirstPropertyValue('status'), 'CANCELLED')
    assert.equal(new ICAL.Event(vevent).sequence, 2)
    assert.match(new ICAL.Event(vevent).description, /^This meeting has been cancelled\. Not quorate\./)
  })

  test('text is escaped, so commas, semicolons and new lines in titles cannot break the file', () => {
    const tricky = meeting({ venue: 'Room 1; Annexe, Town Hall', agenda: [{ item_number: '1', title: 'A, B; C\nD' }] })
    const [vevent] = events(buildCalendar({ name: 'M', meetings: [tricky], site: SITE }, NOW))
    assert.equal(new ICAL.Event(vevent).location, 'Room 1; Annexe, Town Hall')
    assert.match(new ICAL.Event(vevent).description, /1\. A, B; C\nD/)
  })
})
