import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('GET /healthz and GET /readyz', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp()))
  after(() => t.close())

  test('/healthz answers 200 with the database engine and its state', async () => {
    const response = await t.app.inject('/healthz')
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['cache-control'], 'no-store')
    const body = response.json()
    assert.equal(body.status, 'ok')
    assert.equal(body.database.reachable, true)
    assert.equal(body.database.pendingMigrations, 0)
    assert.equal(body.database.engine, process.env.DATABASE_URL ? 'postgres' : 'pglite')
  })

  test('/readyz answers 200 when the database answers and every migration is applied', async () => {
    const response = await t.app.inject('/readyz')
    assert.equal(response.statusCode, 200)
    assert.deepEqual(response.json(), { status: 'ready' })
  })

  test('/readyz answers 503 while a migration is pending, and 200 again once it is applied', async () => {
    const { db } = t.services.engine
    const last = await db.selectFrom('schema_migrations').selectAll().orderBy('name', 'desc').executeTakeFirstOrThrow()
    await sql`delete from schema_migrations where name = ${last.name}`.execute(db)
    const response = await t.app.inject('/readyz')
    assert.equal(response.statusCode, 503)
    assert.deepEqual(response.json(), {
      status: 'not ready',
      reason: '1 migration(s) not applied: run scrutiny migrate',
    })
    assert.equal((await t.app.inject('/healthz')).json().status, 'degraded')
    await db.insertInto('schema_migrations').values(last).execute()
    assert.equal((await t.app.inject('/readyz')).statusCode, 200)
  })

  test('both answer 503 when the database has gone away', async () => {
    await t.services.engine.close()
    const health = await t.app.inject('/healthz')
    assert.equal(health.statusCode, 503)
    assert.equal(health.json().database.reachable, false)
    const ready = await t.app.inject('/readyz')
    assert.equal(ready.statusCode, 503)
    assert.deepEqual(ready.json(), { status: 'not ready', reason: 'the database does not answer' })
  })
})
