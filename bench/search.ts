/**
 * Search benchmark (issue 7): builds ten years of a council's scrutiny papers in a throwaway
 * database — 10 committees, 1,000 meetings, 50 documents each (an agenda pack of 100 pages of
 * text sampled from the seed packs, 49 reports with cover sheets), agenda items, decisions and
 * actions — all written through the search triggers, then times public searches against a bare
 * primary-key query measured alongside, so the ratio says something on any machine.
 *
 *   DATABASE_URL=postgres://… npm run bench -- search [--meetings 1000] [--rounds 20]
 *
 * Without DATABASE_URL it runs on in-memory PGlite (use fewer meetings: it is much slower).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../src/db/database.ts'
import { openEngine } from '../src/db/engine.ts'
import { migrate } from '../src/db/migrate.ts'
import { createSearchService } from '../src/search/search.service.ts'
import { readSearchRequest } from '../src/search/search-query.ts'
import { createTestEngine } from '../test/support/test-database.ts'

const { values: args } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '20' },
    // Keeps the corpus in this PostgreSQL schema (built on the first run) to try queries against it.
    keep: { type: 'string' },
  },
})
const MEETINGS = Number(args.meetings)
const ROUNDS = Number(args.rounds)
const COMMITTEES = 10
const REPORTS_PER_MEETING = 49
const PAGES_PER_PACK = 100
const ITEMS_PER_MEETING = 12

const COMMITTEE_NAMES = [
  'Children and Education',
  'Adult Social Care',
  'Housing and Neighbourhoods',
  'Economy and Skills',
  'Health and Wellbeing',
  'Environment and Transport',
  'Resources and Finance',
  'Community Safety',
  'Culture and Leisure',
  'Co-ordinating',
].map(name => `${name} Overview and Scrutiny Committee`)

// A small deterministic generator, so every run measures the same corpus.
let state = 20160420
function random(): number {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T

function progress(label: string, done: number, total: number): void {
  const step = Math.max(1, Math.floor(total / 10))
  if (process.stderr.isTTY) process.stderr.write(`\r  ${label} ${done}/${total}${done === total ? '\n' : ''}`)
  else if (done % step === 0 || done === total) process.stderr.write(`  ${label} ${done}/${total}\n`)
}

/** Sentences of the real seed packs, and headings to use as titles. */
function seedText(): { sentences: string[]; titles: string[] } {
  const dir = new URL('../../shared/seeds/', import.meta.url)
  const text = readdirSync(dir)
    .filter(name => name.endsWith('.txt'))
    .map(name => readFileSync(new URL(name, dir), 'utf8'))
    .join('\n')
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map(s => s.replace(/\*\*/g, '').trim())
    .filter(s => s.length >= 30 && s.length <= 400)
  const titles = text
    .split('\n')
    .map(line =>
      line
        .replace(/\*\*/g, '')
        .replace(/^\d+\s+/, '')
        .trim(),
    )
    .filter(line => line.length >= 12 && line.length <= 70 && /^[A-Z][A-Za-z ,'&:-]+$/.test(line))
  return { sentences, titles: [...new Set(titles)] }
}

function page(sentences: readonly string[]): string {
  const parts: string[] = []
  let length = 0
  while (length < 1500) {
    const sentence = pick(sentences)
    parts.push(sentence)
    length += sentence.length + 1
  }
  return parts.join(' ')
}

async function generate(db: Kysely<Database>): Promise<void> {
  const { sentences, titles } = seedText()
  const council = await db
    .insertInto('council')
    .values({ name: 'Benchmark City Council', slug: 'benchmark-city-council' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const committees = await db
    .insertInto('committee')
    .values(
      COMMITTEE_NAMES.map(name => ({
        council_id: council.id,
        name,
        slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
        standing_items: '[]',
      })),
    )
    .returning('id')
    .execute()
  const started = performance.now()
  for (let m = 0; m < MEETINGS; m++) {
    const committee = committees[m % COMMITTEES]!
    const day = new Date(Date.UTC(2014, 4, 1) + Math.floor((m / MEETINGS) * 3650) * 86_400_000)
    const date = day.toISOString().slice(0, 10)
    await db.transaction().execute(async trx => {
      const meeting = await trx
        .insertInto('meeting')
        .values({
          committee_id: committee.id,
          slug: `${date}-c${committee.id}-m${m}`,
          meeting_date: date,
          status: 'held',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const file = await trx
        .insertInto('stored_file')
        .values({
          sha256: m.toString(16).padStart(64, '0'),
          media_type: 'application/pdf',
          byte_size: 1,
          page_count: PAGES_PER_PACK,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('file_page')
        .values(
          Array.from({ length: PAGES_PER_PACK }, (_, i) => ({
            file_id: file.id,
            page_number: i + 1,
            body: page(sentences),
          })),
        )
        .execute()
      const items = await trx
        .insertInto('agenda_item')
        .values(
          Array.from({ length: ITEMS_PER_MEETING }, (_, i) => ({
            meeting_id: meeting.id,
            position: i + 1,
            item_number: String(i + 1),
            title: pick(titles),
            description: pick(sentences),
            // One exempt item in ten meetings, as real agendas have.
            is_exempt: i === ITEMS_PER_MEETING - 1 && m % 10 === 0,
            exempt_paragraph: i === ITEMS_PER_MEETING - 1 && m % 10 === 0 ? 3 : null,
          })),
        )
        .returning('id')
        .execute()
      await trx
        .insertInto('document')
        .values({
          meeting_id: meeting.id,
          kind: 'agenda_pack',
          title: `Agenda pack ${date}`,
          file_id: file.id,
          status: 'published',
          source_file_id: file.id,
        })
        .execute()
      const reports = await trx
        .insertInto('document')
        .values(
          Array.from({ length: REPORTS_PER_MEETING }, (_, i) => ({
            meeting_id: meeting.id,
            agenda_item_id: items[i % (ITEMS_PER_MEETING - 1)]!.id,
            kind: i % 3 === 2 ? ('appendix' as const) : ('report' as const),
            title: pick(titles),
            position: i + 1,
            status: 'published' as const,
            page_from: 1 + 2 * i,
            page_to: 2 + 2 * i,
            source_file_id: file.id,
          })),
        )
        .returning('id')
        .execute()
      await trx
        .insertInto('report_cover')
        .values(
          reports.map(report => ({
            document_id: report.id,
            subject: pick(titles),
            purpose: `${pick(sentences)} ${pick(sentences)}`,
            recommendations: pick(sentences),
            report_of: 'Strategic Director, Children and Families',
          })),
        )
        .execute()
      await trx
        .insertInto('resolution')
        .values(
          Array.from({ length: 5 }, (_, i) => ({ meeting_id: meeting.id, position: i + 1, body: pick(sentences) })),
        )
        .execute()
      await trx
        .insertInto('action')
        .values(
          Array.from({ length: 3 }, () => ({
            committee_id: committee.id,
            meeting_id: meeting.id,
            raised_on: date,
            description: pick(sentences),
          })),
        )
        .execute()
    })
    progress('meetings written', m + 1, MEETINGS)
  }
  const seconds = (performance.now() - started) / 1000
  const counts = await sql<{ entries: number; documents: number; pages: number }>`
    select (select count(*) from search_entry)::int as entries, (select count(*) from document)::int as documents,
      (select count(*) from file_page)::int as pages`.execute(db)
  const c = counts.rows[0]!
  console.log(
    `Corpus: ${MEETINGS} meetings, ${c.documents} documents, ${c.pages} pages of text, ${c.entries} search entries, ` +
      `written in ${seconds.toFixed(0)} s (${((MEETINGS * PAGES_PER_PACK) / seconds).toFixed(0)} pages/s through the triggers)`,
  )
}

// What people type: single words common and rare, phrases, either/or, exclusions, with and without filters.
const QUERIES: Array<Record<string, string>> = [
  { q: 'children' },
  { q: 'school exclusions' },
  { q: '"looked after children"' },
  { q: 'ofsted inspection' },
  { q: 'budget OR finance' },
  { q: 'safeguarding -police' },
  { q: 'special educational needs' },
  { q: 'youth facility' },
  { q: 'apprenticeships' },
  { q: 'children', committee: 'children-and-education-overview-and-scrutiny-committee' },
  { q: 'early help', from: '2020-01-01', to: '2021-12-31' },
  { q: 'social care', type: 'report' },
  { q: 'recommendation', type: 'decision' },
  { q: 'children', sort: 'newest' },
  { q: 'children', page: '5' },
]

function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

async function measure(db: Kysely<Database>): Promise<void> {
  const search = createSearchService(db)
  const maxMeeting = MEETINGS
  const bare = async () => {
    const id = 1 + Math.floor(random() * maxMeeting)
    await db.selectFrom('meeting').selectAll().where('id', '=', id).execute()
  }
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now()
    await run()
    return performance.now() - started
  }
  // Warm up caches and plans, as a running server would be.
  for (const query of QUERIES) await search.search(readSearchRequest(query).request)
  const bareTimes: number[] = []
  const searchTimes: number[] = []
  const perQuery = new Map<string, number[]>()
  const results = new Map<string, number>()
  for (let round = 1; round <= ROUNDS; round++) {
    for (const query of QUERIES) {
      bareTimes.push(await time(bare))
      const request = readSearchRequest(query).request
      let outcome: Awaited<ReturnType<typeof search.search>> | undefined
      const took = await time(async () => (outcome = await search.search(request)))
      searchTimes.push(took)
      const key = new URLSearchParams(query).toString()
      perQuery.set(key, [...(perQuery.get(key) ?? []), took])
      if (outcome?.kind === 'results') results.set(key, outcome.total)
    }
    progress('search rounds', round, ROUNDS)
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`
  console.log(
    `\nSearch (${searchTimes.length} searches; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
  )
  for (const [key, times] of perQuery) {
    console.log(
      `  ${key.padEnd(80)} p50 ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(percentile(times, 95)).padStart(9)}  ${results.get(key) ?? 0} results`,
    )
  }
  const bare95 = percentile(bareTimes, 95)
  const search95 = percentile(searchTimes, 95)
  console.log(`  bare primary-key query     p50 ${ms(percentile(bareTimes, 50))}  p95 ${ms(bare95)}`)
  console.log(
    `  search (all of the above)  p50 ${ms(percentile(searchTimes, 50))}  p95 ${ms(search95)}  max ${ms(Math.max(...searchTimes))}`,
  )
  console.log(
    `  search p95 / bare p95: ${(search95 / bare95).toFixed(1)}×   target: p95 under 50 ms → ${search95 < 50 ? 'met' : 'NOT met'}`,
  )
}

async function keptEngine(url: string, schema: string) {
  const admin = await openEngine({ databaseUrl: url, dataDir: '' })
  await sql`create schema if not exists ${sql.id(schema)}`.execute(admin.db)
  await admin.close()
  const engine = await openEngine({ databaseUrl: url, dataDir: '', schema })
  await migrate(engine)
  return { ...engine, dispose: () => engine.close() }
}

const url = process.env.DATABASE_URL
const engine = args.keep && url ? await keptEngine(url, args.keep) : await createTestEngine()
try {
  console.log(`Engine: ${engine.kind}${engine.kind === 'pglite' ? ' (set DATABASE_URL to measure PostgreSQL)' : ''}`)
  const existing = await engine.db
    .selectFrom('meeting')
    .select(eb => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  if (Number(existing?.n ?? 0) === 0) {
    await generate(engine.db)
    await sql`analyze`.execute(engine.db)
  }
  await measure(engine.db)
} finally {
  await engine.dispose()
}
