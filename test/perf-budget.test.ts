/**
 * Page weight budget (issue 7): every public page type, with the CSS and JS it loads, stays under
 * 100 KB as transferred. Bytes are measured through the real app (app.inject) on the demo council.
 *
 * "As transferred": the bytes the app sends a browser that accepts gzip (web/compression.ts).
 * GOV.UK Frontend's stylesheet alone is ~135 KB uncompressed, so the uncompressed total (printed
 * below) is over 100 KB on every page.
 */
import assert from 'node:assert/strict'
import { gunzipSync } from 'node:zlib'
import { after, before, describe, it } from 'node:test'
import { buildTestApp, type TestApp } from './support/test-app.ts'

const BUDGET = 100 * 1024

describe('page weight budget', () => {
  let t: TestApp
  const pages: Record<string, string> = {
    home: '/',
    committees: '/committees',
    committee: '/committees/children-and-education',
    meetings: '/meetings',
    meeting: '',
    inquiry: '/committees/children-and-education/inquiries/school-exclusions',
    person: '/people/priya-shah',
    'search with results': '/search?q=school',
    accessibility: '/accessibility',
  }
  before(async () => {
    t = await buildTestApp({ demo: true, production: true })
    const meeting = await t.services.engine.db
      .selectFrom('meeting')
      .select('slug')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    pages.meeting = `/meetings/${meeting.slug}`
  })
  after(() => t.close())

  /** What the browser receives (`sent`) and what it reads once decompressed (`body`). */
  async function fetchBody(url: string): Promise<{ sent: Buffer; body: Buffer }> {
    const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } })
    assert.equal(response.statusCode, 200, url)
    const sent = response.rawPayload
    return { sent, body: response.headers['content-encoding'] === 'gzip' ? gunzipSync(sent) : sent }
  }

  /** The stylesheets and scripts a page loads, following the module script's static imports. */
  async function assetsOf(html: string): Promise<Map<string, { sent: Buffer; body: Buffer }>> {
    const assets = new Map<string, { sent: Buffer; body: Buffer }>()
    const queue = [
      ...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
      ...html.matchAll(/<script[^>]* src="([^"]+)"/g),
    ].map(m => m[1] ?? '')
    while (queue.length > 0) {
      const url = queue.shift() ?? ''
      if (assets.has(url)) continue
      const asset = await fetchBody(url)
      assets.set(url, asset)
      if (/\.m?js$/.test(url)) {
        for (const m of asset.body.toString('utf8').matchAll(/\bfrom\s*'(\/[^']+)'/g)) queue.push(m[1] ?? '')
      }
    }
    return assets
  }

  it('every public page type is under 100 KB of HTML + CSS + JS as sent, figures printed', async () => {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    const lines: string[] = []
    for (const [name, url] of Object.entries(pages)) {
      const html = await fetchBody(url)
      const text = html.body.toString('utf8')
      const assets = await assetsOf(text)
      if (name === 'search with results') assert.match(text, /data-qa="results"[^>]*>\s*<li/)
      assert.ok(
        [...assets.keys()].some(a => a.endsWith('.css')),
        `${name}: the page's stylesheets were found`,
      )
      assert.ok(
        [...assets.keys()].some(a => a.includes('govuk-frontend')),
        `${name}: the GOV.UK script was found`,
      )
      const everything = [html, ...assets.values()]
      const uncompressed = everything.reduce((sum, b) => sum + b.body.length, 0)
      const sent = everything.reduce((sum, b) => sum + b.sent.length, 0)
      lines.push(
        `${name.padEnd(20)} html ${kb(html.body.length).padStart(9)}  html+css+js ${kb(sent).padStart(8)} sent (${kb(uncompressed).padStart(9)} uncompressed)`,
      )
      assert.ok(html.body.length < BUDGET, `${name}: HTML alone is ${kb(html.body.length)}`)
      assert.ok(sent < BUDGET, `${name}: ${kb(sent)} sent is over the 100 KB budget`)
    }
    console.log(`\nPage weight (budget 100 KB):\n${lines.join('\n')}`)
  })
})
