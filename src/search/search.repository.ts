import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { addDays } from '../shared/dates.ts'
import { HIT_END, HIT_START } from './highlight.ts'

export interface SearchFilter {
  text: string
  committeeId: number | null
  from: string | null
  to: string | null
  entryTypes: readonly string[] | null
  sort: 'relevance' | 'newest'
  limit: number
  offset: number
}

export interface SearchHitRow {
  id: string
  source: string
  source_id: number
  page_number: number
  entry_type: string
  title: string
  entry_date: string | null
  headline: string
  total: string
  committee_name: string | null
  committee_slug: string | null
  meeting_slug: string | null
  inquiry_slug: string | null
  document_file_id: number | null
  document_page_from: number | null
  pack_document_id: number | null
}

/**
 * How many of the newest matches are ranked. Ranking reads every candidate's vector, so ranking
 * all of a common word's hundred thousand matches would take seconds; the newest thousand keep a
 * search fast and are what people look for. More matches than this are counted as "over 1,000".
 */
export const CANDIDATE_LIMIT = 1000

// Up to two fragments of about 30 words, joined by an ellipsis, hits marked by sentinels.
const HEADLINE_OPTIONS =
  `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, ` + `MaxFragments=2, FragmentDelimiter=" … "`

// Written out in each query (not a CTE) so the planner sees the words and can estimate how many
// entries match: it then reads the date index for common words and the GIN index for rare ones.
const tsquery = (text: string) => sql`websearch_to_tsquery('english', ${text})`

/** What a hit's link needs (search-results.ts resultLink), for a search entry `e` with LINK_JOINS. */
export const LINK_COLUMNS = sql`
  c.name as committee_name, c.slug as committee_slug, m.slug as meeting_slug, i.slug as inquiry_slug,
  d.file_id as document_file_id, d.page_from as document_page_from,
  (select p.id from search_public_document p
    where p.meeting_id = d.meeting_id and p.file_id = d.source_file_id and d.file_id is null
    order by p.id limit 1) as pack_document_id`

export const LINK_JOINS = sql`
  left join committee c on c.id = e.committee_id
  left join meeting m on m.id = e.meeting_id
  left join inquiry i on i.id = e.inquiry_id
  left join document d on d.id = e.document_id`

/** The words, and the committee and type filters as tags (see search_tags in migration 0007). */
function matching(filter: SearchFilter) {
  const tags = filterTags(filter)
  return tags ? sql`(${tsquery(filter.text)} && ${tags}::tsquery)` : tsquery(filter.text)
}

/**
 * The committee and type filters as a tsquery of tags, e.g. `(x_committee_3) & (x_type_report | x_type_appendix)`.
 * Years are not here: the walk back takes the newest matches window by window (see `newestCandidates`).
 */
export function filterTags(filter: Pick<SearchFilter, 'committeeId' | 'entryTypes'>): string | null {
  const groups: string[][] = []
  if (filter.committeeId !== null) groups.push([`x_committee_${filter.committeeId}`])
  if (filter.entryTypes) groups.push(filter.entryTypes.map(type => `x_type_${type}`))
  return groups.length ? groups.map(group => `(${group.join(' | ')})`).join(' & ') : null
}

/** Days in the first window of the walk back from the newest entry: a common word fills the candidates within a season. */
export const FIRST_WINDOW_DAYS = 91

/**
 * How many days back the next window reaches: enough, at the rate matches were found so far, for
 * the ones still wanted (and a tenth more, so that another window is seldom needed); four times
 * the last one while none have been found.
 *
 * ```ts
 * nextWindowDays(300, 91, 701, 91) // 234: 3.3 a day were found, 701 more are wanted
 * nextWindowDays(0, 91, 1001, 91) // 364
 * ```
 */
export function nextWindowDays(found: number, daysSearched: number, wanted: number, lastDays: number): number {
  if (found === 0) return lastDays * 4
  return Math.max(7, Math.ceil((wanted * daysSearched * 1.1) / found))
}

type Candidate = { id: string; entry_date: string | null; rank: number }

/** The first and last day with entries, within the filter's dates; null when there are none. */
async function dateSpan(
  db: Kysely<Database>,
  filter: SearchFilter,
): Promise<{ oldest: string; newest: string } | null> {
  const { rows } = await sql<{ oldest: string | null; newest: string | null }>`
    select min(entry_date)::text as oldest, max(entry_date)::text as newest from search_entry`.execute(db)
  const span = rows[0]
  if (!span?.oldest || !span.newest) return null
  const oldest = filter.from && filter.from > span.oldest ? filter.from : span.oldest
  const newest = filter.to && filter.to < span.newest ? filter.to : span.newest
  return oldest <= newest ? { oldest, newest } : null
}

/**
 * The newest CANDIDATE_LIMIT + 1 matches. Taking the newest matches of all years at once means
 * fetching and sorting every match (tens of thousands for a common word, each re-read for a
 * "quoted phrase"); instead the walk goes back from the newest entry one window of days at a
 * time, each window as long as the rate of matches so far says is needed, and stops as soon as
 * there are enough. Each window is asked of the GIN index with the years it spans as tags (each
 * entry carries its year in its vector), so only the window's matches are read. Entries with no
 * date come last, as in the date order.
 */
async function newestCandidates(db: Kysely<Database>, filter: SearchFilter): Promise<Candidate[]> {
  const wanted = () => CANDIDATE_LIMIT + 1 - kept.length
  const kept: Candidate[] = []
  const span = await dateSpan(db, filter)
  if (span) {
    let to = span.newest
    let days = FIRST_WINDOW_DAYS
    let searched = 0
    while (wanted() > 0 && to >= span.oldest) {
      const back = addDays(to, 1 - days)
      const from = back > span.oldest ? back : span.oldest
      kept.push(...(await windowMatches(db, filter, from, to, wanted())))
      searched += daysBetween(from, to) + 1
      days = nextWindowDays(kept.length, searched, wanted(), days)
      to = addDays(from, -1)
    }
  }
  if (wanted() > 0 && !filter.from && !filter.to) kept.push(...(await undatedMatches(db, filter, wanted())))
  return kept
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

// Ranked as they are read: the vector is at hand then, and reading it again later would cost as much.
const rank = (filter: SearchFilter) => sql`ts_rank(e.search_vector, ${tsquery(filter.text)})`

// Stop words alone make an empty query, which "and"-ed with the tags would match every entry.
const hasWords = (filter: SearchFilter) => sql`numnode(${tsquery(filter.text)}) > 0`

/** The newest matches dated from `from` to `to`, up to `limit`. */
async function windowMatches(db: Kysely<Database>, filter: SearchFilter, from: string, to: string, limit: number) {
  const first = Number(from.slice(0, 4))
  const years = Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, i) => `x_year_${first + i}`)
  const { rows } = await sql<Candidate>`
    select e.id, e.entry_date::text as entry_date, ${rank(filter)} as rank from search_entry e
    where e.search_vector @@ (${matching(filter)} && ${years.join(' | ')}::tsquery)
      and e.entry_date between ${from}::date and ${to}::date ${filters(filter)} and ${hasWords(filter)}
    order by e.entry_date desc nulls last, e.id desc
    limit ${limit}`.execute(db)
  return rows
}

/** The newest undated matches (kept by id), up to `limit`. */
async function undatedMatches(db: Kysely<Database>, filter: SearchFilter, limit: number) {
  const { rows } = await sql<Candidate>`
    select e.id, null as entry_date, ${rank(filter)} as rank from search_entry e
    where e.search_vector @@ ${matching(filter)} and e.entry_date is null ${filters(filter)} and ${hasWords(filter)}
    order by e.id desc
    limit ${limit}`.execute(db)
  return rows
}

/** Whether the words searched for leave anything to look for once stop words are gone ("the", "of"). */
export async function hasSearchableWords(db: Kysely<Database>, text: string): Promise<boolean> {
  const result = await sql<{ nodes: number }>`select numnode(${tsquery(text)}) as nodes`.execute(db)
  return (result.rows[0]?.nodes ?? 0) > 0
}

/**
 * One page of search entries matching the words, best first (or newest first) among the newest
 * CANDIDATE_LIMIT + 1 matches, each with its highlighted snippet and where it belongs; `total` is
 * the number of those candidates (so CANDIDATE_LIMIT + 1 means "more").
 */
export async function searchEntries(db: Kysely<Database>, filter: SearchFilter): Promise<SearchHitRow[]> {
  const order =
    filter.sort === 'newest'
      ? sql`r.entry_date desc nulls last, r.id desc`
      : sql`r.rank desc, r.entry_date desc nulls last, r.id desc`
  const candidates = await newestCandidates(db, filter)
  if (!candidates.length) return []
  const result = await sql<SearchHitRow>`
    with ranked as (
      select c.*, count(*) over () as total
      from unnest(${candidates.map(c => c.id)}::bigint[], ${candidates.map(c => c.entry_date)}::date[],
        ${candidates.map(c => c.rank)}::real[]) c(id, entry_date, rank)),
    shown as (select * from ranked r order by ${order} limit ${filter.limit} offset ${filter.offset})
    select e.id, e.source, e.source_id, e.page_number, e.entry_type, e.title, e.entry_date::text as entry_date,
      r.total, ts_headline('english', e.body, ${tsquery(filter.text)}, ${HEADLINE_OPTIONS}) as headline,
      ${LINK_COLUMNS}
    from shown r
    join search_entry e on e.id = r.id
    ${LINK_JOINS}
    order by ${order}`.execute(db)
  return result.rows
}

/** How many entries match (up to CANDIDATE_LIMIT + 1), for a page past the last one. */
export async function countEntries(db: Kysely<Database>, filter: SearchFilter): Promise<number> {
  const result = await sql<{ total: string }>`
    select count(*) as total from (
      select 1 from search_entry e where e.search_vector @@ ${matching(filter)} ${filters(filter)}
        and numnode(${tsquery(filter.text)}) > 0
      limit ${CANDIDATE_LIMIT + 1}) matches`.execute(db)
  return Number(result.rows[0]?.total ?? 0)
}

function filters(filter: SearchFilter) {
  const parts = []
  if (filter.committeeId !== null) parts.push(sql`and e.committee_id = ${filter.committeeId}`)
  if (filter.from) parts.push(sql`and e.entry_date >= ${filter.from}::date`)
  if (filter.to) parts.push(sql`and e.entry_date <= ${filter.to}::date`)
  if (filter.entryTypes) parts.push(sql`and e.entry_type in (${sql.join([...filter.entryTypes])})`)
  return parts.length ? sql.join(parts, sql` `) : sql``
}

/** The id of the committee of this slug, if there is one. */
export async function committeeIdOf(db: Kysely<Database>, slug: string): Promise<number | undefined> {
  return (await db.selectFrom('committee').select('id').where('slug', '=', slug).executeTakeFirst())?.id
}

/** The committees to choose from, by name. */
export function committeeChoices(db: Kysely<Database>) {
  return db.selectFrom('committee').select(['id', 'slug', 'name']).orderBy('name').execute()
}
