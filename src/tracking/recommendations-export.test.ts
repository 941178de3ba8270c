import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { cliDatabase, runCli, type CliDatabase } from '../../test/support/run-cli.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { csvField, toCsv } from './csv.ts'

const PACK = new URL('../../../shared/seeds/pack-2016-04-20-education-vulnerable-children.txt', import.meta.url)
  .pathname

describe('csvField: RFC 4180 quoting and formula injection', () => {
  const cases: Array<[string | number | null, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+44 121', "'+44 121"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    [' padded ', '" padded "'],
    [-5, '-5'],
    [null, ''],
    ['', ''],
  ]
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} is written ${JSON.stringify(expected)}`, () =>
      assert.equal(csvField(input), expected))
  }
  test('a document has a header row and CRLF line endings', () => {
    assert.equal(toCsv(['a', 'b'], [['1', null]]), 'a,b\r\n1,\r\n')
  })
})

/** A minimal RFC 4180 reader, to check the export reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (ch === '"') {
      quoted = !quoted
    } else if (!quoted && ch === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += ch
    }
  }
  return rows
}

interface Exported {
  count: number
  recommendations: Array<{ inquiry: string; number: string; history: unknown[] }>
}

describe('recommendation exports from the web', () => {
  let t: TestApp
  const base = '/committees/children-and-education'

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.services.imports.importFile(PACK, systemActor('test'))
    // A recommendation whose text would be a formula in a spreadsheet.
    const rec = await t.services.engine.db
      .selectFrom('recommendation')
      .select('id')
      .where('number', '=', 'R05')
      .executeTakeFirstOrThrow()
    await t.services.engine.db
      .updateTable('recommendation')
      .set({ body: '=HYPERLINK("http://evil.example","Click")' })
      .where('id', '=', rec.id)
      .execute()
  })
  after(() => t.close())

  test("an inquiry's recommendations as CSV: one row each, history included, formulas neutralised", async () => {
    const response = await new Browser(t.app).get(`${base}/inquiries/school-exclusions/recommendations.csv`)
    assert.equal(response.statusCode, 200)
    assert.match(String(response.headers['content-type']), /^text\/csv/)
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="school-exclusions-recommendations-/,
    )
    const rows = parseCsv(response.body)
    assert.equal(rows[0]![0], 'Committee')
    assert.deepEqual(
      rows.slice(1).map(r => r[2]),
      ['R01', 'R02', 'R03', 'R04', 'R05'],
    )
    const r02 = rows.find(r => r[2] === 'R02')!
    assert.equal(r02[7], 'concluded')
    assert.equal(r02[9], '2')
    assert.equal(r02[12]!.split('\n').length, 4, 'all four assessments of R02 in its history')
    assert.equal(rows.find(r => r[2] === 'R05')![3], '\'=HYPERLINK("http://evil.example","Click")')
  })

  test("a committee's recommendations as JSON, imported packs' recommendations and their assessments included", async () => {
    const browser = new Browser(t.app)
    const demo = JSON.parse((await browser.get(`${base}/recommendations.json`)).body) as Exported
    assert.equal(demo.count, 5)
    assert.equal(demo.recommendations.find(r => r.number === 'R02')!.history.length, 4)
    const response = await browser.get(
      '/committees/education-and-vulnerable-children-overview-and-scrutiny-committee/recommendations.json',
    )
    assert.equal(response.statusCode, 200)
    const imported = JSON.parse(response.body) as Exported
    assert.ok(imported.count > 5)
    assert.match(imported.recommendations[0]!.inquiry, /Child Sexual Exploitation/)
    assert.ok(
      imported.recommendations.some(r => r.history.length > 0),
      'the assessments the pack states are exported',
    )
  })

  test('an unknown committee or inquiry is not found', async () => {
    const browser = new Browser(t.app)
    assert.equal((await browser.get('/committees/no-such/recommendations.csv')).statusCode, 404)
    assert.equal((await browser.get(`${base}/inquiries/no-such/recommendations.json`)).statusCode, 404)
  })

  test('the inquiry and committee pages link to the exports', async () => {
    const browser = new Browser(t.app)
    assert.match((await browser.get(`${base}/inquiries/school-exclusions`)).body, /recommendations\.csv/)
    assert.match((await browser.get(base)).body, /\/committees\/children-and-education\/recommendations\.json/)
  })
})

describe('scrutiny export recommendations', () => {
  let dataDir: string
  let database: CliDatabase
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'scrutiny-export-'))
    database = await cliDatabase(dataDir)
    const demo = await runCli(['demo'], { env: database.env })
    assert.equal(demo.code, 0, demo.stderr)
  })
  after(async () => {
    await database.dispose()
    await rm(dataDir, { recursive: true, force: true })
  })

  test('writes CSV for one committee, and refuses an unknown committee with exit code 2', async () => {
    const csv = await runCli(
      ['export', 'recommendations', '--format', 'csv', '--committee', 'children-and-education'],
      {
        env: database.env,
      },
    )
    assert.equal(csv.code, 0, csv.stderr)
    assert.equal(parseCsv(csv.stdout).length, 6)
    const json = await runCli(['export', 'recommendations', '--format', 'json'], { env: database.env })
    assert.equal((JSON.parse(json.stdout) as { count: number }).count, 5)
    const unknown = await runCli(['export', 'recommendations', '--committee', 'no-such'], {
      env: database.env,
    })
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /No committee with the slug "no-such"/)
  })
})
