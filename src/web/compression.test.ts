import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('compressed answers', () => {
  let t: TestApp
  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.test', 'scrutiny_officer')
  })
  after(() => t.close())

  const get = (url: string, encoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} })

  for (const url of [
    '/committees/children-and-education',
    '/calendar.ics',
    '/api/v1/meetings',
    '/assets/app/app.css',
  ]) {
    it(`${url}: brotli or gzip as the browser asks, the same bytes once decoded`, async () => {
      const plain = await get(url)
      assert.equal(plain.statusCode, 200)
      assert.equal(plain.headers['content-encoding'], undefined, 'nothing asked, nothing compressed')
      for (const [asked, decode] of [
        ['gzip, deflate, br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        // Twice: the second is sent from the page cache where there is one.
        for (let round = 0; round < 2; round++) {
          const packed = await get(url, asked)
          assert.equal(packed.statusCode, 200)
          const encoding = asked === 'gzip' ? 'gzip' : 'br'
          if (plain.rawPayload.length < 1024) continue // too small to be worth it
          assert.equal(packed.headers['content-encoding'], encoding, `${asked}, round ${round + 1}`)
          assert.ok(packed.rawPayload.length < plain.rawPayload.length)
          assert.equal(decode(packed.rawPayload).toString('utf8'), plain.body)
        }
      }
    })
  }

  it('a page kept in the page cache is sent compressed, with the same ETag as uncompressed', async () => {
    const url = '/committees'
    await get(url, 'gzip')
    const hit = await get(url, 'gzip')
    assert.equal(hit.headers['x-page-cache'], 'hit')
    assert.equal(hit.headers['content-encoding'], 'gzip')
    assert.match(String(hit.headers.vary), /accept-encoding/i)
    const plain = await get(url)
    assert.equal(plain.headers['x-page-cache'], 'hit')
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(plain.headers.etag, hit.headers.etag)
    const revalidated = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(hit.headers.etag) },
    })
    assert.equal(revalidated.statusCode, 304)
  })

  it('nothing is compressed for someone holding a session (a CSRF token beside typed text: BREACH)', async () => {
    const officer = new Browser(t.app)
    await officer.signIn('officer@example.test')
    for (const url of ['/staff', '/committees/children-and-education', '/search?q=school']) {
      const cookie = `scrutiny.sid=${officer.cookie('scrutiny.sid')}`
      const page = await t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-encoding': 'gzip, br' } })
      assert.equal(page.statusCode, 200, url)
      assert.equal(page.headers['content-encoding'], undefined, url)
    }
  })
})
