import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

// Anything a form post can carry: text of any kind, very long text, and repeated keys (arrays).
const formValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', '%', '../../etc/passwd', "' OR 1=1 --"),
  fc.string({ minLength: 5000, maxLength: 20000 }),
)
const form = fc.dictionary(
  fc.constantFrom('email', 'password', 'returnTo', 'other', '__proto__', 'constructor'),
  formValue,
)

describe('POST /sign-in with arbitrary input (fast-check)', () => {
  let t: TestApp
  let browser: Browser
  let token: string
  before(async () => {
    t = await buildTestApp()
    browser = new Browser(t.app)
    token = csrfTokenIn((await browser.get('/sign-in')).body)
  })
  after(() => t.close())

  test('always answers 4xx with a GOV.UK error summary, never a 500, and never signs anyone in', async () => {
    await fc.assert(
      fc.asyncProperty(form, async fields => {
        const body = new URLSearchParams({ ...fields, _csrf: token } as Record<string, string>).toString()
        const response = await t.app.inject({
          method: 'POST',
          url: '/sign-in',
          payload: body,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie: `scrutiny.sid=${browser.cookie('scrutiny.sid')}`,
          },
        })
        assert.ok(response.statusCode >= 400 && response.statusCode < 500, `status ${response.statusCode}`)
        assert.match(response.body, /govuk-error-summary|There is a problem/)
        assert.doesNotMatch(response.body, /<script>alert\(1\)<\/script>/, 'input is escaped')
      }),
      { numRuns: 150 },
    )
  })

  test('odd content types and broken bodies get a 4xx page, not a 500', async () => {
    const cookie = `scrutiny.sid=${browser.cookie('scrutiny.sid')}`
    for (const [type, payload] of [
      ['application/json', '{"email": '],
      ['application/json', JSON.stringify({ email: ['a'], password: { x: 1 }, _csrf: token })],
      ['text/plain', 'email=a&password=b'],
      ['application/x-www-form-urlencoded', '%E0%A4%A'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na\r\n--x--'],
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/sign-in',
        payload,
        headers: { 'content-type': type!, cookie },
      })
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${type}: status ${response.statusCode}`)
    }
  })
})

describe('NUL characters anywhere in a request', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp()))
  after(() => t.close())

  test('in a path parameter or query string: 400, not a database error', async () => {
    for (const url of ['/meetings/%00', '/committees/a%00b', '/sign-in?returnTo=%00']) {
      const response = await t.app.inject(url)
      assert.equal(response.statusCode, 400, url)
    }
  })
})
