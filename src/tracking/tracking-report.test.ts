import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { after, before, describe, test } from 'node:test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' '))
  }
  return pages
}

describe('the tracking report', () => {
  let t: TestApp
  let roundId: number
  const today = todayInLondon()

  before(async () => {
    t = await buildTestApp({ demo: true })
    const db = t.services.engine.db
    const inquiry = await db.selectFrom('inquiry').select(['id', 'committee_id']).executeTakeFirstOrThrow()
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('committee_id', '=', inquiry.committee_id)
      .where('meeting_date', '>', addDays(today, 7))
      .orderBy('meeting_date')
      .executeTakeFirstOrThrow()
    const scheduled = await t.services.tracking.scheduleRound(
      {
        inquiryId: inquiry.id,
        meetingId: meeting.id,
        evidenceDueOn: addDays(today, 1),
        reportDueOn: addDays(today, 3),
      },
      systemActor('test'),
      today,
    )
    assert.ok(scheduled.ok)
    roundId = scheduled.value
    const r04 = await db.selectFrom('recommendation').select('id').where('number', '=', 'R04').executeTakeFirstOrThrow()
    await db
      .insertInto('assessment')
      .values({
        recommendation_id: r04.id,
        tracking_round_id: roundId,
        assessed_by: 'executive',
        code: 6,
        evidence: 'A long account of the training given to designated safeguarding leads. '.repeat(60),
        assessed_on: today,
      })
      .execute()
  })
  after(() => t.close())

  test('the HTML report has the review information, the recommendations tracked and the concluded appendix', async () => {
    const response = await new Browser(t.app).get(`/tracking-reports/${roundId}`)
    assert.equal(response.statusCode, 200)
    const html = response.body
    assert.match(html, /Progress Report on Implementation: Reducing School Exclusions/)
    assert.match(
      html,
      /Member who led the original inquiry<\/dt><dd class="govuk-summary-list__value">Councillor Priya Shah/,
    )
    assert.match(html, /Lead officer for the inquiry<\/dt><dd class="govuk-summary-list__value">Ruth Kendall/)
    assert.match(html, /Date progress last tracked<\/dt><dd class="govuk-summary-list__value">\d+ \w+ \d{4}/)
    for (const number of ['R03', 'R04', 'R05'])
      assert.match(html, new RegExp(`data-qa="report-row" data-number="${number}"`))
    const appendix = html.slice(html.indexOf('data-qa="concluded"'))
    assert.match(appendix, /R01/)
    assert.match(appendix, /1 – Achieved \(Fully\)/)
    assert.match(appendix, /2 – Achieved \(Late\)/)
    assert.match(html, /6 – In Progress/, "the executive's assessment")
  })

  test('the PDF has the same content, rows that continue over pages, and numbered pages', async () => {
    const response = await new Browser(t.app).get(`/tracking-reports/${roundId}/report.pdf`)
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/pdf')
    if (process.env.TRACKING_REPORT_PDF) await writeFile(process.env.TRACKING_REPORT_PDF, response.rawPayload)
    const pages = await pdfText(response.rawPayload)
    const all = pages.join('\n')
    for (const text of [
      'Review Information',
      'Date approved at City Council',
      'Member who led the original Inquiry',
      "Executive's Assessment",
      'R04',
      'Appendix: Concluded Recommendations',
      'Date Concluded by',
    ]) {
      assert.ok(all.includes(text), `the PDF says "${text}"`)
    }
    assert.ok(pages.length >= 3)
    pages.forEach((page, i) =>
      assert.ok(page.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1} is numbered`),
    )
    assert.deepEqual(
      await pdfText(await t.services.tracking.trackingReportPdf(roundId, today)),
      pages,
      'the service gives the same bytes for the pack',
    )
  })

  test('a round that does not exist is not found, as HTML and as PDF', async () => {
    const browser = new Browser(t.app)
    assert.equal((await browser.get('/tracking-reports/999999')).statusCode, 404)
    assert.equal((await browser.get('/tracking-reports/nope/report.pdf')).statusCode, 404)
  })
})
