import type { Kysely, Transaction } from 'kysely'
import type { MembershipRole, PersonKind } from '../committees/committees.table.ts'
import type { Database } from '../db/database.ts'

export interface PersonFields {
  full_name: string
  honorific: string | null
  kind: PersonKind
  job_title: string | null
  organisation: string | null
  party: string | null
  ward: string | null
  email: string | null
}

export interface MembershipFields {
  person_id: number
  role: MembershipRole
  co_opted_capacity: string | null
  municipal_year_id: number | null
  is_voting: boolean
  starts_on: string
  ends_on: string | null
}

export interface MunicipalYearFields {
  label: string
  starts_on: string
  ends_on: string
}

const PERSON_COLUMNS = [
  'id',
  'slug',
  'full_name',
  'honorific',
  'kind',
  'job_title',
  'organisation',
  'party',
  'ward',
  'email',
] as const

const MEMBERSHIP_COLUMNS = [
  'membership.id',
  'membership.committee_id',
  'membership.person_id',
  'membership.role',
  'membership.co_opted_capacity',
  'membership.municipal_year_id',
  'membership.is_voting',
  'membership.starts_on',
  'membership.ends_on',
] as const

// People

export function listPeople(db: Kysely<Database>) {
  return db.selectFrom('person').select(PERSON_COLUMNS).orderBy('full_name').orderBy('id').execute()
}

export function findPersonBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom('person').select(PERSON_COLUMNS).where('slug', '=', slug).executeTakeFirst()
}

export function findPersonById(db: Kysely<Database>, id: number) {
  return db.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', id).executeTakeFirst()
}

export function insertPerson(trx: Transaction<Database>, councilId: number, slug: string, fields: PersonFields) {
  return trx
    .insertInto('person')
    .values({ ...fields, council_id: councilId, slug })
    .returning(PERSON_COLUMNS)
    .executeTakeFirstOrThrow()
}

export function lockPerson(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirstOrThrow()
}

export function updatePerson(trx: Transaction<Database>, id: number, fields: PersonFields) {
  return trx
    .updateTable('person')
    .set({ ...fields, updated_at: new Date() })
    .where('id', '=', id)
    .returning(PERSON_COLUMNS)
    .executeTakeFirstOrThrow()
}

// Memberships

/** Every membership of a committee, past, present and future, with the person's name. */
export function membershipsOfCommittee(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .leftJoin('municipal_year', 'municipal_year.id', 'membership.municipal_year_id')
    .select(MEMBERSHIP_COLUMNS)
    .select([
      'person.full_name',
      'person.honorific',
      'person.slug as person_slug',
      'municipal_year.label as year_label',
    ])
    .where('membership.committee_id', '=', committeeId)
    .orderBy('membership.starts_on', 'desc')
    .orderBy('person.full_name')
    .execute()
}

/** Every membership a person has held, with the committee's name. */
export function membershipsOfPerson(db: Kysely<Database>, personId: number) {
  return db
    .selectFrom('membership')
    .innerJoin('committee', 'committee.id', 'membership.committee_id')
    .select(MEMBERSHIP_COLUMNS)
    .select(['committee.name as committee_name', 'committee.slug as committee_slug'])
    .where('membership.person_id', '=', personId)
    .orderBy('membership.starts_on', 'desc')
    .execute()
}

export function findMembership(db: Kysely<Database>, committeeId: number, id: number) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(MEMBERSHIP_COLUMNS)
    .select(['person.full_name', 'person.slug as person_slug'])
    .where('membership.committee_id', '=', committeeId)
    .where('membership.id', '=', id)
    .executeTakeFirst()
}

export function insertMembership(trx: Transaction<Database>, committeeId: number, fields: MembershipFields) {
  return trx
    .insertInto('membership')
    .values({ ...fields, committee_id: committeeId })
    .returning(['id', 'committee_id', ...MEMBERSHIP_FIELD_NAMES])
    .executeTakeFirstOrThrow()
}

export function updateMembership(trx: Transaction<Database>, id: number, fields: Partial<MembershipFields>) {
  return trx
    .updateTable('membership')
    .set(fields)
    .where('id', '=', id)
    .returning(['id', 'committee_id', ...MEMBERSHIP_FIELD_NAMES])
    .executeTakeFirstOrThrow()
}

const MEMBERSHIP_FIELD_NAMES = [
  'person_id',
  'role',
  'co_opted_capacity',
  'municipal_year_id',
  'is_voting',
  'starts_on',
  'ends_on',
] as const

// Municipal years

export function listMunicipalYears(db: Kysely<Database>) {
  return db
    .selectFrom('municipal_year')
    .select(['id', 'label', 'starts_on', 'ends_on'])
    .orderBy('starts_on', 'desc')
    .execute()
}

export function findMunicipalYear(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('municipal_year')
    .select(['id', 'label', 'starts_on', 'ends_on'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export function insertMunicipalYear(trx: Transaction<Database>, councilId: number, fields: MunicipalYearFields) {
  return trx
    .insertInto('municipal_year')
    .values({ ...fields, council_id: councilId })
    .returning(['id', 'label', 'starts_on', 'ends_on'])
    .executeTakeFirstOrThrow()
}

export function updateMunicipalYear(trx: Transaction<Database>, id: number, fields: MunicipalYearFields) {
  return trx
    .updateTable('municipal_year')
    .set(fields)
    .where('id', '=', id)
    .returning(['id', 'label', 'starts_on', 'ends_on'])
    .executeTakeFirstOrThrow()
}

// The public person page

/** Meetings a person's attendance was recorded at, newest first. */
export function attendanceOfPerson(db: Kysely<Database>, personId: number) {
  return db
    .selectFrom('attendance')
    .innerJoin('meeting', 'meeting.id', 'attendance.meeting_id')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'attendance.kind',
      'attendance.capacity',
      'meeting.slug as meeting_slug',
      'meeting.meeting_date',
      'committee.name as committee_name',
    ])
    .where('attendance.person_id', '=', personId)
    .orderBy('meeting.meeting_date', 'desc')
    .execute()
}

/** A person's declarations of interests, with the item they were declared on (exempt flag included). */
export function declarationsOfPerson(db: Kysely<Database>, personId: number) {
  return db
    .selectFrom('declaration')
    .innerJoin('meeting', 'meeting.id', 'declaration.meeting_id')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .leftJoin('agenda_item', 'agenda_item.id', 'declaration.agenda_item_id')
    .select([
      'declaration.id',
      'declaration.interest_kind',
      'declaration.nature',
      'declaration.participation',
      'meeting.slug as meeting_slug',
      'meeting.meeting_date',
      'committee.name as committee_name',
      'agenda_item.item_number',
      'agenda_item.title as item_title',
      'agenda_item.is_exempt',
      'agenda_item.exempt_paragraph',
    ])
    .where('declaration.person_id', '=', personId)
    .orderBy('meeting.meeting_date', 'desc')
    .orderBy('declaration.id')
    .execute()
}
