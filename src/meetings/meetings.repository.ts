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

export function upcomingMeetings(db: Kysely<Database>, fromDate: string, limit: number) {
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
    .where('meeting.meeting_date', '>=', fromDate)
    .orderBy('meeting.meeting_date')
    .limit(limit)
    .execute()
}

export function recentMeetings(db: Kysely<Database>, beforeDate: string, limit: number) {
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
    .where('meeting.meeting_date', '<', beforeDate)
    .orderBy('meeting.meeting_date', 'desc')
    .limit(limit)
    .execute()
}
