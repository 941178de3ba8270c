import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

export function inquiryById(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('inquiry')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .selectAll('inquiry')
    .select(['committee.name as committee_name', 'committee.slug as committee_slug', 'committee.council_id'])
    .where('inquiry.id', '=', id)
    .executeTakeFirst()
}

export type StaffInquiryRow = NonNullable<Awaited<ReturnType<typeof inquiryById>>>

export function committees(db: Kysely<Database>) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'council_id'])
    .where('is_active', '=', true)
    .where('kind', 'in', ['overview_scrutiny', 'coordinating'])
    .orderBy('name')
    .execute()
}

/** People who can lead an inquiry or answer for a recommendation. */
export function people(db: Kysely<Database>) {
  return db
    .selectFrom('person')
    .select(['id', 'full_name', 'honorific', 'kind', 'job_title', 'council_id'])
    .where('kind', 'in', ['councillor', 'co_optee', 'officer'])
    .orderBy('full_name')
    .execute()
}

/** The inquiry's evidence-gathering sessions, oldest first, with the date of the meeting each was held at. */
export function sessionsOf(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('evidence_session')
    .leftJoin('meeting', 'meeting.id', 'evidence_session.meeting_id')
    .select([
      'evidence_session.id',
      'evidence_session.held_on',
      'evidence_session.meeting_id',
      'evidence_session.witnesses',
      'evidence_session.notes',
      'meeting.meeting_date',
    ])
    .where('evidence_session.inquiry_id', '=', inquiryId)
    .orderBy('evidence_session.held_on')
    .orderBy('evidence_session.id')
    .execute()
}

export function sessionById(db: Kysely<Database>, inquiryId: number, sessionId: number) {
  return db
    .selectFrom('evidence_session')
    .selectAll()
    .where('inquiry_id', '=', inquiryId)
    .where('id', '=', sessionId)
    .executeTakeFirst()
}

/** The meetings of a committee a session may have been held at, latest first (cancelled ones left out). */
export function meetingsOfCommittee(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('meeting')
    .select(['id', 'meeting_date'])
    .where('committee_id', '=', committeeId)
    .where('status', '!=', 'cancelled')
    .orderBy('meeting_date', 'desc')
    .limit(200)
    .execute()
}

export function documentsOf(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('document')
    .leftJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.kind',
      'document.title',
      'document.is_exempt',
      'stored_file.byte_size',
      'stored_file.page_count',
    ])
    .where('document.inquiry_id', '=', inquiryId)
    .orderBy('document.id')
    .execute()
}

export function recommendationsOfInquiry(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('recommendation')
    .leftJoin('person', 'person.id', 'recommendation.responsible_person_id')
    .select([
      'recommendation.id',
      'recommendation.number',
      'recommendation.position',
      'recommendation.body',
      'recommendation.responsible',
      'recommendation.responsible_person_id',
      'recommendation.original_completion_date',
      'recommendation.concluded_on',
      'person.full_name as responsible_person_name',
    ])
    .where('recommendation.inquiry_id', '=', inquiryId)
    .orderBy('recommendation.position')
    .orderBy('recommendation.number')
    .execute()
}
