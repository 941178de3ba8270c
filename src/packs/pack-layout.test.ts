import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { formatRange, layOutPack, packPages, type LayoutItem, type PageRange } from './pack-layout.ts'

const doc = (id: number, pageCount: number, exempt = false) => ({ id, pageCount, exempt })
const r = (from: number, to: number): PageRange => ({ from, to })

describe('layOutPack', () => {
  const cases: Array<{
    name: string
    front: number
    items: LayoutItem[]
    documents: Record<number, PageRange | null>
    ranges: Record<number, PageRange | null>
    total: number
  }> = [
    {
      name: 'no documents: only the front sheet',
      front: 2,
      items: [{ id: 1, documents: [] }],
      documents: {},
      ranges: { 1: null },
      total: 2,
    },
    {
      name: 'one report starts after a two-page front sheet',
      front: 2,
      items: [{ id: 1, documents: [doc(10, 12)] }],
      documents: { 10: r(3, 14) },
      ranges: { 1: r(3, 14) },
      total: 14,
    },
    {
      name: 'a report and its appendix make one item range; items without papers have none',
      front: 1,
      items: [
        { id: 1, documents: [] },
        { id: 2, documents: [doc(20, 8), doc(21, 3)] },
        { id: 3, documents: [doc(30, 1)] },
      ],
      documents: { 20: r(2, 9), 21: r(10, 12), 30: r(13, 13) },
      ranges: { 1: null, 2: r(2, 12), 3: r(13, 13) },
      total: 13,
    },
    {
      name: 'exempt documents keep their pages in the numbering (same numbers in both packs)',
      front: 2,
      items: [
        { id: 1, documents: [doc(10, 4)] },
        { id: 2, documents: [doc(20, 8, true)] },
        { id: 3, documents: [doc(30, 2)] },
      ],
      documents: { 10: r(3, 6), 20: r(7, 14), 30: r(15, 16) },
      ranges: { 1: r(3, 6), 2: r(7, 14), 3: r(15, 16) },
      total: 16,
    },
    {
      name: 'an empty document takes no pages and has no range',
      front: 1,
      items: [{ id: 1, documents: [doc(10, 0), doc(11, 5)] }],
      documents: { 10: null, 11: r(2, 6) },
      ranges: { 1: r(2, 6) },
      total: 6,
    },
  ]
  for (const c of cases) {
    test(c.name, () => {
      const layout = layOutPack(c.front, c.items)
      assert.deepEqual(Object.fromEntries(layout.documents), c.documents)
      assert.deepEqual(Object.fromEntries(layout.items), c.ranges)
      assert.equal(layout.totalPages, c.total)
    })
  }

  test('refuses a pack without a front sheet or a negative page count', () => {
    assert.throws(() => layOutPack(0, []), RangeError)
    assert.throws(() => layOutPack(1, [{ id: 1, documents: [doc(1, -1)] }]), RangeError)
  })
})

describe('packPages', () => {
  const items: LayoutItem[] = [
    { id: 1, documents: [doc(10, 2)] },
    { id: 2, documents: [doc(20, 3, true)] },
    { id: 3, documents: [doc(30, 1, true), doc(31, 1)] },
  ]
  const layout = layOutPack(1, items)

  test("the members' pack has every page, numbered 1 to the end", () => {
    const pages = packPages(1, items, layout, 'members')
    assert.deepEqual(
      pages.map(p => p.label),
      ['Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5', 'Page 6', 'Page 7', 'Page 8'],
    )
  })

  test('the public pack has one notice per exempt document, labelled with the pages it stands for', () => {
    const pages = packPages(1, items, layout, 'public')
    assert.deepEqual(
      pages.map(p => [p.kind, p.label]),
      [
        ['front', 'Page 1'],
        ['document', 'Page 2'],
        ['document', 'Page 3'],
        ['notice', 'Pages 4 - 6'],
        ['notice', 'Page 7'],
        ['document', 'Page 8'],
      ],
    )
  })
})

test('formatRange prints a single page as one number', () => {
  assert.equal(formatRange(r(5, 16)), '5 - 16')
  assert.equal(formatRange(r(7, 7)), '7')
})

describe('any agenda (property)', () => {
  const agenda = fc
    .array(fc.array(fc.record({ pageCount: fc.nat(30), exempt: fc.boolean() }), { maxLength: 4 }), { maxLength: 12 })
    .map(items =>
      items.map((docs, i) => ({ id: i + 1, documents: docs.map((d, j) => ({ id: (i + 1) * 10 + j, ...d })) })),
    )

  test('papers follow one another without gaps or overlaps, and both packs stamp the same numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), agenda, (front, items) => {
        const layout = layOutPack(front, items)
        let next = front + 1
        for (const doc of items.flatMap(i => i.documents)) {
          const range = layout.documents.get(doc.id)
          if (doc.pageCount === 0) assert.equal(range, null)
          else {
            assert.deepEqual(range, { from: next, to: next + doc.pageCount - 1 })
            next += doc.pageCount
          }
        }
        assert.equal(layout.totalPages, next - 1)
        const members = packPages(front, items, layout, 'members')
        assert.deepEqual(
          members.map(p => p.label),
          Array.from({ length: layout.totalPages }, (_, i) => `Page ${i + 1}`),
        )
        // Every number of the members' pack appears in the public pack, on a page or a notice's range.
        const covered = packPages(front, items, layout, 'public').flatMap(p =>
          p.kind === 'notice'
            ? Array.from({ length: p.range.to - p.range.from + 1 }, (_, i) => p.range.from + i)
            : [Number(p.label.slice(5))],
        )
        assert.deepEqual(
          covered,
          Array.from({ length: layout.totalPages }, (_, i) => i + 1),
        )
      }),
    )
  })
})
