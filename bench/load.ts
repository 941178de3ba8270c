/**
 * Load benchmark (issue 8): the real app with the demo council over HTTP on loopback.
 *
 *   npm run bench -- load [--connections 200] [--duration 30] [--soak-minutes 10]
 *
 * 1. Load: `connections` concurrent connections for `duration` seconds over a mix of public pages
 *    and searches, while a scrutiny officer signs in and publishes an agenda through the staff
 *    pages; prints requests per second, p50/p97.5/p99 latency and every error or non-2xx answer.
 * 2. Soak (when --soak-minutes is given): the same mix for that long at 10 connections, the
 *    process's RSS sampled every 30 s and printed, with the growth from the first sample.
 *
 * Runs on in-memory PGlite, or on PostgreSQL (a throwaway schema) when DATABASE_URL is set.
 */
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { buildTestApp, TEST_PASSWORD } from '../test/support/test-app.ts'

interface Result {
  requests: { average: number; total: number }
  latency: { p50: number; p97_5: number; p99: number; max: number }
  non2xx: number
  errors: number
  timeouts: number
}
interface Instance extends PromiseLike<Result> {
  stop(): void
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  requests: { method: 'GET'; path: string }[]
}) => Instance
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '200' },
    'soak-minutes': { type: 'string' },
  },
  strict: false,
})
const duration = Number(args.duration)
const connections = Number(args.connections)
const soakMinutes = args['soak-minutes'] ? Number(args['soak-minutes']) : 0

// One client address sends every request here, so the API's per-address limit (300 a minute)
// would answer most API requests with 429: it is lifted for the benchmark.
const t = await buildTestApp({ demo: true, production: true, apiRequestsPerMinute: 1_000_000 })
await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
const db = t.services.engine.db
const meeting = await db.selectFrom('meeting').select('slug').orderBy('id').executeTakeFirstOrThrow()
const toPublish = await db
  .selectFrom('meeting')
  .select('slug')
  .where('status', '=', 'scheduled')
  .orderBy('meeting_date')
  .executeTakeFirstOrThrow()
const committee = await db.selectFrom('committee').select('slug').orderBy('id').executeTakeFirstOrThrow()
const base = await t.app.listen({ port: 0, host: '127.0.0.1' })

// What the public reads: pages (answered from the page cache once rendered) and searches (never cached).
const mix = [
  '/',
  '/committees',
  `/committees/${committee.slug}`,
  '/meetings',
  `/meetings/${meeting.slug}`,
  '/calendar.ics',
  '/feeds/documents.atom',
  '/search?q=school+exclusions',
  '/search?q=%22action+tracker%22',
  '/search?q=budget+-housing',
  '/api/v1/meetings',
].map(path => ({ method: 'GET' as const, path }))

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'
console.log(`${engine}: ${mix.length} public URLs in turn, ${connections} connections, ${duration} s`)
console.log(`An officer publishes the agenda of ${toPublish.slug} during the run.\n`)

const load = autocannon({ url: base, connections, duration, requests: mix })
await new Promise(resolve => setTimeout(resolve, Math.min(5, duration / 3) * 1000))
const published = await publishAsOfficer(toPublish.slug)
const result = await load
printResult('public pages and search while publishing', result)
console.log(`publication: ${published.status} in ${published.ms.toFixed(0)} ms (303 = published and redirected)`)
const versions = await db
  .selectFrom('agenda_version')
  .innerJoin('meeting', 'meeting.id', 'agenda_version.meeting_id')
  .select('agenda_version.id')
  .where('meeting.slug', '=', toPublish.slug)
  .execute()
console.log(`agenda versions of that meeting now: ${versions.length} (1 expected)`)
const page = await fetch(`${base}/meetings/${toPublish.slug}`).then(r => r.text())
console.log(`its public page shows the published agenda: ${/Agenda pack/i.test(page) ? 'yes' : 'NO'}`)

if (soakMinutes > 0) await soak(soakMinutes)
await t.close()

async function soak(minutes: number) {
  console.log(`\nSoak: ${minutes} min at 10 connections; RSS every 30 s`)
  const rss = () => process.memoryUsage().rss / 1024 / 1024
  const samples: number[] = [rss()]
  const run = autocannon({ url: base, connections: 10, duration: minutes * 60, requests: mix })
  const sampler = setInterval(() => {
    samples.push(rss())
    const minute = ((samples.length - 1) / 2).toFixed(1)
    console.log(`  ${minute.padStart(5)} min  RSS ${samples.at(-1)!.toFixed(0)} MB`)
  }, 30_000)
  const soaked = await run
  clearInterval(sampler)
  printResult('soak', soaked)
  const settled = samples.slice(Math.floor(samples.length / 2))
  console.log(
    `RSS: start ${samples[0]!.toFixed(0)} MB, max ${Math.max(...samples).toFixed(0)} MB, ` +
      `end ${samples.at(-1)!.toFixed(0)} MB; second half ${Math.min(...settled).toFixed(0)}–${Math.max(...settled).toFixed(0)} MB`,
  )
}

/** Signs in and publishes through the staff pages, as an officer's browser would. */
async function publishAsOfficer(slug: string): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const form = await fetch(`${base}/sign-in`)
  let cookie = form.headers
    .getSetCookie()
    .map(c => c.split(';')[0])
    .join('; ')
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: 'officer@example.gov.uk',
      password: TEST_PASSWORD,
      _csrf: csrf(await form.text()),
    }),
  })
  cookie =
    signedIn.headers
      .getSetCookie()
      .map(c => c.split(';')[0])
      .join('; ') || cookie
  const publishPage = await fetch(`${base}/staff/meetings/${slug}/publish`, { headers: { cookie } })
  const publish = await fetch(`${base}/staff/meetings/${slug}/publish`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: csrf(await publishPage.text()),
      lateReasonKind: 'late_item',
      lateReason: 'Published during a load test',
    }),
  })
  return { status: publish.status, ms: performance.now() - started }
}

function csrf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
}

function printResult(label: string, r: Result) {
  console.log(
    `${label}: ${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s; ` +
      `latency p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
  )
}
