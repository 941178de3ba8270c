import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import type { TestApp } from '../../test/support/test-app.ts'
import { RESOURCES } from './api.resources.ts'
import { buildApiTestApp, openApiValidator } from './api.test-support.ts'
import { ENTITY_PATHS } from './links.ts'
import { encodeCursor } from './list-query.ts'

/** Whatever is typed into a query string or an id, the API answers 200, 400 or 404 in JSON: never a 500. */
describe('the API under arbitrary input', () => {
  let t: TestApp
  let validator: Awaited<ReturnType<typeof openApiValidator>>

  before(async () => {
    t = await buildApiTestApp({ requestsPerMinute: 100_000 })
    validator = await openApiValidator(t.app)
  })
  after(() => t.close())

  // Plain values, so a counterexample prints readably.
  const resource = fc.constantFrom(...RESOURCES.map(r => ({ path: ENTITY_PATHS[r.entity], name: r.name })))
  // Raw query text: the characters that mean something in a URL, plus anything at all.
  const raw = fc.string({
    unit: fc.constantFrom('%', '&', '=', '[', ']', '+', '.', '0', '1', '9', '-', 'Z', 'T', ':', '\u0000'),
    maxLength: 12,
  })
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.integer({ min: -5, max: 2 ** 32 }).map(id => encodeCursor(id)),
    fc.date({ min: new Date(-1e14), max: new Date(3e14), noInvalidDate: true }).map(d => d.toISOString()),
    fc.constantFrom('2026-05-01T00:00:00+99:99', '0000-01-01T00:00:00Z', '2026-02-31T00:00:00Z', '100', '1e2', ' 5'),
    raw,
  )
  const key = fc.oneof(
    fc.constantFrom('limit', 'cursor', 'modified_since', 'limit[]', 'cursor[x]'),
    fc.string({ maxLength: 6 }),
  )

  async function assertJsonAnswer(url: string, ok: (status: number) => boolean) {
    const response = await t.app.inject({ url })
    assert.ok(ok(response.statusCode), `${url}: ${response.statusCode} ${response.body.slice(0, 300)}`)
    assert.match(String(response.headers['content-type']), /^application\/json/, url)
    return { status: response.statusCode, body: response.json() as unknown }
  }

  test('list query parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        resource,
        fc.array(fc.tuple(key, value), { maxLength: 4 }),
        fc.option(raw),
        async (r, pairs, rawTail) => {
          const query = new URLSearchParams(pairs).toString() + (rawTail ? `&${rawTail}` : '')
          const { status, body } = await assertJsonAnswer(`/api/v1/${r.path}?${query}`, s => [200, 400].includes(s))
          validator.check(status === 200 ? `${r.name}List` : 'Error', body)
        },
      ),
      { numRuns: 200 },
    )
  })

  test('record ids', async () => {
    await fc.assert(
      fc.asyncProperty(resource, fc.oneof(fc.string({ minLength: 1 }), fc.bigInt().map(String), raw), async (r, id) => {
        const { status, body } = await assertJsonAnswer(`/api/v1/${r.path}/${encodeURIComponent(id)}`, s =>
          [200, 400, 404].includes(s),
        )
        validator.check(status === 200 ? r.name : 'Error', body)
      }),
      { numRuns: 200 },
    )
  })
})
