import assert from 'node:assert/strict'
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { runJobsOnce } from '../jobs/job-runner.ts'
import { outboxMailer } from '../mail/mailer.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const COMMITTEE = 'children-and-education'

describe('email alerts: subscribe, confirm, digest, unsubscribe', () => {
  let t: TestApp
  let meetingId: number
  let position = 100

  before(async () => {
    t = await buildTestApp({ demo: true })
    const meeting = await t.services.engine.db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select('meeting.id')
      .where('committee.slug', '=', COMMITTEE)
      .where('meeting.status', '<>', 'cancelled')
      .orderBy('meeting.meeting_date', 'desc')
      .executeTakeFirstOrThrow()
    meetingId = meeting.id
  })
  after(() => t.close())

  const db = () => t.services.engine.db

  /** Publishes an agenda item as the importer or an officer would (the search index follows by trigger). */
  async function publishItem(title: string, exempt = false) {
    await db()
      .insertInto('agenda_item')
      .values({
        meeting_id: meetingId,
        position: position++,
        item_number: String(position),
        title,
        is_exempt: exempt,
        exempt_paragraph: exempt ? 3 : null,
      })
      .execute()
  }

  async function mailTo(email: string) {
    return db()
      .selectFrom('mail_outbox')
      .select(['subject', 'body', 'headers'])
      .where('to_address', '=', email)
      .orderBy('id')
      .execute()
  }

  async function subscribe(fields: Record<string, string>) {
    const browser = new Browser(t.app)
    const query = new URLSearchParams(fields.q ? { q: fields.q } : { committee: fields.committee ?? '' })
    return browser.submit(`/alerts/new?${query}`, '/alerts', fields)
  }

  /** Follows the confirmation link in the address's newest email, as its owner would. */
  async function confirmFromEmail(email: string): Promise<string> {
    const mails = await mailTo(email)
    const link = /http:\/\/localhost:3000(\/alerts\/confirm\/[A-Za-z0-9_-]{43})/.exec(mails.at(-1)!.body)
    assert.ok(link, 'the confirmation email has the link')
    const browser = new Browser(t.app)
    const page = await browser.get(link[1]!)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Confirm your email alerts/)
    const confirmed = await browser.submit(link[1]!, link[1]!, {})
    assert.equal(confirmed.statusCode, 200)
    assert.match(confirmed.body, /Email alerts confirmed/)
    return link[1]!.split('/').at(-1)!
  }

  test('the committee page and search results offer alerts', async () => {
    const committee = await t.app.inject(`/committees/${COMMITTEE}`)
    assert.match(committee.body, new RegExp(`href="/alerts/new\\?committee=${COMMITTEE}"`))
    const search = await t.app.inject('/search?q=exclusions&committee=' + COMMITTEE)
    assert.match(search.body, /href="\/alerts\/new\?q=exclusions&amp;committee=children-and-education"/)
    const form = await t.app.inject(`/alerts/new?committee=${COMMITTEE}`)
    assert.equal(form.statusCode, 200)
    assert.match(form.body, new RegExp(`<option value="${COMMITTEE}" selected>`))
  })

  test('bad forms are refused with an error summary, and nothing is stored or sent', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ committee: COMMITTEE, email: 'not an address' }, /Enter an email address in the correct format/],
      [{ committee: COMMITTEE, email: '' }, /Enter your email address/],
      [{ committee: 'no-such-committee', email: 'a@example.com' }, /Choose a committee from the list/],
      [{ q: 'the of and', email: 'a@example.com' }, /not only common words/],
      [{ email: 'a@example.com' }, /Enter words to search for, or choose a committee/],
      [{ q: 'x'.repeat(201), email: 'a@example.com' }, /200 characters or fewer/],
      [{ q: 'budget', type: 'spaceships', email: 'a@example.com' }, /Choose a type from the list/],
    ]
    for (const [fields, message] of cases) {
      const response = await subscribe(fields)
      assert.equal(response.statusCode, 400, JSON.stringify(fields))
      assert.match(response.body, /govuk-error-summary/)
      assert.match(response.body, message)
    }
    const stored = await db().selectFrom('alert_subscription').select('id').execute()
    assert.equal(stored.length, 0)
    assert.equal((await db().selectFrom('mail_outbox').select('id').execute()).length, 0)
  })

  test('a committee alert: double opt-in, a daily digest of what is new (never exempt), one-click unsubscribe', async () => {
    const email = 'resident@example.com'
    const asked = await subscribe({ committee: COMMITTEE, email })
    assert.equal(asked.statusCode, 303)
    assert.equal(asked.headers.location, '/alerts/check-your-email')
    let mails = await mailTo(email)
    assert.equal(mails.length, 1)
    assert.match(mails[0]!.subject, /Confirm your email alerts from Northmoor City Council/)

    await publishItem('Published before confirming: not new to this subscriber')
    assert.equal(await t.services.alerts.queueDigests('2030-01-01'), 0, 'nothing is sent before confirmation')

    // Asking again at once sends nothing more (no flooding an inbox), and says the same on screen.
    assert.equal((await subscribe({ committee: COMMITTEE, email: 'Resident@Example.com' })).statusCode, 303)
    assert.equal((await mailTo(email)).length, 1)

    const token = await confirmFromEmail(email)
    assert.equal(await t.services.alerts.queueDigests('2030-01-01'), 0, 'nothing new since confirming')

    await publishItem('Home to school transport review')
    await publishItem('Confidential: contract award to Acme Ltd', true)
    assert.equal(await t.services.alerts.queueDigests('2030-01-02'), 1)
    mails = await mailTo(email)
    const digest = mails.at(-1)!
    assert.match(digest.subject, /^1 new from Northmoor City Council: what is published for the Children/)
    assert.match(
      digest.body,
      /- Home to school transport review\n {2}Agenda item, Children[^\n]*\n {2}http:\/\/localhost:3000\/meetings\//,
    )
    assert.doesNotMatch(digest.body, /Acme|Confidential/, 'exempt items are never in an alert')
    assert.doesNotMatch(digest.body, /Published before confirming/)
    assert.match(
      digest.body,
      new RegExp(`Unsubscribe with one click: http://localhost:3000/alerts/unsubscribe/${token}`),
    )
    assert.deepEqual(digest.headers, {
      'List-Unsubscribe': `<http://localhost:3000/alerts/unsubscribe/${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })

    await publishItem('Youth service budget')
    assert.equal(await t.services.alerts.queueDigests('2030-01-02'), 0, 'one digest a day at most')
    assert.equal(await t.services.alerts.queueDigests('2030-01-03'), 1)
    const next = (await mailTo(email)).at(-1)!
    assert.match(next.body, /Youth service budget/)
    assert.doesNotMatch(next.body, /Home to school transport/, 'what was sent is not sent again')

    // An item edited (and so re-indexed) is not sent again as if it were new.
    await db()
      .updateTable('agenda_item')
      .set({ description: 'Edited' })
      .where('title', '=', 'Youth service budget')
      .execute()
    assert.equal(await t.services.alerts.queueDigests('2030-01-04'), 0)

    // The mail client's one-click unsubscribe: a POST with no session and no CSRF token (RFC 8058).
    const page = await t.app.inject(`/alerts/unsubscribe/${token}`)
    assert.match(page.body, /Stop the daily email about what is published for the Children/)
    const left = await t.app.inject({
      method: 'POST',
      url: `/alerts/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    assert.equal(left.statusCode, 200)
    assert.match(left.body, /You have unsubscribed/)
    const rows = await db().selectFrom('alert_subscription').select('id').where('email', '=', email).execute()
    assert.equal(rows.length, 0, 'the address is deleted')
    assert.match((await t.app.inject(`/alerts/unsubscribe/${token}`)).body, /You are not subscribed/)
    await publishItem('After unsubscribing')
    assert.equal(await t.services.alerts.queueDigests('2030-01-05'), 0)

    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor', 'after'])
      .where('entity_type', '=', 'alert_subscription')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      audit.map(a => a.action),
      ['alert.request', 'alert.confirm', 'alert.unsubscribe'],
    )
    assert.ok(!JSON.stringify(audit).includes('resident@'), 'the audit log, kept for ever, does not keep the address')
  })

  test('a saved search sends only new matches for its words, through the scheduled job to the mail folder', async () => {
    const email = 'journalist@example.com'
    assert.equal((await subscribe({ q: '"speed cameras"', email })).statusCode, 303)
    const token = await confirmFromEmail(email)
    await publishItem('Speed cameras near primary schools')
    await publishItem('Library opening hours')
    await publishItem('Cameras for the council chamber') // the words, but not the phrase

    const folder = await mkdtemp(join(tmpdir(), 'scrutiny-alert-mail-'))
    try {
      const mailer = outboxMailer(folder)
      const run = await runJobsOnce({
        db: db(),
        mailer,
        siteUrl: 'https://scrutiny.example',
        today: () => '2031-02-01',
      })
      assert.equal(run.digestsQueued, 1)
      const files = await readdir(folder)
      // Quoted-printable: soft line breaks joined again, so the text reads as the reader sees it.
      const eml = (await Promise.all(files.map(f => readFile(join(folder, f), 'utf8'))))
        .map(m => m.replace(/=\r\n/g, ''))
        .find(m => m.includes('To: journalist@example.com') && m.includes('List-Unsubscribe-Post'))
      assert.ok(eml, `the digest was delivered: ${files.length} files`)
      assert.match(eml, /Speed cameras near primary schools/)
      assert.doesNotMatch(eml, /Library opening hours|council chamber/)
      assert.match(eml, new RegExp(`List-Unsubscribe:\\s+<https://scrutiny.example/alerts/unsubscribe/${token}>`))
      assert.match(eml, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  test('links that do not work say so; unconfirmed addresses are forgotten after 7 days', async () => {
    const unknown = 'A'.repeat(43)
    assert.equal((await t.app.inject(`/alerts/confirm/${unknown}`)).statusCode, 404)
    assert.equal((await t.app.inject('/alerts/confirm/short')).statusCode, 404)
    const post = await t.app.inject({ method: 'POST', url: `/alerts/unsubscribe/${unknown}` })
    assert.equal(post.statusCode, 200)
    assert.match(post.body, /You are not subscribed/)

    await subscribe({ committee: COMMITTEE, email: 'forgetful@example.com' })
    await sql`update alert_subscription set created_at = now() - interval '8 days'
              where email = 'forgetful@example.com'`.execute(db())
    await t.services.alerts.queueDigests('2032-01-01')
    const left = await db()
      .selectFrom('alert_subscription')
      .select('id')
      .where('email', '=', 'forgetful@example.com')
      .execute()
    assert.equal(left.length, 0)
  })
})
