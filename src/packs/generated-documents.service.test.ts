import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { systemActor } from '../audit/audit.repository.ts'
import { extractPdfText } from '../import/pdf/extract.ts'
import type { PackPage } from '../import/parse/types.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { attachPaper, nextDemoMeeting } from './packs-fixture.ts'

const actor = systemActor('test')

/** The text of pages `from`..`to` (1-based, inclusive) of a pack. */
const textOf = (pages: readonly PackPage[], from: number, to: number) =>
  pages
    .filter(p => p.number >= from && p.number <= to)
    .map(p => p.text)
    .join('\n')

describe('generated documents in the agenda pack of a demo meeting', () => {
  let t: TestApp
  let meeting: { id: number; slug: string }
  let publicPages: PackPage[]
  let membersPages: PackPage[]

  const generatedRows = () =>
    t.services.engine.db
      .selectFrom('document')
      .innerJoin('agenda_item', 'agenda_item.id', 'document.agenda_item_id')
      .select([
        'document.id',
        'document.kind',
        'document.title',
        'document.status',
        'document.page_from',
        'document.page_to',
        'agenda_item.title as item_title',
        'agenda_item.page_from as item_from',
        'agenda_item.page_to as item_to',
      ])
      .where('document.meeting_id', '=', meeting.id)
      .where('document.kind', 'in', ['action_tracker', 'work_programme', 'tracking_report'])
      .orderBy('document.id')
      .execute()

  before(async () => {
    t = await buildTestApp({ demo: true })
    const db = t.services.engine.db
    meeting = await nextDemoMeeting(t.services)
    const { meeting_date: date, committee_id: committeeId } = await db
      .selectFrom('meeting')
      .select(['meeting_date', 'committee_id'])
      .where('id', '=', meeting.id)
      .executeTakeFirstOrThrow()
    // An action arising from the meeting's exempt item: the public tracker must leave it out.
    const exemptItem = await db
      .selectFrom('agenda_item')
      .select('id')
      .where('meeting_id', '=', meeting.id)
      .where('is_exempt', '=', true)
      .executeTakeFirstOrThrow()
    await db
      .insertInto('action')
      .values({
        committee_id: committeeId,
        meeting_id: meeting.id,
        agenda_item_id: exemptItem.id,
        raised_on: date,
        agenda_item_title: 'SECRETACTION item',
        description: 'SECRETACTION renegotiate the care rates',
      })
      .execute()
    // The demo inquiry is tracked at this meeting; an item on the agenda names it.
    const inquiry = await db
      .selectFrom('inquiry')
      .select(['id', 'title'])
      .where('committee_id', '=', committeeId)
      .executeTakeFirstOrThrow()
    await db
      .insertInto('tracking_round')
      .values({ inquiry_id: inquiry.id, meeting_id: meeting.id, scheduled_for: date, status: 'evidence_submitted' })
      .execute()
    await db
      .updateTable('agenda_item')
      .set({ title: `${inquiry.title}: tracking of recommendations` })
      .where('meeting_id', '=', meeting.id)
      .where('title', '=', 'Youth Service Annual Report')
      .execute()
    await attachPaper(t.services, meeting.id, {
      item: `${inquiry.title}: tracking of recommendations`,
      marker: 'COVERREPORT',
      pages: 2,
    })
    // As on publication: inside the caller's transaction (PGlite has one connection, which it holds).
    await db.transaction().execute(trx => t.services.packs.storePacks(meeting.id, actor, trx))
    publicPages = await extractPdfText((await t.services.packs.packFor(meeting.id, 'public'))!.bytes)
    membersPages = await extractPdfText((await t.services.packs.packFor(meeting.id, 'members'))!.bytes)
  })
  after(() => t.close())

  test('each generated document is stored, published, under its item', async () => {
    const rows = await generatedRows()
    assert.deepEqual(
      rows.map(r => [r.kind, r.status, r.item_title]),
      [
        ['action_tracker', 'published', 'Action tracker'],
        ['work_programme', 'published', 'Work programme'],
        ['tracking_report', 'published', 'Reducing School Exclusions: tracking of recommendations'],
      ],
    )
  })

  test('the pack holds each generated document at the pages its ranges say, inside its item’s range', async () => {
    const expected: Record<string, RegExp> = {
      action_tracker: /action tracker[\s\S]*Invite the alternative provision pilot provider/i,
      work_programme: /Cabinet Forward Plan[\s\S]*Outstanding tracking/,
      tracking_report: /Reducing School Exclusions[\s\S]*Review Information/,
    }
    const rows = await generatedRows()
    assert.equal(rows.length, 3)
    for (const row of rows) {
      assert.ok(row.page_from && row.page_to, `${row.kind} has no pages`)
      assert.ok(row.item_from! <= row.page_from && row.page_to <= row.item_to!, `${row.kind} outside its item`)
      for (const pages of [publicPages, membersPages]) {
        const text = textOf(pages, row.page_from, row.page_to)
        assert.match(text, expected[row.kind]!)
        assert.match(text, new RegExp(`Page ${row.page_from}\\b`))
      }
      // The page before belongs to something else: the range starts where the document does.
      assert.doesNotMatch(textOf(membersPages, row.page_from - 1, row.page_from - 1), expected[row.kind]!)
    }
  })

  test('the tracking report follows the cover report of its item, and the front sheet prints the item’s range', async () => {
    const [report] = (await generatedRows()).filter(r => r.kind === 'tracking_report')
    const cover = membersPages.find(p => p.text.includes('COVERREPORT sheet 1 of 2'))?.number
    assert.equal(report?.item_from, cover)
    assert.equal(report?.page_from, (cover ?? 0) + 2)
    assert.match(membersPages[0]?.text ?? '', new RegExp(`${report?.item_from} - ${report?.item_to}`))
  })

  test('the public can download each generated document on its own from the meeting page', async () => {
    const browser = new Browser(t.app)
    const page = await browser.get(`/meetings/${meeting.slug}`)
    assert.equal(page.statusCode, 200)
    const rows = await generatedRows()
    assert.equal(rows.length, 3)
    for (const row of rows) {
      assert.ok(page.body.includes(`/documents/${row.id}/file`), `no link to ${row.kind}`)
      const file = await browser.get(`/documents/${row.id}/file`)
      assert.equal(file.statusCode, 200)
      assert.equal(file.rawPayload.subarray(0, 5).toString(), '%PDF-')
    }
  })

  test('the public pack contains no exempt action; the generator leaves it out of both', () => {
    assert.ok(!publicPages.some(p => p.text.includes('SECRETACTION')))
    assert.ok(!membersPages.some(p => p.text.includes('SECRETACTION')))
  })

  test('the preview (buildPack) has the same pages as the stored pack and stores nothing', async () => {
    const db = t.services.engine.db
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('document')
            .select(eb => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const documentsBefore = await count()
    const preview = await extractPdfText((await t.services.packs.buildPack(meeting.id, 'members')).bytes)
    assert.equal(preview.length, membersPages.length)
    const [report] = (await generatedRows()).filter(r => r.kind === 'tracking_report')
    assert.match(textOf(preview, report!.page_from!, report!.page_to!), /Review Information/)
    assert.equal(await count(), documentsBefore)
  })

  test('building again (a supplement) updates the same documents rather than adding more', async () => {
    const before = await generatedRows()
    await t.services.packs.storePacks(meeting.id, actor)
    await t.services.packs.storePacks(meeting.id, actor)
    const after = await generatedRows()
    assert.deepEqual(
      after.map(r => [r.id, r.status]),
      before.map(r => [r.id, r.status]),
    )
  })

  test('a generated document no longer placed is withdrawn, and leaves the pack', async () => {
    const db = t.services.engine.db
    await db.deleteFrom('tracking_round').where('meeting_id', '=', meeting.id).execute()
    await t.services.packs.storePacks(meeting.id, actor)
    const report = (await generatedRows()).find(r => r.kind === 'tracking_report')
    assert.equal(report?.status, 'withdrawn')
    assert.equal(report?.page_from, null)
    const pages = await extractPdfText((await t.services.packs.packFor(meeting.id, 'members'))!.bytes)
    assert.ok(!pages.some(p => p.text.includes('Review Information')))
  })

  test('an officer’s own upload of the same kind is left alone', async () => {
    const db = t.services.engine.db
    await t.addUser('officer-packs@example.org', 'scrutiny_officer')
    const officer = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'officer-packs@example.org')
      .executeTakeFirstOrThrow()
    const id = await attachPaper(t.services, meeting.id, { item: 'Action tracker', marker: 'OWNTRACKER', pages: 1 })
    await db
      .updateTable('document')
      .set({ kind: 'action_tracker', submitted_by: officer.id })
      .where('id', '=', id)
      .execute()
    await t.services.packs.storePacks(meeting.id, actor)
    const own = await db.selectFrom('document').select('status').where('id', '=', id).executeTakeFirstOrThrow()
    assert.equal(own.status, 'published')
    const pages = await extractPdfText((await t.services.packs.packFor(meeting.id, 'public'))!.bytes)
    assert.ok(pages.some(p => p.text.includes('OWNTRACKER')))
    assert.equal((await generatedRows()).filter(r => r.kind === 'action_tracker' && r.status === 'published').length, 2)
  })
})
