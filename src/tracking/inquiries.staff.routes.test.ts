import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'
import { nextRecommendationNumber } from './inquiries.staff.rules.ts'

async function pdfWithText(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage().drawText(text, { x: 50, y: 700, size: 12, font })
  return pdf.save()
}

describe('inquiry staff screens', () => {
  let t: TestApp
  const as: Record<string, Browser> = {}
  let committeeId: number

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer'] as const) {
      await t.addUser(`${role}@example.gov.uk`, role)
      as[role] = new Browser(t.app)
      await as[role].signIn(`${role}@example.gov.uk`)
    }
    committeeId = (
      await t.services.engine.db
        .selectFrom('committee')
        .select('id')
        .where('slug', '=', 'children-and-education')
        .executeTakeFirstOrThrow()
    ).id
  })
  after(() => t.close())

  const start = (form: Record<string, string>) =>
    as.scrutiny_officer!.submit('/staff/inquiries/new', '/staff/inquiries', form)
  const idFrom = (location: unknown) => Number(/\/staff\/inquiries\/(\d+)/.exec(String(location))?.[1])
  const audit = (entityType: string) =>
    t.services.engine.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity_type', '=', entityType)
      .orderBy('id')
      .execute()

  test('the overview lists inquiries, overdue recommendations and statistics per committee', async () => {
    const page = await as.member!.get('/staff/inquiries')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Reducing School Exclusions/)
    assert.match(page.body, /data-qa="statistics-table"/)
    assert.match(page.body, /id="committee-chart-\d+"|committee-chart-\d+/)
    assert.doesNotMatch(page.body, /Start an inquiry/)
    assert.equal((await as.report_author!.get('/staff/inquiries')).statusCode, 403)
    assert.equal((await as.member!.get('/staff/inquiries/new')).statusCode, 403)
  })

  test('a recommendation whose date has passed without a committee assessment since is listed as overdue', async () => {
    const db = t.services.engine.db
    const inquiry = await db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()
    await db
      .insertInto('recommendation')
      .values({
        inquiry_id: inquiry.id,
        number: 'R90',
        position: 90,
        body: 'Publish the overdue test plan',
        original_completion_date: addDays(todayInLondon(), -10),
      })
      .execute()
    const page = await as.member!.get('/staff/inquiries')
    const overdue = page.body.slice(page.body.indexOf('data-qa="overdue-children-and-education"'))
    assert.match(overdue.slice(0, overdue.indexOf('</table>')), /R90<\/strong> Publish the overdue test plan/)
  })

  test('an officer starts an inquiry; members cannot; it is audited', async () => {
    const denied = await as.member!.submit('/staff/inquiries', '/staff/inquiries', { title: 'x' })
    assert.equal(denied.statusCode, 403)
    const response = await start({
      committeeId: String(committeeId),
      title: 'Youth Services',
      keyQuestion: 'Are youth services reaching those who need them?',
      linesOfEnquiry: 'Who uses them?\nWhat do they cost?',
      status: 'scoping',
    })
    assert.equal(response.statusCode, 303)
    const id = idFrom(response.headers.location)
    const row = await t.services.engine.db
      .selectFrom('inquiry')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.equal(row.slug, 'youth-services')
    assert.equal((await audit('inquiry')).at(-1)?.action, 'inquiry.create')
    const page = await as.member!.get(`/staff/inquiries/${id}`)
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /Save details/)
  })

  test('bad input gets a 400 with a GOV.UK error summary', async () => {
    const response = await start({ committeeId: '', title: ' ', status: 'finished', approvedOn: '32/01/2026' })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /govuk-error-summary/)
    for (const field of ['committeeId', 'title', 'status', 'approvedOn'])
      assert.match(response.body, new RegExp(`href="#${field}"`))
  })

  test('editing records before and after; sessions and numbered recommendations are added', async () => {
    const id = idFrom(
      (await start({ committeeId: String(committeeId), title: 'Play Areas', status: 'scoping' })).headers.location,
    )
    const page = `/staff/inquiries/${id}`
    const edit = await as.scrutiny_officer!.submit(page, page, {
      title: 'Play Areas and Parks',
      status: 'reporting',
      approvedOn: '12/10/2026',
    })
    assert.equal(edit.statusCode, 303)
    const updated = (await audit('inquiry')).at(-1)!
    assert.equal(updated.action, 'inquiry.update')
    assert.equal((updated.before as { title: string }).title, 'Play Areas')
    assert.equal((updated.after as { approved_by_council_on: string }).approved_by_council_on, '2026-10-12')

    const session = await as.scrutiny_officer!.submit(page, `${page}/sessions`, {
      heldOn: '01/06/2026',
      witnesses: 'Parks manager',
      notes: 'Site visit',
    })
    assert.equal(session.statusCode, 303)
    for (const body of ['Refurbish the play areas', 'Consult children on designs']) {
      const rec = await as.scrutiny_officer!.submit(page, `${page}/recommendations`, {
        body,
        responsible: 'Cabinet Member for Environment',
        originalCompletionDate: '31/03/2027',
      })
      assert.equal(rec.statusCode, 303)
    }
    const recs = await t.services.engine.db
      .selectFrom('recommendation')
      .select(['number', 'position', 'original_completion_date'])
      .where('inquiry_id', '=', id)
      .orderBy('position')
      .execute()
    assert.deepEqual(recs, [
      { number: 'R01', position: 1, original_completion_date: '2027-03-31' },
      { number: 'R02', position: 2, original_completion_date: '2027-03-31' },
    ])
    const shown = await as.member!.get(page)
    assert.match(shown.body, /Parks manager/)
    assert.match(shown.body, /<strong>R02<\/strong> <span[^>]*>Consult children on designs/)
    assert.equal((await audit('recommendation')).length, 2)
    assert.equal((await audit('evidence_session')).length, 1)
  })

  test('an evidence session is changed and removed by officers, linked only to a meeting of the committee; audited', async () => {
    const db = t.services.engine.db
    const id = idFrom(
      (await start({ committeeId: String(committeeId), title: 'Libraries', status: 'evidence_gathering' })).headers
        .location,
    )
    const page = `/staff/inquiries/${id}`
    const meeting = await db
      .selectFrom('meeting')
      .select(['id', 'meeting_date'])
      .where('committee_id', '=', committeeId)
      .orderBy('meeting_date')
      .executeTakeFirstOrThrow()
    const elsewhere = await db
      .selectFrom('meeting')
      .select('id')
      .where('committee_id', '!=', committeeId)
      .executeTakeFirstOrThrow()

    // Added with only its meeting: the session takes the meeting's date.
    const added = await as.scrutiny_officer!.submit(page, `${page}/sessions`, {
      heldOn: '',
      meetingId: String(meeting.id),
      witnesses: 'Head of Libraries',
    })
    assert.equal(added.statusCode, 303)
    const row = await db
      .selectFrom('evidence_session')
      .selectAll()
      .where('inquiry_id', '=', id)
      .executeTakeFirstOrThrow()
    assert.deepEqual([row.held_on, row.meeting_id], [meeting.meeting_date, meeting.id])
    assert.match((await as.member!.get(page)).body, /Head of Libraries/)
    assert.doesNotMatch((await as.member!.get(page)).body, /sessions\/\d+\/remove/)
    assert.match((await as.scrutiny_officer!.get(page)).body, new RegExp(`sessions/${row.id}/remove`))

    const session = `${page}/sessions/${row.id}`
    assert.equal((await as.scrutiny_officer!.get(session)).statusCode, 200)
    for (const who of [as.member!, as.report_author!]) {
      assert.equal((await who.get(session)).statusCode, 403)
      assert.equal((await who.get(`${session}/remove`)).statusCode, 403)
      assert.equal((await who.submit('/staff', session, { heldOn: '01/01/2026' })).statusCode, 403)
      assert.equal((await who.submit('/staff', `${session}/remove`, {})).statusCode, 403)
    }

    const edit = (form: Record<string, string>) => as.scrutiny_officer!.submit(session, session, form)
    const noDate = await edit({ heldOn: '', meetingId: '' })
    assert.equal(noDate.statusCode, 400)
    assert.match(noDate.body, /govuk-error-summary[\s\S]*href="#heldOn">Enter the date of the session/)
    const notADate = await edit({ heldOn: '31/02/2026', meetingId: 'x' })
    assert.equal(notADate.statusCode, 400)
    assert.match(notADate.body, /href="#heldOn"/)
    assert.match(notADate.body, /href="#meetingId"/)
    const otherCommittee = await edit({ heldOn: '02/06/2026', meetingId: String(elsewhere.id) })
    assert.equal(otherCommittee.statusCode, 400)
    assert.match(otherCommittee.body, /href="#meetingId">Choose a meeting of the inquiry’s committee/)
    assert.match(otherCommittee.body, /value="02\/06\/2026"/, 'the posted values are shown again')

    const saved = await edit({ heldOn: '02/06/2026', meetingId: '', witnesses: 'Library users', notes: 'Visit' })
    assert.equal(saved.statusCode, 303)
    assert.equal(saved.headers.location, `${page}#session-${row.id}`)
    const changed = await db
      .selectFrom('evidence_session')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [changed.held_on, changed.meeting_id, changed.witnesses, changed.notes],
      ['2026-06-02', null, 'Library users', 'Visit'],
    )
    const updated = (await audit('evidence_session')).at(-1)!
    assert.equal(updated.action, 'evidence_session.update')
    assert.deepEqual(
      [(updated.before as { witnesses: string }).witnesses, (updated.after as { held_on: string }).held_on],
      ['Head of Libraries', '2026-06-02'],
    )

    assert.match((await as.scrutiny_officer!.get(`${session}/remove`)).body, /Remove the evidence-gathering session/)
    const removed = await as.scrutiny_officer!.submit(`${session}/remove`, `${session}/remove`, {})
    assert.equal(removed.statusCode, 303)
    assert.equal(
      await db.selectFrom('evidence_session').select('id').where('id', '=', row.id).executeTakeFirst(),
      undefined,
    )
    const deleted = (await audit('evidence_session')).at(-1)!
    assert.equal(deleted.action, 'evidence_session.delete')
    assert.equal((deleted.before as { witnesses: string }).witnesses, 'Library users')
    assert.equal((await as.scrutiny_officer!.get(session)).statusCode, 404)
    assert.equal((await as.scrutiny_officer!.get(`${page}/sessions/abc`)).statusCode, 404)
  })

  test('a session is found only under its own inquiry', async () => {
    const db = t.services.engine.db
    const [first, second] = await db.selectFrom('inquiry').select('id').orderBy('id').limit(2).execute()
    const { id: sessionId } = await db
      .insertInto('evidence_session')
      .values({ inquiry_id: first!.id, held_on: '2026-03-04' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const wrong = `/staff/inquiries/${second!.id}/sessions/${sessionId}`
    assert.equal((await as.scrutiny_officer!.get(wrong)).statusCode, 404)
    assert.equal((await as.scrutiny_officer!.submit('/staff', wrong, { heldOn: '01/01/2026' })).statusCode, 404)
    assert.equal((await as.scrutiny_officer!.submit('/staff', `${wrong}/remove`, {})).statusCode, 404)
    assert.ok(await db.selectFrom('evidence_session').select('id').where('id', '=', sessionId).executeTakeFirst())
  })

  test('a recommendation is corrected in place, keeping its number; before and after are audited', async () => {
    const db = t.services.engine.db
    const inquiry = await db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()
    const rec = await db
      .selectFrom('recommendation')
      .select(['id', 'number', 'body'])
      .where('inquiry_id', '=', inquiry.id)
      .orderBy('position')
      .executeTakeFirstOrThrow()
    const page = `/staff/inquiries/${inquiry.id}/recommendations/${rec.id}`
    assert.equal((await as.member!.get(page)).statusCode, 403)
    const bad = await as.scrutiny_officer!.submit(page, page, { body: '', originalCompletionDate: '2026-02-30' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /href="#body"/)
    const ok = await as.scrutiny_officer!.submit(page, page, {
      body: 'Corrected text',
      originalCompletionDate: '01/05/2027',
    })
    assert.equal(ok.statusCode, 303)
    const after = await db.selectFrom('recommendation').selectAll().where('id', '=', rec.id).executeTakeFirstOrThrow()
    assert.equal(after.number, rec.number)
    assert.equal(after.body, 'Corrected text')
    assert.equal(after.original_completion_date, '2027-05-01')
    const entry = (await audit('recommendation')).at(-1)!
    assert.equal(entry.action, 'recommendation.update')
    assert.equal((entry.before as { body: string }).body, rec.body)
    assert.equal((await as.member!.get(`/staff/inquiries/${inquiry.id}/recommendations/999999`)).statusCode, 403)
    assert.equal(
      (await as.scrutiny_officer!.get(`/staff/inquiries/${inquiry.id}/recommendations/999999`)).statusCode,
      404,
    )
  })

  test('a recommendation form with errors keeps the other forms clean', async () => {
    const inquiry = await t.services.engine.db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()
    const page = `/staff/inquiries/${inquiry.id}`
    const response = await as.scrutiny_officer!.submit(page, `${page}/recommendations`, {
      body: '',
      originalCompletionDate: 'soon',
      responsiblePersonId: '999999',
    })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /href="#body"/)
    assert.match(response.body, /href="#originalCompletionDate"/)
  })

  test('written evidence is uploaded as a PDF, sniffed from its bytes, within the size limit', async () => {
    const inquiry = await t.services.engine.db.selectFrom('inquiry').select('id').executeTakeFirstOrThrow()
    const page = `/staff/inquiries/${inquiry.id}`
    const upload = (fields: Record<string, string>, bytes: Uint8Array, name: string) =>
      as.scrutiny_officer!.upload(page, `${page}/documents`, fields, { field: 'file', bytes, name })

    const good = await upload(
      { documentTitle: 'Evidence from the PRU', kind: 'evidence' },
      await pdfWithText('PRU evidence'),
      'notes.txt',
    )
    assert.equal(good.statusCode, 303)
    const doc = await t.services.engine.db
      .selectFrom('document')
      .innerJoin('stored_file', 'stored_file.id', 'document.file_id')
      .select(['document.id', 'document.kind', 'document.inquiry_id', 'stored_file.media_type'])
      .where('document.title', '=', 'Evidence from the PRU')
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      { kind: doc.kind, inquiry: doc.inquiry_id, type: doc.media_type },
      { kind: 'evidence', inquiry: inquiry.id, type: 'application/pdf' },
    )
    assert.match((await as.member!.get(page)).body, /Evidence from the PRU/)

    const fake = await upload(
      { documentTitle: 'Not a PDF', kind: 'evidence' },
      new TextEncoder().encode('hello'),
      'fake.pdf',
    )
    assert.equal(fake.statusCode, 400)
    assert.match(fake.body, /The file must be a PDF/)
    const big = new Uint8Array(21 * 1024 * 1024)
    big.set(new TextEncoder().encode('%PDF-1.7\n'))
    const tooBig = await upload({ documentTitle: 'Huge', kind: 'inquiry_report' }, big, 'huge.pdf')
    assert.equal(tooBig.statusCode, 400)
    assert.match(tooBig.body, /smaller than 20 MB/)
    const secret = await upload(
      { documentTitle: 'Confidential contract evidence', kind: 'evidence', exempt: 'yes', exemptParagraph: '3' },
      await pdfWithText('Commercial terms'),
      'contract.pdf',
    )
    assert.equal(secret.statusCode, 303)
    const secretDoc = await t.services.engine.db
      .selectFrom('document')
      .select(['id', 'is_exempt', 'exempt_paragraph'])
      .where('title', '=', 'Confidential contract evidence')
      .executeTakeFirstOrThrow()
    assert.deepEqual([secretDoc.is_exempt, secretDoc.exempt_paragraph], [true, 3])
    const publicDownload = await new Browser(t.app).get(`/documents/${secretDoc.id}/file`)
    assert.equal(publicDownload.statusCode, 404, 'the public never gets exempt evidence')
    assert.equal((await as.member!.get(`/documents/${secretDoc.id}/file`)).statusCode, 200)
    const noParagraph = await upload(
      { documentTitle: 'Exempt without paragraph', kind: 'evidence', exempt: 'yes' },
      await pdfWithText('x'),
      'x.pdf',
    )
    assert.equal(noParagraph.statusCode, 400)
    assert.match(noParagraph.body, /href="#exemptParagraph"/)
    const missing = await as.scrutiny_officer!.submit(page, `${page}/documents`, {
      documentTitle: 'No file',
      kind: 'evidence',
    })
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /Choose a PDF file to upload/)
  })

  test('script in fields is escaped', async () => {
    const payload = '<script>alert("inq")</script>'
    const id = idFrom(
      (await start({ committeeId: String(committeeId), title: payload, keyQuestion: payload, status: 'scoping' }))
        .headers.location,
    )
    for (const url of [`/staff/inquiries/${id}`, '/staff/inquiries']) {
      const page = await as.member!.get(url)
      assert.doesNotMatch(page.body, /<script>alert/)
      assert.match(page.body, /&lt;script&gt;alert/)
    }
  })

  test('unknown inquiries are 404s', async () => {
    assert.equal((await as.member!.get('/staff/inquiries/999999')).statusCode, 404)
    assert.equal((await as.member!.get('/staff/inquiries/abc')).statusCode, 404)
  })

  test('recommendations are numbered R01, R02 … after the highest used', () => {
    assert.equal(nextRecommendationNumber([]), 'R01')
    assert.equal(nextRecommendationNumber(['R01', 'R09']), 'R10')
    assert.equal(nextRecommendationNumber(['R03', 'x', 'R1']), 'R04')
  })
})
