import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/** Every action of a committee with the agenda item it came from, newest first. */
export function actionsOfCommittee(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('action')
    .leftJoin('agenda_item', 'agenda_item.id', 'action.agenda_item_id')
    .leftJoin('meeting', 'meeting.id', 'action.meeting_id')
    .select([
      'action.id',
      'action.raised_on',
      'action.agenda_item_title',
      'action.description',
      'action.owner',
      'action.due_on',
      'action.status',
      'action.closed_on',
      'action.re_raised_from_id',
      'action.originally_requested_on',
      'agenda_item.item_number',
      'agenda_item.title as agenda_item_current_title',
      'meeting.slug as meeting_slug',
      'meeting.meeting_date',
    ])
    .select(eb => eb.fn.coalesce('agenda_item.is_exempt', eb.val(false)).as('is_exempt'))
    .where('action.committee_id', '=', committeeId)
    .orderBy('action.raised_on', 'desc')
    .orderBy('action.id', 'desc')
    .execute()
}

export type ActionRow = Awaited<ReturnType<typeof actionsOfCommittee>>[number]

/** Updates of some actions, oldest first. */
export async function updatesOf(db: Kysely<Database>, actionIds: readonly number[]) {
  if (actionIds.length === 0) return []
  return db
    .selectFrom('action_update')
    .leftJoin('app_user', 'app_user.id', 'action_update.written_by')
    .select([
      'action_update.id',
      'action_update.action_id',
      'action_update.written_on',
      'action_update.body',
      'app_user.display_name as written_by_name',
    ])
    .where('action_update.action_id', 'in', actionIds)
    .orderBy('action_update.written_on')
    .orderBy('action_update.id')
    .execute()
}

export type ActionUpdateRow = Awaited<ReturnType<typeof updatesOf>>[number]

export function findAction(db: Kysely<Database>, committeeId: number, id: number) {
  return db
    .selectFrom('action')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Agenda items of the committee's recent meetings, which actions are raised against. */
export function recentAgendaItems(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .select([
      'agenda_item.id',
      'agenda_item.item_number',
      'agenda_item.title',
      'agenda_item.is_exempt',
      'meeting.id as meeting_id',
      'meeting.meeting_date',
    ])
    .where('meeting.committee_id', '=', committeeId)
    .orderBy('meeting.meeting_date', 'desc')
    .orderBy('agenda_item.position')
    .limit(200)
    .execute()
}

/** The date of the committee's last meeting before a date (not cancelled), if any. */
export async function previousMeetingDate(db: Kysely<Database>, committeeId: number, before: string) {
  const row = await db
    .selectFrom('meeting')
    .select('meeting_date')
    .where('committee_id', '=', committeeId)
    .where('meeting_date', '<', before)
    .where('status', '!=', 'cancelled')
    .orderBy('meeting_date', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.meeting_date ?? null
}

export function committeeById(db: Kysely<Database>, id: number) {
  return db.selectFrom('committee').select(['id', 'name', 'slug']).where('id', '=', id).executeTakeFirst()
}
