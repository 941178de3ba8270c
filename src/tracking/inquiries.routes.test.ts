import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'

const DEMO = '/committees/children-and-education/inquiries/school-exclusions'

/** The markup of one recommendation's section on the page. */
function recommendationIn(body: string, number: string): string {
  const start = body.indexOf(`data-number="${number}"`)
  assert.ok(start >= 0, `${number} is on the page`)
  const end = body.indexOf('</section>', start)
  return body.slice(start, end)
}

const currentAssessment = (section: string) =>
  /data-qa="current-assessment">\s*(.*?)\s*<\/dd>/s
    .exec(section)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim()

/** The statistics table's rows as [label, count]. */
function statisticsIn(body: string): Array<[string, string]> {
  const table = body.slice(
    body.indexOf('data-qa="statistics-table"'),
    body.indexOf('</table>', body.indexOf('data-qa="statistics-table"')),
  )
  return [...table.matchAll(/<th scope="row"[^>]*>(.*?)<\/th>\s*<td[^>]*>(\d+)<\/td>/g)].map(m => [m[1]!, m[2]!])
}

describe('inquiry page (demo council)', () => {
  let t: TestApp
  let page: { statusCode: number; body: string }

  before(async () => {
    t = await buildTestApp({ demo: true })
    page = await new Browser(t.app).get(DEMO)
  })
  after(() => t.close())

  test('shows the inquiry: title, key question, lines of enquiry, lead member, date approved at council', () => {
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1 class="govuk-heading-xl">Reducing School Exclusions<\/h1>/)
    assert.match(
      page.body,
      /How can the council and schools work together to reduce permanent exclusions in Northmoor\?/,
    )
    assert.match(
      page.body,
      /<li>What do the exclusion figures tell us\?<\/li><li>Which pupils are most affected\?<\/li><li>What alternatives to exclusion work\?<\/li>/,
    )
    assert.match(page.body, /Lead member<\/dt>\s*<dd[^>]*>Councillor Priya Shah<\/dd>/)
    const approved = addDays(todayInLondon(), -400)
    const [y, m, d] = approved.split('-').map(Number) as [number, number, number]
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
    assert.match(page.body, new RegExp(`Approved at City Council</dt>\\s*<dd[^>]*>${d} ${month} ${y}</dd>`))
  })

  test('shows all five recommendations: outstanding ones first, then those concluded by the committee', () => {
    const numbers = [...page.body.matchAll(/data-qa="recommendation" data-number="(R\d+)"/g)].map(m => m[1])
    assert.deepEqual(numbers, ['R03', 'R04', 'R05', 'R01', 'R02'])
    const outstanding = page.body.slice(page.body.indexOf('data-qa="outstanding"'), page.body.indexOf('id="concluded"'))
    assert.deepEqual(
      [...outstanding.matchAll(/data-number="(R\d+)"/g)].map(m => m[1]),
      ['R03', 'R04', 'R05'],
    )
    assert.match(page.body, /Outstanding recommendations \(3\)/)
    assert.match(page.body, /Concluded by the committee \(2\)/)
  })

  test('each recommendation has its text, responsibility and completion dates', () => {
    const r04 = recommendationIn(page.body, 'R04')
    assert.match(r04, /Train every designated safeguarding lead in trauma-informed practice\./)
    assert.match(r04, /Responsibility<\/dt>\s*<dd[^>]*>Director of Education and Skills</)
    assert.match(r04, /Original completion date<\/dt>\s*<dd[^>]*>\d+ \w+ \d{4}</)
    const r03 = recommendationIn(page.body, 'R03')
    const original = /Original completion date<\/dt>\s*<dd[^>]*>([^<]+)</.exec(r03)?.[1]
    const current = /Current completion date<\/dt>\s*<dd[^>]*>([^<]+)</.exec(r03)?.[1]
    assert.ok(original && current && original !== current, 'the committee’s new date replaces the original for R03')
  })

  test('each shows its current assessment as a tag with its category', () => {
    const expected: Record<string, string> = {
      R01: '1. Achieved (Fully)',
      R02: '2. Achieved (Late)',
      R03: '5. Not Achieved (Insufficient Progress)',
      R04: '6. In Progress',
      R05: 'Not yet assessed',
    }
    for (const [number, assessment] of Object.entries(expected)) {
      assert.equal(currentAssessment(recommendationIn(page.body, number)), assessment, number)
    }
    assert.match(
      recommendationIn(page.body, 'R03'),
      /govuk-tag govuk-tag--orange">5\. Not Achieved \(Insufficient Progress\)/,
    )
    assert.match(recommendationIn(page.body, 'R01'), /Final assessment<\/dt>/)
    assert.match(recommendationIn(page.body, 'R04'), /Current assessment<\/dt>/)
    assert.doesNotMatch(page.body, /data-qa="overdue"/, 'nothing in the demo is overdue')
  })

  test('each shows its full history: executive self-assessments and committee assessments, oldest first', () => {
    const entries = (number: string) =>
      [...recommendationIn(page.body, number).matchAll(/data-qa="history-entry">(.*?)<\/li>/gs)].map(m =>
        m[1]!
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
    const r02 = entries('R02')
    assert.equal(r02.length, 4)
    assert.match(
      r02[0]!,
      /Executive \(self-assessment\) 3\. Not Achieved \(Progress Made\) Charter drafted; consultation/,
    )
    assert.match(r02[0]!, /New anticipated completion date: \d+ \w+ \d{4}/)
    assert.match(r02[1]!, /Committee 3\. Not Achieved \(Progress Made\)/)
    assert.match(
      r02[2]!,
      /Executive \(self-assessment\) 2\. Achieved \(Late\) Charter launched; 41 of 58 schools have signed\./,
    )
    assert.match(r02[3]!, /Committee 2\. Achieved \(Late\) No evidence recorded/)
    const r03 = entries('R03')
    assert.equal(r03.length, 2)
    assert.match(r03[1]!, /Committee 5\. Not Achieved \(Insufficient Progress\) New anticipated completion date/)
    assert.match(recommendationIn(page.body, 'R02'), /History of R02 \(4 assessments\)/)
    assert.match(recommendationIn(page.body, 'R05'), /No progress has been reported on this recommendation yet/)
  })

  test('the concluded appendix gives the date concluded and the final assessment', () => {
    const table = page.body.slice(
      page.body.indexOf('data-qa="concluded-summary"'),
      page.body.indexOf('data-qa="concluded"'),
    )
    const rows = [
      ...table.matchAll(
        /<tr class="govuk-table__row">\s*<th[^>]*><a[^>]*>(R\d+)<\/a><\/th>\s*<td[^>]*>([^<]+)<\/td>\s*<td[^>]*>(.*?)<\/td>/gs,
      ),
    ]
    assert.deepEqual(
      rows.map(r => [r[1], r[3]!.replace(/<[^>]+>/g, '')]),
      [
        ['R01', '1. Achieved (Fully)'],
        ['R02', '2. Achieved (Late)'],
      ],
    )
    for (const r of rows) assert.match(r[2]!, /^\d{1,2} \w+ \d{4}$/)
  })

  test('statistics: counts by current assessment in a table, and as an accessible chart', () => {
    assert.deepEqual(statisticsIn(page.body), [
      ['1. Achieved (Fully)', '1'],
      ['2. Achieved (Late)', '1'],
      ['3. Not Achieved (Progress Made)', '0'],
      ['4. Not Achieved (Obstacle)', '0'],
      ['5. Not Achieved (Insufficient Progress)', '1'],
      ['6. In Progress', '1'],
      ['Not yet assessed', '1'],
      ['Total', '5'],
    ])
    assert.match(page.body, /<svg [^>]*role="img" aria-labelledby="inquiry-chart-title"/)
    assert.match(
      page.body,
      /<title id="inquiry-chart-title">Bar chart of the 5 recommendations of Reducing School Exclusions by current assessment: Achieved \(Fully\) 1, Achieved \(Late\) 1, Not Achieved \(Progress Made\) 0, Not Achieved \(Obstacle\) 0, Not Achieved \(Insufficient Progress\) 1, In Progress 1, Not yet assessed 1\.<\/title>/,
    )
    assert.doesNotMatch(
      page.body,
      /<script(?! type="module" src="\/assets\/app\/app\.mjs")(?!>document\.body\.className)/,
      'no script for the chart',
    )
  })

  test('the committee page lists its inquiries with the outstanding count, and statistics over them all', async () => {
    const committee = await new Browser(t.app).get('/committees/children-and-education')
    assert.equal(committee.statusCode, 200)
    assert.match(
      committee.body,
      /<a class="govuk-link" href="\/committees\/children-and-education\/inquiries\/school-exclusions">Reducing School Exclusions<\/a>/,
    )
    assert.match(committee.body, /3 of 5 recommendations outstanding/)
    assert.deepEqual(
      statisticsIn(committee.body).map(([, n]) => n),
      ['1', '1', '0', '0', '1', '1', '1', '5'],
    )
    assert.match(committee.body, /aria-labelledby="committee-chart-title"/)
  })

  test('an unknown inquiry, or a known one under the wrong committee, gets the 404 page', async () => {
    const browser = new Browser(t.app)
    for (const url of [
      '/committees/children-and-education/inquiries/no-such-inquiry',
      '/committees/no-such-committee/inquiries/school-exclusions',
      '/committees/housing-and-neighbourhoods/inquiries/school-exclusions',
    ]) {
      const response = await browser.get(url)
      assert.equal(response.statusCode, 404, url)
      assert.match(response.body, /Page not found/)
    }
  })
})

describe('inquiry page: overdue, undated and imported records', () => {
  let t: TestApp
  const today = todayInLondon()

  before(async () => {
    t = await buildTestApp({ demo: true })
    const db = t.services.engine.db
    const committee = await db
      .selectFrom('committee')
      .select('id')
      .where('slug', '=', 'housing-and-neighbourhoods')
      .executeTakeFirstOrThrow()
    const inquiry = await db
      .insertInto('inquiry')
      .values({ committee_id: committee.id, slug: 'empty-homes', title: 'Empty Homes', status: 'tracking' })
      .returning('id')
      .executeTakeFirstOrThrow()
    const rec = (number: string, position: number, extra: Record<string, unknown> = {}) =>
      db
        .insertInto('recommendation')
        .values({ inquiry_id: inquiry.id, number, position, body: `Recommendation ${number} <b>text</b>`, ...extra })
        .returning('id')
        .executeTakeFirstOrThrow()
    const overdue = await rec('R01', 1, { original_completion_date: addDays(today, -30) })
    await db
      .insertInto('assessment')
      .values({ recommendation_id: overdue.id, assessed_by: 'executive', code: 6, assessed_on: addDays(today, -10) })
      .execute()
    await rec('R02', 2, { completion_date_text: 'Ongoing' })
    // Concluded by a committee 4 in its history, before a conclusion date was recorded.
    const obstacle = await rec('R03', 3, { original_completion_date: addDays(today, -60) })
    await db
      .insertInto('assessment')
      .values({
        recommendation_id: obstacle.id,
        assessed_by: 'committee',
        code: 4,
        obstacle: 'The funding was withdrawn.',
        assessed_on: addDays(today, -20),
      })
      .execute()
  })
  after(() => t.close())

  test('the evidence sessions, written evidence and report are listed; exempt or unpublished papers are not', async () => {
    const db = t.services.engine.db
    const inquiry = await db
      .selectFrom('inquiry')
      .select('id')
      .where('slug', '=', 'empty-homes')
      .executeTakeFirstOrThrow()
    const meeting = await db.selectFrom('meeting').select(['id', 'slug']).orderBy('id').executeTakeFirstOrThrow()
    await db
      .insertInto('evidence_session')
      .values([
        {
          inquiry_id: inquiry.id,
          held_on: '2026-03-02',
          witnesses: 'Head of Housing Standards\nShelter Northmoor',
          meeting_id: meeting.id,
        },
        {
          inquiry_id: inquiry.id,
          held_on: '2026-01-12',
          witnesses: 'Empty Homes Officer',
          notes: 'Site visit to Ashby Road.',
        },
      ])
      .execute()
    const file = await db
      .insertInto('stored_file')
      .values({
        sha256: 'e'.repeat(64),
        media_type: 'application/pdf',
        byte_size: 10,
        original_name: 'x.pdf',
        page_count: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const doc = (title: string, kind: 'inquiry_report' | 'evidence', extra: Record<string, unknown> = {}) => ({
      inquiry_id: inquiry.id,
      title,
      kind,
      file_id: file.id,
      status: 'published' as const,
      published_at: new Date('2026-04-20T10:00:00Z'),
      ...extra,
    })
    await db
      .insertInto('document')
      .values([
        doc('Empty Homes: final report of the inquiry', 'inquiry_report'),
        doc('Submission from the Landlords Forum', 'evidence'),
        doc('Confidential valuation of 12 Ashby Road', 'evidence', { is_exempt: true, exempt_paragraph: 3 }),
        doc('Draft report (not yet published)', 'inquiry_report', { status: 'draft', published_at: null }),
      ])
      .execute()

    const page = await new Browser(t.app).get('/committees/housing-and-neighbourhoods/inquiries/empty-homes')
    const sessions = page.body.slice(page.body.indexOf('data-qa="evidence-sessions"'))
    assert.ok(sessions.indexOf('12 January 2026') < sessions.indexOf('2 March 2026'), 'oldest first')
    assert.match(sessions, new RegExp(`<a class="govuk-link" href="/meetings/${meeting.slug}">2 March 2026</a>`))
    assert.match(sessions, /Head of Housing Standards\nShelter Northmoor/)
    assert.match(sessions, /Site visit to Ashby Road\./)
    assert.match(
      page.body,
      /data-qa="inquiry-report">\s*<li><a class="govuk-link" href="\/documents\/\d+\/file">Empty Homes: final report of the inquiry<\/a> \(published 20 April 2026\)/,
    )
    assert.match(page.body, /data-qa="written-evidence">\s*<li><a [^>]+>Submission from the Landlords Forum<\/a>/)
    assert.doesNotMatch(page.body, /Confidential valuation|Draft report/)
  })

  test('an overdue recommendation is flagged; the undated one is not', async () => {
    const page = await new Browser(t.app).get('/committees/housing-and-neighbourhoods/inquiries/empty-homes')
    assert.equal(page.statusCode, 200)
    const r01 = recommendationIn(page.body, 'R01')
    assert.match(r01, /data-qa="overdue">Overdue</)
    assert.match(r01, /Not yet assessed/, 'an executive self-assessment is not the current assessment')
    const r02 = recommendationIn(page.body, 'R02')
    assert.match(r02, /Original completion date<\/dt>\s*<dd[^>]*>Ongoing</)
    assert.match(r02, /Current completion date<\/dt>\s*<dd[^>]*>None given</)
    assert.doesNotMatch(r02, /data-qa="overdue"/)
    assert.match(page.body, /Recommendation R01 &lt;b&gt;text&lt;\/b&gt;/, 'text is escaped')
  })

  test('a committee 4 in the history concludes it, with its obstacle shown', async () => {
    const page = await new Browser(t.app).get('/committees/housing-and-neighbourhoods/inquiries/empty-homes')
    const concluded = page.body.slice(page.body.indexOf('id="concluded"'))
    assert.match(concluded, /data-number="R03"/)
    assert.match(recommendationIn(page.body, 'R03'), /Obstacle:<\/span> The funding was withdrawn\./)
    assert.equal(currentAssessment(recommendationIn(page.body, 'R03')), '4. Not Achieved (Obstacle)')
    assert.deepEqual(
      statisticsIn(page.body).map(([, n]) => n),
      ['0', '0', '0', '1', '0', '0', '2', '3'],
    )
  })

  test('the committee page counts outstanding and overdue recommendations', async () => {
    const page = await new Browser(t.app).get('/committees/housing-and-neighbourhoods')
    assert.match(page.body, /href="\/committees\/housing-and-neighbourhoods\/inquiries\/empty-homes">Empty Homes</)
    assert.match(page.body, /2 of 3 recommendations outstanding/)
    assert.match(page.body, /1 overdue/)
  })
})
