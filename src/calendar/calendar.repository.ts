import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/**
 * Meetings on or after a date (of one committee, or all), with how many times each has been
 * changed (rescheduled, cancelled, moved…): the calendar's SEQUENCE.
 */
export function meetingsForCalendar(db: Kysely<Database>, fromDate: string, committeeId?: number) {
  let query = db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select(eb => [
      'meeting.id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.venue',
      'meeting.status',
      'meeting.cancellation_reason',
      'meeting.updated_at',
      'committee.name as committee_name',
      eb
        .selectFrom('meeting_change')
        .select(eb.fn.countAll<number>().as('changes'))
        .whereRef('meeting_change.meeting_id', '=', 'meeting.id')
        .as('changes'),
    ])
    .where('meeting.meeting_date', '>=', fromDate)
  if (committeeId !== undefined) query = query.where('meeting.committee_id', '=', committeeId)
  return query.orderBy('meeting.meeting_date').orderBy('meeting.start_time').orderBy('meeting.id').execute()
}

/**
 * The public agenda of some meetings: item numbers and titles only, and never an exempt item
 * (they are left out here, in the query, so their titles never reach the feed).
 */
export function publicAgendaTitles(db: Kysely<Database>, meetingIds: number[]) {
  if (meetingIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('agenda_item')
    .select(['meeting_id', 'item_number', 'title'])
    .where('meeting_id', 'in', meetingIds)
    .where('is_exempt', '=', false)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute()
}
