import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { buildPdfFromText } from '../import/pdf/build-test-pdf.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'
import { latestPublicationDate } from './publication-deadline.ts'

const COMMITTEE = 'children-and-education'

/** A meeting date far enough ahead to publish in time, and one too close to. */
const inTime = addDays(todayInLondon(), 60)
const tooSoon = addDays(todayInLondon(), 2)

async function pdf(text: string) {
  return buildPdfFromText(`${text}\n\nThis report sets out the position for the committee.`)
}

describe('the scrutiny officer prepares, publishes and changes a meeting (through HTTP)', () => {
  let t: TestApp
  let officer: Browser
  let slug: string

  const db = () => t.services.engine.db
  const agendaTitles = async () =>
    (
      await db()
        .selectFrom('agenda_item')
        .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
        .select(['agenda_item.title', 'agenda_item.item_number'])
        .where('meeting.slug', '=', slug)
        .orderBy('position')
        .execute()
    ).map(r => `${r.item_number}. ${r.title}`)
  const itemId = async (title: string) =>
    (
      await db()
        .selectFrom('agenda_item')
        .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
        .select('agenda_item.id')
        .where('meeting.slug', '=', slug)
        .where('agenda_item.title', '=', title)
        .executeTakeFirstOrThrow()
    ).id
  const auditCount = async (action: string) =>
    Number(
      (
        await db()
          .selectFrom('audit_log')
          .select(eb => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    )

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('author@example.gov.uk', 'report_author')
    await t.addUser('other-author@example.gov.uk', 'report_author')
    await t.addUser('member@example.gov.uk', 'member')
    officer = new Browser(t.app)
    assert.equal((await officer.signIn('officer@example.gov.uk')).statusCode, 303)
  })
  after(() => t.close())

  test('a new meeting starts with the committee’s standing items', async () => {
    const response = await officer.submit('/staff/meetings/new', '/staff/meetings', {
      committee: COMMITTEE,
      meetingDate: inTime,
      startTime: '10:00',
      venue: 'Council Chamber',
      webcastUrl: '',
    })
    assert.equal(response.statusCode, 303)
    slug = String(response.headers.location).replace('/staff/meetings/', '')
    assert.equal(slug, `${inTime}-${COMMITTEE}`)
    const titles = await agendaTitles()
    assert.ok(titles.length >= 8, titles.join(' | '))
    assert.match(titles[1]!, /^2\. Apologies/)
    const page = await officer.get(`/staff/meetings/${slug}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, new RegExp(`Latest lawful publication`))
    assert.ok(page.body.includes(latestPublicationDate(inTime).slice(0, 4)))
    assert.equal(await auditCount('meeting.create'), 1)
  })

  test('bad meeting forms are refused with an error summary, not stored', async () => {
    const before = await db()
      .selectFrom('meeting')
      .select(eb => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ committee: '', meetingDate: inTime }, /Choose the committee/],
      [{ committee: COMMITTEE, meetingDate: '2026-02-30' }, /must be a real date/],
      [{ committee: COMMITTEE, meetingDate: '2099-01-01' }, /must be between/],
      [{ committee: COMMITTEE, meetingDate: inTime, startTime: '25:00' }, /must be a time/],
      [{ committee: COMMITTEE, meetingDate: inTime, webcastUrl: 'javascript:alert(1)' }, /must start with https/],
    ]
    for (const [form, message] of cases) {
      const response = await officer.submit('/staff/meetings/new', '/staff/meetings', form)
      assert.equal(response.statusCode, 400, JSON.stringify(form))
      assert.match(response.body, /There is a problem/)
      assert.match(response.body, message)
    }
    const afterwards = await db()
      .selectFrom('meeting')
      .select(eb => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    assert.equal(afterwards.n, before.n)
  })

  test('business items go before the work programme, and move with keyboard-operable buttons', async () => {
    const add = (title: string, extra: Record<string, string> = {}) =>
      officer.submit(`/staff/meetings/${slug}/items/new`, `/staff/meetings/${slug}/items`, { title, ...extra })
    assert.equal(
      (await add('School Exclusions', { timeFrom: '10:15', timeTo: '11:00', attendees: 'Naomi Osei, Director' }))
        .statusCode,
      303,
    )
    assert.equal(
      (await add('Home to School Transport: contract award', { exempt: 'yes', exemptParagraph: '3' })).statusCode,
      303,
    )
    let titles = await agendaTitles()
    const workProgramme = titles.findIndex(t => /Work programme/.test(t))
    assert.match(titles[workProgramme - 2]!, /School Exclusions/)
    assert.match(titles[workProgramme - 1]!, /Home to School Transport/)

    const id = await itemId('Home to School Transport: contract award')
    const moved = await officer.submit(`/staff/meetings/${slug}`, `/staff/meetings/${slug}/items/${id}/move`, {
      direction: 'up',
    })
    assert.equal(moved.statusCode, 303)
    titles = await agendaTitles()
    assert.match(titles[workProgramme - 2]!, /Home to School Transport/)
    assert.ok(
      titles.every((title, i) => title.startsWith(`${i + 1}. `)),
      'renumbered in order',
    )

    const invalid = await add('Bad times', { timeFrom: '11:00', timeTo: '10:00' })
    assert.equal(invalid.statusCode, 400)
    assert.match(invalid.body, /end time must be after the start time/)
    const noParagraph = await add('Exempt without paragraph', { exempt: 'yes' })
    assert.equal(noParagraph.statusCode, 400)
    assert.match(noParagraph.body, /paragraph of Schedule 12A/)
  })

  test('an officer attaches a PDF; a non-PDF is refused by its content, whatever its name', async () => {
    const id = await itemId('School Exclusions')
    const form = `/staff/meetings/${slug}/items/${id}/documents/new`
    const action = `/staff/meetings/${slug}/items/${id}/documents`
    const ok = await officer.upload(
      form,
      action,
      { title: 'School Exclusions: annual report', kind: 'report' },
      {
        field: 'file',
        bytes: await pdf('SCHOOL EXCLUSIONS ANNUAL REPORT'),
        name: 'exclusions.pdf',
      },
    )
    assert.equal(ok.statusCode, 303)
    const fake = await officer.upload(
      form,
      action,
      { title: 'Not a PDF', kind: 'report' },
      {
        field: 'file',
        bytes: new TextEncoder().encode('<html>not a pdf</html>'),
        name: 'report.pdf',
      },
    )
    assert.equal(fake.statusCode, 400)
    assert.match(fake.body, /There is a problem/)
    const missing = await officer.submit(form, action, { title: 'No file', kind: 'report' })
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /Choose a PDF file/)
    const exemptId = await itemId('Home to School Transport: contract award')
    const exempt = await officer.upload(
      `/staff/meetings/${slug}/items/${exemptId}/documents/new`,
      `/staff/meetings/${slug}/items/${exemptId}/documents`,
      { title: 'Tender evaluation (confidential)', kind: 'appendix', exempt: 'yes', exemptParagraph: '3' },
      { field: 'file', bytes: await pdf('CONFIDENTIAL TENDER PRICES'), name: 'tenders.pdf' },
    )
    assert.equal(exempt.statusCode, 303)
  })

  test('a report author submits only for the item they were asked for; the officer accepts it', async () => {
    const author = await db()
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'author@example.gov.uk')
      .executeTakeFirstOrThrow()
    const id = await itemId('School Exclusions')
    const edit = await officer.submit(
      `/staff/meetings/${slug}/items/${id}/edit`,
      `/staff/meetings/${slug}/items/${id}`,
      {
        title: 'School Exclusions',
        timeFrom: '10:15',
        timeTo: '11:00',
        reportAuthor: String(author.id),
      },
    )
    assert.equal(edit.statusCode, 303)

    const writer = new Browser(t.app)
    await writer.signIn('author@example.gov.uk')
    const requests = await writer.get('/staff/reports')
    assert.match(requests.body, /School Exclusions/)
    const submitted = await writer.upload(
      `/staff/meetings/${slug}/items/${id}/documents/new`,
      `/staff/meetings/${slug}/items/${id}/documents`,
      { title: 'Exclusions: data appendix', kind: 'appendix' },
      { field: 'file', bytes: await pdf('EXCLUSIONS DATA'), name: 'data.pdf' },
    )
    assert.equal(submitted.statusCode, 303)
    assert.equal(submitted.headers.location, '/staff/reports')

    const stranger = new Browser(t.app)
    await stranger.signIn('other-author@example.gov.uk')
    assert.equal((await stranger.get(`/staff/meetings/${slug}/items/${id}/documents/new`)).statusCode, 404)
    assert.equal((await stranger.get(`/staff/meetings/${slug}`)).statusCode, 403)

    const doc = await db()
      .selectFrom('document')
      .select(['id', 'status'])
      .where('title', '=', 'Exclusions: data appendix')
      .executeTakeFirstOrThrow()
    assert.equal(doc.status, 'submitted')
    const accepted = await officer.submit(
      `/staff/meetings/${slug}`,
      `/staff/meetings/${slug}/documents/${doc.id}/accept`,
      {},
    )
    assert.equal(accepted.statusCode, 303)
    const now = await db().selectFrom('document').select('status').where('id', '=', doc.id).executeTakeFirstOrThrow()
    assert.equal(now.status, 'accepted')
  })

  test('a report author writes a report in the council’s template; it becomes a PDF with its cover details', async () => {
    const id = await itemId('School Exclusions')
    const writer = new Browser(t.app)
    await writer.signIn('author@example.gov.uk')
    const form = `/staff/meetings/${slug}/items/${id}/cover-report`
    const bad = await writer.submit(form, form, { reportDate: '2027-01-06', subject: '' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /Enter the subject/)
    const ok = await writer.submit(form, form, {
      reportDate: '2027-01-06',
      subject: 'Exclusions: progress since the inquiry',
      reportOf: 'Director for Children and Families',
      authorName: 'Naomi Osei',
      authorEmail: 'naomi.osei@northmoor.example',
      purpose: 'To update the committee on exclusions.',
      recommendations: 'That the committee notes the report.',
    })
    assert.equal(ok.statusCode, 303)
    const doc = await db()
      .selectFrom('document')
      .innerJoin('report_cover', 'report_cover.document_id', 'document.id')
      .innerJoin('file_page', 'file_page.file_id', 'document.file_id')
      .select(['document.status', 'report_cover.author_email', 'file_page.body'])
      .where('document.title', '=', 'Exclusions: progress since the inquiry')
      .executeTakeFirstOrThrow()
    assert.equal(doc.status, 'submitted')
    assert.equal(doc.author_email, 'naomi.osei@northmoor.example')
    assert.match(doc.body, /2\.1 That the committee notes the report\./)
  })

  test('nothing is public before publication; publishing freezes version 1 and builds the packs', async () => {
    const anonymous = new Browser(t.app)
    const draft = await anonymous.get(`/meetings/${slug}`)
    assert.equal(draft.statusCode, 200)
    assert.doesNotMatch(draft.body, /School Exclusions/)

    const published = await officer.submit(`/staff/meetings/${slug}/publish`, `/staff/meetings/${slug}/publish`, {})
    assert.equal(published.statusCode, 303)
    const page = await anonymous.get(`/meetings/${slug}`)
    assert.match(page.body, /School Exclusions/)
    assert.match(page.body, /Exclusions: data appendix/)
    assert.doesNotMatch(page.body, /Home to School Transport|Tender evaluation/, 'exempt item and document hidden')
    assert.match(page.body, /Exempt item/)
    const pack = await anonymous.get(`/meetings/${slug}/agenda-pack.pdf`)
    assert.equal(pack.statusCode, 200)
    assert.equal(pack.headers['content-type'], 'application/pdf')
    const ranges = await db()
      .selectFrom('agenda_item')
      .select(['page_from', 'page_to'])
      .where('id', '=', await itemId('School Exclusions'))
      .executeTakeFirstOrThrow()
    assert.ok(ranges.page_from && ranges.page_to && ranges.page_to >= ranges.page_from, JSON.stringify(ranges))
    assert.equal(await auditCount('agenda.publish'), 1)
  })

  test('later changes are public only once a supplement is published, which lists them', async () => {
    const again = await officer.submit(`/staff/meetings/${slug}/publish`, `/staff/meetings/${slug}/publish`, {})
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /Nothing has changed since version 1/)

    await officer.submit(`/staff/meetings/${slug}/items/new`, `/staff/meetings/${slug}/items`, {
      title: 'Youth Services Review',
    })
    const anonymous = new Browser(t.app)
    assert.doesNotMatch((await anonymous.get(`/meetings/${slug}`)).body, /Youth Services Review/)
    const preview = await officer.get(`/staff/meetings/${slug}/publish`)
    assert.match(preview.body, /Youth Services Review: added/)
    assert.equal(
      (await officer.submit(`/staff/meetings/${slug}/publish`, `/staff/meetings/${slug}/publish`, {})).statusCode,
      303,
    )
    const page = await anonymous.get(`/meetings/${slug}`)
    assert.match(page.body, /Youth Services Review/)
    assert.match(page.body, /Supplement/)
  })

  test('publishing late needs a reason, which is printed on the agenda', async () => {
    const created = await officer.submit('/staff/meetings/new', '/staff/meetings', {
      committee: COMMITTEE,
      meetingDate: tooSoon,
    })
    const late = String(created.headers.location).replace('/staff/meetings/', '')
    const refused = await officer.submit(`/staff/meetings/${late}/publish`, `/staff/meetings/${late}/publish`, {})
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /choose why the agenda is published late/)
    const noWords = await officer.submit(`/staff/meetings/${late}/publish`, `/staff/meetings/${late}/publish`, {
      lateReasonKind: 'special_urgency',
      lateReason: '',
    })
    assert.equal(noWords.statusCode, 400)
    const ok = await officer.submit(`/staff/meetings/${late}/publish`, `/staff/meetings/${late}/publish`, {
      lateReasonKind: 'special_urgency',
      lateReason: 'The budget decision cannot wait for the next meeting',
    })
    assert.equal(ok.statusCode, 303)
    const page = await new Browser(t.app).get(`/meetings/${late}`)
    assert.match(page.body, /The budget decision cannot wait for the next meeting/)
  })

  test('rescheduling keeps the history and the old address; cancelling and reinstating are recorded', async () => {
    const newDate = addDays(inTime, 7)
    const moved = await officer.submit(`/staff/meetings/${slug}/reschedule`, `/staff/meetings/${slug}/reschedule`, {
      meetingDate: newDate,
      startTime: '14:00',
      reason: 'Clash with the budget meeting',
    })
    assert.equal(moved.statusCode, 303)
    const oldSlug = slug
    slug = `${newDate}-${COMMITTEE}`
    assert.equal(moved.headers.location, `/staff/meetings/${slug}`)
    const redirect = await new Browser(t.app).get(`/meetings/${oldSlug}`)
    assert.equal(redirect.statusCode, 301)
    assert.equal(redirect.headers.location, `/meetings/${slug}`)
    assert.match((await officer.get(`/staff/meetings/${slug}`)).body, /Clash with the budget meeting/)

    const noReason = await officer.submit(`/staff/meetings/${slug}/cancel`, `/staff/meetings/${slug}/cancel`, {
      reason: ' ',
    })
    assert.equal(noReason.statusCode, 400)
    assert.equal(
      (
        await officer.submit(`/staff/meetings/${slug}/cancel`, `/staff/meetings/${slug}/cancel`, {
          reason: 'Not quorate',
        })
      ).statusCode,
      303,
    )
    assert.match((await new Browser(t.app).get(`/meetings/${slug}`)).body, /cancelled/)
    const blocked = await officer.submit(`/staff/meetings/${slug}/items/new`, `/staff/meetings/${slug}/items`, {
      title: 'Too late',
    })
    assert.equal(blocked.statusCode, 409)
    assert.match(blocked.body, /cancelled/)
    assert.equal(
      (await officer.submit(`/staff/meetings/${slug}`, `/staff/meetings/${slug}/reinstate`, {})).statusCode,
      303,
    )
    const meeting = await db().selectFrom('meeting').select('status').where('slug', '=', slug).executeTakeFirstOrThrow()
    assert.equal(meeting.status, 'agenda_published')
    const kinds = (
      await db()
        .selectFrom('meeting_change')
        .innerJoin('meeting', 'meeting.id', 'meeting_change.meeting_id')
        .select('meeting_change.kind')
        .where('meeting.slug', '=', slug)
        .orderBy('meeting_change.id')
        .execute()
    ).map(r => r.kind)
    assert.deepEqual(kinds, ['rescheduled', 'cancelled', 'reinstated'])
  })

  test('members may not change meetings', async () => {
    const member = new Browser(t.app)
    await member.signIn('member@example.gov.uk')
    assert.equal((await member.get('/staff/meetings/new')).statusCode, 403)
    const response = await member.submit('/staff', '/staff/meetings', { committee: COMMITTEE, meetingDate: inTime })
    assert.equal(response.statusCode, 403)
  })
})
