import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { HIT_END, HIT_START, highlightSnippet } from './highlight.ts'
import { MAX_PAGE, parseFilterDate, readSearchRequest, searchQueryString } from './search-query.ts'
import { filterTags } from './search.repository.ts'
import { paginationLinks, resultLink } from './search-results.ts'

test('a snippet is escaped before its hits are marked', () => {
  assert.equal(
    highlightSnippet(`<b>"Tom" & 'Jerry'</b> ${HIT_START}care${HIT_END} homes`),
    '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt; <mark class="app-search-hit">care</mark> homes',
  )
  assert.equal(highlightSnippet(`${HIT_START}<script>${HIT_END}`), '<mark class="app-search-hit">&lt;script&gt;</mark>')
  assert.equal(
    highlightSnippet(`unpaired ${HIT_START}start and end${HIT_END}${HIT_END}`),
    'unpaired <mark class="app-search-hit">start and end</mark>',
  )
})

test('no text, however odd, becomes markup other than the hit marks', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(HIT_START, HIT_END, '<', '>', '&', '"'))), parts => {
      const html = highlightSnippet(parts.join(''))
      const withoutMarks = html.replaceAll('<mark class="app-search-hit">', '').replaceAll('</mark>', '')
      assert.doesNotMatch(withoutMarks, /[<>"']|[\uE000\uE001]/)
    }),
  )
})

test('dates are read as a date field sends them and as people type them', () => {
  const cases: Array<[string, string | null]> = [
    ['2023-05-17', '2023-05-17'],
    ['17/5/2023', '2023-05-17'],
    ['17.05.2023', '2023-05-17'],
    ['29/2/2024', '2024-02-29'],
    ['29/2/2023', null],
    ['31/4/2023', null],
    ['2023-13-01', null],
    ['0001-01-01', null],
    ['yesterday', null],
    ['5/17/2023', null],
  ]
  for (const [text, expected] of cases) assert.equal(parseFilterDate(text), expected, text)
})

test('a search request keeps what is usable and names each field that is not', () => {
  assert.deepEqual(readSearchRequest({}), {
    request: { q: '', committee: null, from: null, to: null, type: null, sort: 'relevance', page: 1 },
    typed: { from: '', to: '' },
    errors: {},
  })
  const good = readSearchRequest({
    q: '  care   homes ',
    committee: 'x',
    from: '1/4/2016',
    type: 'report',
    page: '3',
    sort: 'newest',
  })
  assert.deepEqual(good.errors, {})
  assert.deepEqual(good.request, {
    q: 'care homes',
    committee: 'x',
    from: '2016-04-01',
    to: null,
    type: 'report',
    sort: 'newest',
    page: 3,
  })
  const bad = readSearchRequest({
    q: 'x'.repeat(201),
    from: '2020-01-02',
    to: '2020-01-01',
    type: 'nope',
    page: '9999',
  })
  assert.deepEqual(Object.keys(bad.errors).sort(), ['page', 'q', 'to', 'type'])
  assert.equal(bad.request.q.length, 200)
  assert.equal(readSearchRequest({ page: String(MAX_PAGE + 1) }).errors.page, `Choose a page from 1 to ${MAX_PAGE}`)
  assert.equal(readSearchRequest({ q: ['first', 'second'] }).request.q, 'first')
  assert.equal(readSearchRequest({ q: { nested: true } }).request.q, '')
})

test('the query string of another page keeps every filter and leaves out the empty ones', () => {
  const { request } = readSearchRequest({ q: 'care & homes', committee: 'ed', type: 'report' })
  assert.equal(searchQueryString(request, 1), 'q=care+%26+homes&committee=ed&type=report')
  assert.equal(searchQueryString(request, 4), 'q=care+%26+homes&committee=ed&type=report&page=4')
})

test('each kind of hit links to where it is', () => {
  const base = {
    source_id: 7,
    page_number: 0,
    committee_slug: 'ed',
    meeting_slug: '2023-05-17-ed',
    inquiry_slug: null,
    document_file_id: null,
    document_page_from: null,
    pack_document_id: null,
  }
  assert.equal(resultLink({ ...base, source: 'page', page_number: 12 }), '/documents/7/file#page=12')
  assert.equal(resultLink({ ...base, source: 'document', document_file_id: 3 }), '/documents/7/file')
  assert.equal(
    resultLink({ ...base, source: 'document', pack_document_id: 2, document_page_from: 25 }),
    '/documents/2/file#page=25',
  )
  assert.equal(resultLink({ ...base, source: 'document' }), '/meetings/2023-05-17-ed')
  assert.equal(resultLink({ ...base, source: 'resolution' }), '/meetings/2023-05-17-ed')
  assert.equal(
    resultLink({ ...base, source: 'recommendation', meeting_slug: null, inquiry_slug: 'sen' }),
    '/committees/ed/inquiries/sen',
  )
  assert.equal(resultLink({ ...base, source: 'action', meeting_slug: null }), '/committees/ed')
})

test('pagination shows the first, last and neighbouring pages with ellipses between', () => {
  const href = (page: number) => `?page=${page}`
  const pages = (current: number, total: number) =>
    paginationLinks(current, total, href).items.map(item =>
      item.ellipsis ? '…' : item.current ? `[${item.number}]` : String(item.number),
    )
  assert.deepEqual(pages(1, 1), ['[1]'])
  assert.deepEqual(pages(1, 10), ['[1]', '2', '…', '10'])
  assert.deepEqual(pages(5, 10), ['1', '…', '4', '[5]', '6', '…', '10'])
  assert.deepEqual(pages(10, 10), ['1', '…', '9', '[10]'])
  assert.deepEqual(pages(3, 4), ['1', '2', '[3]', '4'])
  assert.deepEqual(paginationLinks(1, 3, href).previous, undefined)
  assert.deepEqual(paginationLinks(1, 3, href).next, { href: '?page=2' })
  assert.deepEqual(paginationLinks(3, 3, href).next, undefined)
})

test('the committee and type filters become tags the GIN index can match along with the words', () => {
  const none = { committeeId: null, entryTypes: null }
  assert.equal(filterTags(none), null)
  assert.equal(filterTags({ ...none, committeeId: 3 }), '(x_committee_3)')
  assert.equal(
    filterTags({ committeeId: 3, entryTypes: ['report', 'appendix'] }),
    '(x_committee_3) & (x_type_report | x_type_appendix)',
  )
})
