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
      'standing_kind',
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

/** Every item with every document (submitted, accepted or published) for the officer's agenda builder. */
export async function staffAgendaOf(db: Kysely<Database>, meetingId: number) {
  const items = await db
    .selectFrom('agenda_item')
    .leftJoin('app_user', 'app_user.id', 'agenda_item.report_author_id')
    .selectAll('agenda_item')
    .select('app_user.display_name as report_author_name')
    .where('agenda_item.meeting_id', '=', meetingId)
    .orderBy('agenda_item.position')
    .execute()
  const documents = await db
    .selectFrom('document')
    .leftJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.agenda_item_id',
      'document.title',
      'document.kind',
      'document.status',
      'document.is_exempt',
      'document.exempt_paragraph',
      'document.page_from',
      'document.page_to',
      'stored_file.page_count',
    ])
    .where('document.meeting_id', '=', meetingId)
    .where('document.status', '<>', 'withdrawn')
    .orderBy('document.position')
    .orderBy('document.id')
    .execute()
  return items.map(item => ({ ...item, documents: documents.filter(d => d.agenda_item_id === item.id) }))
}

/** Page ranges as the latest pack set them, by agenda item id. */
export async function pageRangesOf(db: Kysely<Database>, meetingId: number) {
  const rows = await db
    .selectFrom('agenda_item')
    .select(['id', 'page_from', 'page_to'])
    .where('meeting_id', '=', meetingId)
    .execute()
  return new Map(rows.map(r => [r.id, r]))
}
