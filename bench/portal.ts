/**
 * Portal benchmark (issue 7): public pages on ten years of generated meetings, against
 * PostgreSQL, measured with autocannon beside a bare Fastify route in the same process.
 *
 *   DATABASE_URL=postgres://… npm run bench -- portal [--duration 10] [--connections 10]
 *
 * The corpus lives in a throwaway schema (dropped at the end), so real data is never touched:
 * 10 committees, 1,000 meetings over ten years, 10 agenda items each, 5 published documents per
 * item (50,000 documents) each with one page of text (~1 KB). The search index is not built for
 * it (its triggers are switched off while generating): search is not one of the pages measured here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import Fastify from 'fastify'
import { sql } from 'kysely'
import { buildApp } from '../src/app.ts'
import { buildTestApp } from '../test/support/test-app.ts'

interface Result {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  '2xx': number
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  headers?: Record<string, string>
}) => Promise<Result>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

if (!process.env.DATABASE_URL) {
  console.error('bench portal needs PostgreSQL: set DATABASE_URL (a throwaway schema is created and dropped).')
  process.exit(2)
}

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
  strict: false,
})
const duration = Number(args.duration)
const connections = Number(args.connections)

const t = await buildTestApp({ demo: true, production: true }) // production: templates compiled once
const db = t.services.engine.db

async function step(label: string, query: ReturnType<typeof sql>) {
  const started = performance.now()
  process.stdout.write(`  ${label} … `)
  await query.execute(db)
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`)
}

// Ctrl-C still drops the throwaway schema.
process.once('SIGINT', () => void t.close().finally(() => process.exit(130)))

console.log('Generating the corpus (throwaway schema):')
// The search index triggers work row by row (minutes for 50,000 documents); search is not measured here.
await step(
  'search triggers off',
  sql`alter table agenda_item disable trigger user; alter table document disable trigger user;
      alter table file_page disable trigger user`,
)
const generationStarted = performance.now()
await step(
  '10 committees',
  sql`insert into committee (council_id, name, slug, purpose)
      select c.id, 'Bench committee ' || g, 'bench-committee-' || g,
             'Scrutinises the services of portfolio ' || g || ' on behalf of residents.'
      from (select id from council order by id limit 1) c, generate_series(1, 10) g`,
)
await step(
  '1,000 meetings over ten years',
  sql`insert into meeting (committee_id, slug, meeting_date, start_time, venue, status, agenda_published_at)
      select cm.id, to_char(d, 'YYYY-MM-DD') || '-bench-meeting-' || g, d, '18:00', 'Committee Room ' || (g % 4 + 1),
             case when d < current_date then 'minutes_approved' else 'agenda_published' end,
             (d - 10)::timestamptz
      from generate_series(1, 1000) g
      cross join lateral (select (date '2016-06-01' + (g * 3.65)::int) as d) dd
      join committee cm on cm.slug = 'bench-committee-' || (g % 10 + 1)`,
)
await step(
  '10,000 agenda items',
  sql`insert into agenda_item (meeting_id, position, item_number, title, description, lead_officer)
      select m.id, p, p::text, 'Item ' || p || ': review of service area ' || (m.id % 37),
             'The committee is asked to consider the report and make recommendations to the Executive.',
             'Head of Service ' || (p % 5)
      from meeting m cross join generate_series(1, 10) p
      where m.slug like '%-bench-meeting-%'`,
)
await step(
  '50,000 stored files',
  sql`insert into stored_file (sha256, media_type, byte_size, original_name, page_count)
      select encode(sha256(('bench-' || g)::bytea), 'hex'), 'application/pdf', 40000 + g % 9000, 'report-' || g || '.pdf', 1
      from generate_series(1, 50000) g`,
)
await step(
  '50,000 pages of text',
  sql`insert into file_page (file_id, page_number, body)
      select f.id, 1, repeat('The council''s budget for adult social care, housing and children''s services was scrutinised. ', 12) || f.id
      from stored_file f where f.original_name like 'report-%'`,
)
await step(
  '50,000 published documents',
  // Files were inserted in one statement, so their ids run on from the first one.
  sql`insert into document (meeting_id, agenda_item_id, kind, title, position, file_id, status, published_at)
      select ai.meeting_id, ai.id, case when k = 1 then 'report' else 'appendix' end,
             case when k = 1 then 'Report: ' || ai.title else 'Appendix ' || chr(63 + k) || ' to item ' || ai.item_number end,
             k, first_file.id + (ai.n - 1) * 5 + k - 1, 'published', now()
      from (select ai.*, row_number() over (order by ai.id) as n from agenda_item ai
            join meeting m on m.id = ai.meeting_id where m.slug like '%-bench-meeting-%') ai
      cross join generate_series(1, 5) k
      cross join (select min(id) as id from stored_file where original_name like 'report-%') first_file`,
)
await step(
  'search triggers on',
  sql`alter table agenda_item enable trigger user; alter table document enable trigger user;
      alter table file_page enable trigger user`,
)
await step('analyse', sql`analyze`)
console.log(`Corpus ready in ${((performance.now() - generationStarted) / 1000).toFixed(1)} s`)

const meeting = await db
  .selectFrom('meeting')
  .select('slug')
  .where('slug', 'like', '%-bench-meeting-500')
  .executeTakeFirstOrThrow()
const committee = 'bench-committee-1'
const base = await t.app.listen({ port: 0, host: '127.0.0.1' })

// The same app with no page cache: what every request costs when the page is rendered afresh.
const rendering = await buildApp({
  services: t.services,
  config: {
    env: 'production',
    sessionSecret: 'b'.repeat(40),
    secureCookies: false,
    loginAttemptsPerMinute: 10,
    pageCacheMegabytes: 0,
  },
  councilName: 'Bench Council',
})
const renderingBase = await rendering.listen({ port: 0, host: '127.0.0.1' })

const bare = Fastify({ logger: false })
bare.get('/', async () => 'ok')
const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' })

const meetingUrl = `${base}/meetings/${meeting.slug}`
const etag = (await fetch(meetingUrl)).headers.get('etag') ?? ''

const targets: { label: string; url: string; headers?: Record<string, string> }[] = [
  { label: 'bare Fastify route', url: `${bareBase}/` },
  { label: 'meeting page', url: meetingUrl },
  { label: 'meeting page, rendered every time', url: `${renderingBase}/meetings/${meeting.slug}` },
  { label: 'meeting page, 304 (If-None-Match)', url: meetingUrl, headers: { 'if-none-match': etag } },
  { label: 'committee page', url: `${base}/committees/${committee}` },
  { label: 'committee page, rendered every time', url: `${renderingBase}/committees/${committee}` },
  { label: 'home page', url: `${base}/` },
]

console.log(`\nPostgreSQL, ${connections} connections, ${duration} s per page; load ${loadavg()}\n`)
console.log(
  'page'.padEnd(36),
  'req/s'.padStart(8),
  'p50 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'non-2xx'.padStart(8),
  'vs bare'.padStart(8),
)
let bareRate = 0
for (const target of targets) {
  const result = await autocannon({ url: target.url, connections, duration, headers: target.headers })
  const rate = result.requests.average
  if (target.label === 'bare Fastify route') bareRate = rate
  // A 304 is the expected answer to a revalidation, so it is not counted as a failure there.
  const failures = target.headers ? result.errors + result.non2xx - countOf304(result) : result.non2xx + result.errors
  console.log(
    target.label.padEnd(36),
    rate.toFixed(0).padStart(8),
    String(result.latency.p50).padStart(8),
    String(result.latency.p99).padStart(8),
    String(failures).padStart(8),
    (bareRate ? `${((rate / bareRate) * 100).toFixed(1)}%` : '').padStart(8),
  )
}
console.log(`\nTarget: meeting page ≥ 1,500 req/s. Load after: ${loadavg()}`)

await bare.close()
await rendering.close()
await t.close()

function countOf304(result: Result): number {
  return (result as unknown as { '3xx'?: number })['3xx'] ?? 0
}

function loadavg(): string {
  return existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').trim() : 'n/a'
}
