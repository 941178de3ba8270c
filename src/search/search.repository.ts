import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
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
 * Years are not here: candidates are taken year by year (see `candidates`).
 */
export function filterTags(filter: Pick<SearchFilter, 'committeeId' | 'entryTypes'>): string | null {
  const groups: string[][] = []
  if (filter.committeeId !== null) groups.push([`x_committee_${filter.committeeId}`])
  if (filter.entryTypes) groups.push(filter.entryTypes.map(type => `x_type_${type}`))
  return groups.length ? groups.map(group => `(${group.join(' | ')})`).join(' & ') : null
}

/** A run of years, newest first, looked through in one step. */
export interface YearWindow {
  newest: number
  oldest: number
}

/**
 * The years to look through for the newest matches, newest first, in windows that grow (1, 1, 2,
 * 4, 8 … years): a common word fills the candidates within the first year or two, a rare one is
 * looked up a handful of times rather than once a year.
 *
 * ```ts
 * yearWindows(2014, 2024)
 * // 2024, 2023, 2022–2021, 2020–2017, 2016–2014 (as { newest, oldest })
 * ```
 */
export function yearWindows(oldest: number, newest: number): YearWindow[] {
  const windows: YearWindow[] = []
  for (let year = newest, size = 1; year >= oldest; year -= size, size = windows.length < 2 ? 1 : size * 2) {
    windows.push({ newest: year, oldest: Math.max(oldest, year - size + 1) })
  }
  return windows
}

/** The years that have entries, within the filter's dates. */
async function yearSpan(db: Kysely<Database>, filter: SearchFilter): Promise<{ oldest: number; newest: number }> {
  const { rows } = await sql<{ oldest: number | null; newest: number | null }>`
    select extract(year from min(entry_date))::int as oldest, extract(year from max(entry_date))::int as newest
    from search_entry`.execute(db)
  const span = rows[0] ?? { oldest: null, newest: null }
  const oldest = Math.max(span.oldest ?? 0, filter.from ? Number(filter.from.slice(0, 4)) : 0)
  const newest = Math.min(span.newest ?? -1, filter.to ? Number(filter.to.slice(0, 4)) : 9999)
  return { oldest, newest }
}

/**
 * The newest CANDIDATE_LIMIT + 1 matches, with their rank. Taking the newest matches of all years
 * at once means fetching and sorting every match (tens of thousands for a common word, each
 * re-read for a "quoted phrase"); instead each window of years is a query of its own (the entry's
 * year is a tag in its vector and a date range, so the planner can choose the GIN index or the
 * date index for each), newest first, and the limit stops the walk as soon as enough are found:
 * "union all" runs its parts in order and only as far as rows are asked for. Entries with no
 * date come last, as in the date order. Only the candidates kept are ranked.
 */
function candidates(filter: SearchFilter, windows: readonly YearWindow[]) {
  // Stop words alone make an empty query, which "and"-ed with the tags would match every entry.
  const hasWords = sql`numnode(${tsquery(filter.text)}) > 0`
  const newestFirst = sql`order by e.entry_date desc nulls last, e.id desc limit ${CANDIDATE_LIMIT + 1}`
  const dated = windows.map(w => {
    const years = Array.from({ length: w.newest - w.oldest + 1 }, (_, i) => `x_year_${w.newest - i}`).join(' | ')
    return sql`(select e.id, e.entry_date from search_entry e
      where e.search_vector @@ (${matching(filter)} && ${years}::tsquery)
        and e.entry_date between ${`${w.oldest}-01-01`}::date and ${`${w.newest}-12-31`}::date
        ${filters(filter)} and ${hasWords} ${newestFirst})`
  })
  const undated = sql`(select e.id, e.entry_date from search_entry e
    where e.search_vector @@ ${matching(filter)} and e.entry_date is null ${filters(filter)} and ${hasWords}
    ${newestFirst})`
  return sql`
    select c.id, c.entry_date, ts_rank(e.search_vector, ${tsquery(filter.text)}) as rank
    from (${sql.join([...dated, undated], sql` union all `)} limit ${CANDIDATE_LIMIT + 1}) c
    join search_entry e on e.id = c.id`
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
  const span = await yearSpan(db, filter)
  const windows = yearWindows(span.oldest, span.newest)
  const result = await sql<SearchHitRow>`
    with ranked as (select c.*, count(*) over () as total from (${candidates(filter, windows)}) c),
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
