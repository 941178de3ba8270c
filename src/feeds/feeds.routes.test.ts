import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { systemActor } from '../audit/audit.repository.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const HOST = 'scrutiny.example.gov.uk'
const PACK = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
  .pathname
const EDUCATION = 'education-and-childrens-social-care-overview-and-scrutiny-committee'
const EDUCATION_NAME = "Education and Children's Social Care Overview and Scrutiny Committee"
const CHILDREN = 'children-and-education'
const CHILDREN_NAME = 'Children and Education Overview and Scrutiny Committee'

/** Distinctive text of exempt records, which must never reach any feed. */
const SECRETS = {
  exemptDocument: 'Zanzibar tender evaluation scores',
  documentOnExemptItem: 'Quillfeather pricing schedule',
  exemptResolution: 'award the Marrowbone framework to Bidder Q',
  resolutionOnExemptItem: 'Vellichor placement fees be approved',
}

const FEEDS = [
  '/feeds/documents.atom',
  '/feeds/decisions.atom',
  `/committees/${EDUCATION}/feeds/documents.atom`,
  `/committees/${EDUCATION}/feeds/decisions.atom`,
  `/committees/${CHILDREN}/feeds/documents.atom`,
  `/committees/${CHILDREN}/feeds/decisions.atom`,
]

interface Entry {
  id: string
  title: string
  updated: string
  published?: string
  summary: string
  content?: string
  link: Array<{ '@_href': string }>
}

interface ParsedFeed {
  id: string
  title: string
  updated: string
  author: { name: string }
  link: Array<{ '@_rel': string; '@_href': string }>
  entry?: Entry[]
}

/** An element with attributes, e.g. <title type="html">, as the parser gives it. */
type Text = string | { '#text': string; '@_type': string }

/** The text of a type="html" element (as written, still HTML-escaped). */
function html(element: Text | undefined): string | undefined {
  if (element === undefined) return undefined
  assert.ok(typeof element === 'object' && element['@_type'] === 'html', 'a type="html" text construct')
  return element['#text']
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: name => name === 'entry' || name === 'link',
  parseTagValue: false,
})

/** Checks the body is well-formed XML and an Atom feed, and returns the feed element. */
function atom(response: LightMyRequestResponse): ParsedFeed {
  assert.equal(response.statusCode, 200)
  assert.equal(response.headers['content-type'], 'application/atom+xml; charset=utf-8')
  assert.equal(XMLValidator.validate(response.body), true, 'well-formed XML')
  type Raw = Omit<Entry, 'title' | 'summary' | 'content'> & { title: Text; summary: Text; content?: Text }
  const doc = parser.parse(response.body) as {
    feed?: Omit<ParsedFeed, 'entry'> & { '@_xmlns': string; entry?: Raw[] }
  }
  assert.ok(doc.feed, 'an Atom <feed>')
  assert.equal(doc.feed['@_xmlns'], 'http://www.w3.org/2005/Atom')
  const entry = doc.feed.entry?.map(e => ({
    ...e,
    title: html(e.title)!,
    summary: html(e.summary)!,
    content: html(e.content),
  }))
  return { ...doc.feed, entry }
}

const entriesOf = (feed: ParsedFeed) => feed.entry ?? []
const hrefOf = (entry: Entry) => entry.link[0]!['@_href']

describe('Atom feeds of published documents and decisions', () => {
  let t: TestApp
  const get = (url: string, host = HOST): Promise<LightMyRequestResponse> =>
    t.app.inject({ method: 'GET', url, headers: { host } })
  const ids: Record<string, number> = {}

  before(async () => {
    t = await buildTestApp({ demo: true })
    const imported = await t.services.imports.importFile(PACK, systemActor('test'))
    const db = t.services.engine.db
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('slug', '=', imported.meetingSlug)
      .executeTakeFirstOrThrow()
    const exemptItem = await db
      .selectFrom('agenda_item')
      .select(['id', 'meeting_id'])
      .where('is_exempt', '=', true)
      .executeTakeFirstOrThrow()
    const children = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select('meeting.id')
      .where('committee.slug', '=', CHILDREN)
      .orderBy('meeting.meeting_date')
      .executeTakeFirstOrThrow()
    const insertDocument = (values: {
      meeting_id: number
      title: string
      is_exempt?: boolean
      agenda_item_id?: number
      status?: 'published' | 'draft'
    }) =>
      db
        .insertInto('document')
        .values({
          kind: 'report',
          status: 'published',
          published_at: new Date(),
          exempt_paragraph: values.is_exempt ? 3 : null,
          ...values,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ids.exemptDocument = (
      await insertDocument({ meeting_id: meeting.id, title: SECRETS.exemptDocument, is_exempt: true })
    ).id
    ids.documentOnExemptItem = (
      await insertDocument({
        meeting_id: exemptItem.meeting_id,
        agenda_item_id: exemptItem.id,
        title: SECRETS.documentOnExemptItem,
      })
    ).id
    ids.draft = (await insertDocument({ meeting_id: meeting.id, title: 'Draft not yet published', status: 'draft' })).id
    ids.childrenReport = (await insertDocument({ meeting_id: children.id, title: 'Children’s report & <summary>' })).id
    ids.exemptResolution = (
      await db
        .insertInto('resolution')
        .values({ meeting_id: meeting.id, body: SECRETS.exemptResolution, item_label: 'PRIVATE', is_exempt: true })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    ids.resolutionOnExemptItem = (
      await db
        .insertInto('resolution')
        .values({
          meeting_id: exemptItem.meeting_id,
          agenda_item_id: exemptItem.id,
          body: SECRETS.resolutionOnExemptItem,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    ids.childrenResolution = (
      await db
        .insertInto('resolution')
        .values({ meeting_id: children.id, body: 'That the report be noted.', item_label: 'YOUTH SERVICE' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  })
  after(() => t.close())

  /** Published, non-exempt documents not on an exempt item, as the feeds should list them. */
  async function publicDocuments(committeeSlug?: string) {
    let query = t.services.engine.db
      .selectFrom('document')
      .innerJoin('meeting', 'meeting.id', 'document.meeting_id')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select('document.id')
      .where('document.status', '=', 'published')
      .where('document.is_exempt', '=', false)
      .where('document.id', '!=', ids.documentOnExemptItem!)
    if (committeeSlug) query = query.where('committee.slug', '=', committeeSlug)
    return (await query.execute()).map(d => `tag:${HOST},2026:document-${d.id}`)
  }

  test('GET /feeds/documents.atom: every published public document, newest first, linking to its meeting', async () => {
    const feed = atom(await get('/feeds/documents.atom'))
    assert.equal(feed.id, `tag:${HOST},2026:feeds/documents`)
    assert.equal(feed.author.name, 'Northmoor City Council')
    assert.ok(feed.link.some(l => l['@_rel'] === 'self' && l['@_href'] === `http://${HOST}/feeds/documents.atom`))
    const entries = entriesOf(feed)
    assert.ok(entries.length >= 7, 'the pack’s documents and the committee report')
    assert.deepEqual(entries.map(e => e.id).sort(), (await publicDocuments()).sort())
    assert.ok(!entries.some(e => e.id.endsWith(`:document-${ids.draft}`)), 'drafts are not published')
    const published = entries.map(e => Date.parse(e.published!))
    assert.deepEqual(
      published,
      [...published].sort((a, b) => b - a),
      'newest first',
    )
    for (const entry of entries) {
      assert.match(hrefOf(entry), new RegExp(`^http://${HOST.replace(/\./g, '\\.')}/meetings/\\d{4}-\\d{2}-\\d{2}-`))
      assert.ok(!Number.isNaN(Date.parse(entry.updated)), 'an updated date')
      assert.ok(entry.updated >= entry.published!, 'updated is no earlier than published')
    }
    const report = entries.find(e => e.id === `tag:${HOST},2026:document-${ids.childrenReport}`)!
    assert.equal(report.title, 'Children’s report &amp; &lt;summary&gt;', 'HTML-escaped text in a type="html" title')
    assert.match(report.summary, new RegExp(`^Report for the ${CHILDREN_NAME} meeting on \\w+day \\d+ \\w+ \\d{4}\\.$`))
    const ofsted = entries.find(e => e.title.startsWith('Ofsted Inspection'))!
    assert.equal(ofsted.summary, `Report for the ${EDUCATION_NAME} meeting on Wednesday 17 May 2023.`)
    assert.equal(hrefOf(ofsted), `http://${HOST}/meetings/2023-05-17-${EDUCATION}`)
  })

  test('a committee’s documents feed has only that committee’s documents', async () => {
    const education = entriesOf(atom(await get(`/committees/${EDUCATION}/feeds/documents.atom`)))
    assert.deepEqual(education.map(e => e.id).sort(), (await publicDocuments(EDUCATION)).sort())
    assert.ok(education.length >= 6)
    assert.ok(education.every(e => e.summary.includes(EDUCATION_NAME) && hrefOf(e).endsWith(`-${EDUCATION}`)))

    const childrenFeed = atom(await get(`/committees/${CHILDREN}/feeds/documents.atom`))
    assert.equal(childrenFeed.id, `tag:${HOST},2026:committee-1/feeds/documents`)
    const children = entriesOf(childrenFeed)
    assert.deepEqual(
      children.map(e => e.id),
      [`tag:${HOST},2026:document-${ids.childrenReport}`],
    )
    assert.ok(children.every(e => e.summary.includes(CHILDREN_NAME)))
  })

  test('the decisions feeds list resolutions with their meeting, per committee too', async () => {
    const all = atom(await get('/feeds/decisions.atom'))
    assert.equal(all.id, `tag:${HOST},2026:feeds/decisions`)
    const allEntries = entriesOf(all)
    const resolutions = await t.services.engine.db.selectFrom('resolution').select(['id', 'body']).execute()
    const hidden = [ids.exemptResolution, ids.resolutionOnExemptItem]
    assert.deepEqual(
      allEntries.map(e => e.id).sort(),
      resolutions
        .filter(r => !hidden.includes(r.id))
        .map(r => `tag:${HOST},2026:resolution-${r.id}`)
        .sort(),
    )
    assert.ok(allEntries.length >= 6, 'the pack’s resolutions and the committee’s')

    const education = entriesOf(atom(await get(`/committees/${EDUCATION}/feeds/decisions.atom`)))
    assert.ok(education.length >= 5)
    assert.ok(!education.some(e => e.id.endsWith(`:resolution-${ids.childrenResolution}`)))
    const notes = education.find(e => e.title === 'Resolved: ACTION NOTES')!
    assert.equal(hrefOf(notes), `http://${HOST}/meetings/2023-04-05-${EDUCATION}`)
    assert.match(notes.summary, /meeting on Wednesday 5 April 2023\.$/)
    assert.match(notes.content!, /That the action notes of the committee meeting held on the 22nd February 2023/)

    const children = entriesOf(atom(await get(`/committees/${CHILDREN}/feeds/decisions.atom`)))
    assert.deepEqual(
      children.map(e => [e.id, e.title]),
      [[`tag:${HOST},2026:resolution-${ids.childrenResolution}`, 'Resolved: YOUTH SERVICE']],
    )
    assert.match(children[0]!.content!, /That the report be noted\./)
    assert.match(children[0]!.summary, new RegExp(CHILDREN_NAME))
  })

  test('exempt material never appears in any feed: not its text, not its title, not its id', async () => {
    for (const url of FEEDS) {
      const body = (await get(url)).body
      for (const secret of Object.values(SECRETS)) assert.ok(!body.includes(secret), `${url} shows “${secret}”`)
      assert.doesNotMatch(body, /Zanzibar|Quillfeather|Marrowbone|Vellichor|residential placements|Larkfield/)
      for (const id of [ids.exemptDocument, ids.documentOnExemptItem])
        assert.ok(!body.includes(`:document-${id}<`), `${url} lists exempt document ${id}`)
      for (const id of [ids.exemptResolution, ids.resolutionOnExemptItem])
        assert.ok(!body.includes(`:resolution-${id}<`), `${url} lists exempt resolution ${id}`)
    }
  })

  test('ids are stable: the same on every fetch, and kept when a meeting is moved', async () => {
    for (const url of FEEDS) {
      const first = await get(url)
      const second = await get(url)
      assert.equal(second.body, first.body, `${url} is the same on a second fetch`)
    }
    const before = entriesOf(atom(await get(`/committees/${CHILDREN}/feeds/documents.atom`)))
    const meeting = await t.services.engine.db
      .selectFrom('document')
      .innerJoin('meeting', 'meeting.id', 'document.meeting_id')
      .select(['meeting.id', 'meeting.meeting_date'])
      .where('document.id', '=', ids.childrenReport!)
      .executeTakeFirstOrThrow()
    await t.services.engine.db
      .updateTable('meeting')
      .set({ slug: `${meeting.meeting_date}-children-and-education-moved` })
      .where('id', '=', meeting.id)
      .execute()
    const after = entriesOf(atom(await get(`/committees/${CHILDREN}/feeds/documents.atom`)))
    assert.deepEqual(
      after.map(e => e.id),
      before.map(e => e.id),
    )
    assert.equal(hrefOf(after[0]!), `http://${HOST}/meetings/${meeting.meeting_date}-children-and-education-moved`)
  })

  test('links are absolute from the request host; a Host header that is not a host name is refused', async () => {
    const feed = atom(await get('/feeds/documents.atom', 'localhost:3000'))
    assert.ok(entriesOf(feed).every(e => hrefOf(e).startsWith('http://localhost:3000/meetings/')))
    assert.ok(entriesOf(feed).every(e => e.id.startsWith('tag:localhost,2026:document-')))
    for (const url of FEEDS.slice(0, 3)) {
      const response = await get(url, 'evil.example/"x')
      assert.equal(response.statusCode, 400)
    }
  })

  test('an unknown committee gets a 404', async () => {
    for (const kind of ['documents', 'decisions']) {
      const response = await get(`/committees/no-such-committee/feeds/${kind}.atom`)
      assert.equal(response.statusCode, 404)
    }
  })

  test('the committee page offers the feeds: a discovery link and a visible one', async () => {
    const body = (await get(`/committees/${CHILDREN}`)).body
    assert.match(
      body,
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/committees\/children-and-education\/feeds\/documents\.atom">/,
    )
    assert.match(
      body,
      /<a class="govuk-link" href="\/committees\/children-and-education\/feeds\/documents\.atom">Follow new documents \(Atom feed\)/,
    )
  })

  test('a feed holds the 50 newest documents', async () => {
    const db = t.services.engine.db
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('slug', '=', `2023-05-17-${EDUCATION}`)
      .executeTakeFirstOrThrow()
    const base = Date.parse('2030-01-01T00:00:00Z')
    await db
      .insertInto('document')
      .values(
        Array.from({ length: 55 }, (_, i) => ({
          meeting_id: meeting.id,
          kind: 'evidence' as const,
          title: `Evidence ${i + 1}`,
          status: 'published' as const,
          published_at: new Date(base + i * 60_000),
        })),
      )
      .execute()
    const entries = entriesOf(atom(await get('/feeds/documents.atom')))
    assert.equal(entries.length, 50)
    assert.equal(entries[0]!.title, 'Evidence 55')
    assert.equal(entries[49]!.title, 'Evidence 6')
  })
})
