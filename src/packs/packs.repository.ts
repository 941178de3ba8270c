import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { GENERATED_KINDS } from './generated-documents.ts'
import type { PackVariant } from './pack-layout.ts'

export const PACK_KIND = { public: 'agenda_pack', members: 'members_pack' } as const

export function meetingForPack(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .innerJoin('council', 'council.id', 'committee.council_id')
    .select([
      'meeting.id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.venue',
      'meeting.webcast_url',
      'committee.id as committee_id',
      'committee.name as committee_name',
      'council.name as council_name',
    ])
    .where('meeting.id', '=', meetingId)
    .executeTakeFirst()
}

export function meetingIdBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('meeting').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst()
}

export function agendaForPack(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('agenda_item')
    .select([
      'id',
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

/**
 * The papers that go into a pack: PDFs attached to an agenda item and accepted or published
 * (drafts, submissions not yet accepted and withdrawn papers stay out), reports before appendices.
 */
export function papersForPack(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('document')
    .innerJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.agenda_item_id',
      'document.title',
      'document.is_exempt',
      'document.exempt_paragraph',
      'document.page_from',
      'document.page_to',
      'stored_file.sha256',
    ])
    .where('document.meeting_id', '=', meetingId)
    .where('document.agenda_item_id', 'is not', null)
    .where('document.kind', 'not in', ['agenda_pack', 'members_pack'])
    .where('document.status', 'in', ['accepted', 'published'])
    .where('stored_file.media_type', '=', 'application/pdf')
    .orderBy('document.position')
    .orderBy(sql`case document.kind when 'report' then 0 when 'appendix' then 1 else 2 end`)
    .orderBy('document.id')
    .execute()
}

/**
 * The pack this system built for a meeting. An imported original pack is also an 'agenda_pack'
 * document, but it records the file it came from (source_file_id); a built one does not.
 */
export function builtPack(db: Kysely<Database>, meetingId: number, variant: PackVariant) {
  return db
    .selectFrom('document')
    .innerJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.status',
      'document.is_exempt',
      'stored_file.sha256',
      'stored_file.original_name',
      'stored_file.page_count',
    ])
    .where('document.meeting_id', '=', meetingId)
    .where('document.kind', '=', PACK_KIND[variant])
    .where('document.source_file_id', 'is', null)
    .orderBy('document.id', 'desc')
    .executeTakeFirst()
}

/** The stored_file row for some bytes, created if new (files are content-addressed). */
export async function storedFileId(
  db: Kysely<Database>,
  file: { sha256: string; byteSize: number; name: string; pageCount: number },
): Promise<number> {
  await db
    .insertInto('stored_file')
    .values({
      sha256: file.sha256,
      media_type: 'application/pdf',
      byte_size: file.byteSize,
      original_name: file.name,
      page_count: file.pageCount,
    })
    .onConflict(oc => oc.column('sha256').doNothing())
    .execute()
  const row = await db
    .selectFrom('stored_file')
    .select('id')
    .where('sha256', '=', file.sha256)
    .executeTakeFirstOrThrow()
  return row.id
}

/** The agenda as the generated-documents rule sees it. */
export function agendaForPlacement(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('agenda_item')
    .select(['id', 'title', 'standing_kind', 'is_exempt'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
}

/** The tracking rounds scheduled for this meeting, with the title of each one's inquiry. */
export function roundsForMeeting(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('tracking_round')
    .innerJoin('inquiry', 'inquiry.id', 'tracking_round.inquiry_id')
    .select(['tracking_round.id', 'inquiry.title as inquiry_title'])
    .where('tracking_round.meeting_id', '=', meetingId)
    .orderBy('tracking_round.scheduled_for')
    .orderBy('tracking_round.id')
    .execute()
}

/**
 * The documents a previous build generated for this meeting. Generated documents are the only
 * ones of these kinds that nobody submitted (officers' uploads record submitted_by) and that did
 * not come from an imported pack (source_file_id).
 */
export function generatedDocuments(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('document')
    .select(['id', 'kind', 'title', 'agenda_item_id', 'status', 'file_id'])
    .where('meeting_id', '=', meetingId)
    .where('kind', 'in', [...GENERATED_KINDS])
    .where('submitted_by', 'is', null)
    .where('source_file_id', 'is', null)
    .orderBy('id')
    .execute()
}
