import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { AppError } from '../errors.ts'

async function appWithFaultyRoute(production: boolean): Promise<TestApp> {
  const t = await buildTestApp({
    production,
    extraAccessRules: { 'GET /broken': 'public', 'GET /forbidden': 'public' },
  })
  t.app.get('/broken', async () => {
    throw new Error('secret internal detail')
  })
  t.app.get('/forbidden', async () => {
    throw new AppError('FORBIDDEN')
  })
  return t
}

for (const production of [false, true]) {
  describe(`error pages (${production ? 'production' : 'development'})`, () => {
    let t: TestApp
    before(async () => (t = await appWithFaultyRoute(production)))
    after(() => t.close())

    test('an unknown route gets a GOV.UK 404 page', async () => {
      const response = await t.app.inject('/no/such/page')
      assert.equal(response.statusCode, 404)
      assert.match(response.body, /<h1 class="govuk-heading-l">Page not found<\/h1>/)
      assert.match(response.headers['content-type'] as string, /text\/html/)
    })

    test('an unexpected error gets a 500 page; the stack only outside production', async () => {
      const response = await t.app.inject('/broken')
      assert.equal(response.statusCode, 500)
      assert.match(response.body, /Sorry, there is a problem with the service/)
      if (production) assert.doesNotMatch(response.body, /secret internal detail|at .*\.ts/)
      else assert.match(response.body, /secret internal detail/)
    })

    test('a catalogued error keeps its status and title', async () => {
      const response = await t.app.inject('/forbidden')
      assert.equal(response.statusCode, 403)
      assert.match(response.body, /You do not have permission to see this page/)
    })

    test('JSON clients get a JSON error', async () => {
      const response = await t.app.inject({ url: '/no/such/page', headers: { accept: 'application/json' } })
      assert.equal(response.statusCode, 404)
      assert.deepEqual(response.json(), { error: { code: 'NOT_FOUND', message: 'Page not found' } })
    })
  })
}
