import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const EXEMPT_TITLE = /Larkfield|residential placements/

describe('meeting page (demo council)', () => {
  let t: TestApp
  let upcomingSlug: string
  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('member@example.gov.uk', 'member')
    await t.addUser('author@example.gov.uk', 'report_author')
    const next = await t.services.meetings.upcoming('2000-01-01', 10)
    upcomingSlug = next.filter(m => m.committee_name.startsWith('Children')).at(-1)!.slug
  })
  after(() => t.close())

  test('a webcast link is an https address whatever writes it: the database refuses anything else', async () => {
    const db = t.services.engine.db
    const { webcast_url: original } = await db
      .selectFrom('meeting')
      .select('webcast_url')
      .where('slug', '=', upcomingSlug)
      .executeTakeFirstOrThrow()
    for (const link of ['javascript:alert(1)', 'http://example.org/live', 'https://example.org/a b']) {
      await assert.rejects(
        db.updateTable('meeting').set({ webcast_url: link }).where('slug', '=', upcomingSlug).execute(),
        /meeting_webcast_url_https/,
        link,
      )
    }
    await db
      .updateTable('meeting')
      .set({ webcast_url: 'https://example.org/live' })
      .where('slug', '=', upcomingSlug)
      .execute()
    const page = await new Browser(t.app).get(`/meetings/${upcomingSlug}`)
    assert.match(page.body, /<a class="govuk-link" href="https:\/\/example.org\/live">Watch the webcast<\/a>/)
    await db.updateTable('meeting').set({ webcast_url: original }).where('slug', '=', upcomingSlug).execute()
  })

  test('shows date, time, venue and the numbered agenda with times, attendees and page ranges', async () => {
    const page = await new Browser(t.app).get(`/meetings/${upcomingSlug}`)
    assert.equal(page.statusCode, 200)
    assert.match(
      page.body,
      /<span class="govuk-caption-l">Children and Education Overview and Scrutiny Committee<\/span>/,
    )
    assert.match(page.body, /10am/)
    assert.match(page.body, /Committee Room 2, Northmoor Civic Centre/)
    assert.match(page.body, /1\. Notice of recording\/webcast/)
    assert.match(page.body, /6\. Youth Service Annual Report/)
    assert.match(page.body, /10:05am to 10:50am/)
    assert.match(page.body, /Head of Youth Service/)
    assert.match(page.body, /Pages 19 to 36/)
    assert.match(page.body, /Watch the webcast/)
  })

  test('the public sees that an exempt item exists, but never its title or description', async () => {
    const page = await new Browser(t.app).get(`/meetings/${upcomingSlug}`)
    assert.match(page.body, /8\. Exempt item/)
    assert.match(page.body, /paragraph 3 of Schedule 12A/)
    assert.doesNotMatch(page.body, EXEMPT_TITLE)
    assert.doesNotMatch(page.body, /Commercially sensitive/)
  })

  test('a report author is not entitled to exempt material either', async () => {
    const browser = new Browser(t.app)
    await browser.signIn('author@example.gov.uk')
    const page = await browser.get(`/meetings/${upcomingSlug}`)
    assert.doesNotMatch(page.body, EXEMPT_TITLE)
  })

  test('a signed-in member sees the exempt item, marked as exempt', async () => {
    const browser = new Browser(t.app)
    await browser.signIn('member@example.gov.uk')
    const page = await browser.get(`/meetings/${upcomingSlug}`)
    assert.match(page.body, /8\. Contract award: residential placements framework/)
    assert.match(page.body, /Exempt, paragraph 3/)
  })

  test('an unknown meeting gets the 404 page', async () => {
    const page = await new Browser(t.app).get('/meetings/1999-01-01-nothing')
    assert.equal(page.statusCode, 404)
  })

  test('GET /meetings lists upcoming and recent meetings', async () => {
    const page = await new Browser(t.app).get('/meetings')
    assert.equal(page.statusCode, 200)
    assert.equal((page.body.match(/href="\/meetings\//g) ?? []).length, 4)
  })
})
