import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.ts'

export function committeeBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'council_id'])
    .where('slug', '=', slug)
    .executeTakeFirst()
}

export function committeeById(db: Kysely<Database>, id: number) {
  return db.selectFrom('committee').select(['id', 'name', 'slug', 'council_id']).where('id', '=', id).executeTakeFirst()
}

export function meetingsBetween(db: Kysely<Database>, committeeId: number, from: string, to: string) {
  return db
    .selectFrom('meeting')
    .select(['id', 'slug', 'meeting_date', 'status'])
    .where('committee_id', '=', committeeId)
    .where('meeting_date', '>=', from)
    .where('meeting_date', '<=', to)
    .orderBy('meeting_date')
    .execute()
}

const itemColumns = [
  'work_programme_item.id',
  'work_programme_item.meeting_id',
  'work_programme_item.municipal_year_id',
  'work_programme_item.topic',
  'work_programme_item.item_type',
  'work_programme_item.aims',
  'work_programme_item.lead_officer',
  'work_programme_item.witnesses',
  'work_programme_item.visits',
  'work_programme_item.additional_information',
  'work_programme_item.forward_plan_item_id',
  'work_programme_item.inquiry_id',
  'work_programme_item.position',
  'forward_plan_item.reference as forward_plan_reference',
  'inquiry.title as inquiry_title',
] as const

/** Items planned for some meetings, plus those still to be scheduled for the year (or for no year). */
export async function itemsOf(
  db: Kysely<Database>,
  committeeId: number,
  meetingIds: readonly number[],
  yearId: number | null,
) {
  return db
    .selectFrom('work_programme_item')
    .leftJoin('forward_plan_item', 'forward_plan_item.id', 'work_programme_item.forward_plan_item_id')
    .leftJoin('inquiry', 'inquiry.id', 'work_programme_item.inquiry_id')
    .select(itemColumns)
    .where('work_programme_item.committee_id', '=', committeeId)
    .where(eb => {
      const unscheduled = eb.and([
        eb('work_programme_item.meeting_id', 'is', null),
        yearId === null
          ? eb('work_programme_item.municipal_year_id', 'is', null)
          : eb.or([
              eb('work_programme_item.municipal_year_id', 'is', null),
              eb('work_programme_item.municipal_year_id', '=', yearId),
            ]),
      ])
      return meetingIds.length
        ? eb.or([unscheduled, eb('work_programme_item.meeting_id', 'in', meetingIds)])
        : unscheduled
    })
    .orderBy('work_programme_item.position')
    .orderBy('work_programme_item.id')
    .execute()
}

export type WorkProgrammeItemRow = Awaited<ReturnType<typeof itemsOf>>[number]

export function findItem(db: Kysely<Database>, committeeId: number, id: number) {
  return db
    .selectFrom('work_programme_item')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export function movesOf(db: Kysely<Database>, itemId: number) {
  return db
    .selectFrom('work_programme_item_move')
    .leftJoin('meeting as from_meeting', 'from_meeting.id', 'work_programme_item_move.from_meeting_id')
    .leftJoin('meeting as to_meeting', 'to_meeting.id', 'work_programme_item_move.to_meeting_id')
    .leftJoin('app_user', 'app_user.id', 'work_programme_item_move.moved_by')
    .select([
      'work_programme_item_move.id',
      'work_programme_item_move.reason',
      'work_programme_item_move.moved_at',
      'from_meeting.meeting_date as from_date',
      'to_meeting.meeting_date as to_date',
      'app_user.display_name as moved_by_name',
    ])
    .where('work_programme_item_move.item_id', '=', itemId)
    .orderBy('work_programme_item_move.id')
    .execute()
}

/** The committee's meetings from a date on, that an item can be planned for. */
export function meetingsFrom(db: Kysely<Database>, committeeId: number, from: string) {
  return db
    .selectFrom('meeting')
    .select(['id', 'meeting_date'])
    .where('committee_id', '=', committeeId)
    .where('meeting_date', '>=', from)
    .where('status', '!=', 'cancelled')
    .orderBy('meeting_date')
    .limit(50)
    .execute()
}

export function forwardPlanItems(db: Kysely<Database>, councilId: number) {
  return db
    .selectFrom('forward_plan_item')
    .select(['id', 'reference', 'title', 'proposed_decision_date', 'decision_maker'])
    .where('council_id', '=', councilId)
    .orderBy('proposed_decision_date', ob => ob.asc().nullsLast())
    .orderBy('reference')
    .execute()
}

export function inquiriesOf(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('inquiry')
    .select(['id', 'title'])
    .where('committee_id', '=', committeeId)
    .orderBy('title')
    .execute()
}

export async function municipalYearRow(db: Kysely<Database>, councilId: number, startsOn: string, endsOn: string) {
  return db
    .selectFrom('municipal_year')
    .select(['id', 'label'])
    .where('council_id', '=', councilId)
    .where('starts_on', '<=', endsOn)
    .where('ends_on', '>=', startsOn)
    .orderBy('starts_on')
    .executeTakeFirst()
}

/** Every recommendation of the committee's inquiries with the inquiry's next tracking date after `today`. */
export function recommendationsForTracking(db: Kysely<Database>, committeeId: number, today: string) {
  return db
    .selectFrom('recommendation')
    .innerJoin('inquiry', 'inquiry.id', 'recommendation.inquiry_id')
    .select(eb => [
      'inquiry.id as inquiryId',
      'inquiry.title as inquiryTitle',
      'recommendation.number',
      'recommendation.position',
      'recommendation.concluded_on as concludedOn',
      eb
        .selectFrom('tracking_round')
        .select(r => r.fn.min('tracking_round.scheduled_for').as('next'))
        .whereRef('tracking_round.inquiry_id', '=', 'inquiry.id')
        .where('tracking_round.scheduled_for', '>=', today)
        .where('tracking_round.status', '!=', 'assessed')
        .as('nextTrackingOn'),
    ])
    .where('inquiry.committee_id', '=', committeeId)
    .execute()
}

/** The ids of the items planned for one meeting, in the order the work programme lists them. */
export async function idsInMeeting(db: Kysely<Database>, committeeId: number, meetingId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('work_programme_item')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map(r => r.id)
}

/** The position after the last item planned for a meeting (or still to be scheduled), so an item joins at the end. */
export async function positionAfterLast(db: Kysely<Database>, committeeId: number, meetingId: number | null) {
  const items = db.selectFrom('work_programme_item').where('committee_id', '=', committeeId)
  const row = await (
    meetingId === null ? items.where('meeting_id', 'is', null) : items.where('meeting_id', '=', meetingId)
  )
    .select(eb => eb.fn.max('position').as('last'))
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

/** Numbers items 1, 2, 3 … in the order given. */
export async function renumber(trx: Transaction<Database>, ids: readonly number[]): Promise<void> {
  for (const [index, id] of ids.entries())
    await trx
      .updateTable('work_programme_item')
      .set({ position: index + 1 })
      .where('id', '=', id)
      .execute()
}
