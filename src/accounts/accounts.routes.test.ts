import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('signing in and out', () => {
  let t: TestApp
  before(async () => {
    t = await buildTestApp()
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('locked@example.gov.uk', 'member')
  })
  after(() => t.close())

  test('GET /sign-in shows the form with a CSRF token and no error', async () => {
    const page = await new Browser(t.app).get('/sign-in')
    assert.equal(page.statusCode, 200)
    assert.ok(csrfTokenIn(page.body))
    assert.doesNotMatch(page.body, /govuk-error-summary/)
  })

  test('a correct password signs in, issues a new session id, and opens the staff area', async () => {
    const browser = new Browser(t.app)
    await browser.get('/sign-in')
    const before = browser.cookie('scrutiny.sid')
    const response = await browser.signIn('Officer@Example.gov.uk')
    assert.equal(response.statusCode, 303)
    assert.equal(response.headers.location, '/staff')
    assert.notEqual(browser.cookie('scrutiny.sid'), before, 'session id must change at sign-in (fixation)')
    const staff = await browser.get('/staff')
    assert.equal(staff.statusCode, 200)
    assert.match(staff.body, /Signed in as/)
  })

  test('the session cookie is HttpOnly and SameSite', async () => {
    const browser = new Browser(t.app)
    const page = await browser.get('/sign-in')
    const cookie = page.cookies.find(c => c.name === 'scrutiny.sid')
    assert.ok(cookie, 'a session is created for the form')
    assert.equal(cookie.httpOnly, true)
    assert.equal(cookie.sameSite, 'Lax')
  })

  test('empty fields give 400 with a GOV.UK error summary linking to each field', async () => {
    const response = await new Browser(t.app).submit('/sign-in', '/sign-in', { email: '', password: '' })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /govuk-error-summary/)
    assert.match(response.body, /href="#email">Enter your email address/)
    assert.match(response.body, /href="#password">Enter your password/)
    assert.match(response.body, /<title>Error: Sign in/)
  })

  test('a wrong password is refused with an error summary and the email kept', async () => {
    const response = await new Browser(t.app).signIn('officer@example.gov.uk', 'not the password')
    assert.equal(response.statusCode, 401)
    assert.match(response.body, /Enter a correct email address and password/)
    assert.match(response.body, /value="officer@example.gov.uk"/)
  })

  test('a sign-in without a CSRF token is refused', async () => {
    const browser = new Browser(t.app)
    await browser.get('/sign-in')
    const response = await browser.post('/sign-in', { email: 'officer@example.gov.uk', password: 'x' })
    assert.equal(response.statusCode, 403)
    assert.match(response.body, /Your form has expired/)
  })

  test('a CSRF token from another session is refused', async () => {
    const other = await new Browser(t.app).get('/sign-in')
    const browser = new Browser(t.app)
    await browser.get('/sign-in')
    const response = await browser.post('/sign-in', { email: 'a@b.cd', password: 'x', _csrf: csrfTokenIn(other.body) })
    assert.equal(response.statusCode, 403)
  })

  test('signing out ends the session on the server', async () => {
    const browser = new Browser(t.app)
    await browser.signIn('officer@example.gov.uk')
    const sid = browser.cookie('scrutiny.sid')!
    const out = await browser.submit('/staff', '/sign-out', {})
    assert.equal(out.statusCode, 303)
    const replay = await t.app.inject({ method: 'GET', url: '/staff', headers: { cookie: `scrutiny.sid=${sid}` } })
    assert.equal(replay.statusCode, 303, 'the old cookie no longer signs anyone in')
    assert.match(String(replay.headers.location), /^\/sign-in/)
  })

  test('five wrong passwords lock the account, even against the right password, and are audited', async () => {
    for (let i = 0; i < 5; i++) await new Browser(t.app).signIn('locked@example.gov.uk', 'wrong')
    const response = await new Browser(t.app).signIn('locked@example.gov.uk')
    assert.equal(response.statusCode, 401)
    assert.match(response.body, /Your account is locked/)
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.locked')
      .execute()
    assert.equal(audit.length, 1)
  })

  test('sign-in only returns to paths on this site', async () => {
    const browser = new Browser(t.app)
    const page = await browser.get('/sign-in?returnTo=//evil.example/phish')
    const response = await browser.post('/sign-in', {
      email: 'officer@example.gov.uk',
      password: 'correct horse battery staple',
      returnTo: '//evil.example/phish',
      _csrf: csrfTokenIn(page.body),
    })
    assert.equal(response.headers.location, '/staff')
  })
})

describe('login rate limiting', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp({ loginAttemptsPerMinute: 10 })))
  after(() => t.close())

  test('more than ten sign-in attempts a minute from one address get 429', async () => {
    const browser = new Browser(t.app)
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await browser.submit('/sign-in', '/sign-in', { email: 'x@y.zz', password: 'p' })).statusCode)
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401))
    assert.equal(statuses[11], 429)
  })
})
