import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { assessmentsOf, recommendationsOf } from './inquiries.repository.ts'
import { trackRecommendations } from './inquiries.service.ts'
import { toCsv } from './csv.ts'

/** One recommendation as exported: where it stands and every assessment, oldest first. */
export interface ExportedRecommendation {
  committee: string
  inquiry: string
  inquiryUrl: string
  number: string
  recommendation: string
  responsibility: string | null
  originalCompletionDate: string | null
  completionDateText: string | null
  currentCompletionDate: string | null
  status: 'outstanding' | 'concluded'
  concludedOn: string | null
  currentAssessment: { code: number; category: string } | null
  overdue: boolean
  history: Array<{
    assessedOn: string
    assessedBy: 'executive' | 'committee'
    code: number
    category: string
    evidence: string | null
    newCompletionDate: string | null
    obstacle: string | null
  }>
}

export interface ExportScope {
  committeeSlug?: string
  inquirySlug?: string
}

/**
 * Every recommendation in scope (all, one committee's, or one inquiry's), imported or entered, in committee,
 * inquiry and report order. An unknown committee or inquiry is not found rather than an empty export.
 */
export async function exportRecommendations(
  db: Kysely<Database>,
  scope: ExportScope,
  today: string,
): Promise<ExportedRecommendation[]> {
  let query = db
    .selectFrom('inquiry')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .select([
      'inquiry.id',
      'inquiry.slug',
      'inquiry.title',
      'committee.name as committee_name',
      'committee.slug as committee_slug',
    ])
    .orderBy('committee.name')
    .orderBy('inquiry.title')
  if (scope.committeeSlug !== undefined) query = query.where('committee.slug', '=', scope.committeeSlug)
  if (scope.inquirySlug !== undefined) query = query.where('inquiry.slug', '=', scope.inquirySlug)
  const inquiries = await query.execute()
  if (inquiries.length === 0 && (scope.inquirySlug !== undefined || !(await committeeExists(db, scope.committeeSlug))))
    throw notFound(scope.inquirySlug !== undefined ? 'INQUIRY_NOT_FOUND' : 'COMMITTEE_NOT_FOUND')
  const recs = await recommendationsOf(
    db,
    inquiries.map(i => i.id),
  )
  const tracked = trackRecommendations(
    recs,
    await assessmentsOf(
      db,
      recs.map(r => r.id),
    ),
    today,
  )
  const byId = new Map(inquiries.map(i => [i.id, i]))
  return inquiries.flatMap(inquiry =>
    tracked
      .filter(r => r.inquiryId === inquiry.id)
      .map(r => ({
        committee: byId.get(r.inquiryId)!.committee_name,
        inquiry: inquiry.title,
        inquiryUrl: `/committees/${inquiry.committee_slug}/inquiries/${inquiry.slug}`,
        number: r.number,
        recommendation: r.body,
        responsibility: r.responsible,
        originalCompletionDate: r.originalCompletionDate,
        completionDateText: r.completionDateText,
        currentCompletionDate: r.currentCompletionDate,
        status: r.concluded ? ('concluded' as const) : ('outstanding' as const),
        concludedOn: r.concludedOn,
        currentAssessment: r.current ? { code: r.current.code, category: r.current.category } : null,
        overdue: r.overdue,
        history: r.history.map(h => ({
          assessedOn: h.assessedOn,
          assessedBy: h.assessedBy,
          code: h.code,
          category: h.category,
          evidence: h.evidence,
          newCompletionDate: h.newCompletionDate,
          obstacle: h.obstacle,
        })),
      })),
  )
}

async function committeeExists(db: Kysely<Database>, slug: string | undefined): Promise<boolean> {
  if (slug === undefined) return true
  return (await db.selectFrom('committee').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined
}

const CSV_HEADER = [
  'Committee',
  'Inquiry',
  'No.',
  'Recommendation',
  'Responsibility',
  'Original date for completion',
  'Current completion date',
  'Status',
  'Date concluded',
  'Current assessment code',
  'Current assessment',
  'Overdue',
  'History',
]

/** The CSV export: one row per recommendation, its history in one cell, a line per assessment. */
export function recommendationsCsv(recs: readonly ExportedRecommendation[]): string {
  return toCsv(
    CSV_HEADER,
    recs.map(r => [
      r.committee,
      r.inquiry,
      r.number,
      r.recommendation,
      r.responsibility,
      r.originalCompletionDate ?? r.completionDateText,
      r.currentCompletionDate,
      r.status,
      r.concludedOn,
      r.currentAssessment?.code ?? null,
      r.currentAssessment?.category ?? null,
      r.overdue ? 'yes' : 'no',
      r.history
        .map(h =>
          [
            `${h.assessedOn} ${h.assessedBy} ${h.code} ${h.category}`,
            h.newCompletionDate ? `new date ${h.newCompletionDate}` : null,
            h.obstacle ? `obstacle: ${h.obstacle}` : null,
            h.evidence,
          ]
            .filter(Boolean)
            .join(' | '),
        )
        .join('\n'),
    ]),
  )
}

/** The JSON export: the records as they are, under a small envelope saying when and what. */
export function recommendationsJson(recs: readonly ExportedRecommendation[], generatedOn: string): string {
  return JSON.stringify({ generatedOn, count: recs.length, recommendations: recs }, null, 2) + '\n'
}
