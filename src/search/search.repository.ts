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

/** The words, and the filters as tags (see search_tags in migration 0007) for the GIN index. */
function matching(filter: SearchFilter) {
  const tags = filterTags(filter)
  return tags ? sql`(${tsquery(filter.text)} && ${tags}::tsquery)` : tsquery(filter.text)
}

/**
 * The filters as a tsquery of tags, e.g. `(x_type_report | x_type_appendix) & x_committee_3`.
 *
 * ```ts
 * filterTags({ committeeId: 3, from: '2019-06-01', to: '2020-05-31', entryTypes: null, ... })
 * // '(x_committee_3) & (x_year_2019 | x_year_2020)'
 * ```
 */
export function filterTags(filter: Pick<SearchFilter, 'committeeId' | 'from' | 'to' | 'entryTypes'>): string | null {
  const groups: string[][] = []
  if (filter.committeeId !== null) groups.push([`x_committee_${filter.committeeId}`])
  if (filter.entryTypes) groups.push(filter.entryTypes.map(type => `x_type_${type}`))
  const fromYear = filter.from ? Number(filter.from.slice(0, 4)) : null
  const toYear = filter.to ? Number(filter.to.slice(0, 4)) : null
  // Open-ended ranges and long ones are left to the date condition alone.
  if (fromYear !== null && toYear !== null && toYear - fromYear < 20) {
    groups.push(Array.from({ length: toYear - fromYear + 1 }, (_, i) => `x_year_${fromYear + i}`))
  }
  return groups.length ? groups.map(group => `(${group.join(' | ')})`).join(' & ') : null
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
  const result = await sql<SearchHitRow>`
    with candidates as (
      select e.id, e.entry_date from search_entry e
      where e.search_vector @@ ${matching(filter)} ${filters(filter)}
        -- Stop words alone make an empty query, which "and"-ed with the tags would match them all.
        and numnode(${tsquery(filter.text)}) > 0
      order by e.entry_date desc nulls last, e.id desc
      limit ${CANDIDATE_LIMIT + 1}
    ),
    ranked as (
      select c.id, c.entry_date, ts_rank(e.search_vector, ${tsquery(filter.text)}) as rank, count(*) over () as total
      from candidates c join search_entry e on e.id = c.id
    ),
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
