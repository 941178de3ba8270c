import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import type { LinkFields } from '../search/search-results.ts'
import { LINK_COLUMNS, LINK_JOINS, type SearchHitRow } from '../search/search.repository.ts'
import { SEARCH_TYPES, isSearchType } from '../search/search-types.ts'
import type { AlertSubject } from './alert-rules.ts'

export type SubscriptionRow = Awaited<ReturnType<typeof subscriptionByToken>> & {}

const SUBSCRIPTION_COLUMNS = [
  's.id',
  's.email',
  's.token',
  's.committee_id',
  's.search_words',
  's.search_type',
  's.confirmed_at',
  's.confirmation_sent_at',
  's.seen_up_to',
  's.last_digest_on',
  'c.name as committee_name',
  'c.slug as committee_slug',
] as const

function subscriptions(db: Kysely<Database>) {
  return db
    .selectFrom('alert_subscription as s')
    .leftJoin('committee as c', 'c.id', 's.committee_id')
    .select(SUBSCRIPTION_COLUMNS)
}

export function subscriptionByToken(db: Kysely<Database>, token: string) {
  return subscriptions(db).where('s.token', '=', token).executeTakeFirst()
}

/** The subscription of this address to this subject, locked for the caller's transaction. */
export function subscriptionFor(db: Kysely<Database>, email: string, subject: AlertSubject) {
  return subscriptions(db)
    .where(sql`lower(s.email)`, '=', email.toLowerCase())
    .where(sql`coalesce(s.committee_id, 0)`, '=', subject.committee?.id ?? 0)
    .where(sql`coalesce(s.search_words, '')`, '=', subject.words ?? '')
    .where(sql`coalesce(s.search_type, '')`, '=', subject.type ?? '')
    .forUpdate('s')
    .executeTakeFirst()
}

/** What a subscription row follows, as the rules see it. */
export function subjectOf(row: {
  committee_id: number | null
  committee_name: string | null
  committee_slug: string | null
  search_words: string | null
  search_type: string | null
}): AlertSubject {
  return {
    committee:
      row.committee_id !== null ? { id: row.committee_id, name: row.committee_name!, slug: row.committee_slug! } : null,
    words: row.search_words,
    type: row.search_type,
  }
}

/** The highest search entry id now: a new subscriber is told only of what comes after it. */
export async function newestEntryId(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ id: string }>`select coalesce(max(id), 0)::text as id from search_entry`.execute(db)
  return rows[0]?.id ?? '0'
}

export type DigestRow = LinkFields &
  Pick<SearchHitRow, 'entry_type' | 'title' | 'entry_date' | 'committee_name'> & { item_key: string }

/**
 * What this subscription has not been told of among the search entries after `seenUpTo` and up to
 * `upTo`: one row per thing (a document's first matching page stands for the document), newest
 * first. The search index only ever holds public material, so neither can an alert.
 */
export async function unsentMatches(
  db: Kysely<Database>,
  subscriptionId: number,
  subject: AlertSubject,
  seenUpTo: string,
  upTo: string,
): Promise<DigestRow[]> {
  const conditions = [sql`e.id > ${seenUpTo}::bigint`, sql`e.id <= ${upTo}::bigint`]
  if (subject.committee) conditions.push(sql`e.committee_id = ${subject.committee.id}`)
  if (subject.words) conditions.push(sql`e.search_vector @@ websearch_to_tsquery('english', ${subject.words})`)
  if (subject.type && isSearchType(subject.type))
    conditions.push(sql`e.entry_type in (${sql.join([...SEARCH_TYPES[subject.type].entryTypes])})`)
  const { rows } = await sql<DigestRow>`
    select * from (
      select distinct on (item_key) * from (
        select e.id, e.source, e.source_id, e.page_number, e.entry_type, e.title, e.entry_date::text as entry_date,
          case when e.source = 'page' then 'document' else e.source end || ':' || e.source_id as item_key,
          ${LINK_COLUMNS}
        from search_entry e
        ${LINK_JOINS}
        where ${sql.join(conditions, sql` and `)}
      ) entries
      where not exists (select 1 from alert_sent a where a.subscription_id = ${subscriptionId} and a.item_key = entries.item_key)
      order by item_key, id
    ) things
    order by entry_date desc nulls last, id desc`.execute(db)
  return rows
}
