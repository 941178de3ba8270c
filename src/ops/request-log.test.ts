import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import { buildApp } from '../app.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../../test/support/test-app.ts'
import { loggableUrl, loggerOptions } from './request-log.ts'

/** Collects the app's JSON log lines. */
function logSink() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { lines, stream }
}

describe('request logs', () => {
  let t: TestApp
  let app: Awaited<ReturnType<typeof buildApp>>
  const sink = logSink()
  before(async () => {
    t = await buildTestApp()
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    app = await buildApp({
      services: t.services,
      config: {
        env: 'test',
        sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies',
        secureCookies: false,
        loginAttemptsPerMinute: 100,
      },
      councilName: 'Northmoor City Council',
      logger: loggerOptions('info', sink.stream),
    })
  })
  after(async () => {
    await app.close()
    await t.close()
  })

  const requestLines = () => sink.lines.filter(line => line.msg === 'request completed')

  test('each request writes one JSON line with its id, method, URL, status and time taken', async () => {
    sink.lines.length = 0
    const response = await app.inject('/healthz')
    const lines = requestLines()
    assert.equal(lines.length, 1)
    const [line] = lines
    assert.equal(line?.reqId, response.headers['x-request-id'])
    assert.equal(line?.method, 'GET')
    assert.equal(line?.url, '/healthz')
    assert.equal(line?.statusCode, 200)
    assert.equal(typeof line?.responseTimeMs, 'number')
    assert.equal(line?.level, 30)
  })

  test('a safe incoming X-Request-Id is kept and echoed', async () => {
    sink.lines.length = 0
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-7f3a.42' } })
    assert.equal(response.headers['x-request-id'], 'lb-7f3a.42')
    assert.equal(requestLines()[0]?.reqId, 'lb-7f3a.42')
  })

  test('an unsafe incoming X-Request-Id is replaced by a fresh one', async () => {
    for (const forged of ['x'.repeat(200), 'a b', 'id\u2028"level":60']) {
      const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': forged } })
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/)
    }
  })

  test('passwords, cookies and session ids never reach the logs', async () => {
    sink.lines.length = 0
    const browser = new Browser(app)
    assert.equal((await browser.signIn('officer@example.gov.uk')).statusCode, 303)
    await browser.get('/staff')
    const text = JSON.stringify(sink.lines)
    assert.ok(requestLines().length >= 3)
    assert.ok(!text.includes(TEST_PASSWORD), 'no password')
    const sid = browser.cookie('scrutiny.sid')
    assert.ok(sid)
    assert.ok(!text.includes(sid.split('.')[0]!), 'no session id')
  })

  test('secret-looking query values are blanked in logged URLs', () => {
    assert.equal(loggableUrl('/reset?token=abc123&next=/staff'), '/reset?token=[redacted]&next=/staff')
    assert.equal(loggableUrl('/search?q=parks'), '/search?q=parks')
  })
})
