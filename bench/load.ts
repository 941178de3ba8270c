/**
 * Load benchmark (issue 8): the real app with the demo council, served over HTTP and hit by
 * autocannon, one public page after another; prints requests per second and latencies.
 *
 *   npm run bench -- load [--duration 10] [--connections 10]
 *
 * Runs on in-memory PGlite, or on PostgreSQL (a throwaway schema) when DATABASE_URL is set.
 */
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { buildTestApp } from '../test/support/test-app.ts'

interface Result {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<Result>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
  strict: false,
})
const duration = Number(args.duration)
const connections = Number(args.connections)

const t = await buildTestApp({ demo: true, production: true }) // production: templates compiled once
const meeting = await t.services.engine.db.selectFrom('meeting').select('slug').orderBy('id').executeTakeFirstOrThrow()
const committee = await t.services.engine.db
  .selectFrom('committee')
  .select('slug')
  .orderBy('id')
  .executeTakeFirstOrThrow()
const base = await t.app.listen({ port: 0, host: '127.0.0.1' })

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'
console.log(`${engine}, ${connections} connections, ${duration} s per page\n`)
console.log('page'.padEnd(40), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'non-2xx'.padStart(8))
for (const path of [
  '/healthz',
  '/',
  '/committees',
  `/committees/${committee.slug}`,
  '/meetings',
  `/meetings/${meeting.slug}`,
]) {
  const result = await autocannon({ url: `${base}${path}`, connections, duration })
  console.log(
    path.padEnd(40),
    result.requests.average.toFixed(0).padStart(8),
    String(result.latency.p50).padStart(8),
    String(result.latency.p99).padStart(8),
    String(result.non2xx + result.errors).padStart(8),
  )
}
await t.close()
