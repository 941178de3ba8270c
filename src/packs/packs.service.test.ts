import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { systemActor } from '../audit/audit.repository.ts'
import { openDocument } from '../import/pdf/document.ts'
import { extractPdfText } from '../import/pdf/extract.ts'
import type { PackPage } from '../import/parse/types.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { attachPaper, DEMO_PAPERS, nextDemoMeeting } from './packs-fixture.ts'

/** The number of the first page whose text contains `marker`. */
function pageOf(pages: readonly PackPage[], marker: string): number | undefined {
  return pages.find(p => p.text.includes(marker))?.number
}

/** The pack's bookmarks, as "title -> page number". */
async function bookmarks(bytes: Uint8Array): Promise<string[]> {
  const { doc, close } = await openDocument(bytes)
  try {
    const entries = []
    for (const entry of (await doc.getOutline()) ?? []) {
      const ref = Array.isArray(entry.dest) ? entry.dest[0] : null
      entries.push(`${entry.title} -> ${ref ? (await doc.getPageIndex(ref as never)) + 1 : '?'}`)
    }
    return entries
  } finally {
    await close()
  }
}

describe('the packs service on a demo meeting with real report PDFs', () => {
  let t: TestApp
  let meeting: { id: number; slug: string }
  let publicPages: PackPage[]
  let membersPages: PackPage[]

  before(async () => {
    t = await buildTestApp({ demo: true })
    meeting = await nextDemoMeeting(t.services)
    for (const paper of DEMO_PAPERS) await attachPaper(t.services, meeting.id, paper)
    await t.services.packs.storePacks(meeting.id, systemActor('test'))
    const publicPack = await t.services.packs.packFor(meeting.id, 'public')
    const membersPack = await t.services.packs.packFor(meeting.id, 'members')
    assert.ok(publicPack && membersPack)
    publicPages = await extractPdfText(publicPack.bytes)
    membersPages = await extractPdfText(membersPack.bytes)
  })
  after(() => t.close())

  test("every page of the members' pack is stamped with its own number", async () => {
    // Reports 7 + 3 + 5 + 2 + 4 = 21 pages and the generated documents after the front sheet; the draft stays out.
    const papers = await t.services.engine.db
      .selectFrom('document')
      .select(['kind', 'page_from', 'page_to'])
      .where('meeting_id', '=', meeting.id)
      .where('page_from', 'is not', null)
      .execute()
    const front = Math.min(...papers.map(p => p.page_from!)) - 1
    const generated = papers
      .filter(p => ['action_tracker', 'work_programme'].includes(p.kind))
      .reduce((sum, p) => sum + p.page_to! - p.page_from! + 1, 0)
    assert.ok(front >= 1 && generated >= 2)
    assert.equal(membersPages.length, front + 21 + generated)
    for (const page of membersPages) assert.match(page.text, new RegExp(`\\bPage ${page.number}\\b`))
  })

  test('the front sheet prints each item’s range where its first paper really starts, and stores it', async () => {
    const items = await t.services.engine.db
      .selectFrom('agenda_item')
      .select(['title', 'page_from', 'page_to'])
      .where('meeting_id', '=', meeting.id)
      .orderBy('position')
      .execute()
    const youth = items.find(i => i.title === 'Youth Service Annual Report')
    assert.equal(youth?.page_from, pageOf(membersPages, 'YOUTHREPORT sheet 1 of 7'))
    assert.equal(youth?.page_to, pageOf(membersPages, 'YOUTHAPPENDIX sheet 3 of 3'))
    const send = items.find(i => i.title.startsWith('Special Educational Needs'))
    assert.equal(send?.page_from, pageOf(membersPages, 'SENDREPORT sheet 1 of 5'))
    assert.equal(send?.page_to, pageOf(membersPages, 'SENDCOSTINGS sheet 2 of 2'))
    const frontSheet = membersPages
      .filter(p => !/sheet \d+ of/.test(p.text))
      .map(p => p.text)
      .join('\n')
    for (const item of [youth, send]) assert.ok(frontSheet.includes(`${item?.page_from} - ${item?.page_to}`))
    // Items without papers have no range, whatever was typed before (the demo types some).
    assert.equal(items.find(i => i.title === 'Apologies')?.page_from ?? null, null)
  })

  test('the public pack keeps the same page numbers and contains nothing from exempt papers', () => {
    const text = publicPages.map(p => p.text).join('\n')
    for (const secret of ['SENDCOSTINGS', 'LARKFIELDPRICES', 'Larkfield', 'LARKFIELD', 'Contract award']) {
      assert.ok(!text.includes(secret), `public pack contains ${secret}`)
    }
    assert.equal(pageOf(publicPages, 'YOUTHREPORT sheet 1'), pageOf(membersPages, 'YOUTHREPORT sheet 1'))
    const costings = pageOf(membersPages, 'SENDCOSTINGS sheet 1 of 2') ?? 0
    const notice = publicPages.find(p => p.text.includes(`Pages ${costings} - ${costings + 1}`))
    assert.match(notice?.text ?? '', /NOT FOR PUBLICATION[\s\S]*paragraph 3/)
    // Two notices stand in for 2 + 4 exempt pages.
    assert.equal(publicPages.length, membersPages.length - 4)
  })

  test('each item with papers has a bookmark at its first page; exempt items are untitled in the public pack', async () => {
    const publicPack = await t.services.packs.packFor(meeting.id, 'public')
    const membersPack = await t.services.packs.packFor(meeting.id, 'members')
    const [publicMarks, membersMarks] = [await bookmarks(publicPack!.bytes), await bookmarks(membersPack!.bytes)]
    assert.ok(membersMarks.includes(`6. Youth Service Annual Report -> ${pageOf(membersPages, 'YOUTHREPORT sheet 1')}`))
    assert.ok(membersMarks.some(m => m.includes('Larkfield')))
    assert.ok(
      publicMarks.some(m => /^8\. Exempt item -> \d+$/.test(m)),
      publicMarks.join('; '),
    )
    assert.ok(!publicMarks.some(m => m.includes('Larkfield') || m.includes('Contract award')))
  })

  test("drafts are in neither pack; the members' pack has the exempt papers", () => {
    const members = membersPages.map(p => p.text).join('\n')
    assert.ok(members.includes('LARKFIELDPRICES sheet 4 of 4') && members.includes('SENDCOSTINGS'))
    assert.ok(!members.includes('DRAFTONLY'))
    assert.ok(!publicPages.some(p => p.text.includes('DRAFTONLY')))
  })

  test("the packs are stored as published documents, the members' one exempt, and audited", async () => {
    const db = t.services.engine.db
    const docs = await db
      .selectFrom('document')
      .select(['kind', 'status', 'is_exempt', 'exempt_paragraph'])
      .where('meeting_id', '=', meeting.id)
      .where('kind', 'in', ['agenda_pack', 'members_pack'])
      .orderBy('kind')
      .execute()
    assert.deepEqual(docs, [
      { kind: 'agenda_pack', status: 'published', is_exempt: false, exempt_paragraph: null },
      { kind: 'members_pack', status: 'published', is_exempt: true, exempt_paragraph: 3 },
    ])
    const audit = await db.selectFrom('audit_log').select('entity_id').where('action', '=', 'packs.built').execute()
    assert.deepEqual(audit, [{ entity_id: String(meeting.id) }])
  })

  test('storing again replaces the packs instead of adding more documents', async () => {
    await t.services.packs.storePacks(meeting.id, systemActor('test'))
    const { count } = await t.services.engine.db
      .selectFrom('document')
      .select(eb => eb.fn.countAll<string>().as('count'))
      .where('meeting_id', '=', meeting.id)
      .where('kind', 'in', ['agenda_pack', 'members_pack'])
      .executeTakeFirstOrThrow()
    assert.equal(Number(count), 2)
  })

  test("a meeting without exempt business has no separate members' pack: members get the public one", async () => {
    const other = await t.services.engine.db
      .selectFrom('meeting')
      .select('id')
      .where('slug', 'like', '%housing-and-neighbourhoods')
      .executeTakeFirstOrThrow()
    const stored = await t.services.packs.storePacks(other.id, systemActor('test'))
    assert.equal(stored.membersDocumentId, null)
    const members = await t.services.packs.packFor(other.id, 'members')
    assert.equal(members?.isExempt, false)
    assert.match((await extractPdfText(members?.bytes ?? new Uint8Array()))[0]?.text ?? '', /A G E N D A/)
  })

  test('a paper that is not a readable PDF stops the build with a message naming it', async () => {
    const db = t.services.engine.db
    const sha256 = await t.services.files.put(new TextEncoder().encode('%PDF-1.4 this is not really a pdf'))
    const file = await db
      .insertInto('stored_file')
      .values({ sha256, media_type: 'application/pdf', byte_size: 10 })
      .returning('id')
      .executeTakeFirstOrThrow()
    const item = await db
      .selectFrom('agenda_item')
      .select('id')
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirstOrThrow()
    await db
      .insertInto('document')
      .values({
        meeting_id: meeting.id,
        agenda_item_id: item.id,
        kind: 'report',
        title: 'Broken report',
        file_id: file.id,
        status: 'accepted',
      })
      .execute()
    await assert.rejects(
      t.services.packs.buildPack(meeting.id, 'public'),
      /“Broken report” \(agenda item 1\) is not a readable PDF/,
    )
  })
})
