import type { AssessmentCode } from '../../tracking/assessment-scale.ts'
import { endsTracking, isAssessmentCode } from '../../tracking/assessment-scale.ts'
import { slugify } from '../../shared/slug.ts'
import { parseDate } from '../parse/dates.ts'
import type { ParsedRecommendation } from '../parse/types.ts'
import { isIsoDate } from './actions.ts'
import { tally, type StoreContext } from './context.ts'

/** Inquiries, their recommendations and the assessments the pack states, dated the pack's meeting. */
export async function storeRecommendations(ctx: StoreContext, recs: ParsedRecommendation[], packDate: string) {
  const inquiries = new Map<string, number>()
  let position = 0
  for (const rec of recs) {
    position += 1
    const title = rec.inquiry.trim() || 'Untitled inquiry'
    const inquiryId = inquiries.get(title) ?? (await findOrCreateInquiry(ctx, title))
    inquiries.set(title, inquiryId)
    const recommendationId = await findOrCreateRecommendation(ctx, inquiryId, rec, position)
    await storeAssessment(ctx, recommendationId, 'executive', rec.self_assessment, packDate, rec.evidence ?? null)
    const committee = rec.committee_assessment ?? null
    // (Dated as the pack dates it: concluded then, or given at an earlier meeting it names.)
    const assessedOn = rec.date_concluded ?? rec.committee_assessed_on ?? packDate
    await storeAssessment(ctx, recommendationId, 'committee', committee, assessedOn, null)
    if (isAssessmentCode(committee) && endsTracking(committee)) {
      await ctx.trx
        .updateTable('recommendation')
        .set({ concluded_on: assessedOn, final_assessment: committee as 1 | 2 | 4 })
        .where('id', '=', recommendationId)
        .where('concluded_on', 'is', null)
        .execute()
    }
  }
}

async function findOrCreateInquiry(ctx: StoreContext, title: string): Promise<number> {
  const slug = slugify(title)
  const found = await ctx.trx
    .selectFrom('inquiry')
    .select('id')
    .where('committee_id', '=', ctx.committeeId)
    .where('slug', '=', slug)
    .executeTakeFirst()
  tally(ctx, 'inquiry', found ? 'matched' : 'created')
  if (found) return found.id
  const row = await ctx.trx
    .insertInto('inquiry')
    .values({ committee_id: ctx.committeeId, slug, title, status: 'tracking' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

async function findOrCreateRecommendation(
  ctx: StoreContext,
  inquiryId: number,
  rec: ParsedRecommendation,
  position: number,
) {
  const found = await ctx.trx
    .selectFrom('recommendation')
    .select('id')
    .where('inquiry_id', '=', inquiryId)
    .where('number', '=', rec.number)
    .executeTakeFirst()
  tally(ctx, 'recommendation', found ? 'matched' : 'created')
  if (found) return found.id
  const completion = rec.completion_date ? parseDate(rec.completion_date) : null
  const row = await ctx.trx
    .insertInto('recommendation')
    .values({
      inquiry_id: inquiryId,
      number: rec.number,
      position,
      body: rec.text || `(text not found in the pack for ${rec.number})`,
      responsible: rec.responsibility,
      original_completion_date: isIsoDate(completion) ? completion : null,
      completion_date_text: rec.completion_date,
      theme: rec.theme ?? null,
      source_file_id: ctx.fileId,
      source_page: rec.source_page ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

async function storeAssessment(
  ctx: StoreContext,
  recommendationId: number,
  by: 'executive' | 'committee',
  code: number | null | undefined,
  on: string,
  evidence: string | null,
): Promise<void> {
  if (!isAssessmentCode(code)) return
  const found = await ctx.trx
    .selectFrom('assessment')
    .select('id')
    .where('recommendation_id', '=', recommendationId)
    .where('assessed_by', '=', by)
    .where('code', '=', code as AssessmentCode)
    .where('assessed_on', '=', on)
    .executeTakeFirst()
  tally(ctx, 'assessment', found ? 'matched' : 'created')
  if (found) return
  await ctx.trx
    .insertInto('assessment')
    .values({
      recommendation_id: recommendationId,
      assessed_by: by,
      code: code as AssessmentCode,
      evidence,
      assessed_on: on,
      source_file_id: ctx.fileId,
    })
    .execute()
}
