import type { AttendanceKind } from '../../action-notes/action-notes.table.ts'
import type { ParsedActionNotes } from '../parse/types.ts'
import { tally, type StoreContext } from './context.ts'
import { findOrCreateMeeting } from './meetings.ts'

/**
 * Action notes in a pack record an earlier meeting (the one they are presented for approval
 * after). They are stored against that meeting, once: notes already recorded are kept.
 */
export async function storeActionNotes(ctx: StoreContext, notes: ParsedActionNotes): Promise<void> {
  if (!notes.meeting_date) {
    ctx.warnings.push({
      page: notes.source_page ?? null,
      message: 'Action notes without a meeting date were not stored',
    })
    return
  }
  const meetingId = await findOrCreateMeeting(ctx, notes.meeting_date, { status: 'held' })
  const existing = await ctx.trx
    .selectFrom('action_notes')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst()
  if (existing) {
    tally(ctx, 'action notes', 'matched')
    return
  }
  await ctx.trx
    .insertInto('action_notes')
    .values({ meeting_id: meetingId, source_file_id: ctx.fileId, source_page: notes.source_page ?? null })
    .execute()
  tally(ctx, 'action notes', 'created')
  await storeAttendance(ctx, meetingId, notes)
  let position = 0
  for (const resolution of notes.resolutions) {
    position += 1
    await ctx.trx
      .insertInto('resolution')
      .values({
        meeting_id: meetingId,
        item_label: resolution.item,
        position,
        body: resolution.text,
        source_file_id: ctx.fileId,
        source_page: notes.source_page ?? null,
      })
      .execute()
    tally(ctx, 'resolution', 'created')
  }
}

async function storeAttendance(ctx: StoreContext, meetingId: number, notes: ParsedActionNotes): Promise<void> {
  const groups: Array<[AttendanceKind, string[]]> = [
    ['present', notes.present],
    ['also_present', notes.also_present ?? []],
    ['apologies', notes.apologies],
  ]
  for (const [kind, names] of groups) {
    for (const name of names) {
      await ctx.trx
        .insertInto('attendance')
        .values({ meeting_id: meetingId, name, kind, source_page: notes.source_page ?? null })
        .execute()
      tally(ctx, 'attendance', 'created')
    }
  }
}
