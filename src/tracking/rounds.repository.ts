import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/** A tracking round with its inquiry, committee and meeting. */
export function findRound(db: Kysely<Database>, roundId: number) {
  return db
    .selectFrom('tracking_round')
    .innerJoin('inquiry', 'inquiry.id', 'tracking_round.inquiry_id')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .leftJoin('meeting', 'meeting.id', 'tracking_round.meeting_id')
    .select([
      'tracking_round.id',
      'tracking_round.inquiry_id',
      'tracking_round.meeting_id',
      'tracking_round.scheduled_for',
      'tracking_round.evidence_due_on',
      'tracking_round.report_due_on',
      'tracking_round.status',
      'tracking_round.created_at',
      'inquiry.slug as inquiry_slug',
      'inquiry.title as inquiry_title',
      'committee.name as committee_name',
      'committee.slug as committee_slug',
      'meeting.slug as meeting_slug',
    ])
    .where('tracking_round.id', '=', roundId)
    .executeTakeFirst()
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>

/** Every round, soonest meeting first among those to come, then the most recent. */
export function listRounds(db: Kysely<Database>) {
  return db
    .selectFrom('tracking_round')
    .innerJoin('inquiry', 'inquiry.id', 'tracking_round.inquiry_id')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .select([
      'tracking_round.id',
      'tracking_round.scheduled_for',
      'tracking_round.evidence_due_on',
      'tracking_round.report_due_on',
      'tracking_round.status',
      'inquiry.title as inquiry_title',
      'committee.name as committee_name',
    ])
    .orderBy('tracking_round.scheduled_for', 'desc')
    .orderBy('tracking_round.id', 'desc')
    .execute()
}

/** Inquiries with recommendations still being tracked: the ones a round can be scheduled for. */
export function inquiriesBeingTracked(db: Kysely<Database>) {
  return db
    .selectFrom('inquiry')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .select(['inquiry.id', 'inquiry.title', 'inquiry.committee_id', 'committee.name as committee_name'])
    .where(eb =>
      eb.exists(
        eb
          .selectFrom('recommendation')
          .select('recommendation.id')
          .whereRef('recommendation.inquiry_id', '=', 'inquiry.id')
          .where('recommendation.concluded_on', 'is', null),
      ),
    )
    .orderBy('committee.name')
    .orderBy('inquiry.title')
    .execute()
}

/** Meetings of a committee from a date on, for the "tracked at" choice. */
export function meetingsFrom(db: Kysely<Database>, committeeIds: readonly number[], from: string) {
  if (committeeIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select(['meeting.id', 'meeting.meeting_date', 'meeting.committee_id', 'committee.name as committee_name'])
    .where('meeting.committee_id', 'in', committeeIds)
    .where('meeting.meeting_date', '>=', from)
    .where('meeting.status', '<>', 'cancelled')
    .orderBy('meeting.meeting_date')
    .execute()
}

/**
 * The recommendations a round tracks: those outstanding, and those the committee concluded in this round
 * (so the round still shows them once assessed).
 */
export function recommendationsOfRound(db: Kysely<Database>, round: { id: number; inquiry_id: number }) {
  return db
    .selectFrom('recommendation')
    .select([
      'id',
      'inquiry_id',
      'number',
      'position',
      'body',
      'responsible',
      'responsible_person_id',
      'original_completion_date',
      'completion_date_text',
      'concluded_on',
      'final_assessment',
    ])
    .where('inquiry_id', '=', round.inquiry_id)
    .where(eb =>
      eb.or([
        eb('concluded_on', 'is', null),
        eb.exists(
          eb
            .selectFrom('assessment')
            .select('assessment.id')
            .whereRef('assessment.recommendation_id', '=', 'recommendation.id')
            .where('assessment.tracking_round_id', '=', round.id)
            .where('assessment.assessed_by', '=', 'committee'),
        ),
      ]),
    )
    .orderBy('position')
    .orderBy('number')
    .execute()
}

export type RoundRecommendationRow = Awaited<ReturnType<typeof recommendationsOfRound>>[number]

/** The assessments recorded in one round (both kinds), oldest first. */
export function assessmentsOfRound(db: Kysely<Database>, roundId: number) {
  return db
    .selectFrom('assessment')
    .select(['id', 'recommendation_id', 'assessed_by', 'code', 'assessed_on'])
    .where('tracking_round_id', '=', roundId)
    .orderBy('id')
    .execute()
}
