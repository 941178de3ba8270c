import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { splitPages, splitPagesWithWarnings } from './pages.ts'

describe('splitPages', () => {
  test('splits on form feeds and numbers pages from 1', () => {
    assert.deepEqual(splitPages('one\ftwo\fthree\f'), [
      { number: 1, text: 'one' },
      { number: 2, text: 'two' },
      { number: 3, text: 'three' },
    ])
  })

  test('infers breaks from "Page N of M" footers sharing one total', () => {
    const text = 'front\nPage 3 of 10\nreport\nPage 4 of 10\nmore\nPage 7 of 10\nlast'
    assert.deepEqual(
      splitPages(text).map(p => p.number),
      [1, 4, 5, 8],
    )
  })

  test('ignores repeated and stray footers', () => {
    const text = 'a\nPage 2 of 9\nb\nPage 2 of 9\nc page 12 of 16 d\nPage 5 of 9\ne'
    assert.deepEqual(
      splitPages(text).map(p => p.number),
      [1, 3, 6],
    )
  })

  test('a footer mid-line ends the page at the footer', () => {
    const pages = splitPages('x\nways of Page 30 of 100\nmanaging\nPage 31 of 100\n')
    assert.equal(pages[0]?.text, 'x\nways of Page 30 of 100')
    assert.equal(pages[1]?.number, 31)
  })

  test('without breaks or footers the text is one page, with a warning', () => {
    const result = splitPagesWithWarnings('just text')
    assert.deepEqual(result.pages, [{ number: 1, text: 'just text' }])
    assert.equal(result.warnings.length, 1)
  })
})

describe('splitPages on packs stamped "Page N"', () => {
  test('breaks at bare "Page N" lines when they mark more pages than a report\'s own "Page k of n"', () => {
    const text = 'front\nagenda\nPage 5\nminutes\nPage 6\nreport\nPage 1 of 3\nPage 7\nrest'
    assert.deepEqual(
      splitPages(text).map(p => p.number),
      [1, 6, 7, 8],
    )
  })

  test('leaves an appendix\'s few bare stamps alone in a pack stamped "Page N of M"', () => {
    const text = 'a\nPage 1 of 4\nb\nPage 1\nc\nPage 2 of 4\nd\nPage 2\ne\nPage 3 of 4\nf'
    assert.deepEqual(
      splitPages(text).map(p => p.number),
      [1, 2, 3, 4],
    )
  })
})

describe('splitPages on a running footer with its page number in a cell of its own', () => {
  test("breaks pages after 'Mercia Vale JHOSC – 16 October 2023<TAB>Page N'", () => {
    const footer = (n: number): string => `Mercia Vale JHOSC – 16 October 2023\tPage ${n}`
    const text = ['Front sheet', footer(1), 'Agenda', footer(2), 'Minutes', footer(3), 'Tracker'].join('\n')
    assert.deepEqual(
      splitPages(text).map(p => [p.number, p.text.trim().split('\n')[0]]),
      [
        [1, 'Front sheet'],
        [2, 'Agenda'],
        [3, 'Minutes'],
        [4, 'Tracker'],
      ],
    )
  })
})

describe("splitPages on markdown with a converter's page marks", () => {
  test('starts a page at each "<!-- page N -->" numbering the pages in turn', () => {
    const text = ['<!-- page 1 -->', 'Front sheet', '<!-- page 2 -->', 'Agenda', '', '<!-- page 3 -->', 'Minutes'].join(
      '\n',
    )
    assert.deepEqual(
      splitPagesWithWarnings(text).pages.map(p => [p.number, p.text.trim()]),
      [
        [1, 'Front sheet'],
        [2, 'Agenda'],
        [3, 'Minutes'],
      ],
    )
    assert.deepEqual(splitPagesWithWarnings(text).warnings, [])
  })

  test('leaves marks out of order (an embedded document quoting its own) as text', () => {
    const text = ['<!-- page 4 -->', 'A', '<!-- page 9 -->', 'B', '<!-- page 2 -->', 'C'].join('\n')
    assert.equal(splitPagesWithWarnings(text).pages.length, 1)
  })
})

test('a bilingual pack\'s footers "Tudalen 12 / Page 12" break its pages', () => {
  const text = [1, 2, 3].map(n => `Text of page ${n}.\n\nTudalen ${n} / Page ${n}\n`).join('\n')
  const pages = splitPages(text)
  assert.deepEqual(
    pages.map(p => p.number),
    [1, 2, 3],
  )
  assert.match(pages[1]?.text ?? '', /Text of page 2/)
})

test('a pack numbering its pages "- 9 -" at their feet is split there', () => {
  const text = [1, 2, 3].map(n => `Text of page ${n}.\n\n                         - ${n} -\n`).join('\n')
  assert.deepEqual(
    splitPages(text).map(p => p.number),
    [1, 2, 3],
  )
})

test('a marking stamped on several pages ("Version 2") is taken off them; printed once, it stays', async () => {
  const { withoutWatermarks } = await import('./pages.ts')
  const pages = [
    { number: 1, text: 'Ref   Owner\n                Version 2\nD4    Leader of the Council' },
    { number: 2, text: 'Minutes\n   VERSION 2\nDraft' },
  ]
  const cleaned = withoutWatermarks(pages)
  assert.equal(cleaned[0]?.text, 'Ref   Owner\n\nD4    Leader of the Council')
  assert.equal(cleaned[1]?.text, 'Minutes\n\nDraft')
})
