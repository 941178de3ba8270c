import type { Kysely, Transaction } from 'kysely'
import { type Actor, recordAudit } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import type { CurrentUser } from '../web/access.ts'
import { type FieldError, type RecommendationState, validateAssessment } from './assessment-rules.ts'
import { assessmentsOf } from './inquiries.repository.ts'
import { trackRecommendations } from './inquiries.service.ts'
import * as repo from './rounds.repository.ts'

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export interface ScheduleInput {
  inquiryId: unknown
  meetingId: unknown
  evidenceDueOn: string
  reportDueOn: string
}

/** What one user may do with one recommendation of a round. */
export interface Permissions {
  maySubmit: boolean
  mayAssess: boolean
}

/**
 * The report author responsible for a recommendation submits its evidence; scrutiny officers record the
 * committee's assessment; admins may do both; members only read.
 */
export function permissionsFor(
  user: Pick<CurrentUser, 'role'> & { personId: number | null },
  rec: { responsible_person_id: number | null },
): Permissions {
  const ownsIt = user.personId !== null && user.personId === rec.responsible_person_id
  return {
    maySubmit: user.role === 'admin' || (user.role === 'report_author' && ownsIt),
    mayAssess: user.role === 'admin' || user.role === 'scrutiny_officer',
  }
}

const toId = (value: unknown): number | null =>
  typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : typeof value === 'number' ? value : null

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

export function createRoundsService(db: Kysely<Database>) {
  async function personOf(userId: number): Promise<number | null> {
    const row = await db.selectFrom('app_user').select('person_id').where('id', '=', userId).executeTakeFirst()
    return row?.person_id ?? null
  }

  async function roundOrThrow(roundId: number) {
    const round = Number.isSafeInteger(roundId) ? await repo.findRound(db, roundId) : undefined
    if (!round) throw notFound()
    return round
  }

  /** Loads a recommendation of the round for a change, locked so two changes to it happen one after the other. */
  async function lockedRecommendation(trx: Transaction<Database>, round: repo.RoundRow, recId: number) {
    const rec = await trx
      .selectFrom('recommendation')
      .select(['id', 'number', 'responsible_person_id', 'original_completion_date', 'concluded_on'])
      .where('id', '=', recId)
      .where('inquiry_id', '=', round.inquiry_id)
      .forUpdate()
      .executeTakeFirst()
    if (!rec) throw notFound()
    const history = await trx
      .selectFrom('assessment')
      .select([
        'assessed_by as assessedBy',
        'code',
        'new_completion_date as newCompletionDate',
        'assessed_on as assessedOn',
      ])
      .where('recommendation_id', '=', rec.id)
      .orderBy('assessed_on')
      .orderBy('id')
      .execute()
    const state: RecommendationState = {
      originalCompletionDate: rec.original_completion_date,
      concludedOn: rec.concluded_on,
      history,
    }
    return { rec, state }
  }

  /** Moves the round on: evidence submitted once every outstanding recommendation has some, assessed once all are. */
  async function updateRoundStatus(trx: Transaction<Database>, round: repo.RoundRow) {
    const recs = await repo.recommendationsOfRound(trx, round)
    const inRound = await repo.assessmentsOfRound(trx, round.id)
    const has = (recId: number, by: 'executive' | 'committee') =>
      inRound.some(a => a.recommendation_id === recId && a.assessed_by === by)
    const status = recs.every(r => has(r.id, 'committee'))
      ? 'assessed'
      : recs.every(r => has(r.id, 'executive') || has(r.id, 'committee'))
        ? 'evidence_submitted'
        : 'awaiting_evidence'
    if (status !== round.status) {
      await trx.updateTable('tracking_round').set({ status }).where('id', '=', round.id).execute()
    }
  }

  const service = {
    personOf,

    /** The staff tracking page: every round, and the inquiries a new round can be scheduled for. */
    async overview(user: CurrentUser) {
      const rounds = await repo.listRounds(db)
      const personId = await personOf(user.id)
      const mine =
        user.role === 'report_author' && personId !== null
          ? await db
              .selectFrom('recommendation')
              .select('inquiry_id')
              .distinct()
              .where('responsible_person_id', '=', personId)
              .where('concluded_on', 'is', null)
              .execute()
          : []
      return { rounds, myInquiryIds: mine.map(r => r.inquiry_id), linked: personId !== null }
    },

    async scheduleOptions(today: string) {
      const inquiries = await repo.inquiriesBeingTracked(db)
      const meetings = await repo.meetingsFrom(db, [...new Set(inquiries.map(i => i.committee_id))], today)
      return { inquiries, meetings }
    },

    /**
     * Schedules tracking of an inquiry at a committee meeting, with the deadlines for the executive's evidence
     * and for the tracking report. The round then shows on the report authors' tracking page, and the reminder
     * job emails them the request on its next run.
     */
    async scheduleRound(input: ScheduleInput, actor: Actor, today: string): Promise<FormResult<number>> {
      const errors: FieldError[] = []
      const inquiryId = toId(input.inquiryId)
      const meetingId = toId(input.meetingId)
      const { inquiries, meetings } = await service.scheduleOptions(today)
      const inquiry = inquiries.find(i => i.id === inquiryId)
      if (!inquiry) errors.push({ field: 'inquiryId', message: 'Select the inquiry to track' })
      const meeting = meetings.find(m => m.id === meetingId)
      if (!meeting) errors.push({ field: 'meetingId', message: 'Select the meeting at which it will be tracked' })
      else if (inquiry && meeting.committee_id !== inquiry.committee_id)
        errors.push({ field: 'meetingId', message: 'Select a meeting of the committee that held the inquiry' })
      const dates: Array<[keyof ScheduleInput & string, string, string]> = [
        ['evidenceDueOn', input.evidenceDueOn, 'the deadline for evidence'],
        ['reportDueOn', input.reportDueOn, 'the deadline for the tracking report'],
      ]
      for (const [field, value, what] of dates) {
        if (value === '') errors.push({ field, message: `Enter ${what}` })
        else if (!isRealDate(value))
          errors.push({ field, message: `${what.replace(/^the d/, 'D')} must be a real date` })
        else if (value < today)
          errors.push({ field, message: `${what.replace(/^the d/, 'D')} must be today or in the future` })
        else if (meeting && value > meeting.meeting_date)
          errors.push({ field, message: `${what.replace(/^the d/, 'D')} must be on or before the meeting` })
      }
      if (errors.length === 0 && input.evidenceDueOn > input.reportDueOn)
        errors.push({
          field: 'evidenceDueOn',
          message: 'Deadline for evidence must be on or before the report deadline',
        })
      if (errors.length > 0 || !inquiry || !meeting) return { ok: false, errors }

      const id = await db.transaction().execute(async trx => {
        const row = await trx
          .insertInto('tracking_round')
          .values({
            inquiry_id: inquiry.id,
            meeting_id: meeting.id,
            scheduled_for: meeting.meeting_date,
            evidence_due_on: input.evidenceDueOn,
            report_due_on: input.reportDueOn,
            scheduled_by: actor.userId,
            status: 'awaiting_evidence',
          })
          .returning(['id', 'inquiry_id', 'scheduled_for', 'evidence_due_on', 'report_due_on', 'meeting_id'])
          .executeTakeFirstOrThrow()
        await trx.updateTable('inquiry').set({ status: 'tracking' }).where('id', '=', inquiry.id).execute()
        await recordAudit(trx, actor, {
          action: 'tracking_round.schedule',
          entityType: 'tracking_round',
          entityId: row.id,
          after: row,
        })
        return row.id
      })
      return { ok: true, value: id }
    },

    /** A round as a signed-in user sees it: each recommendation with its whole history and what they may do. */
    async roundPage(roundId: number, user: CurrentUser, today: string) {
      const round = await roundOrThrow(roundId)
      const recs = await repo.recommendationsOfRound(db, round)
      const tracked = trackRecommendations(
        recs,
        await assessmentsOf(
          db,
          recs.map(r => r.id),
        ),
        today,
      )
      const inRound = await repo.assessmentsOfRound(db, round.id)
      const personId = await personOf(user.id)
      const people = await db
        .selectFrom('person')
        .select(['id', 'full_name'])
        .where('id', 'in', [
          0,
          ...recs.flatMap(r => (r.responsible_person_id === null ? [] : [r.responsible_person_id])),
        ])
        .execute()
      const recommendations = tracked.map((rec, i) => {
        const row = recs[i]!
        const mine = inRound.filter(a => a.recommendation_id === rec.id)
        return {
          ...rec,
          responsiblePerson: people.find(p => p.id === row.responsible_person_id)?.full_name ?? null,
          submitted: mine.filter(a => a.assessed_by === 'executive').length,
          assessedInRound: mine.some(a => a.assessed_by === 'committee'),
          ...permissionsFor({ role: user.role, personId }, row),
        }
      })
      return { round, recommendations }
    },

    /** One recommendation of a round, for the submission or assessment form; refuses who may not use it. */
    async recommendationForForm(
      roundId: number,
      recId: number,
      user: CurrentUser,
      action: keyof Permissions,
      today: string,
    ) {
      const { round, recommendations } = await service.roundPage(roundId, user, today)
      const rec = recommendations.find(r => r.id === recId)
      if (!rec) throw notFound()
      if (!rec[action]) throw new AppError('FORBIDDEN')
      return { round, rec }
    },

    /** The report author's evidence and self-assessment, checked by the scale's rules; every submission is kept. */
    async submitEvidence(
      roundId: number,
      recId: number,
      input: Record<string, unknown>,
      user: CurrentUser,
      actor: Actor,
      today: string,
    ): Promise<FormResult<null>> {
      const round = await roundOrThrow(roundId)
      const personId = await personOf(user.id)
      return db.transaction().execute(async trx => {
        const { rec, state } = await lockedRecommendation(trx, round, recId)
        if (!permissionsFor({ role: user.role, personId }, rec).maySubmit) throw new AppError('FORBIDDEN')
        const checked = validateAssessment({ ...input, assessedBy: 'executive', assessedOn: today }, state, today)
        const errors = checked.ok ? [] : [...checked.errors]
        // The executive's submission is its evidence: unlike the committee's comments, it may not be left blank.
        if (typeof input.evidence !== 'string' || input.evidence.trim() === '')
          errors.push({ field: 'evidence', message: 'Enter the evidence of progress' })
        if (!checked.ok || errors.length > 0) return { ok: false, errors }
        const v = checked.value
        const row = await trx
          .insertInto('assessment')
          .values({
            recommendation_id: rec.id,
            tracking_round_id: round.id,
            assessed_by: 'executive',
            code: v.code,
            evidence: v.evidence,
            new_completion_date: v.newCompletionDate,
            obstacle: v.obstacle,
            assessed_on: v.assessedOn,
            recorded_by: user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'assessment.submit',
          entityType: 'assessment',
          entityId: row.id,
          after: row,
        })
        await updateRoundStatus(trx, round)
        return { ok: true, value: null }
      })
    },

    /** The committee's assessment; a 1, 2 or 4 concludes the recommendation. Once per recommendation per round. */
    async recordAssessment(
      roundId: number,
      recId: number,
      input: Record<string, unknown>,
      user: CurrentUser,
      actor: Actor,
      today: string,
    ): Promise<FormResult<null>> {
      const round = await roundOrThrow(roundId)
      if (!permissionsFor({ role: user.role, personId: null }, { responsible_person_id: null }).mayAssess)
        throw new AppError('FORBIDDEN')
      return db.transaction().execute(async trx => {
        const { rec, state } = await lockedRecommendation(trx, round, recId)
        const already = await trx
          .selectFrom('assessment')
          .select('id')
          .where('recommendation_id', '=', rec.id)
          .where('tracking_round_id', '=', round.id)
          .where('assessed_by', '=', 'committee')
          .executeTakeFirst()
        if (already)
          return {
            ok: false,
            errors: [{ field: 'code', message: `The committee has already assessed ${rec.number} in this round` }],
          }
        const checked = validateAssessment({ ...input, assessedBy: 'committee' }, state, today)
        if (!checked.ok) return checked
        const v = checked.value
        const row = await trx
          .insertInto('assessment')
          .values({
            recommendation_id: rec.id,
            tracking_round_id: round.id,
            assessed_by: 'committee',
            code: v.code,
            evidence: v.evidence,
            new_completion_date: v.newCompletionDate,
            obstacle: v.obstacle,
            assessed_on: v.assessedOn,
            recorded_by: user.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'assessment.record',
          entityType: 'assessment',
          entityId: row.id,
          after: row,
        })
        if (v.concludes) {
          const before = { concluded_on: rec.concluded_on, final_assessment: null }
          const after = { concluded_on: v.assessedOn, final_assessment: v.code as 1 | 2 | 4 }
          await trx
            .updateTable('recommendation')
            .set({ ...after, updated_at: new Date() })
            .where('id', '=', rec.id)
            .execute()
          await recordAudit(trx, actor, {
            action: 'recommendation.conclude',
            entityType: 'recommendation',
            entityId: rec.id,
            before,
            after,
          })
        }
        await updateRoundStatus(trx, round)
        return { ok: true, value: null }
      })
    },
  }
  return service
}

export type RoundsService = ReturnType<typeof createRoundsService>
