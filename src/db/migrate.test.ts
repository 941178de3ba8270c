import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { createTestEngine } from '../../test/support/test-database.ts'
import { migrate, pendingMigrations } from './migrate.ts'

describe('migrations', () => {
  let engine: Awaited<ReturnType<typeof createTestEngine>>
  before(async () => (engine = await createTestEngine()))
  after(() => engine.dispose())

  test('every migration applies and is recorded, so nothing is pending', async () => {
    assert.deepEqual(await pendingMigrations(engine), [])
    const recorded = await engine.db.selectFrom('schema_migrations').select('name').execute()
    assert.ok(recorded.length >= 5)
  })

  test('running migrate again applies nothing', async () => {
    assert.deepEqual(await migrate(engine), [])
  })

  test('the schema enforces the assessment scale 1–6', async () => {
    const insert = sql`insert into assessment (recommendation_id, assessed_by, code, assessed_on) values (1, 'committee', 7, '2024-01-01')`
    await assert.rejects(insert.execute(engine.db), /assessment_code_check/)
  })

  test('the audit log refuses updates and deletes', async () => {
    await engine.db.insertInto('audit_log').values({ actor: 'test', action: 'x', entity_type: 'y' }).execute()
    await assert.rejects(engine.db.deleteFrom('audit_log').execute(), /append-only/)
    await assert.rejects(engine.db.updateTable('audit_log').set({ actor: 'z' }).execute(), /append-only/)
  })

  test('dates come back as YYYY-MM-DD strings, not Date objects', async () => {
    const row = await sql<{ d: unknown }>`select date '2023-05-17' as d`.execute(engine.db)
    assert.equal(row.rows[0]?.d, '2023-05-17')
  })
})
