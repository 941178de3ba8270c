import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { systemActor } from '../audit/audit.repository.ts'
import { buildApp } from '../app.ts'
import { loadConfig } from '../config.ts'
import { csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../../test/support/test-app.ts'

const PACK = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
  .pathname

// Behind the council's load balancer, which ends TLS and says so in X-Forwarded-Proto.
const HTTPS = { 'x-forwarded-proto': 'https' }

function directives(response: LightMyRequestResponse): Map<string, string[]> {
  const policy = String(response.headers['content-security-policy'] ?? '')
  return new Map(
    policy
      .split(';')
      .map(part => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  )
}

function assertHardened(response: LightMyRequestResponse, what: string) {
  const csp = directives(response)
  assert.ok(csp.get('script-src'), `${what}: script-src is set`)
  assert.ok(!csp.get('script-src')!.includes("'unsafe-inline'"), `${what}: no inline scripts`)
  assert.ok(!csp.get('script-src')!.includes("'unsafe-eval'"), `${what}: no eval`)
  assert.deepEqual(csp.get('default-src'), ["'self'"], what)
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], `${what}: never framed`)
  assert.deepEqual(csp.get('object-src'), ["'none'"], what)
  assert.equal(response.headers['x-content-type-options'], 'nosniff', what)
  assert.match(
    String(response.headers['referrer-policy']),
    /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
    what,
  )
  assert.match(String(response.headers['strict-transport-security']), /max-age=(\d{8,}|3[1-9]\d{6})/, `${what}: HSTS`)
  assert.ok(!response.headers['x-powered-by'], `${what}: no server fingerprint`)
}

describe('security headers and cookies in production', () => {
  let t: TestApp
  let app: FastifyInstance
  let documentId: number

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.services.imports.importFile(PACK, systemActor('test'))
    const doc = await t.services.engine.db
      .selectFrom('document')
      .select('id')
      .where('file_id', 'is not', null)
      .where('status', '=', 'published')
      .where('is_exempt', '=', false)
      .executeTakeFirstOrThrow()
    documentId = doc.id
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), TRUST_PROXY: '1' })
    app = await buildApp({ services: t.services, config, councilName: 'Northmoor City Council' })
  })
  after(async () => {
    await app.close()
    await t.close()
  })

  async function signIn(): Promise<string> {
    const form = await app.inject({ url: '/sign-in', headers: HTTPS })
    const first = form.cookies.find(c => c.name === 'scrutiny.sid')!
    const signedIn = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { ...HTTPS, cookie: `scrutiny.sid=${first.value}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        email: 'officer@example.gov.uk',
        password: TEST_PASSWORD,
        _csrf: csrfTokenIn(form.body),
      }).toString(),
    })
    assert.equal(signedIn.statusCode, 303)
    return signedIn.cookies.find(c => c.name === 'scrutiny.sid')!.value
  }

  test('a public page carries a strict CSP and the security headers', async () => {
    const response = await app.inject({ url: '/', headers: HTTPS })
    assert.equal(response.statusCode, 200)
    assertHardened(response, 'home page')
  })

  test('the page’s one inline script (GOV.UK’s JS marker) runs: its hash is in script-src', async () => {
    const response = await app.inject({ url: '/', headers: HTTPS })
    const inline = [...response.body.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([^<]*)<\/script>/g)].map(m => m[1]!)
    assert.equal(inline.length, 1, 'one inline script')
    const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`
    assert.ok(directives(response).get('script-src')!.includes(hash), `${hash} is allowed`)
  })

  test('a staff page carries them too, and is never stored by a cache', async () => {
    const sid = await signIn()
    const response = await app.inject({ url: '/staff', headers: { ...HTTPS, cookie: `scrutiny.sid=${sid}` } })
    assert.equal(response.statusCode, 200)
    assertHardened(response, 'staff page')
    assert.equal(response.headers['cache-control'], 'private, no-store')
  })

  test('a file download carries them and is not sniffed into something else', async () => {
    const response = await app.inject({ url: `/documents/${documentId}/file`, headers: HTTPS })
    assert.equal(response.statusCode, 200)
    assertHardened(response, 'file download')
    assert.match(String(response.headers['content-disposition']), /^attachment; /)
  })

  test('the session cookie is HttpOnly, SameSite=Lax and Secure, before and after sign-in', async () => {
    const form = await app.inject({ url: '/sign-in', headers: HTTPS })
    const cookie = form.cookies.find(c => c.name === 'scrutiny.sid')
    assert.ok(cookie)
    assert.equal(cookie.httpOnly, true)
    assert.equal(cookie.sameSite, 'Lax')
    assert.equal(cookie.secure, true)
    const signedIn = await signIn()
    assert.notEqual(signedIn, cookie.value)
  })

  test('the session id from before sign-in is worthless afterwards (no session fixation)', async () => {
    const form = await app.inject({ url: '/sign-in', headers: HTTPS })
    const before = form.cookies.find(c => c.name === 'scrutiny.sid')!.value
    const signedIn = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { ...HTTPS, cookie: `scrutiny.sid=${before}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        email: 'officer@example.gov.uk',
        password: TEST_PASSWORD,
        _csrf: csrfTokenIn(form.body),
      }).toString(),
    })
    assert.equal(signedIn.statusCode, 303)
    const planted = await app.inject({ url: '/staff', headers: { ...HTTPS, cookie: `scrutiny.sid=${before}` } })
    assert.equal(planted.statusCode, 303, 'an attacker who planted the first id is not signed in')
  })

  test('the same first visit over plain HTTP gets no session cookie at all', async () => {
    const form = await app.inject('/sign-in')
    assert.equal(
      form.cookies.find(c => c.name === 'scrutiny.sid'),
      undefined,
    )
  })
})
