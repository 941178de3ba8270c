import type { Kysely, Transaction } from 'kysely'
import { recordAudit, systemActor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { addDays, onOrAfterWeekday } from '../shared/dates.ts'
import {
  DEMO_COMMITTEES,
  DEMO_COUNCIL,
  DEMO_PEOPLE,
  STANDING_ITEMS,
  type DemoCommittee,
  type DemoMeeting,
} from './demo-council.ts'
import { loadDemoTracking } from './load-demo-tracking.ts'
import { insertMunicipalYears, loadDemoWorkProgramme } from './load-demo-work-programme.ts'

type Trx = Transaction<Database>
export type Ids = Map<string, number>

const WEDNESDAY = 3

/**
 * Loads the fictional demo council into an empty database, in one transaction. Returns false
 * (and changes nothing) when the database already holds a council, so it runs once and only once.
 */
export async function loadDemoCouncil(db: Kysely<Database>, today: string): Promise<boolean> {
  return db.transaction().execute(async trx => {
    // Serialise concurrent first starts of several instances.
    await trx.selectFrom('schema_migrations').select('name').forUpdate().execute()
    if (await trx.selectFrom('council').select('id').executeTakeFirst()) return false
    const council = await trx.insertInto('council').values(DEMO_COUNCIL).returning('id').executeTakeFirstOrThrow()
    const years = await insertMunicipalYears(trx, council.id, today)
    const people = await insertPeople(trx, council.id)
    const meetings: Ids = new Map()
    for (const committee of DEMO_COMMITTEES) {
      await insertCommittee(trx, council.id, committee, people, meetings, today)
    }
    await loadDemoTracking(trx, { people, meetings, today })
    await loadDemoWorkProgramme(trx, { councilId: council.id, meetings, years, today })
    await recordAudit(trx, systemActor('demo'), { action: 'demo.load', entityType: 'council', entityId: council.id })
    return true
  })
}

async function insertPeople(trx: Trx, councilId: number): Promise<Ids> {
  const ids: Ids = new Map()
  for (const p of DEMO_PEOPLE) {
    const row = await trx
      .insertInto('person')
      .values({
        council_id: councilId,
        slug: p.fullName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        full_name: p.fullName,
        honorific: p.honorific ?? null,
        kind: p.kind,
        job_title: p.jobTitle ?? null,
        party: p.party ?? null,
        ward: p.ward ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.set(p.key, row.id)
  }
  return ids
}

async function insertCommittee(
  trx: Trx,
  councilId: number,
  c: DemoCommittee,
  people: Ids,
  meetings: Ids,
  today: string,
) {
  const committee = await trx
    .insertInto('committee')
    .values({
      council_id: councilId,
      name: c.name,
      slug: c.slug,
      purpose: c.purpose,
      terms_of_reference: c.termsOfReference,
      standing_items: JSON.stringify(STANDING_ITEMS.map(([, title]) => title)),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const m of c.memberships) {
    await trx
      .insertInto('membership')
      .values({
        committee_id: committee.id,
        person_id: people.get(m.person)!,
        role: m.role,
        co_opted_capacity: m.capacity ?? null,
        is_voting: m.role !== 'co_opted' && !m.role.includes('officer') && m.role !== 'committee_manager',
        starts_on: addDays(today, m.startsOffset),
        ends_on: m.endsOffset === undefined ? null : addDays(today, m.endsOffset),
      })
      .execute()
  }
  for (const meeting of c.meetings) {
    meetings.set(meeting.key, await insertMeeting(trx, committee.id, c.slug, meeting, today))
  }
}

/** A demo meeting's date: the Wednesday on or after its offset from the load day. */
export const demoMeetingDate = (today: string, dayOffset: number) =>
  onOrAfterWeekday(addDays(today, dayOffset), WEDNESDAY)

async function insertMeeting(trx: Trx, committeeId: number, committeeSlug: string, m: DemoMeeting, today: string) {
  const date = demoMeetingDate(today, m.dayOffset)
  const row = await trx
    .insertInto('meeting')
    .values({
      committee_id: committeeId,
      slug: `${date}-${committeeSlug}`,
      meeting_date: date,
      start_time: m.startTime,
      venue: m.venue,
      webcast_url: m.webcastUrl ?? null,
      status: m.status,
      agenda_published_at: m.status === 'scheduled' ? null : new Date(`${addDays(date, -8)}T12:00:00Z`),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await insertAgenda(trx, row.id, m)
  return row.id
}

async function insertAgenda(trx: Trx, meetingId: number, m: DemoMeeting) {
  const [opening, closing] = [STANDING_ITEMS.slice(0, 5), STANDING_ITEMS.slice(5)]
  const items = [
    ...opening.map(([standing, title]) => ({ title, standing })),
    ...m.business,
    ...closing.map(([standing, title]) => ({ title, standing })),
  ]
  let position = 0
  for (const item of items) {
    position += 1
    const details = 'standing' in item ? { standing_kind: item.standing } : businessColumns(item)
    await trx
      .insertInto('agenda_item')
      .values({ meeting_id: meetingId, position, item_number: String(position), title: item.title, ...details })
      .execute()
  }
}

function businessColumns(item: DemoMeeting['business'][number]) {
  return {
    description: item.description ?? null,
    time_from: item.time?.[0] ?? null,
    time_to: item.time?.[1] ?? null,
    attendees: item.attendees ?? null,
    page_from: item.pages?.[0] ?? null,
    page_to: item.pages?.[1] ?? null,
    is_exempt: item.exemptParagraph !== undefined,
    exempt_paragraph: item.exemptParagraph ?? null,
  }
}
