import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { buildAtom, tagUri, type FeedDescription } from './feeds.service.ts'

const site = { origin: 'https://scrutiny.example.gov.uk', host: 'scrutiny.example.gov.uk' }
const description: FeedDescription = {
  id: tagUri(site, 'feeds/documents'),
  title: 'Northmoor City Council: new scrutiny documents',
  subtitle: 'Newly published papers',
  link: `${site.origin}/committees`,
  self: `${site.origin}/feeds/documents.atom`,
  author: 'Northmoor City Council',
}
const parser = new XMLParser({ ignoreAttributes: false, isArray: name => name === 'entry', parseTagValue: false })

describe('buildAtom', () => {
  test('tag: ids are minted under the host with a fixed date', () => {
    assert.equal(tagUri(site, 'document-7'), 'tag:scrutiny.example.gov.uk,2026:document-7')
  })

  test('text that looks like markup, or ends a CDATA section, is escaped and the XML stays well-formed', () => {
    const xml = buildAtom(description, [
      {
        id: tagUri(site, 'document-1'),
        title: 'Budget <script>alert(1)</script> ]]> & more',
        link: `${site.origin}/meetings/2026-01-01-x`,
        updated: new Date('2026-01-02T10:00:00Z'),
        summary: 'A & B ]]><x/>',
        content: '<p>already HTML</p>',
      },
    ])
    assert.equal(XMLValidator.validate(xml), true)
    assert.doesNotMatch(xml, /<script>/)
    const feed = parser.parse(xml).feed
    assert.equal(feed.entry[0].title['#text'], 'Budget &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; more')
    assert.equal(feed.entry[0].summary['#text'], 'A &amp; B ]]&gt;&lt;x/&gt;')
  })

  test('the feed is as new as its newest entry, so an unchanged feed is byte-for-byte the same', () => {
    const entries = [
      new Date('2026-01-02T10:00:00Z'),
      new Date('2026-03-04T09:30:00Z'),
      new Date('2025-12-01T00:00:00Z'),
    ].map((updated, i) => ({
      id: tagUri(site, `document-${i}`),
      title: `Paper ${i}`,
      link: `${site.origin}/meetings/2026-01-01-x`,
      updated,
      summary: 'Report',
    }))
    const first = buildAtom(description, entries, new Date('2030-01-01T00:00:00Z'))
    const second = buildAtom(description, entries, new Date('2031-01-01T00:00:00Z'))
    assert.equal(first, second)
    assert.equal(parser.parse(first).feed.updated, '2026-03-04T09:30:00.000Z')
  })

  test('an empty feed is still a valid feed, dated now', () => {
    const xml = buildAtom(description, [], new Date('2030-01-01T00:00:00Z'))
    assert.equal(XMLValidator.validate(xml), true)
    const feed = parser.parse(xml).feed
    assert.equal(feed.updated, '2030-01-01T00:00:00.000Z')
    assert.equal(feed.entry, undefined)
    assert.equal(feed.author.name, 'Northmoor City Council')
  })
})
