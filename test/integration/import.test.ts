import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { systemActor } from '../../src/audit/audit.repository.ts'
import { buildPdfFromText } from '../../src/import/pdf/build-test-pdf.ts'
import { PdfInputError } from '../../src/import/pdf/errors.ts'
import { readPackFile } from '../../src/import/pdf/read-pack.ts'
import { parsePack } from '../../src/import/parse/parse-pack.ts'
import { Browser } from '../support/browser.ts'
import { buildTestApp, type TestApp } from '../support/test-app.ts'

const seed = (name: string) => new URL(`../../../shared/seeds/${name}`, import.meta.url).pathname
const PACK_2023 = seed('pack-2023-05-17-education-childrens-social-care.txt')
const PACK_2016 = seed('pack-2016-04-20-education-vulnerable-children.txt')
const actor = systemActor('import')

const TABLES = [
  'meeting',
  'agenda_item',
  'document',
  'action',
  'action_update',
  'recommendation',
  'assessment',
  'work_programme_item',
  'attendance',
  'resolution',
  'stored_file',
  'file_page',
  'import_run',
] as const

describe('importing agenda packs', () => {
  let t: TestApp
  let dir: string
  before(async () => {
    t = await buildTestApp()
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-import-'))
  })
  after(async () => {
    await t.close()
    await rm(dir, { recursive: true, force: true })
  })

  const counts = async () => {
    const db = t.services.engine.db
    const entries = await Promise.all(
      TABLES.map(
        async table =>
          [
            table,
            Number(
              (
                await db
                  .selectFrom(table)
                  .select(eb => eb.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
          ] as const,
      ),
    )
    return Object.fromEntries(entries)
  }

  test('a text pack becomes a committee, its meeting, agenda, reports, action notes and tracker', async () => {
    const report = await t.services.imports.importFile(PACK_2023, actor)
    assert.equal(report.status, 'imported')
    assert.equal(report.meetingDate, '2023-05-17')
    assert.equal(report.committee, "Education and Children's Social Care Overview and Scrutiny Committee")
    const db = t.services.engine.db
    const meeting = await db
      .selectFrom('meeting')
      .selectAll()
      .where('slug', '=', report.meetingSlug)
      .executeTakeFirstOrThrow()
    assert.equal(meeting.start_time?.slice(0, 5), '10:00')
    const items = await db
      .selectFrom('agenda_item')
      .selectAll()
      .where('meeting_id', '=', meeting.id)
      .orderBy('position')
      .execute()
    assert.equal(items.length, 13)
    const youth = items.find(i => i.item_number === '7')!
    assert.equal(youth.title, 'YOUTH SERVICE')
    assert.deepEqual(
      [youth.page_from, youth.page_to, youth.time_from?.slice(0, 5), youth.time_to?.slice(0, 5)],
      [75, 82, '10:45', '11:25'],
    )
    assert.equal(items[1]!.standing_kind, 'apologies')
    assert.ok(
      items.every(i => i.source_file_id !== null),
      'every record names its source file',
    )
    assert.equal(report.counts.action?.created, 51)
    const notes = await db
      .selectFrom('action_notes')
      .innerJoin('meeting', 'meeting.id', 'action_notes.meeting_id')
      .select('meeting.meeting_date')
      .execute()
    assert.deepEqual(notes, [{ meeting_date: '2023-04-05' }])
  })

  test('importing the same pack again changes nothing', async () => {
    const before = await counts()
    const report = await t.services.imports.importFile(PACK_2023, actor)
    assert.equal(report.status, 'unchanged')
    assert.deepEqual(await counts(), before)
  })

  test('another file of the same meeting is matched to it, not duplicated', async () => {
    const copy = join(dir, 'reissued.txt')
    await writeFile(copy, `${await readFile(PACK_2023, 'utf8')}\n\nReissued with a corrected page.\n`)
    const before = await counts()
    const report = await t.services.imports.importFile(copy, actor)
    assert.equal(report.status, 'imported')
    const after = await counts()
    for (const table of ['meeting', 'agenda_item', 'action', 'work_programme_item', 'attendance'] as const) {
      assert.equal(after[table], before[table], `${table} not duplicated`)
    }
    assert.equal(after.stored_file, before.stored_file! + 1, 'the new file itself is kept')
    assert.equal(report.counts['agenda item']?.matched, 13)
  })

  test('recommendations come with the assessments the pack states', async () => {
    await t.services.imports.importFile(PACK_2016, actor)
    const db = t.services.engine.db
    const r12 = await db
      .selectFrom('recommendation')
      .innerJoin('assessment', 'assessment.recommendation_id', 'recommendation.id')
      .select(['recommendation.number', 'assessment.assessed_by', 'assessment.code'])
      .where('recommendation.number', '=', 'R12')
      .execute()
    assert.deepEqual(r12, [{ number: 'R12', assessed_by: 'executive', code: 2 }])
    const concluded = await db
      .selectFrom('recommendation')
      .select('number')
      .where('final_assessment', 'is not', null)
      .execute()
    assert.ok(concluded.length >= 1, 'recommendations concluded by the committee are marked concluded')
  })

  test('a PDF pack goes through the same path: every page kept, every parsed record stored', async () => {
    const text = await readFile(seed('pack-2016-07-20-schools-children-families.txt'), 'utf8')
    const pdf = join(dir, 'pack.pdf')
    await writeFile(pdf, await buildPdfFromText(text))
    const read = await readPackFile(pdf)
    const parsed = parsePack(read.pages!)
    const report = await t.services.imports.importFile(pdf, actor)
    assert.equal(report.status, 'imported')
    assert.equal(report.meetingDate, '2016-07-20')
    const file = await t.services.engine.db
      .selectFrom('stored_file')
      .select(['id', 'page_count'])
      .where('media_type', '=', 'application/pdf')
      .executeTakeFirstOrThrow()
    assert.equal(file.page_count, read.pages!.length)
    const pages = await t.services.engine.db
      .selectFrom('file_page')
      .select('page_number')
      .where('file_id', '=', file.id)
      .execute()
    assert.equal(pages.length, read.pages!.length)
    assert.ok(parsed.agenda_items.length > 0)
    assert.equal(report.counts['agenda item']?.created, parsed.agenda_items.length)
    assert.equal(report.counts['work programme item']?.created ?? 0, parsed.work_programme.length)
  })

  test('the meeting page offers the original pack for download, byte for byte', async () => {
    const meeting = await t.services.engine.db
      .selectFrom('meeting')
      .select('slug')
      .where('meeting_date', '=', '2023-05-17')
      .executeTakeFirstOrThrow()
    const browser = new Browser(t.app)
    const page = await browser.get(`/meetings/${meeting.slug}`)
    const link = /href="(\/documents\/\d+\/file)" download>Agenda pack: pack-2023-05-17/.exec(page.body)?.[1]
    assert.ok(link, 'a download link on the meeting page')
    const download = await browser.get(link)
    assert.equal(download.statusCode, 200)
    assert.match(String(download.headers['content-disposition']), /^attachment; filename=/)
    assert.ok(download.body === (await readFile(PACK_2023, 'utf8')), 'the download is the original file')
  })

  test('bad input is refused with a clear error and writes nothing', async () => {
    const junk = join(dir, 'junk.bin')
    await writeFile(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    const notAPack = join(dir, 'letter.txt')
    await writeFile(notAPack, 'Dear resident,\nThank you for your letter about the bins.\n')
    const before = await counts()
    await assert.rejects(t.services.imports.importFile(junk, actor), PdfInputError)
    await assert.rejects(t.services.imports.importFile(notAPack, actor), /does not look like an agenda pack/)
    assert.deepEqual(await counts(), before)
  })
})
