import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { systemActor } from '../audit/audit.repository.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const seed = (name: string) => new URL(`../../../shared/seeds/${name}`, import.meta.url).pathname
const PACKS = [
  seed('pack-2016-04-20-education-vulnerable-children.txt'),
  seed('pack-2016-07-20-schools-children-families.txt'),
  seed('pack-2023-05-17-education-childrens-social-care.txt'),
]

/** Words that only exempt material holds: none may ever come back from search. */
const SECRETS = ['Zanzibar', 'Quillfeather', 'Marrowbone', 'Vellichor', 'Brindlecombe', 'Gossamerine']

interface Found {
  status: number
  body: string
  count: string | undefined
  links: string[]
}

async function search(browser: Browser, query: Record<string, string>): Promise<Found> {
  const response = await browser.get(`/search?${new URLSearchParams(query)}`)
  const results = /data-qa="results"[\s\S]*?<\/ol>/.exec(response.body)?.[0] ?? ''
  return {
    status: response.statusCode,
    body: response.body,
    count: /data-qa="result-count">\s*([^<]*?)\s*for/.exec(response.body)?.[1],
    links: [...results.matchAll(/<h3[^>]*><a class="govuk-link" href="([^"]+)"/g)].map(m => m[1] ?? ''),
  }
}

const resultsHtml = (body: string) => /data-qa="results"[\s\S]*?<\/ol>/.exec(body)?.[0]

describe('public search', () => {
  let t: TestApp
  let db: TestApp['services']['engine']['db']
  let anonymous: Browser
  const meetings: Record<string, { id: number; committeeSlug: string }> = {}

  before(async () => {
    t = await buildTestApp({ demo: true })
    db = t.services.engine.db
    for (const pack of PACKS) {
      const report = await t.services.imports.importFile(pack, systemActor('test'))
      const meeting = await db
        .selectFrom('meeting')
        .innerJoin('committee', 'committee.id', 'meeting.committee_id')
        .select(['meeting.id', 'committee.slug'])
        .where('meeting.slug', '=', report.meetingSlug)
        .executeTakeFirstOrThrow()
      meetings[report.meetingDate] = { id: meeting.id, committeeSlug: meeting.slug }
    }
    anonymous = new Browser(t.app)
  })
  after(() => t.close())

  test('finds a phrase from each seed pack, linking to the page of the pack where it is', async () => {
    const phrases = [
      'youth facility in his ward',
      'Community Based Budget',
      'the vulnerability of girls and young women',
    ]
    for (const phrase of phrases) {
      const found = await search(anonymous, { q: `"${phrase}"` })
      assert.equal(found.status, 200)
      const page = found.links.find(link => /^\/documents\/\d+\/file#page=\d+$/.test(link))
      assert.ok(page, `a page of a document for "${phrase}": ${found.links.join(', ')}`)
      const [, documentId, pageNumber] = /\/documents\/(\d+)\/file#page=(\d+)/.exec(page) ?? []
      const text = await sql<{ body: string }>`
        select p.body from file_page p join document d on d.file_id = p.file_id
        where d.id = ${Number(documentId)} and p.page_number = ${Number(pageNumber)}`.execute(db)
      assert.match(text.rows[0]?.body.replace(/\s+/g, ' ') ?? '', new RegExp(phrase, 'i'))
      assert.match(found.body, /<mark class="app-search-hit">/)
    }
  })

  test('English stemming: a search for one form of a word finds another', async () => {
    const found = await search(anonymous, { q: 'fundraise' })
    assert.ok(found.links.length > 0, 'fundraising is found by fundraise')
  })

  test('quoted phrases, exclusions and OR work as people expect', async () => {
    const phrase = await search(anonymous, { q: '"youth facility"' })
    const excluded = await search(anonymous, { q: '"youth facility" -Alden' })
    const either = await search(anonymous, { q: '"youth facility" OR "Community Based Budget"' })
    const counts = [phrase, excluded, either].map(found => Number((found.count ?? '0').replace(/\D/g, '')))
    assert.ok(counts[0]! > 0)
    assert.ok(counts[1]! < counts[0]!, `exclusion leaves fewer: ${counts.join(', ')}`)
    assert.ok(counts[2]! > counts[0]!, `OR finds more: ${counts.join(', ')}`)
  })

  test('filters by committee, date range and type', async () => {
    const all = await search(anonymous, { q: 'children' })
    const committee2023 = meetings['2023-05-17']!.committeeSlug
    const byCommittee = await search(anonymous, { q: 'children', committee: committee2023, sort: 'newest' })
    const from2020 = await search(anonymous, { q: 'children', from: '1/1/2020' })
    const upTo2016 = await search(anonymous, { q: 'children', to: '2016-12-31' })
    const agendaItems = await search(anonymous, { q: 'children', type: 'agenda_item' })
    const total = (found: Found) => Number((found.count ?? '0').replace(/\D/g, ''))
    assert.ok(total(all) > total(byCommittee) && total(byCommittee) > 0)
    assert.ok(total(from2020) > 0 && total(upTo2016) > 0)
    assert.equal(total(from2020) + total(upTo2016), total(all) - (await undatedMatches(db, 'children')))
    assert.ok(total(agendaItems) > 0 && total(agendaItems) < total(all))
    assert.ok(agendaItems.links.every(link => link.startsWith('/meetings/')))
    assert.match(byCommittee.body, new RegExp(`<option value="${committee2023}" selected>`))
  })

  test('results come twenty to a page, with pagination that keeps the filters', async () => {
    const first = await search(anonymous, { q: 'children', sort: 'newest' })
    assert.equal(first.links.length, 20)
    assert.match(first.body, /govuk-pagination/)
    assert.match(first.body, /href="\/search\?q=children&amp;sort=newest&amp;page=2"/)
    const second = await search(anonymous, { q: 'children', sort: 'newest', page: '2' })
    assert.ok(second.links.length > 0)
    assert.match(second.body, /data-qa="results" start="21"/)
    assert.notDeepEqual(resultsHtml(second.body), resultsHtml(first.body), 'page 2 shows other results')
    const beyond = await search(anonymous, { q: 'children', sort: 'newest', page: '200' })
    assert.equal(beyond.status, 200)
    assert.match(beyond.body, /There are no more results/)
    assert.equal(beyond.count, first.count)
  })

  test('empty, over-long and odd queries get a helpful page, never an error', async () => {
    const start = await search(anonymous, {})
    assert.equal(start.status, 200)
    assert.match(start.body, /Exempt \(confidential\) items and papers are never included/)
    const blank = await search(anonymous, { q: '   ' })
    assert.equal(blank.status, 200)
    const stopWords = await search(anonymous, { q: 'the of and' })
    assert.equal(stopWords.status, 200)
    assert.match(stopWords.body, /There is nothing to search for/)
    const stopWordsFiltered = await search(anonymous, {
      q: 'the',
      committee: meetings['2023-05-17']!.committeeSlug,
      type: 'report',
      from: '2023-01-01',
      to: '2023-12-31',
    })
    assert.match(stopWordsFiltered.body, /There is nothing to search for/, 'filters alone do not match everything')
    const long = await search(anonymous, { q: 'children '.repeat(40) })
    assert.equal(long.status, 400)
    assert.match(long.body, /govuk-error-summary[\s\S]*Search for 200 characters or fewer/)
    for (const odd of [
      '"',
      '-',
      '(',
      ')',
      '&|!:*',
      "'",
      '\\',
      'OR',
      '-"',
      '"unclosed phrase',
      'a & b | c',
      '<script>',
    ]) {
      const found = await search(anonymous, { q: odd })
      assert.equal(found.status, 200, `"${odd}" gives a page`)
    }
    const badDates = await search(anonymous, { q: 'children', from: '31/2/2023', to: 'yesterday' })
    assert.equal(badDates.status, 400)
    assert.match(badDates.body, /Enter the start date as a real date/)
    assert.match(badDates.body, /Enter the end date as a real date/)
    const backwards = await search(anonymous, { q: 'children', from: '2023-01-01', to: '2022-01-01' })
    assert.equal(backwards.status, 400)
    const wrong: Array<Record<string, string>> = [
      { committee: 'no-such-committee' },
      { type: 'secrets' },
      { page: '0' },
      { page: 'x' },
    ]
    for (const query of wrong) {
      const found = await search(anonymous, { q: 'children', ...query })
      assert.equal(found.status, 400, JSON.stringify(query))
      assert.match(found.body, /govuk-error-summary/)
    }
    const repeated = await anonymous.get('/search?q=children&q=council&committee=a&committee=b')
    assert.ok(repeated.statusCode < 500)
  })

  test('snippets escape the text of documents and mark only the hits', async () => {
    const meetingId = meetings['2023-05-17']!.id
    await addDocumentWithPages(db, meetingId, { title: 'Escaping check' }, [
      'Fees & charges: 5 < 6 and "quoted" <img src=x onerror=alert(1)> xylophonic text',
    ])
    const found = await search(anonymous, { q: 'xylophonic' })
    assert.ok(found.links.length > 0)
    const snippet = /app-search-snippet">([\s\S]*?)<\/p>/.exec(found.body)?.[1] ?? ''
    assert.match(snippet, /Fees &amp; charges/)
    assert.match(snippet, /&quot;quoted&quot;/)
    assert.match(snippet, /<mark class="app-search-hit">xylophonic<\/mark> text/)
    assert.doesNotMatch(snippet.replace(/<\/?mark[^>]*>/g, ''), /[<>]/, 'no markup but the marks')
    assert.doesNotMatch(found.body, /\uE000|\uE001/)
  })

  describe('exempt material', () => {
    let exemptPage = 0

    before(async () => {
      const meetingId = meetings['2016-07-20']!.id
      const pack = await db
        .selectFrom('document')
        .select(['id', 'file_id'])
        .where('meeting_id', '=', meetingId)
        .where('kind', '=', 'agenda_pack')
        .executeTakeFirstOrThrow()
      const page = await db
        .selectFrom('file_page')
        .select('page_number')
        .where('file_id', '=', pack.file_id)
        .orderBy('page_number')
        .offset(1)
        .executeTakeFirstOrThrow()
      exemptPage = page.page_number
      // An exempt agenda item whose pages in the pack hold a secret, and its resolution and note.
      const item = await db
        .insertInto('agenda_item')
        .values({
          meeting_id: meetingId,
          position: 90,
          item_number: '90',
          title: 'Zanzibar children’s home contract',
          description: 'Quillfeather pricing',
          is_exempt: true,
          exempt_paragraph: 3,
          page_from: exemptPage,
          page_to: exemptPage,
          source_file_id: pack.file_id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await sql`update file_page set body = body || ' Brindlecombe tender scores'
        where file_id = ${pack.file_id} and page_number = ${exemptPage}`.execute(db)
      await db
        .insertInto('resolution')
        .values({ meeting_id: meetingId, agenda_item_id: item.id, body: 'That the Marrowbone bid be accepted' })
        .execute()
      await db
        .insertInto('resolution')
        .values({ meeting_id: meetingId, body: 'Vellichor fees agreed', is_exempt: true })
        .execute()
      await db
        .insertInto('item_note')
        .values({ meeting_id: meetingId, agenda_item_id: item.id, body: 'Marrowbone discussed' })
        .execute()
      // An exempt document with its own file, and a document on the exempt item.
      await addDocumentWithPages(
        db,
        meetingId,
        { title: 'Gossamerine valuation', is_exempt: true, exempt_paragraph: 3 },
        ['Gossamerine site valuation Vellichor'],
      )
      await addDocumentWithPages(db, meetingId, { title: 'Appendix on Quillfeather', agenda_item_id: item.id }, [
        'Quillfeather Zanzibar Brindlecombe',
      ])
    })

    test('nothing exempt reaches search: titles, text or snippets, for anyone', async () => {
      await t.addUser('author@example.test', 'report_author')
      await t.addUser('member@example.test', 'member')
      const author = new Browser(t.app)
      await author.signIn('author@example.test')
      const member = new Browser(t.app)
      await member.signIn('member@example.test')
      for (const browser of [anonymous, author, member]) {
        for (const secret of SECRETS) {
          const found = await search(browser, { q: secret })
          assert.equal(found.status, 200)
          assert.equal(found.count, 'No results', `${secret} is not found`)
          assert.ok(
            !found.body.toLowerCase().includes(secret.toLowerCase().slice(1)) || found.body.includes(`“${secret}”`),
          )
        }
      }
      const held = await sql<{ n: string }>`
        select count(*) as n from search_entry
        where ${sql.join(
          SECRETS.map(s => sql`(title || ' ' || body) ilike ${'%' + s + '%'}`),
          sql` or `,
        )}`.execute(db)
      assert.equal(Number(held.rows[0]?.n), 0, 'the index holds no exempt text at all')
    })

    test('the index follows changes: an item made public becomes searchable, and exempt again leaves', async () => {
      await db
        .updateTable('agenda_item')
        .set({ is_exempt: false, exempt_paragraph: null })
        .where('item_number', '=', '90')
        .execute()
      const open = await search(anonymous, { q: 'Brindlecombe' })
      assert.ok(
        open.links.some(link => link.endsWith(`#page=${exemptPage}`)),
        'the pack page is searchable once the item is not exempt',
      )
      assert.notEqual((await search(anonymous, { q: 'Marrowbone' })).count, 'No results')
      await db
        .updateTable('agenda_item')
        .set({ is_exempt: true, exempt_paragraph: 3 })
        .where('item_number', '=', '90')
        .execute()
      for (const secret of ['Brindlecombe', 'Marrowbone', 'Zanzibar', 'Quillfeather']) {
        assert.equal((await search(anonymous, { q: secret })).count, 'No results', secret)
      }
    })

    test('a cancelled meeting’s papers leave search, and come back when it is reinstated', async () => {
      const { id } = meetings['2016-04-20']!
      const before = await search(anonymous, { q: '"youth facility"' })
      assert.notEqual(before.count, 'No results')
      await db
        .updateTable('meeting')
        .set({ status: 'cancelled', cancellation_reason: 'Test' })
        .where('id', '=', id)
        .execute()
      assert.equal((await search(anonymous, { q: '"youth facility"' })).count, 'No results')
      await db.updateTable('meeting').set({ status: 'held', cancellation_reason: null }).where('id', '=', id).execute()
      assert.equal((await search(anonymous, { q: '"youth facility"' })).count, before.count)
    })
  })
})

/** Matches with no date (none expected from packs: every entry of a meeting has its date). */
async function undatedMatches(db: TestApp['services']['engine']['db'], words: string): Promise<number> {
  const result = await sql<{ n: string }>`select count(*) as n from search_entry
    where entry_date is null and search_vector @@ websearch_to_tsquery('english', ${words})`.execute(db)
  return Number(result.rows[0]?.n)
}

let fileCounter = 0

/** A published document of a meeting with a stored file of these pages (as an upload would make). */
async function addDocumentWithPages(
  db: TestApp['services']['engine']['db'],
  meetingId: number,
  fields: { title: string; is_exempt?: boolean; exempt_paragraph?: number; agenda_item_id?: number },
  pages: string[],
): Promise<number> {
  fileCounter += 1
  const file = await db
    .insertInto('stored_file')
    .values({
      sha256: fileCounter.toString(16).padStart(64, 'a'),
      media_type: 'text/plain',
      byte_size: 1,
      page_count: pages.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const doc = await db
    .insertInto('document')
    .values({ meeting_id: meetingId, kind: 'report', status: 'published', file_id: file.id, ...fields })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('file_page')
    .values(pages.map((body, index) => ({ file_id: file.id, page_number: index + 1, body })))
    .execute()
  return doc.id
}
