import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('committee pages (demo council)', () => {
  let t: TestApp
  before(async () => (t = await buildTestApp({ demo: true })))
  after(() => t.close())

  test('GET /committees lists both demo committees', async () => {
    const page = await new Browser(t.app).get('/committees')
    assert.equal(page.statusCode, 200)
    assert.match(
      page.body,
      /href="\/committees\/children-and-education">Children and Education Overview and Scrutiny Committee/,
    )
    assert.match(page.body, /href="\/committees\/housing-and-neighbourhoods"/)
  })

  test('GET /committees/:slug shows today’s members with their roles, chair first', async () => {
    const page = await new Browser(t.app).get('/committees/children-and-education')
    assert.equal(page.statusCode, 200)
    const members = page.body.slice(page.body.indexOf('data-qa="members"'), page.body.indexOf('data-qa="officers"'))
    assert.match(members, /^[^]*?Councillor Priya Shah[^]*?\(Chair\)/)
    assert.ok(members.indexOf('Priya Shah') < members.indexOf('Tom Hargreaves'), 'chair before deputy')
    assert.match(members, /Tom Hargreaves[^]*?\(Deputy Chair\)/)
    assert.match(members, /Revd Margaret Ellis[^]*?Co-opted member, Church of England Diocese/)
    assert.match(members, /Daniel Okafor/, 'current member shown')
    assert.doesNotMatch(members, /Helen Marsh/, 'a member whose term has ended is not shown')
    assert.match(page.body, /Ruth Kendall, Scrutiny Officer/)
  })

  test('the committee page lists upcoming and past meetings with links', async () => {
    const page = await new Browser(t.app).get('/committees/children-and-education')
    const upcoming = page.body.slice(
      page.body.indexOf('data-qa="upcoming-meetings"'),
      page.body.indexOf('data-qa="past-meetings"'),
    )
    assert.equal((upcoming.match(/href="\/meetings\//g) ?? []).length, 1)
    const past = page.body.slice(page.body.indexOf('data-qa="past-meetings"'))
    assert.equal((past.match(/href="\/meetings\/\d{4}-\d{2}-\d{2}-children-and-education"/g) ?? []).length, 2)
  })

  test('an unknown committee gets the 404 page', async () => {
    const page = await new Browser(t.app).get('/committees/no-such-committee')
    assert.equal(page.statusCode, 404)
    assert.match(page.body, /Page not found/)
  })
})
