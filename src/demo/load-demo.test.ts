import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTestEngine } from '../../test/support/test-database.ts'
import { loadDemoCouncil } from './load-demo.ts'

describe('loading the demo council', () => {
  let engine: Awaited<ReturnType<typeof createTestEngine>>
  before(async () => (engine = await createTestEngine()))
  after(() => engine.dispose())

  const count = async (table: 'council' | 'committee' | 'meeting' | 'recommendation' | 'assessment' | 'action') =>
    Number(
      (
        await engine.db
          .selectFrom(table)
          .select(eb => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  test('loads a council with committees, members, meetings, an inquiry and actions', async () => {
    assert.equal(await loadDemoCouncil(engine.db, '2026-11-23'), true)
    assert.equal(await count('council'), 1)
    assert.equal(await count('committee'), 2)
    assert.equal(await count('meeting'), 4)
    assert.equal(await count('recommendation'), 5)
    assert.equal(await count('action'), 3)
  })

  test('has a chair, a deputy chair and a co-opted member', async () => {
    const roles = await engine.db.selectFrom('membership').select('role').distinct().execute()
    const names = roles.map(r => r.role)
    for (const role of ['chair', 'deputy_chair', 'member', 'co_opted'] as const) assert.ok(names.includes(role), role)
  })

  test('has meetings both before and after the day it was loaded', async () => {
    const dates = (await engine.db.selectFrom('meeting').select('meeting_date').execute()).map(m => m.meeting_date)
    assert.ok(dates.some(d => d < '2026-11-23'))
    assert.ok(dates.some(d => d > '2026-11-23'))
  })

  test('its recommendations stand at different stages of tracking', async () => {
    const recs = await engine.db
      .selectFrom('recommendation')
      .select(['number', 'final_assessment'])
      .orderBy('number')
      .execute()
    assert.deepEqual(
      recs.map(r => r.final_assessment),
      [1, 2, null, null, null],
    )
    const latest = await engine.db
      .selectFrom('assessment')
      .innerJoin('recommendation', 'recommendation.id', 'assessment.recommendation_id')
      .select(['recommendation.number', 'assessment.code'])
      .where('assessed_by', '=', 'committee')
      .orderBy('assessed_on')
      .execute()
    const codes = new Set(latest.map(a => a.code))
    assert.ok(codes.size >= 4, `several assessment codes in use, got ${[...codes]}`)
  })

  test('loads once and only once: a second load changes nothing', async () => {
    const before = await Promise.all([count('meeting'), count('assessment')])
    assert.equal(await loadDemoCouncil(engine.db, '2026-11-23'), false)
    assert.deepEqual(await Promise.all([count('meeting'), count('assessment')]), before)
  })

  test('the load is recorded in the audit log', async () => {
    const audit = await engine.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('action', '=', 'demo.load')
      .execute()
    assert.deepEqual(audit, [{ actor: 'demo', action: 'demo.load' }])
  })
})
