import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { ACCESS_RULES } from '../web/access-rules.ts'
import {
  Browsers,
  EMAIL,
  ROUTE_EXAMPLES,
  sendExample,
  setUpExamples,
  type Fixtures,
  type StateChangingRoute,
} from '../../test/support/route-examples.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

/** Routes that change nothing worth a record, each with why. None at present: keep it that way if you can. */
const NOT_AUDITED: Partial<Record<StateChangingRoute, string>> = {}

/**
 * "Every change to the record (who, when, what, before and after)": one successful request to every
 * state-changing route, through HTTP as a person allowed to make it (test/support/route-examples.ts),
 * must append an audit entry naming that person, the record and the request, with what the record
 * was and became as its kind of change needs. A new route without an example fails here.
 */
describe('the audit log, route by route: every change through the app is recorded with who made it', () => {
  let t: TestApp
  let f: Fixtures
  let browsers: Browsers

  before(async () => {
    t = await buildTestApp({ demo: true })
    f = await setUpExamples(t)
    browsers = new Browsers(t)
  })
  after(() => t.close())

  test('every state-changing route of the authorisation table has an example request, or a reason it is not audited', () => {
    const routes = Object.keys(ACCESS_RULES).filter(key => !/^(GET|HEAD|OPTIONS) /.test(key))
    const covered = new Set([...Object.keys(ROUTE_EXAMPLES), ...Object.keys(NOT_AUDITED)])
    assert.deepEqual(
      routes.filter(route => !covered.has(route)),
      [],
      'add an example request to ROUTE_EXAMPLES in test/support/route-examples.ts',
    )
    assert.deepEqual(
      [...covered].filter(route => !(route in ACCESS_RULES)),
      [],
      'examples for routes no longer in ACCESS_RULES',
    )
  })

  for (const route of Object.keys(ROUTE_EXAMPLES) as StateChangingRoute[]) {
    test(route, async () => {
      const e = await ROUTE_EXAMPLES[route](f)
      const { max } = await f.db
        .selectFrom('audit_log')
        .select(eb => eb.fn.max('id').as('max'))
        .executeTakeFirstOrThrow()
      await sendExample(browsers, route, e)

      const entries = await f.db
        .selectFrom('audit_log')
        .selectAll()
        .where('id', '>', Number(max ?? 0))
        .orderBy('id')
        .execute()
      const [action, entityType, change] = e.audit
      const entry = entries.find(row => row.action === action)
      assert.ok(entry, `${route}: expected a ${action} entry, got ${JSON.stringify(entries.map(row => row.action))}`)
      assert.equal(entry.entity_type, entityType)
      assert.ok(entry.entity_id, 'the entry names the record it is about')
      assert.ok(entry.request_id, 'the entry names the request that made it')
      const actor = e.actor ?? e.as
      if (actor === 'anonymous') {
        assert.equal(entry.user_id, null)
        assert.equal(entry.actor, 'anonymous')
      } else {
        assert.equal(entry.user_id, f.userIds[actor], 'the entry names the user')
        assert.equal(entry.actor, EMAIL(actor))
      }
      if (change === 'create' || change === 'update') assert.ok(entry.after, `${action}: what the record became`)
      if (change === 'update' || change === 'delete') assert.ok(entry.before, `${action}: what the record was`)
    })
  }
})
