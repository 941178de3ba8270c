import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { reinstatedStatus, whyNot, type MeetingAction, type MeetingState } from './meeting-lifecycle.ts'
import type { MeetingStatus } from './meetings.table.ts'

const TODAY = '2026-06-10'
const state = (status: MeetingStatus, published = false, meeting_date = '2026-06-24'): MeetingState => ({
  status,
  published,
  meeting_date,
})

describe('whyNot: what an officer may do to a meeting in each state', () => {
  // [action, state, allowed]
  const table: Array<[MeetingAction, MeetingState, boolean]> = [
    ['edit_details', state('scheduled'), true],
    ['edit_details', state('cancelled'), false],
    ['edit_details', state('held', true), false],
    ['reschedule', state('agenda_published', true), true],
    ['reschedule', state('minutes_approved', true), false],
    ['cancel', state('scheduled'), true],
    ['cancel', state('cancelled'), false],
    ['reinstate', state('cancelled'), true],
    ['reinstate', state('scheduled'), false],
    ['edit_agenda', state('agenda_published', true), true],
    ['edit_agenda', state('held', true), false],
    ['publish', state('scheduled'), true],
    ['publish', state('agenda_published', true), false],
    ['publish', state('cancelled'), false],
    ['publish_supplement', state('agenda_published', true), true],
    ['publish_supplement', state('scheduled'), false],
    ['mark_held', state('agenda_published', true, '2026-06-10'), true],
    ['mark_held', state('agenda_published', true, '2026-06-11'), false],
    ['mark_held', state('held', true, '2026-06-01'), false],
  ]
  for (const [action, meeting, allowed] of table) {
    test(`${action} when ${meeting.status}${meeting.published ? ' (published)' : ''} on ${meeting.meeting_date}`, () => {
      const reason = whyNot(action, meeting, TODAY)
      assert.equal(reason === null, allowed, reason ?? 'allowed')
      if (!allowed) assert.match(reason!, /\w+/)
    })
  }

  test('a reinstated meeting returns to its published state if its agenda was out', () => {
    assert.equal(reinstatedStatus(true), 'agenda_published')
    assert.equal(reinstatedStatus(false), 'scheduled')
  })
})
