import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

export function documentsOfMeeting(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('document')
    .leftJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.kind',
      'document.title',
      'document.is_exempt',
      'document.exempt_paragraph',
      'document.page_from',
      'document.page_to',
      'stored_file.media_type',
      'stored_file.byte_size',
      'stored_file.page_count',
    ])
    .where('document.meeting_id', '=', meetingId)
    .where('document.status', '=', 'published')
    .orderBy('document.kind')
    .orderBy('document.position')
    .execute()
}

export function downloadableFile(db: Kysely<Database>, documentId: number) {
  return db
    .selectFrom('document')
    .innerJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.title',
      'document.is_exempt',
      'document.status',
      'stored_file.sha256',
      'stored_file.media_type',
      'stored_file.original_name',
    ])
    .where('document.id', '=', documentId)
    .executeTakeFirst()
}
