import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { etagFor, ifNoneMatchHits, PUBLIC_CACHE_CONTROL } from './caching.ts'

describe('ifNoneMatchHits', () => {
  it('matches a listed, weak or wildcard tag and nothing else', () => {
    const etag = etagFor('body')
    assert.equal(ifNoneMatchHits(etag, etag), true)
    assert.equal(ifNoneMatchHits(`"other", ${etag}`, etag), true)
    assert.equal(ifNoneMatchHits(`W/${etag}`, etag), true)
    assert.equal(ifNoneMatchHits('*', etag), true)
    assert.equal(ifNoneMatchHits('"other"', etag), false)
    assert.equal(ifNoneMatchHits(undefined, etag), false)
    assert.notEqual(etagFor('body'), etagFor('bodies'))
  })
})

describe('public caching', () => {
  let t: TestApp
  let meetingPage: string
  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.test', 'scrutiny_officer')
    const meeting = await t.services.engine.db
      .selectFrom('meeting')
      .select('slug')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    meetingPage = `/meetings/${meeting.slug}`
  })
  after(() => t.close())

  for (const path of [
    '/',
    '/committees',
    '/meetings',
    '/committees/children-and-education',
    '/calendar.ics',
    '/api/v1/meetings',
  ]) {
    it(`${path}: stable ETag, public Cache-Control, 304 on If-None-Match`, async () => {
      const first = await t.app.inject({ method: 'GET', url: path })
      const second = await t.app.inject({ method: 'GET', url: path })
      assert.equal(first.statusCode, 200)
      const etag = first.headers.etag
      assert.match(String(etag), /^W\/"[A-Za-z0-9_-]+"$/, 'a weak ETag: the same page goes out compressed or not')
      assert.equal(second.headers.etag, etag, 'same content, same ETag')
      assert.equal(first.headers['cache-control'], PUBLIC_CACHE_CONTROL)
      assert.match(String(first.headers.vary), /cookie/i)
      assert.match(String(first.headers.vary), /accept-encoding/i)

      const revalidated = await t.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': String(etag) } })
      assert.equal(revalidated.statusCode, 304)
      assert.equal(revalidated.body, '')
      assert.equal(revalidated.headers.etag, etag)
      assert.equal(
        revalidated.headers['content-security-policy'],
        first.headers['content-security-policy'],
        'one policy for every copy (a hash, no per-request nonce)',
      )

      const stale = await t.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': '"not-this"' } })
      assert.equal(stale.statusCode, 200)
      assert.ok(stale.body.length > 0)
    })
  }

  it('feeds are public and carry an ETag too', async () => {
    // An empty feed's <updated> is "now", so its body (and ETag) changes each time: only presence is checked.
    const feed = await t.app.inject({ method: 'GET', url: '/feeds/documents.atom' })
    assert.equal(feed.statusCode, 200)
    assert.match(String(feed.headers.etag), /^W\/"[A-Za-z0-9_-]+"$/)
    assert.equal(feed.headers['cache-control'], PUBLIC_CACHE_CONTROL)
  })

  it('the meeting page changes its ETag when the meeting changes', async () => {
    const before = await t.app.inject({ method: 'GET', url: meetingPage })
    assert.equal(before.statusCode, 200)
    const slug = meetingPage.split('/').pop() ?? ''
    await t.services.engine.db
      .updateTable('meeting')
      .set({ venue: 'A different room' })
      .where('slug', '=', slug)
      .execute()
    const afterChange = await t.app.inject({
      method: 'GET',
      url: meetingPage,
      headers: { 'if-none-match': String(before.headers.etag) },
    })
    assert.equal(afterChange.statusCode, 200)
    assert.notEqual(afterChange.headers.etag, before.headers.etag)
  })

  it('answers HEAD with the same ETag and no body, and 304 on a match', async () => {
    const get = await t.app.inject({ method: 'GET', url: meetingPage })
    const head = await t.app.inject({ method: 'HEAD', url: meetingPage })
    assert.equal(head.statusCode, 200)
    assert.equal(head.body, '')
    assert.equal(head.headers.etag, get.headers.etag)
    assert.equal(head.headers['cache-control'], PUBLIC_CACHE_CONTROL)
    const headMatch = await t.app.inject({
      method: 'HEAD',
      url: meetingPage,
      headers: { 'if-none-match': String(get.headers.etag) },
    })
    assert.equal(headMatch.statusCode, 304)
  })

  it('never gives a signed-in user an ETag or public caching, even with a matching If-None-Match', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: meetingPage })
    const browser = new Browser(t.app)
    const signIn = await browser.signIn('officer@example.test')
    assert.equal(signIn.statusCode, 303)
    for (const path of ['/', meetingPage, '/api/v1/meetings']) {
      const page = await t.app.inject({
        method: 'GET',
        url: path,
        headers: {
          cookie: `scrutiny.sid=${browser.cookie('scrutiny.sid')}`,
          'if-none-match': String(anonymous.headers.etag),
        },
      })
      assert.equal(page.statusCode, 200, path)
      assert.equal(page.headers.etag, undefined, path)
      assert.equal(page.headers['cache-control'], 'private, no-store', path)
    }
  })

  it('does not cache a page that sets a cookie or errors', async () => {
    const signIn = await t.app.inject({ method: 'GET', url: '/sign-in' })
    assert.equal(signIn.statusCode, 200)
    assert.ok(signIn.headers['set-cookie'], 'the sign-in form starts a session for its CSRF token')
    assert.equal(signIn.headers.etag, undefined)
    assert.notEqual(signIn.headers['cache-control'], PUBLIC_CACHE_CONTROL)
    const missing = await t.app.inject({ method: 'GET', url: '/meetings/2001-01-01-no-such-meeting' })
    assert.equal(missing.statusCode, 404)
    assert.equal(missing.headers.etag, undefined)
    assert.notEqual(missing.headers['cache-control'], PUBLIC_CACHE_CONTROL)
  })

  it("keeps a route's own no-store Cache-Control", async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' })
    assert.equal(health.headers['cache-control'], 'no-store')
    assert.equal(health.headers.etag, undefined)
  })
})
