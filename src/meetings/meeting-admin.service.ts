import type { Kysely, Transaction } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { whyNot, reinstatedStatus, type MeetingAction } from './meeting-lifecycle.ts'
import * as repo from './meeting-admin.repository.ts'
import type { MeetingChangeTable } from './meetings.table.ts'
import { standingKindOf } from './standing-items.ts'

/** A change the officer asked for that the meeting's state does not allow; shown to them as is. */
export class MeetingRuleError extends Error {}

export interface MeetingDetails {
  startTime: string | null
  venue: string | null
  webcastUrl: string | null
}

/** The standing items of a new agenda when a committee has no template of its own. */
export const DEFAULT_STANDING_ITEMS = [
  'Notice of recording/webcast',
  'Apologies',
  'Declarations of interests',
  'Action notes of the previous meeting',
  'Action tracker',
  'Work programme',
  'Request(s) for call in/councillor call for action/petitions received (if any)',
  'Other urgent business',
  'Authority to chair and officers',
  'Date of next meeting',
]

type Trx = Transaction<Database>
type LockedMeeting = NonNullable<Awaited<ReturnType<typeof repo.meetingForUpdate>>>

/** Creating, editing, moving, cancelling and reinstating meetings, each with its history kept. */
export function createMeetingAdminService(db: Kysely<Database>) {
  /**
   * Runs a change on a locked meeting after checking the meeting's state allows it, in its own
   * transaction or in the caller's.
   */
  async function change<T>(
    meetingId: number,
    action: MeetingAction,
    work: (trx: Trx, m: LockedMeeting) => Promise<T>,
    outer?: Trx,
  ): Promise<T> {
    const run = async (trx: Trx) => {
      const meeting = await repo.meetingForUpdate(trx, meetingId)
      if (!meeting) throw notFound('MEETING_NOT_FOUND')
      const published = await repo.hasPublishedVersion(trx, meetingId)
      const refusal = whyNot(action, { ...meeting, published }, todayInLondon())
      if (refusal) throw new MeetingRuleError(refusal)
      return work(trx, meeting)
    }
    return outer ? run(outer) : db.transaction().execute(run)
  }

  return {
    committees: () => repo.committeesForMeetings(db),
    history: (meetingId: number) => repo.meetingChanges(db, meetingId),

    /** A new meeting, its agenda started with the committee's standing items. Returns its slug. */
    async createMeeting(input: MeetingDetails & { committee: string; meetingDate: string }, actor: Actor) {
      return db.transaction().execute(async trx => {
        const committee = await trx
          .selectFrom('committee')
          .select(['id', 'slug', 'standing_items'])
          .where('slug', '=', input.committee)
          .executeTakeFirst()
        if (!committee) throw new AppError('BAD_REQUEST', 'Choose the committee')
        const slug = await repo.freeMeetingSlug(trx, `${input.meetingDate}-${committee.slug}`)
        const meeting = await trx
          .insertInto('meeting')
          .values({
            committee_id: committee.id,
            slug,
            meeting_date: input.meetingDate,
            start_time: input.startTime,
            venue: input.venue,
            webcast_url: input.webcastUrl,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        const titles = committee.standing_items.length ? committee.standing_items : DEFAULT_STANDING_ITEMS
        await addStandingItems(trx, meeting.id, titles)
        await recordAudit(trx, actor, {
          action: 'meeting.create',
          entityType: 'meeting',
          entityId: meeting.id,
          after: { slug, ...input, standingItems: titles },
        })
        return { id: meeting.id, slug }
      })
    },

    async editDetails(meetingId: number, details: MeetingDetails, actor: Actor) {
      return change(meetingId, 'edit_details', async (trx, m) => {
        const before = { startTime: m.start_time, venue: m.venue, webcastUrl: m.webcast_url }
        if (JSON.stringify(before) === JSON.stringify(details)) return m.slug
        await trx
          .updateTable('meeting')
          .set({
            start_time: details.startTime,
            venue: details.venue,
            webcast_url: details.webcastUrl,
            updated_at: new Date(),
          })
          .where('id', '=', meetingId)
          .execute()
        const kind = before.venue !== details.venue ? 'venue_changed' : 'other'
        await logChange(trx, meetingId, actor, kind, before, details, null)
        return m.slug
      })
    },

    /** Moves a meeting to another date: it takes that date's address, and the old one redirects. */
    async reschedule(
      meetingId: number,
      input: { meetingDate: string; startTime: string | null; reason: string },
      actor: Actor,
    ) {
      return change(meetingId, 'reschedule', async (trx, m) => {
        if (input.meetingDate === m.meeting_date && input.startTime === m.start_time)
          throw new MeetingRuleError('Choose a different date or time to move the meeting to.')
        let slug = m.slug
        if (input.meetingDate !== m.meeting_date) {
          slug = await repo.freeMeetingSlug(trx, `${input.meetingDate}-${m.committee_slug}`)
          await trx.insertInto('meeting_slug_redirect').values({ old_slug: m.slug, meeting_id: meetingId }).execute()
          await trx.deleteFrom('meeting_slug_redirect').where('old_slug', '=', slug).execute()
        }
        await trx
          .updateTable('meeting')
          .set({ meeting_date: input.meetingDate, start_time: input.startTime, slug, updated_at: new Date() })
          .where('id', '=', meetingId)
          .execute()
        const before = { meetingDate: m.meeting_date, startTime: m.start_time }
        const after = { meetingDate: input.meetingDate, startTime: input.startTime }
        await logChange(trx, meetingId, actor, 'rescheduled', before, after, input.reason)
        return slug
      })
    },

    async cancel(meetingId: number, reason: string, actor: Actor) {
      return change(meetingId, 'cancel', async (trx, m) => {
        await trx
          .updateTable('meeting')
          .set({ status: 'cancelled', cancellation_reason: reason, updated_at: new Date() })
          .where('id', '=', meetingId)
          .execute()
        await logChange(trx, meetingId, actor, 'cancelled', { status: m.status }, { status: 'cancelled' }, reason)
        return m.slug
      })
    },

    async reinstate(meetingId: number, actor: Actor) {
      return change(meetingId, 'reinstate', async (trx, m) => {
        const status = reinstatedStatus(await repo.hasPublishedVersion(trx, meetingId))
        await trx
          .updateTable('meeting')
          .set({ status, cancellation_reason: null, updated_at: new Date() })
          .where('id', '=', meetingId)
          .execute()
        await logChange(trx, meetingId, actor, 'reinstated', { status: m.status }, { status }, null)
        return m.slug
      })
    },

    async markHeld(meetingId: number, actor: Actor) {
      return change(meetingId, 'mark_held', async (trx, m) => {
        await trx
          .updateTable('meeting')
          .set({ status: 'held', updated_at: new Date() })
          .where('id', '=', meetingId)
          .execute()
        await recordAudit(trx, actor, {
          action: 'meeting.mark_held',
          entityType: 'meeting',
          entityId: meetingId,
          before: { status: m.status },
          after: { status: 'held' },
        })
        return m.slug
      })
    },

    /** For other parts of the app that change a meeting's agenda: the same state check and lock. */
    change,
  }
}

export type MeetingAdminService = ReturnType<typeof createMeetingAdminService>

async function addStandingItems(trx: Trx, meetingId: number, titles: string[]) {
  if (!titles.length) return
  await trx
    .insertInto('agenda_item')
    .values(
      titles.map((title, i) => ({
        meeting_id: meetingId,
        position: i + 1,
        item_number: String(i + 1),
        title,
        standing_kind: standingKindOf(title),
      })),
    )
    .execute()
}

/** Every change to a meeting is both in its public history (meeting_change) and in the audit log. */
async function logChange(
  trx: Trx,
  meetingId: number,
  actor: Actor,
  kind: MeetingChangeTable['kind'],
  before: object,
  after: object,
  reason: string | null,
) {
  await trx
    .insertInto('meeting_change')
    .values({
      meeting_id: meetingId,
      changed_by: actor.userId,
      kind,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      reason,
    })
    .execute()
  await recordAudit(trx, actor, {
    action: `meeting.${kind}`,
    entityType: 'meeting',
    entityId: meetingId,
    before,
    after: { ...after, reason },
  })
}
