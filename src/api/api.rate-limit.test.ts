import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { TestApp } from '../../test/support/test-app.ts'
import { buildApiTestApp, openApiValidator } from './api.test-support.ts'

describe('the API rate limit (API_REQUESTS_PER_MINUTE)', () => {
  let t: TestApp

  before(async () => (t = await buildApiTestApp({ requestsPerMinute: 3 })))
  after(() => t.close())

  const from = (remoteAddress: string, url: string) => t.app.inject({ url, remoteAddress })

  test('over the limit a client gets 429 in JSON with Retry-After; other clients and the site are unaffected', async () => {
    // One limit for the whole API, whichever lists and records are asked for.
    for (const url of ['/api/v1/meetings', '/api/v1/people', '/api/v1/meetings/1']) {
      const response = await from('203.0.113.7', url)
      assert.equal(response.statusCode, 200, url)
      assert.ok(Number(response.headers['x-ratelimit-remaining']) >= 0)
    }
    const refused = await from('203.0.113.7', '/api/v1/papers')
    assert.equal(refused.statusCode, 429)
    const retryAfter = Number(refused.headers['retry-after'])
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 60, `Retry-After: ${retryAfter}`)
    assert.match(String(refused.headers['content-type']), /^application\/json/)
    assert.equal(refused.json().error.code, 'TOO_MANY_REQUESTS')
    assert.equal(refused.headers['access-control-allow-origin'], '*', 'a web page can read the refusal too')

    assert.equal((await from('198.51.100.1', '/api/v1/meetings')).statusCode, 200, 'another client')
    assert.equal((await from('203.0.113.7', '/committees')).statusCode, 200, 'the web pages are not limited')
  })

  test('the 429 answer is one the OpenAPI document describes', async () => {
    const validator = await openApiValidator(t.app) // from a new client: within its limit
    const refused = await from('203.0.113.7', '/api/v1/meetings')
    assert.equal(refused.statusCode, 429)
    validator.check('Error', refused.json())
  })
})
