import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.ts'

type Db = Kysely<Database> | Transaction<Database>

/** A meeting as the officer's screens need it, locked for update when inside a transaction that changes it. */
export function meetingForUpdate(trx: Transaction<Database>, meetingId: number) {
  return trx
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'meeting.id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.venue',
      'meeting.webcast_url',
      'meeting.status',
      'meeting.cancellation_reason',
      'meeting.committee_id',
      'committee.slug as committee_slug',
      'committee.name as committee_name',
    ])
    .where('meeting.id', '=', meetingId)
    .forUpdate('meeting')
    .executeTakeFirst()
}

export async function hasPublishedVersion(db: Db, meetingId: number): Promise<boolean> {
  const row = await db.selectFrom('agenda_version').select('id').where('meeting_id', '=', meetingId).executeTakeFirst()
  return row !== undefined
}

/** The meeting a slug names: its own, or the one it used to name before a reschedule. */
export async function meetingIdBySlug(db: Db, slug: string): Promise<{ id: number; slug: string } | undefined> {
  const own = await db.selectFrom('meeting').select(['id', 'slug']).where('slug', '=', slug).executeTakeFirst()
  if (own) return own
  return db
    .selectFrom('meeting_slug_redirect')
    .innerJoin('meeting', 'meeting.id', 'meeting_slug_redirect.meeting_id')
    .select(['meeting.id', 'meeting.slug'])
    .where('meeting_slug_redirect.old_slug', '=', slug)
    .executeTakeFirst()
}

/** `base`, or `base-2`, `base-3`… when two meetings of a committee fall on one day. */
export async function freeMeetingSlug(db: Db, base: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom('meeting')
        .select('slug')
        .where(eb => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
        .execute()
    ).map(r => r.slug),
  )
  const redirects = await db
    .selectFrom('meeting_slug_redirect')
    .select('old_slug')
    .where('old_slug', 'like', `${base}%`)
    .execute()
  for (const r of redirects) taken.add(r.old_slug)
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

export function meetingChanges(db: Db, meetingId: number) {
  return db
    .selectFrom('meeting_change')
    .leftJoin('app_user', 'app_user.id', 'meeting_change.changed_by')
    .select([
      'meeting_change.id',
      'meeting_change.changed_at',
      'meeting_change.kind',
      'meeting_change.before',
      'meeting_change.after',
      'meeting_change.reason',
      'app_user.display_name as changed_by_name',
    ])
    .where('meeting_change.meeting_id', '=', meetingId)
    .orderBy('meeting_change.changed_at', 'desc')
    .orderBy('meeting_change.id', 'desc')
    .execute()
}

export function committeesForMeetings(db: Db) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'standing_items'])
    .where('is_active', '=', true)
    .orderBy('name')
    .execute()
}
