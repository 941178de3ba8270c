import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/** An inquiry by its committee's slug and its own, with its lead member and lead officer. */
export function findInquiry(db: Kysely<Database>, committeeSlug: string, inquirySlug: string) {
  return db
    .selectFrom('inquiry')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .leftJoin('person as lead_member', 'lead_member.id', 'inquiry.lead_member_id')
    .leftJoin('person as lead_officer', 'lead_officer.id', 'inquiry.lead_officer_id')
    .select([
      'inquiry.id',
      'inquiry.slug',
      'inquiry.title',
      'inquiry.key_question',
      'inquiry.lines_of_enquiry',
      'inquiry.status',
      'inquiry.approved_by_council_on',
      'committee.name as committee_name',
      'committee.slug as committee_slug',
      'lead_member.full_name as lead_member_name',
      'lead_member.honorific as lead_member_honorific',
      'lead_officer.full_name as lead_officer_name',
      'lead_officer.job_title as lead_officer_job_title',
    ])
    .where('committee.slug', '=', committeeSlug)
    .where('inquiry.slug', '=', inquirySlug)
    .executeTakeFirst()
}

export function inquiriesOfCommittee(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('inquiry')
    .select(['id', 'slug', 'title', 'status', 'approved_by_council_on'])
    .where('committee_id', '=', committeeId)
    .orderBy('approved_by_council_on', ob => ob.desc().nullsLast())
    .orderBy('title')
    .execute()
}

/** The recommendations of some inquiries, in report order. */
export async function recommendationsOf(db: Kysely<Database>, inquiryIds: readonly number[]) {
  if (inquiryIds.length === 0) return []
  return db
    .selectFrom('recommendation')
    .select([
      'id',
      'inquiry_id',
      'number',
      'position',
      'body',
      'responsible',
      'original_completion_date',
      'completion_date_text',
      'concluded_on',
      'final_assessment',
    ])
    .where('inquiry_id', 'in', inquiryIds)
    .orderBy('inquiry_id')
    .orderBy('position')
    .orderBy('number')
    .execute()
}

export type RecommendationRow = Awaited<ReturnType<typeof recommendationsOf>>[number]

/** Every assessment of some recommendations, oldest first (in the order recorded on the same day). */
export async function assessmentsOf(db: Kysely<Database>, recommendationIds: readonly number[]) {
  if (recommendationIds.length === 0) return []
  return db
    .selectFrom('assessment')
    .select([
      'id',
      'recommendation_id',
      'assessed_by',
      'code',
      'evidence',
      'new_completion_date',
      'obstacle',
      'assessed_on',
    ])
    .where('recommendation_id', 'in', recommendationIds)
    .orderBy('assessed_on')
    .orderBy('id')
    .execute()
}

export type AssessmentRow = Awaited<ReturnType<typeof assessmentsOf>>[number]

/** The inquiry's evidence sessions, oldest first, with the meeting each was held at (if any). */
export function evidenceSessionsOf(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('evidence_session')
    .leftJoin('meeting', 'meeting.id', 'evidence_session.meeting_id')
    .select([
      'evidence_session.id',
      'evidence_session.held_on',
      'evidence_session.witnesses',
      'evidence_session.notes',
      'meeting.slug as meeting_slug',
    ])
    .where('evidence_session.inquiry_id', '=', inquiryId)
    .orderBy('evidence_session.held_on')
    .orderBy('evidence_session.id')
    .execute()
}

/** The inquiry's own papers anyone may read (its report, written evidence): published, never exempt. */
export function publicDocumentsOfInquiry(db: Kysely<Database>, inquiryId: number) {
  return db
    .selectFrom('document')
    .select(['id', 'kind', 'title', 'published_at'])
    .where('inquiry_id', '=', inquiryId)
    .where('status', '=', 'published')
    .where('is_exempt', '=', false)
    .where('file_id', 'is not', null)
    .orderBy('position')
    .orderBy('id')
    .execute()
}
