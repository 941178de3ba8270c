import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { assessmentCategory, type AssessmentCode } from './assessment-scale.ts'
import { assessmentsOf, findInquiry, recommendationsOf } from './inquiries.repository.ts'
import { type TrackedRecommendation, trackRecommendations } from './inquiries.service.ts'
import { findRound } from './rounds.repository.ts'

// The tracking report as the agenda packs print it (seeds: "Progress Report on Implementation"): review
// information, the recommendations being tracked with the executive's assessment and the evidence of progress,
// and an appendix of those concluded earlier. Built from the data once, then drawn as HTML or PDF.

export interface ReportRow {
  number: string
  recommendation: string
  responsibility: string
  originalDate: string | null
  originalDateText: string | null
  /** The executive's latest self-assessment, as "3 – Not Achieved (Progress Made)"; null when none yet. */
  executiveAssessment: string | null
  /** Every submission and assessment so far, oldest first, as the "Evidence of Progress" cell. */
  evidence: Array<{
    on: string
    who: string
    assessment: string
    text: string | null
    newDate: string | null
    obstacle: string | null
  }>
  /** The committee's assessment in this round, once recorded. */
  committeeAssessment: string | null
}

export interface ConcludedRow {
  number: string
  recommendation: string
  responsibility: string
  concludedOn: string | null
  finalAssessment: string | null
}

export interface TrackingReport {
  roundId: number
  title: string
  committeeName: string
  committeeSlug: string
  inquirySlug: string
  meetingDate: string
  review: {
    approvedOn: string | null
    leadMember: string | null
    leadOfficer: string | null
    lastTrackedOn: string | null
  }
  rows: ReportRow[]
  concluded: ConcludedRow[]
}

const label = (code: AssessmentCode) => `${code} – ${assessmentCategory(code)}`

function toRow(rec: TrackedRecommendation, roundAssessed: boolean): ReportRow {
  const executive = rec.history.filter(h => h.assessedBy === 'executive').at(-1)
  const committee = roundAssessed ? rec.history.filter(h => h.assessedBy === 'committee').at(-1) : undefined
  return {
    number: rec.number,
    recommendation: rec.body,
    responsibility: rec.responsible ?? 'Not recorded',
    originalDate: rec.originalCompletionDate,
    originalDateText: rec.completionDateText,
    executiveAssessment: executive ? label(executive.code) : null,
    evidence: rec.history.map(h => ({
      on: h.assessedOn,
      who: h.who,
      assessment: label(h.code),
      text: h.evidence,
      newDate: h.newCompletionDate,
      obstacle: h.obstacle,
    })),
    committeeAssessment: committee ? label(committee.code) : null,
  }
}

/** The tracking report of one round. */
export async function buildTrackingReport(
  db: Kysely<Database>,
  roundId: number,
  today: string,
): Promise<TrackingReport> {
  const round = Number.isSafeInteger(roundId) ? await findRound(db, roundId) : undefined
  if (!round) throw notFound()
  const inquiry = await findInquiry(db, round.committee_slug, round.inquiry_slug)
  if (!inquiry) throw notFound()
  const recs = await recommendationsOf(db, [round.inquiry_id])
  const assessments = await assessmentsOf(
    db,
    recs.map(r => r.id),
  )
  const inRound = await db
    .selectFrom('assessment')
    .select(['recommendation_id', 'assessed_by'])
    .where('tracking_round_id', '=', round.id)
    .execute()
  const tracked = trackRecommendations(recs, assessments, today)
  const assessedInRound = (id: number) => inRound.some(a => a.recommendation_id === id && a.assessed_by === 'committee')
  const lastTrackedOn =
    assessments
      .filter(a => a.assessed_by === 'committee' && a.assessed_on < round.scheduled_for)
      .map(a => a.assessed_on)
      .sort()
      .at(-1) ?? null
  const person = (name: string | null, extra: string | null) => (name ? [extra, name].filter(Boolean).join(' ') : null)
  return {
    roundId: round.id,
    title: `Progress Report on Implementation: ${round.inquiry_title}`,
    committeeName: round.committee_name,
    committeeSlug: round.committee_slug,
    inquirySlug: round.inquiry_slug,
    meetingDate: round.scheduled_for,
    review: {
      approvedOn: inquiry.approved_by_council_on,
      leadMember: person(inquiry.lead_member_name, inquiry.lead_member_honorific),
      leadOfficer: inquiry.lead_officer_name,
      lastTrackedOn,
    },
    rows: tracked.filter(r => !r.concluded || assessedInRound(r.id)).map(r => toRow(r, assessedInRound(r.id))),
    concluded: tracked
      .filter(r => r.concluded && !assessedInRound(r.id))
      .map(r => ({
        number: r.number,
        recommendation: r.body,
        responsibility: r.responsible ?? 'Not recorded',
        concludedOn: r.concludedOn,
        finalAssessment: r.current ? label(r.current.code) : null,
      })),
  }
}
