import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/** How many entries a feed holds: the newest ones. */
export const FEED_LIMIT = 50

/**
 * The newest published documents of meetings (of one committee, or all), newest first.
 *
 * Exempt material is left out here, in the query, so it never reaches the feed: documents marked
 * exempt, and any document attached to an exempt agenda item.
 */
export function publishedDocuments(db: Kysely<Database>, committeeId?: number, limit = FEED_LIMIT) {
  let query = db
    .selectFrom('document')
    .innerJoin('meeting', 'meeting.id', 'document.meeting_id')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .leftJoin('agenda_item', 'agenda_item.id', 'document.agenda_item_id')
    .select(eb => [
      'document.id',
      'document.kind',
      'document.title',
      eb.fn.coalesce('document.published_at', 'document.created_at').as('published'),
      'document.updated_at',
      'meeting.slug as meeting_slug',
      'meeting.meeting_date',
      'committee.name as committee_name',
    ])
    .where('document.status', '=', 'published')
    .where('document.is_exempt', '=', false)
    .where(eb => eb.or([eb('agenda_item.id', 'is', null), eb('agenda_item.is_exempt', '=', false)]))
  if (committeeId !== undefined) query = query.where('meeting.committee_id', '=', committeeId)
  return query
    .orderBy(sql`coalesce(document.published_at, document.created_at)`, 'desc')
    .orderBy('document.id', 'desc')
    .limit(limit)
    .execute()
}

/**
 * The newest resolutions (RESOLVED decisions from action notes), with their meeting, newest first:
 * by when their action notes were recorded, then by meeting date.
 *
 * Exempt material is left out here, in the query: resolutions marked exempt, and any resolution
 * on an exempt agenda item.
 */
export function recordedResolutions(db: Kysely<Database>, committeeId?: number, limit = FEED_LIMIT) {
  let query = db
    .selectFrom('resolution')
    .innerJoin('meeting', 'meeting.id', 'resolution.meeting_id')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .leftJoin('action_notes', 'action_notes.meeting_id', 'resolution.meeting_id')
    .leftJoin('agenda_item', 'agenda_item.id', 'resolution.agenda_item_id')
    .select(eb => [
      'resolution.id',
      'resolution.item_label',
      'resolution.body',
      'agenda_item.item_number',
      'agenda_item.title as item_title',
      eb.fn.coalesce('action_notes.created_at', 'meeting.updated_at').as('recorded'),
      'meeting.slug as meeting_slug',
      'meeting.meeting_date',
      'committee.name as committee_name',
    ])
    .where('resolution.is_exempt', '=', false)
    .where(eb => eb.or([eb('agenda_item.id', 'is', null), eb('agenda_item.is_exempt', '=', false)]))
  if (committeeId !== undefined) query = query.where('meeting.committee_id', '=', committeeId)
  return query
    .orderBy(sql`coalesce(action_notes.created_at, meeting.updated_at)`, 'desc')
    .orderBy('meeting.meeting_date', 'desc')
    .orderBy('resolution.position')
    .orderBy('resolution.id')
    .limit(limit)
    .execute()
}
