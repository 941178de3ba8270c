import { todayInLondon } from '../shared/dates.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { type RecommendationState, currentCompletionDate, isConcluded } from './assessment-rules.ts'
import { ASSESSMENT_STYLES, NOT_ASSESSED_LABEL, type AssessmentCounts, assessmentChartSvg } from './assessment-chart.ts'
import { type AssessmentCode, assessmentCategory } from './assessment-scale.ts'
import * as repo from './inquiries.repository.ts'
import { countByCategory, isOverdue } from './outstanding.ts'

/** An assessment as the page shows it. */
export interface AssessmentView {
  code: AssessmentCode
  category: string
  tag: string
}

export interface HistoryEntry extends AssessmentView {
  assessedOn: string
  assessedBy: 'executive' | 'committee'
  who: string
  evidence: string | null
  newCompletionDate: string | null
  obstacle: string | null
}

/** A recommendation with its whole tracking history and where it stands today. */
export interface TrackedRecommendation {
  id: number
  inquiryId: number
  number: string
  body: string
  responsible: string | null
  originalCompletionDate: string | null
  completionDateText: string | null
  currentCompletionDate: string | null
  /** Tracking has ended (a conclusion date, or a committee 1, 2 or 4 in its history). */
  concluded: boolean
  /** When the committee concluded it: the recorded date, else the date of the concluding assessment. */
  concludedOn: string | null
  /** The committee's latest assessment (the final one once concluded); null until the committee has assessed it. */
  current: AssessmentView | null
  overdue: boolean
  history: HistoryEntry[]
}

export interface StatisticsRow {
  code: AssessmentCode | null
  label: string
  count: number
  tag: string
}

export interface AssessmentStatistics {
  rows: StatisticsRow[]
  total: number
  chartSvg: string
}

const view = (code: AssessmentCode): AssessmentView => ({
  code,
  category: assessmentCategory(code),
  tag: ASSESSMENT_STYLES[code].tag,
})

/**
 * Joins recommendations to their assessments and judges each with the scale's rules: current completion date,
 * current assessment (the committee's latest, or the final one recorded at conclusion) and whether it is overdue.
 */
export function trackRecommendations(
  recs: readonly repo.RecommendationRow[],
  assessments: readonly repo.AssessmentRow[],
  today: string,
): TrackedRecommendation[] {
  const byRec = groupBy(assessments, a => a.recommendation_id)
  return recs.map(rec => {
    const rows = byRec.get(rec.id) ?? []
    const state: RecommendationState = {
      originalCompletionDate: rec.original_completion_date,
      concludedOn: rec.concluded_on,
      history: rows.map(a => ({
        assessedBy: a.assessed_by,
        code: a.code,
        newCompletionDate: a.new_completion_date,
        assessedOn: a.assessed_on,
      })),
    }
    const lastByCommittee = rows.filter(a => a.assessed_by === 'committee').at(-1)
    const currentCode = (rec.final_assessment as AssessmentCode | null) ?? lastByCommittee?.code ?? null
    return {
      id: rec.id,
      inquiryId: rec.inquiry_id,
      number: rec.number,
      body: rec.body,
      responsible: rec.responsible,
      originalCompletionDate: rec.original_completion_date,
      completionDateText: rec.completion_date_text,
      currentCompletionDate: currentCompletionDate(state),
      concluded: isConcluded(state),
      concludedOn: rec.concluded_on ?? (isConcluded(state) ? (lastByCommittee?.assessed_on ?? null) : null),
      current: currentCode === null ? null : view(currentCode),
      overdue: isOverdue(state, today),
      history: rows.map(a => ({
        ...view(a.code),
        assessedOn: a.assessed_on,
        assessedBy: a.assessed_by,
        who: a.assessed_by === 'committee' ? 'Committee' : 'Executive (self-assessment)',
        evidence: a.evidence,
        newCompletionDate: a.new_completion_date,
        obstacle: a.obstacle,
      })),
    }
  })
}

/** Counts of recommendations by current assessment, as a table's rows and as an accessible SVG chart. */
export function assessmentStatistics(
  recs: readonly TrackedRecommendation[],
  chartId: string,
  subject: string,
): AssessmentStatistics {
  const counts: AssessmentCounts = {
    byCode: countByCategory(recs.flatMap(r => (r.current ? [{ code: r.current.code }] : []))),
    notAssessed: recs.filter(r => r.current === null).length,
  }
  const codes = Object.keys(counts.byCode).map(Number) as AssessmentCode[]
  return {
    rows: [
      ...codes.map(code => ({
        code,
        label: assessmentCategory(code),
        count: counts.byCode[code],
        tag: view(code).tag,
      })),
      { code: null, label: NOT_ASSESSED_LABEL, count: counts.notAssessed, tag: ASSESSMENT_STYLES.none.tag },
    ],
    total: recs.length,
    chartSvg: assessmentChartSvg(chartId, subject, counts),
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const splitLines = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '')

export function createInquiriesService(db: Kysely<Database>) {
  return {
    /** An inquiry's public page: its evidence, its report, every recommendation with its history, and its statistics. */
    async inquiryPage(committeeSlug: string, inquirySlug: string, today: string) {
      const inquiry = await repo.findInquiry(db, committeeSlug, inquirySlug)
      if (!inquiry) throw notFound('INQUIRY_NOT_FOUND')
      const recs = await repo.recommendationsOf(db, [inquiry.id])
      const tracked = trackRecommendations(
        recs,
        await repo.assessmentsOf(
          db,
          recs.map(r => r.id),
        ),
        today,
      )
      const lastTrackedOn =
        tracked
          .flatMap(r => r.history.filter(h => h.assessedBy === 'committee').map(h => h.assessedOn))
          .sort()
          .at(-1) ?? null
      const [evidenceSessions, documents] = await Promise.all([
        repo.evidenceSessionsOf(db, inquiry.id),
        repo.publicDocumentsOfInquiry(db, inquiry.id),
      ])
      return {
        inquiry,
        evidenceSessions,
        reports: documents
          .filter(d => d.kind === 'inquiry_report')
          .map(d => ({ ...d, publishedOn: d.published_at ? todayInLondon(d.published_at) : null })),
        writtenEvidence: documents.filter(d => d.kind !== 'inquiry_report'),
        linesOfEnquiry: splitLines(inquiry.lines_of_enquiry),
        lastTrackedOn,
        outstanding: tracked.filter(r => !r.concluded),
        concluded: tracked.filter(r => r.concluded),
        statistics: assessmentStatistics(tracked, 'inquiry-chart', inquiry.title),
      }
    },

    /** A committee's inquiries with their outstanding and overdue counts, and statistics over all of them. */
    async committeeInquiries(committee: { id: number; name: string }, today: string) {
      const inquiries = await repo.inquiriesOfCommittee(db, committee.id)
      const recs = await repo.recommendationsOf(
        db,
        inquiries.map(i => i.id),
      )
      const tracked = trackRecommendations(
        recs,
        await repo.assessmentsOf(
          db,
          recs.map(r => r.id),
        ),
        today,
      )
      const byInquiry = groupBy(tracked, r => r.inquiryId)
      return {
        inquiries: inquiries.map(inquiry => {
          const own = byInquiry.get(inquiry.id) ?? []
          return {
            ...inquiry,
            recommendations: own.length,
            outstanding: own.filter(r => !r.concluded).length,
            overdue: own.filter(r => r.overdue).length,
          }
        }),
        statistics: tracked.length
          ? assessmentStatistics(tracked, 'committee-chart', `the ${committee.name}’s inquiries`)
          : null,
      }
    },
  }
}

export type InquiriesService = ReturnType<typeof createInquiriesService>
