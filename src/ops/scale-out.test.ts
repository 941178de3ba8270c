import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { buildApp } from '../app.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { openEngine, type Engine } from '../db/engine.ts'
import { diskFileStore } from '../documents/file-store.ts'
import { createServices } from '../services.ts'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { TEST_PASSWORD } from '../../test/support/test-app.ts'
import { createTestEngine } from '../../test/support/test-database.ts'

const CONFIG = {
  env: 'test' as const,
  sessionSecret: 'one-secret-shared-by-every-instance-of-the-app',
  secureCookies: false,
  loginAttemptsPerMinute: 100,
}

/**
 * Several app instances behind a load balancer share one database and one FILES_DIR, nothing
 * else. On PostgreSQL each instance here has its own connection pool to the same schema, as
 * separate processes would; on the embedded database (one process only) two apps share it.
 */
describe('two app instances over one database', () => {
  let shared: Awaited<ReturnType<typeof createTestEngine>>
  let second: Engine
  let filesDir: string
  let one: FastifyInstance
  let two: FastifyInstance

  before(async () => {
    shared = await createTestEngine()
    filesDir = await mkdtemp(join(tmpdir(), 'scrutiny-scale-out-'))
    const url = process.env.DATABASE_URL
    if (url) {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(shared.db)
      second = await openEngine({ databaseUrl: url, dataDir: '', schema: rows[0]!.schema })
    } else second = shared
    const build = async (engine: Engine) => {
      const services = createServices(engine, diskFileStore(filesDir))
      return buildApp({ services, config: CONFIG, councilName: 'Northmoor City Council' })
    }
    one = await build(shared)
    two = await build(second)
    await createServices(shared, diskFileStore(filesDir)).accounts.createUser(
      { email: 'officer@example.gov.uk', role: 'scrutiny_officer', displayName: 'Officer', password: TEST_PASSWORD },
      systemActor('test'),
    )
  })
  after(async () => {
    await one.close()
    await two.close()
    if (second !== shared) await second.close()
    await shared.dispose()
    await rm(filesDir, { recursive: true, force: true })
  })

  test('each instance has its own engine on PostgreSQL (one shared engine on PGlite)', () => {
    assert.equal(second !== shared, Boolean(process.env.DATABASE_URL))
  })

  test('a session made on one instance signs the user in on the other, and sign-out on it ends it on both', async () => {
    const browser = new Browser(one)
    assert.equal((await browser.signIn('officer@example.gov.uk')).statusCode, 303)
    const cookie = `scrutiny.sid=${browser.cookie('scrutiny.sid')}`

    const staff = await two.inject({ url: '/staff', headers: { cookie } })
    assert.equal(staff.statusCode, 200)
    assert.match(staff.body, /Signed in as/)

    // The CSRF secret lives in the session too, so a form from one instance posts to the other.
    const out = await two.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(csrfTokenIn((await one.inject({ url: '/staff', headers: { cookie } })).body))}`,
    })
    assert.equal(out.statusCode, 303)
    const replay = await one.inject({ url: '/staff', headers: { cookie } })
    assert.equal(replay.statusCode, 303, 'signed out everywhere')
  })
})
