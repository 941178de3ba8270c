import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('GET /healthz', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp()))
  after(() => t.close())

  test('answers 200 with the database engine and its state', async () => {
    const response = await t.app.inject('/healthz')
    assert.equal(response.statusCode, 200)
    const body = response.json()
    assert.equal(body.status, 'ok')
    assert.equal(body.database.reachable, true)
    assert.equal(body.database.pendingMigrations, 0)
    assert.equal(body.database.engine, process.env.DATABASE_URL ? 'postgres' : 'pglite')
  })

  test('answers 503 when the database has gone away', async () => {
    await t.services.engine.close()
    const response = await t.app.inject('/healthz')
    assert.equal(response.statusCode, 503)
    assert.equal(response.json().database.reachable, false)
  })
})
