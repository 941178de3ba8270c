import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

/**
 * Test records the demo council lacks (papers, files, declarations, a work programme), each kind
 * with public and private examples. Every private text holds a marker listed in SECRETS, so a test
 * can search every API response for it.
 */
export const SECRETS = [
  // The demo council's exempt agenda item (its title and description).
  'Larkfield',
  'Commercially sensitive pricing',
  // The housing committee's agenda is not published yet (its topic is public in the work programme;
  // the item's own title is not).
  'SECRET-AGENDA-NOT-OUT',
  'SECRET-DOC',
  'SECRET-PACK',
  'SECRET-ON-ITEM',
  'SECRET-DRAFT',
  'SECRET-DECL',
  'SECRET-SENSITIVE',
  'SECRET-ACTION',
  // Edits to a published agenda wait for the next version.
  'SECRET-UNPUBLISHED',
]

export interface Fixtures {
  publicPaperId: number
  meetingId: number
  /** A meeting whose agenda was published as a version, then edited. */
  versionedMeetingId: number
}

export async function addApiFixtures(db: Kysely<Database>): Promise<Fixtures> {
  const exemptItem = await db
    .selectFrom('agenda_item')
    .select(['id', 'meeting_id'])
    .where('is_exempt', '=', true)
    .executeTakeFirstOrThrow()
  const meetingId = exemptItem.meeting_id
  const meeting = await db
    .selectFrom('meeting')
    .select('committee_id')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow()
  const publicItem = await db
    .selectFrom('agenda_item')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('title', '=', 'Youth Service Annual Report')
    .executeTakeFirstOrThrow()
  const [renamed] = await db
    .updateTable('agenda_item')
    .set({ title: 'Damp and mould: SECRET-AGENDA-NOT-OUT' })
    .where('title', '=', 'Damp and Mould in Council Homes')
    .where('meeting_id', 'in', db.selectFrom('meeting').select('id').where('status', '=', 'scheduled'))
    .execute()
  if (Number(renamed?.numUpdatedRows) !== 1) throw new Error('The demo’s unpublished agenda item was not found')
  const person = await db.selectFrom('person').select('id').orderBy('id').executeTakeFirstOrThrow()
  const council = await db.selectFrom('council').select('id').executeTakeFirstOrThrow()
  const file = await db
    .insertInto('stored_file')
    .values({
      sha256: 'a'.repeat(64),
      media_type: 'application/pdf',
      byte_size: 2048,
      original_name: 'youth.pdf',
      page_count: 18,
    })
    .returning('id')
    .executeTakeFirstOrThrow()

  const document = (values: Partial<Parameters<typeof insertDocument>[1]> & { title: string }) =>
    insertDocument(db, { meeting_id: meetingId, kind: 'report', status: 'published', file_id: file.id, ...values })
  const publicPaperId = await document({ title: 'Youth Service Annual Report', agenda_item_id: publicItem.id })
  await document({ title: 'Agenda pack', kind: 'agenda_pack', agenda_item_id: null })
  await document({ title: 'SECRET-DOC bid prices', is_exempt: true, exempt_paragraph: 3 })
  await document({ title: 'SECRET-PACK members’ pack', kind: 'members_pack' })
  await document({ title: 'SECRET-ON-ITEM appendix', agenda_item_id: exemptItem.id })
  await document({ title: 'SECRET-DRAFT report', status: 'draft' })

  await db
    .insertInto('declaration')
    .values([
      {
        meeting_id: meetingId,
        agenda_item_id: publicItem.id,
        person_id: person.id,
        interest_kind: 'other_registerable',
        nature: 'Governor of Northmoor Academy',
        participation: 'spoke_only',
      },
      {
        meeting_id: meetingId,
        agenda_item_id: exemptItem.id,
        person_id: person.id,
        interest_kind: 'disclosable_pecuniary',
        nature: 'SECRET-DECL shareholder of a bidder',
        participation: 'withdrew',
      },
      {
        meeting_id: meetingId,
        agenda_item_id: null,
        person_id: person.id,
        interest_kind: 'sensitive',
        nature: null,
        participation: 'took_part',
      },
    ])
    .execute()

  await db
    .insertInto('action')
    .values({
      committee_id: meeting.committee_id,
      meeting_id: meetingId,
      agenda_item_id: exemptItem.id,
      raised_on: '2026-01-01',
      agenda_item_title: 'SECRET-ACTION item title',
      description: 'SECRET-ACTION renegotiate the rates',
    })
    .execute()

  const plan = await db
    .insertInto('forward_plan_item')
    .values({ council_id: council.id, reference: 'FP/2026/014', title: 'Home to school transport policy' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('work_programme_item')
    .values({
      committee_id: meeting.committee_id,
      meeting_id: meetingId,
      topic: 'Home to School Transport',
      item_type: 'pre_decision_scrutiny',
      forward_plan_item_id: plan.id,
    })
    .execute()
  await db
    .insertInto('municipal_year')
    .values({ council_id: council.id, label: '2026/27', starts_on: '2026-05-18', ends_on: '2027-05-17' })
    .execute()
  const versionedMeetingId = await publishThenEdit(db)
  return { publicPaperId, meetingId, versionedMeetingId }
}

/** Publishes the agenda with "Home to School Transport" as a version, then edits it without publishing. */
async function publishThenEdit(db: Kysely<Database>): Promise<number> {
  const edited = await db
    .selectFrom('agenda_item')
    .select(['id', 'meeting_id'])
    .where('title', '=', 'Home to School Transport')
    .executeTakeFirstOrThrow()
  const items = await db
    .selectFrom('agenda_item')
    .select([
      'id',
      'item_number',
      'title',
      'description',
      'time_from',
      'time_to',
      'attendees',
      'lead_officer',
      'is_exempt',
      'exempt_paragraph',
      'page_from',
      'page_to',
    ])
    .where('meeting_id', '=', edited.meeting_id)
    .orderBy('position')
    .execute()
  await db
    .insertInto('agenda_version')
    .values({
      meeting_id: edited.meeting_id,
      version_number: 1,
      kind: 'agenda',
      published_on: '2026-01-01',
      items: JSON.stringify(items.map(item => ({ ...item, documents: [] }))),
      changes: '[]',
    })
    .execute()
  await db
    .updateTable('agenda_item')
    .set({ title: 'SECRET-DRAFT-TITLE Home to School Transport (revised)', attendees: 'SECRET-DRAFT witness' })
    .where('id', '=', edited.id)
    .execute()
  await db
    .insertInto('agenda_item')
    .values({ meeting_id: edited.meeting_id, position: 99, item_number: '99', title: 'SECRET-UNPUBLISHED new item' })
    .execute()
  return edited.meeting_id
}

async function insertDocument(
  db: Kysely<Database>,
  values: {
    meeting_id: number
    title: string
    kind: Database['document']['kind']
    status: 'draft' | 'published'
    file_id: number | null
    agenda_item_id?: number | null
    is_exempt?: boolean
    exempt_paragraph?: number | null
  },
): Promise<number> {
  const row = await db.insertInto('document').values(values).returning('id').executeTakeFirstOrThrow()
  return row.id
}
