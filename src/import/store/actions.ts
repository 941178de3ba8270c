import type { ParsedAction } from '../parse/types.ts'
import { tally, type StoreContext } from './context.ts'

/**
 * The action tracker's rows. An action is the same action when its committee, date and wording
 * match, so the tracker printed again in the next pack updates rather than duplicates it.
 */
export async function storeActions(ctx: StoreContext, actions: ParsedAction[], packDate: string): Promise<void> {
  for (const action of actions) {
    const raisedOn = isIsoDate(action.date) ? action.date : packDate
    if (raisedOn !== action.date) {
      ctx.warnings.push({
        page: action.source_page ?? null,
        message: `Action dated "${action.date}": recorded as raised on ${packDate}`,
      })
    }
    const found = await ctx.trx
      .selectFrom('action')
      .select(['id', 'status'])
      .where('committee_id', '=', ctx.committeeId)
      .where('raised_on', '=', raisedOn)
      .where('description', '=', action.action)
      .executeTakeFirst()
    const id = found ? found.id : await insertAction(ctx, action, raisedOn)
    tally(ctx, 'action', found ? 'matched' : 'created')
    if (action.has_update && action.update) await recordUpdate(ctx, id, action.update, packDate)
  }
}

async function insertAction(ctx: StoreContext, action: ParsedAction, raisedOn: string): Promise<number> {
  const row = await ctx.trx
    .insertInto('action')
    .values({
      committee_id: ctx.committeeId,
      raised_on: raisedOn,
      agenda_item_title: action.agenda_item || null,
      description: action.action,
      originally_requested_on: action.originally_requested ?? null,
      source_file_id: ctx.fileId,
      source_page: action.source_page ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// An update is only a statement of progress: whether it closes the action is for the committee,
// so imported actions stay open with their update recorded.
async function recordUpdate(ctx: StoreContext, actionId: number, body: string, writtenOn: string): Promise<void> {
  const same = await ctx.trx
    .selectFrom('action_update')
    .select('id')
    .where('action_id', '=', actionId)
    .where('body', '=', body)
    .executeTakeFirst()
  if (!same)
    await ctx.trx.insertInto('action_update').values({ action_id: actionId, written_on: writtenOn, body }).execute()
}

export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
}
