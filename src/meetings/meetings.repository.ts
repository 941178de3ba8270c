import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

export function findMeetingBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'meeting.id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.venue',
      'meeting.webcast_url',
      'meeting.status',
      'meeting.cancellation_reason',
      'committee.id as committee_id',
      'committee.name as committee_name',
      'committee.slug as committee_slug',
    ])
    .where('meeting.slug', '=', slug)
    .executeTakeFirst()
}

export function agendaOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('agenda_item')
    .select([
      'id',
      'position',
      'item_number',
      'title',
      'description',
      'time_from',
      'time_to',
      'attendees',
      'is_exempt',
      'exempt_paragraph',
      'page_from',
      'page_to',
    ])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
}

/** Meetings on or after a date (soonest first), or before it (latest first). */
export function meetingsAround(db: Kysely<Database>, date: string, direction: 'upcoming' | 'recent', limit: number) {
  const upcoming = direction === 'upcoming'
  return db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.status',
      'committee.name as committee_name',
    ])
    .where('meeting.meeting_date', upcoming ? '>=' : '<', date)
    .orderBy('meeting.meeting_date', upcoming ? 'asc' : 'desc')
    .limit(limit)
    .execute()
}
