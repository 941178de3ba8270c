import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database.ts'
import type { AttendanceKind } from './action-notes.table.ts'

export function findMeeting(db: Kysely<Database>, where: { slug: string } | { id: number }) {
  const query = db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'meeting.id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.status',
      'committee.id as committee_id',
      'committee.name as committee_name',
      'committee.slug as committee_slug',
    ])
  return (
    'slug' in where ? query.where('meeting.slug', '=', where.slug) : query.where('meeting.id', '=', where.id)
  ).executeTakeFirst()
}
export type NotesMeeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>

export function notesOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('action_notes')
    .leftJoin('meeting as approver', 'approver.id', 'action_notes.approved_at_meeting_id')
    .select([
      'action_notes.id',
      'action_notes.status',
      'action_notes.approved_on',
      'action_notes.source_file_id',
      'approver.slug as approved_at_slug',
      'approver.meeting_date as approved_at_date',
    ])
    .where('action_notes.meeting_id', '=', meetingId)
    .executeTakeFirst()
}

export function agendaItemsOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('agenda_item')
    .select(['id', 'item_number', 'title', 'is_exempt', 'exempt_paragraph', 'attendees', 'standing_kind'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
}

/** Councillors and co-optees (not supporting officers) on the committee on a date, with their person ids. */
export function membershipOn(db: Kysely<Database>, committeeId: number, onDate: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['person.id as person_id', 'person.full_name', 'person.honorific', 'person.job_title', 'membership.role'])
    .select('membership.co_opted_capacity')
    .where('membership.committee_id', '=', committeeId)
    .where('membership.starts_on', '<=', onDate)
    .where(eb => eb.or([eb('membership.ends_on', 'is', null), eb('membership.ends_on', '>=', onDate)]))
    .orderBy('person.full_name')
    .execute()
}

export function attendanceOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('attendance')
    .select(['person_id', 'name', 'capacity', 'kind'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute()
}

export function itemNotesOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('item_note')
    .leftJoin('agenda_item', 'agenda_item.id', 'item_note.agenda_item_id')
    .select([
      'item_note.agenda_item_id',
      'item_note.body',
      'item_note.is_exempt',
      'agenda_item.is_exempt as item_is_exempt',
    ])
    .where('item_note.meeting_id', '=', meetingId)
    .orderBy('item_note.id')
    .execute()
}

export function resolutionsOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('resolution')
    .leftJoin('agenda_item', 'agenda_item.id', 'resolution.agenda_item_id')
    .select(['resolution.agenda_item_id', 'resolution.item_label', 'resolution.body', 'resolution.is_exempt'])
    .select('agenda_item.is_exempt as item_is_exempt')
    .where('resolution.meeting_id', '=', meetingId)
    .orderBy('resolution.agenda_item_id')
    .orderBy('resolution.position')
    .execute()
}

export function actionsRaisedAt(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom('action')
    .leftJoin('agenda_item', 'agenda_item.id', 'action.agenda_item_id')
    .select(['action.id', 'action.agenda_item_id', 'action.description', 'action.owner', 'action.due_on'])
    .select(['action.status', 'agenda_item.is_exempt as item_is_exempt'])
    .where('action.meeting_id', '=', meetingId)
    .orderBy('action.id')
    .execute()
}

/** The committee's meetings before or after a date, nearest first, leaving out cancelled ones. */
export function neighbourMeeting(
  db: Kysely<Database>,
  committeeId: number,
  date: string,
  direction: 'previous' | 'next',
  notAfter?: string,
) {
  let query = db
    .selectFrom('meeting')
    .select(['id', 'slug', 'meeting_date'])
    .where('committee_id', '=', committeeId)
    .where('status', '!=', 'cancelled')
    .where('meeting_date', direction === 'previous' ? '<' : '>', date)
  if (notAfter) query = query.where('meeting_date', '<=', notAfter)
  return query
    .orderBy('meeting_date', direction === 'previous' ? 'desc' : 'asc')
    .limit(1)
    .executeTakeFirst()
}

export async function ensureNotes(trx: Transaction<Database>, meetingId: number): Promise<number> {
  const existing = await trx
    .selectFrom('action_notes')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst()
  if (existing) {
    await trx.updateTable('action_notes').set({ updated_at: new Date() }).where('id', '=', existing.id).execute()
    return existing.id
  }
  const created = await trx
    .insertInto('action_notes')
    .values({ meeting_id: meetingId })
    .returning('id')
    .executeTakeFirstOrThrow()
  return created.id
}

export interface AttendanceRow {
  person_id: number | null
  name: string
  capacity: string | null
  kind: AttendanceKind
}

export async function replaceAttendance(trx: Transaction<Database>, meetingId: number, rows: AttendanceRow[]) {
  await trx.deleteFrom('attendance').where('meeting_id', '=', meetingId).execute()
  if (rows.length)
    await trx
      .insertInto('attendance')
      .values(rows.map(r => ({ ...r, meeting_id: meetingId })))
      .execute()
}

export interface ItemRecord {
  agendaItemId: number
  isExempt: boolean
  notes: string
  resolutions: string[]
}

/** Replaces the notes and resolutions of the given agenda items (imported, unlinked resolutions stay). */
export async function replaceItemRecords(trx: Transaction<Database>, meetingId: number, items: ItemRecord[]) {
  const ids = items.map(i => i.agendaItemId)
  if (!ids.length) return
  await trx.deleteFrom('item_note').where('meeting_id', '=', meetingId).where('agenda_item_id', 'in', ids).execute()
  await trx.deleteFrom('resolution').where('meeting_id', '=', meetingId).where('agenda_item_id', 'in', ids).execute()
  const notes = items.filter(i => i.notes !== '')
  if (notes.length)
    await trx
      .insertInto('item_note')
      .values(
        notes.map(i => ({
          meeting_id: meetingId,
          agenda_item_id: i.agendaItemId,
          body: i.notes,
          is_exempt: i.isExempt,
        })),
      )
      .execute()
  const resolutions = items.flatMap(i =>
    i.resolutions.map((body, index) => ({
      meeting_id: meetingId,
      agenda_item_id: i.agendaItemId,
      position: index + 1,
      body,
      is_exempt: i.isExempt,
    })),
  )
  if (resolutions.length) await trx.insertInto('resolution').values(resolutions).execute()
}

export function insertAction(
  trx: Transaction<Database>,
  action: {
    committee_id: number
    meeting_id: number
    agenda_item_id: number
    raised_on: string
    agenda_item_title: string
    description: string
    owner: string | null
    due_on: string | null
  },
) {
  return trx.insertInto('action').values(action).returning('id').executeTakeFirstOrThrow()
}

export function approveNotes(
  trx: Transaction<Database>,
  notesId: number,
  approvedOn: string,
  approvedAtMeetingId: number | null,
) {
  return trx
    .updateTable('action_notes')
    .set({
      status: 'approved',
      approved_on: approvedOn,
      approved_at_meeting_id: approvedAtMeetingId,
      updated_at: new Date(),
    })
    .where('id', '=', notesId)
    .where('status', '=', 'draft')
    .executeTakeFirst()
}
