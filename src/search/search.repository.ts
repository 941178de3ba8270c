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

// Up to two fragments of about 30 words, joined by an ellipsis, hits marked by sentinels.
const HEADLINE_OPTIONS =
  `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, ` + `MaxFragments=2, FragmentDelimiter=" … "`

const tsquery = (text: string) => sql`websearch_to_tsquery('english', ${text})`

/** Whether the words searched for leave anything to look for once stop words are gone ("the", "of"). */
export async function hasSearchableWords(db: Kysely<Database>, text: string): Promise<boolean> {
  const result = await sql<{ nodes: number }>`select numnode(${tsquery(text)}) as nodes`.execute(db)
  return (result.rows[0]?.nodes ?? 0) > 0
}

/**
 * One page of search entries matching the words, best first (or newest first), each with its
 * highlighted snippet, where it belongs, and the total number of matches.
 */
export async function searchEntries(db: Kysely<Database>, filter: SearchFilter) {
  const where = filters(filter)
  const newest = filter.sort === 'newest'
  // The same order inside (where rank is the select's own column) and outside (from the hits).
  const order = (t: 'e' | 'h') => {
    const rank = t === 'e' ? sql`rank` : sql`h.rank`
    const date = sql.ref(`${t}.entry_date`)
    const id = sql.ref(`${t}.id`)
    return newest
      ? sql`${date} desc nulls last, ${rank} desc, ${id}`
      : sql`${rank} desc, ${date} desc nulls last, ${id}`
  }
  const result = await sql<SearchHitRow>`
    with query as (select ${tsquery(filter.text)} as q),
    hits as (
      select e.id, ts_rank(e.search_vector, query.q) as rank, e.entry_date, count(*) over () as total
      from search_entry e, query
      where e.search_vector @@ query.q ${where}
      order by ${order('e')}
      limit ${filter.limit} offset ${filter.offset}
    )
    select e.id, e.source, e.source_id, e.page_number, e.entry_type, e.title, e.entry_date::text as entry_date,
      h.total, ts_headline('english', e.body, query.q, ${HEADLINE_OPTIONS}) as headline,
      c.name as committee_name, c.slug as committee_slug, m.slug as meeting_slug, i.slug as inquiry_slug,
      d.file_id as document_file_id, d.page_from as document_page_from,
      (select p.id from search_public_document p
        where p.meeting_id = d.meeting_id and p.file_id = d.source_file_id and d.file_id is null
        order by p.id limit 1) as pack_document_id
    from hits h
    join search_entry e on e.id = h.id
    cross join query
    left join committee c on c.id = e.committee_id
    left join meeting m on m.id = e.meeting_id
    left join inquiry i on i.id = e.inquiry_id
    left join document d on d.id = e.document_id
    order by ${order('h')}`.execute(db)
  return result.rows
}

/** How many entries match, for a page past the last one (where the page query has no rows to count). */
export async function countEntries(db: Kysely<Database>, filter: SearchFilter): Promise<number> {
  const result = await sql<{ total: string }>`
    select count(*) as total from search_entry e, (select ${tsquery(filter.text)} as q) query
    where e.search_vector @@ query.q ${filters(filter)}`.execute(db)
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

/** The committees to choose from, by name. */
export function committeeChoices(db: Kysely<Database>) {
  return db.selectFrom('committee').select(['id', 'slug', 'name']).orderBy('name').execute()
}
