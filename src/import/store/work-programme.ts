import type { WorkProgrammeType } from '../../work-programme/work-programme.table.ts'
import type { ParsedWorkProgrammeItem } from '../parse/types.ts'
import { tally, type StoreContext } from './context.ts'
import { findOrCreateMeeting } from './meetings.ts'

const TYPES: Array<[RegExp, WorkProgrammeType]> = [
  [/pre[- ]?decision/i, 'pre_decision_scrutiny'],
  [/track/i, 'tracking'],
  [/evidence/i, 'evidence_gathering'],
  [/inquiry/i, 'inquiry_session'],
  [/call[- ]?in/i, 'call_in'],
  [/update|report|progress/i, 'update_report'],
  [/brief|information|presentation/i, 'briefing'],
]

/** A printed work programme type in the enumeration's terms ('other' keeps the words elsewhere). */
export function workProgrammeType(printed: string | null): WorkProgrammeType | null {
  if (!printed?.trim()) return null
  return TYPES.find(([pattern]) => pattern.test(printed))?.[1] ?? 'other'
}

/** The committee's work programme: each item against its meeting (created as scheduled if new). */
export async function storeWorkProgramme(ctx: StoreContext, items: ParsedWorkProgrammeItem[], today: string) {
  let position = 0
  for (const item of items) {
    position += 1
    const meetingId = item.meeting_date
      ? await findOrCreateMeeting(ctx, item.meeting_date, { status: item.meeting_date < today ? 'held' : 'scheduled' })
      : null
    let query = ctx.trx
      .selectFrom('work_programme_item')
      .select('id')
      .where('committee_id', '=', ctx.committeeId)
      .where('topic', '=', item.topic)
    query = meetingId === null ? query.where('meeting_id', 'is', null) : query.where('meeting_id', '=', meetingId)
    if (await query.executeTakeFirst()) {
      tally(ctx, 'work programme item', 'matched')
      continue
    }
    const type = workProgrammeType(item.type)
    await ctx.trx
      .insertInto('work_programme_item')
      .values({
        committee_id: ctx.committeeId,
        meeting_id: meetingId,
        topic: item.topic,
        item_type: type,
        aims: item.aims ?? null,
        lead_officer: item.lead_officer,
        witnesses: item.witnesses ?? null,
        additional_information:
          [type === 'other' ? `Type: ${item.type}` : null, item.details].filter(Boolean).join('\n') || null,
        position,
        source_file_id: ctx.fileId,
        source_page: item.source_page ?? null,
      })
      .execute()
    tally(ctx, 'work programme item', 'created')
  }
}
