import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { buildApp } from '../app.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { isKeepableRequest, siteRevision } from './page-cache.ts'

const COMMITTEE = '/committees/children-and-education'

// Tables no public page reads, so a change to them need not refresh any page (migration 0014).
const NOT_ON_PUBLIC_PAGES = [
  'alert_sent',
  'alert_subscription',
  'app_user',
  'audit_log',
  'import_run',
  'mail_outbox',
  'reminder_sent',
  'schema_migrations',
  'search_entry',
  'site_revision',
  'user_session',
]

describe('public pages kept in memory until the record changes', () => {
  let t: TestApp
  let exemptMeeting: { slug: string; title: string }

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    exemptMeeting = await t.services.engine.db
      .selectFrom('agenda_item')
      .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
      .select(['meeting.slug', 'agenda_item.title'])
      .where('agenda_item.is_exempt', '=', true)
      .executeTakeFirstOrThrow()
  })
  after(() => t.close())

  test('every table a public page may read moves the revision on when it changes', async () => {
    const { rows } = await sql<{ table_name: string; has_trigger: boolean }>`
      select c.relname as table_name,
        exists (select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid
                where g.tgrelid = c.oid and p.proname = 'bump_site_revision') as has_trigger
      from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'`.execute(t.services.engine.db)
    const missing = rows.filter(r => !r.has_trigger && !NOT_ON_PUBLIC_PAGES.includes(r.table_name))
    assert.deepEqual(
      missing.map(r => r.table_name),
      [],
      'a new table needs the site_revision trigger (see migration 0014) or a place in the list above',
    )
    assert.ok(rows.filter(r => r.has_trigger).length >= 25)
  })

  test('the second anonymous visit is answered from memory, byte for byte', async () => {
    const first = await t.app.inject(COMMITTEE)
    const second = await t.app.inject(COMMITTEE)
    assert.equal(first.statusCode, 200)
    assert.equal(first.headers['x-page-cache'], undefined)
    assert.equal(second.headers['x-page-cache'], 'hit')
    assert.equal(second.body, first.body)
    assert.equal(second.headers.etag, first.headers.etag)
    assert.equal(second.headers['content-type'], first.headers['content-type'])
    assert.ok(second.headers['content-security-policy'], 'security headers are the request’s own, still sent')

    const revalidated = await t.app.inject({ url: COMMITTEE, headers: { 'if-none-match': String(first.headers.etag) } })
    assert.equal(revalidated.statusCode, 304)
  })

  test('a calendar kept for one host name is never sent to another (its links name the host)', async () => {
    const first = await t.app.inject({ url: '/calendar.ics', headers: { host: 'scrutiny.council-a.example' } })
    const again = await t.app.inject({ url: '/calendar.ics', headers: { host: 'scrutiny.council-a.example' } })
    const other = await t.app.inject({ url: '/calendar.ics', headers: { host: 'scrutiny.council-b.example' } })
    assert.equal(again.headers['x-page-cache'], 'hit')
    assert.match(first.body, /scrutiny\.council-a\.example/)
    assert.equal(other.headers['x-page-cache'], undefined)
    assert.doesNotMatch(other.body, /council-a/)
    const forged = await t.app.inject({ url: '/calendar.ics', headers: { host: 'evil.example/<x>' } })
    assert.equal(forged.statusCode, 400)
  })

  test('a change to the record, made anywhere, is on the next page', async () => {
    await t.app.inject(COMMITTEE)
    const before = await siteRevision(t.services.engine.db)
    // As another instance (or the CLI) would: straight to the shared database.
    await t.services.engine.db
      .updateTable('committee')
      .set({ purpose: 'A purpose written by another instance.' })
      .where('slug', '=', 'children-and-education')
      .execute()
    assert.notEqual(await siteRevision(t.services.engine.db), before)
    const page = await t.app.inject(COMMITTEE)
    assert.equal(page.headers['x-page-cache'], undefined)
    assert.match(page.body, /A purpose written by another instance\./)
  })

  test('one transaction of many statements moves the revision, and reading does not', async () => {
    const db = t.services.engine.db
    const before = await siteRevision(db)
    await t.app.inject(COMMITTEE)
    await t.app.inject('/meetings')
    assert.equal(await siteRevision(db), before, 'pages read, nothing changed')
    await db.transaction().execute(async trx => {
      for (const purpose of ['one', 'two', 'three'])
        await trx.updateTable('committee').set({ purpose }).where('slug', '=', 'children-and-education').execute()
    })
    const [epoch, revision] = (await siteRevision(db)).split(':')
    assert.equal(epoch, before.split(':')[0])
    assert.equal(Number(revision), Number(before.split(':')[1]) + 1, 'moved once for the whole transaction')
  })

  test('a signed-in officer’s page (with exempt titles) is never kept nor given to the public', async () => {
    const officer = new Browser(t.app)
    await officer.signIn('officer@example.gov.uk')
    const url = `/meetings/${exemptMeeting.slug}`
    for (let i = 0; i < 2; i++) {
      const seen = await officer.get(url)
      assert.equal(seen.statusCode, 200)
      assert.ok(seen.body.includes(exemptMeeting.title), 'the officer sees the exempt title')
      assert.equal(seen.headers['x-page-cache'], undefined)
    }
    for (let i = 0; i < 2; i++) {
      const anonymous = await t.app.inject(url)
      assert.equal(anonymous.statusCode, 200)
      assert.ok(!anonymous.body.includes(exemptMeeting.title), 'the public never do')
    }
    const afterPublic = await officer.get(url)
    assert.ok(afterPublic.body.includes(exemptMeeting.title), 'nor is the officer given the public copy')
  })

  test('two instances on one database: a change through one is on the other’s next page', async () => {
    const other = await buildApp({
      services: t.services,
      config: { env: 'test', sessionSecret: 'x'.repeat(40), secureCookies: false, loginAttemptsPerMinute: 100 },
      councilName: 'Northmoor City Council',
    })
    try {
      await other.inject(COMMITTEE)
      assert.equal((await other.inject(COMMITTEE)).headers['x-page-cache'], 'hit')
      const officer = new Browser(t.app)
      await officer.signIn('officer@example.gov.uk')
      const saved = await officer.submit(`/staff${COMMITTEE}/edit`, `/staff${COMMITTEE}`, {
        name: 'Children, Education and Skills',
        kind: 'overview_scrutiny',
        standing_items: 'Apologies',
        is_active: 'yes',
      })
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500))
      const page = await other.inject(COMMITTEE)
      assert.match(page.body, /Children, Education and Skills/)
    } finally {
      await other.close()
    }
  })

  test('PAGE_CACHE_MB=0 turns it off', async () => {
    const uncached = await buildApp({
      services: t.services,
      config: {
        env: 'test',
        sessionSecret: 'x'.repeat(40),
        secureCookies: false,
        loginAttemptsPerMinute: 100,
        pageCacheMegabytes: 0,
      },
      councilName: 'Northmoor City Council',
    })
    try {
      await uncached.inject(COMMITTEE)
      assert.equal((await uncached.inject(COMMITTEE)).headers['x-page-cache'], undefined)
    } finally {
      await uncached.close()
    }
  })
})

describe('which requests the page cache may answer', () => {
  test('anonymous GETs of public pages, feeds and calendars', () => {
    for (const url of ['/', COMMITTEE, '/meetings/2026-01-01-x', '/feeds/documents.atom', '/calendar.ics'])
      assert.ok(isKeepableRequest('GET', url, 'public', false), url)
  })
  test('never the API, search, sign-in, staff screens, a session holder or a non-public route', () => {
    assert.ok(!isKeepableRequest('GET', '/api/v1/meetings', 'public', false), 'API: per-caller rate limits')
    assert.ok(!isKeepableRequest('GET', '/search?q=x', 'public', false))
    assert.ok(!isKeepableRequest('GET', '/sign-in', 'public', false))
    assert.ok(!isKeepableRequest('GET', '/staff', 'staff', false))
    assert.ok(!isKeepableRequest('GET', COMMITTEE, 'public', true), 'a session holder')
    assert.ok(!isKeepableRequest('POST', COMMITTEE, 'public', false))
    assert.ok(!isKeepableRequest('GET', '/members-pack', ['member'], false))
  })
})
