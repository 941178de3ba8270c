import { slugify, titleCase } from '../../shared/slug.ts'
import { standingKindOf } from '../../meetings/standing-items.ts'
import type { ParsedPack } from '../parse/types.ts'
import { tally, type StoreContext } from './context.ts'

/** Finds the committee by its name (as printed, in any case), or creates it. */
export async function findOrCreateCommittee(ctx: Omit<StoreContext, 'committeeId'>, printedName: string) {
  const name = titleCase(printedName.trim())
  const slug = slugify(name)
  const found = await ctx.trx
    .selectFrom('committee')
    .select('id')
    .where('council_id', '=', ctx.councilId)
    .where('slug', '=', slug)
    .executeTakeFirst()
  if (found) return { id: found.id, created: false }
  const row = await ctx.trx
    .insertInto('committee')
    .values({ council_id: ctx.councilId, name, slug, standing_items: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, created: true }
}

/** A committee's meeting on a date: matched if already recorded (by any pack or by hand), else created. */
export async function findOrCreateMeeting(
  ctx: StoreContext,
  date: string,
  details: { startTime?: string | null; venue?: string | null; status: 'held' | 'agenda_published' | 'scheduled' },
): Promise<number> {
  const found = await ctx.trx
    .selectFrom('meeting')
    .select('id')
    .where('committee_id', '=', ctx.committeeId)
    .where('meeting_date', '=', date)
    .orderBy('id')
    .executeTakeFirst()
  if (found) {
    tally(ctx, 'meeting', 'matched')
    return found.id
  }
  const committee = await ctx.trx
    .selectFrom('committee')
    .select('slug')
    .where('id', '=', ctx.committeeId)
    .executeTakeFirstOrThrow()
  const row = await ctx.trx
    .insertInto('meeting')
    .values({
      committee_id: ctx.committeeId,
      slug: `${date}-${committee.slug}`,
      meeting_date: date,
      start_time: details.startTime ?? null,
      venue: details.venue ?? null,
      status: details.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  tally(ctx, 'meeting', 'created')
  return row.id
}

/** The pack's agenda, unless this meeting's agenda is already recorded (then it is kept as it is). */
export async function storeAgenda(
  ctx: StoreContext,
  meetingId: number,
  pack: ParsedPack,
): Promise<Map<number, number>> {
  const existing = await ctx.trx
    .selectFrom('agenda_item')
    .select(['id', 'item_number'])
    .where('meeting_id', '=', meetingId)
    .execute()
  const byNumber = new Map<number, number>()
  if (existing.length) {
    for (const item of existing) byNumber.set(Number(item.item_number), item.id)
    for (let i = 0; i < pack.agenda_items.length; i++) tally(ctx, 'agenda item', 'matched')
    return byNumber
  }
  let position = 0
  for (const item of pack.agenda_items) {
    position += 1
    const row = await ctx.trx
      .insertInto('agenda_item')
      .values({
        meeting_id: meetingId,
        position,
        item_number: String(item.number),
        title: item.title,
        description: descriptionBesidesAttendees(item.description ?? null, item.attendees),
        standing_kind: standingKindOf(item.title),
        time_from: item.time_slot?.[0] ?? null,
        time_to: item.time_slot?.[1] ?? null,
        attendees: item.attendees,
        page_from: item.pages?.[0] ?? null,
        page_to: item.pages?.[1] ?? null,
        source_file_id: ctx.fileId,
        source_page: item.source_page ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    byNumber.set(item.number, row.id)
    tally(ctx, 'agenda item', 'created')
  }
  return byNumber
}

// The parser's description is the whole text under the heading, which is often just the
// attendees line again; keep it only when it says something more.
function descriptionBesidesAttendees(description: string | null, attendees: string | null): string | null {
  if (!description || !attendees) return description
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
  return squash(description) === squash(attendees) ? null : description
}
