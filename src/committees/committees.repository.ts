import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'

export function listActiveCommittees(db: Kysely<Database>) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'purpose'])
    .where('is_active', '=', true)
    .orderBy('name')
    .execute()
}

export function findCommitteeBySlug(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('committee')
    .select(['id', 'name', 'slug', 'purpose', 'terms_of_reference'])
    .where('slug', '=', slug)
    .executeTakeFirst()
}

/** The membership in force on a date: started on or before it and not ended before it. */
export function membershipOn(db: Kysely<Database>, committeeId: number, onDate: string) {
  return db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select([
      'person.full_name',
      'person.honorific',
      'person.slug as person_slug',
      'person.job_title',
      'membership.role',
      'membership.co_opted_capacity',
    ])
    .where('membership.committee_id', '=', committeeId)
    .where('membership.starts_on', '<=', onDate)
    .where(eb => eb.or([eb('membership.ends_on', 'is', null), eb('membership.ends_on', '>=', onDate)]))
    .orderBy('person.full_name')
    .execute()
}

export function meetingsOfCommittee(db: Kysely<Database>, committeeId: number) {
  return db
    .selectFrom('meeting')
    .select(['slug', 'meeting_date', 'start_time', 'venue', 'status'])
    .where('committee_id', '=', committeeId)
    .orderBy('meeting_date', 'desc')
    .execute()
}
