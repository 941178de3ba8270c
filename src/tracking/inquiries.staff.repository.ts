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

export function sessionsOf(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('evidence_session')
    .select(['id', 'held_on', 'witnesses', 'notes'])
    .where('inquiry_id', '=', inquiryId)
    .orderBy('held_on')
    .orderBy('id')
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
