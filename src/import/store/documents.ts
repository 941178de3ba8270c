import { parseDate } from '../parse/dates.ts'
import type { ParsedReport } from '../parse/types.ts'
import { tally, type StoreContext } from './context.ts'

/** The original pack, as a published document of its meeting (downloadable from the meeting page). */
export async function attachPack(ctx: StoreContext, meetingId: number, title: string): Promise<void> {
  const found = await ctx.trx
    .selectFrom('document')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('file_id', '=', ctx.fileId)
    .executeTakeFirst()
  if (found) return
  await ctx.trx
    .insertInto('document')
    .values({
      meeting_id: meetingId,
      kind: 'agenda_pack',
      title,
      file_id: ctx.fileId,
      status: 'published',
      published_at: new Date(),
      source_file_id: ctx.fileId,
    })
    .execute()
}

/** Each report found in the pack, with its cover-sheet details and its pages within the pack. */
export async function storeReports(
  ctx: StoreContext,
  meetingId: number,
  reports: ParsedReport[],
  agendaItems: Map<number, number>,
): Promise<void> {
  let position = 0
  for (const report of reports) {
    position += 1
    const found = await ctx.trx
      .selectFrom('document')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('kind', '=', 'report')
      .where('title', '=', report.title)
      .executeTakeFirst()
    if (found) {
      tally(ctx, 'report', 'matched')
      continue
    }
    const doc = await ctx.trx
      .insertInto('document')
      .values({
        meeting_id: meetingId,
        agenda_item_id: report.agenda_item == null ? null : (agendaItems.get(report.agenda_item) ?? null),
        kind: 'report',
        title: report.title,
        position,
        status: 'published',
        page_from: report.pages[0],
        page_to: Math.max(report.pages[0], report.pages[1]),
        source_file_id: ctx.fileId,
        source_page: report.source_page ?? report.pages[0],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await ctx.trx
      .insertInto('report_cover')
      .values({
        document_id: doc.id,
        subject: report.title,
        report_of: report.report_of,
        author_name: report.author,
        report_date: report.date ? parseDate(report.date) : null,
      })
      .execute()
    tally(ctx, 'report', 'created')
  }
}
