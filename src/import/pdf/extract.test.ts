import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { before, describe, it } from 'node:test'
import fc from 'fast-check'
import { assemble, imageOnlyPdf, passwordProtectedPdf, truncate, zeroPagePdf } from './bad-pdfs.ts'
import { buildPdfFromPages, buildPdfFromText, footerText, layoutPages, pageText } from './build-test-pdf.ts'
import type { PageLines } from './build-test-pdf.ts'
import { PdfInputError } from './errors.ts'
import type { PdfInputErrorCode } from './errors.ts'
import { extractPdfText } from './extract.ts'
import { ignorePdfjsOrphans, loadPdfjs } from './pdfjs.ts'

const SEEDS = [
  'pack-2016-04-20-education-vulnerable-children.txt',
  'pack-2016-07-20-schools-children-families.txt',
  'pack-2023-05-17-education-childrens-social-care.txt',
]

function seed(name: string): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')
}

/** Words of a text, compared loosely: pdf.js applies NFKC (¹ becomes 1), layout adds whitespace. */
function words(text: string): string[] {
  return text.normalize('NFKC').split(/\s+/).filter(Boolean)
}

/** Non-blank lines, with runs of spaces collapsed, tabs kept. */
function lines(text: string): string[] {
  return text
    .normalize('NFKC')
    .split('\n')
    .map(l => l.replace(/ +/g, ' ').trim())
    .filter(l => l !== '')
}

function expectedPage(body: PageLines, n: number, total: number): string {
  return [pageText(body), footerText(n, total)].join('\n')
}

async function rejectsWith(promise: Promise<unknown>, code: PdfInputErrorCode): Promise<PdfInputError> {
  try {
    await promise
  } catch (error) {
    assert.ok(error instanceof PdfInputError, `expected a PdfInputError, got ${String(error)}`)
    assert.equal(error.code, code, error.message)
    assert.ok(error.message.length > 10)
    return error
  }
  assert.fail(`expected ${code}, but extraction succeeded`)
}

describe('extractPdfText round trip', () => {
  for (const name of SEEDS) {
    it(`keeps every page's text of ${name}`, async () => {
      const layout = await layoutPages(seed(name))
      const pages = await extractPdfText(await buildPdfFromPages(layout))
      assert.equal(pages.length, layout.length)
      pages.forEach((page, i) => {
        assert.equal(page.number, i + 1)
        const expected = expectedPage(layout[i] ?? [], i + 1, layout.length)
        assert.deepEqual(words(page.text), words(expected), `words of page ${i + 1}`)
        assert.deepEqual(lines(page.text), lines(expected), `lines of page ${i + 1}`)
      })
    })
  }

  it('reads the same text whether each line or each page is one text object (the bench builds both)', async () => {
    const layout = await layoutPages(seed(SEEDS[0] ?? ''))
    const perLinePdf = await buildPdfFromPages(layout)
    const perPagePdf = await buildPdfFromPages(layout, { textObjects: 'page' })
    assert.ok(perPagePdf.length < perLinePdf.length * 0.9, 'one font choice a page, not one a line')
    const perLine = await extractPdfText(perLinePdf)
    const perPage = await extractPdfText(perPagePdf)
    assert.deepEqual(
      perPage.map(p => p.text),
      perLine.map(p => p.text),
    )
  })

  it('keeps table rows tab-separated', async () => {
    const table = 'Date\tAgenda item\tAction\n20 Jul 2022\tSEND\tReport back to committee\n'
    const [page] = await extractPdfText(await buildPdfFromText(table))
    assert.ok(page)
    assert.deepEqual(page.text.split('\n').slice(0, 2), [
      'Date\tAgenda item\tAction',
      '20 Jul 2022\tSEND\tReport back to committee',
    ])
  })

  it('prints a markdown table row as the table the PDF drew, its separator row not at all', async () => {
    const table = '| Date | Agenda item | Action |\n|---|---|---|\n| 20 Jul 2022 | SEND | Report back<br>by May |\n'
    const [page] = await extractPdfText(await buildPdfFromText(table))
    assert.deepEqual(page?.text.split('\n').slice(0, 2), [
      'Date\tAgenda item\tAction',
      '20 Jul 2022\tSEND\tReport back by May',
    ])
  })

  it('honours form feeds and page sizes', async () => {
    const text = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`).join('\n')
    const pages = await extractPdfText(await buildPdfFromText(`${text}\fnext section`, { linesPerPage: 10 }))
    assert.equal(pages.length, 4)
    assert.match(pages[2]?.text ?? '', /^line 21\n/)
    assert.match(pages[3]?.text ?? '', /^next section\n\nPage 4 of 4$/)
  })

  it("leaves the caller's buffer usable and reports progress", async () => {
    const pdf = await buildPdfFromText('one\ftwo\fthree')
    const seen: string[] = []
    await extractPdfText(pdf, { onProgress: (done, total) => seen.push(`${done}/${total}`) })
    assert.deepEqual(seen, ['1/3', '2/3', '3/3'])
    assert.equal((await extractPdfText(pdf)).length, 3)
  })

  it('gives the same pages when a long pack is shared between threads', async () => {
    const layout = await layoutPages(seed(SEEDS[1] ?? ''), { linesPerPage: 20 })
    const pdf = await buildPdfFromPages(layout, { linesPerPage: 20 })
    const [one, two] = [await extractPdfText(pdf, { threads: 1 }), await extractPdfText(pdf, { threads: 2 })]
    assert.ok(layout.length >= 120, 'enough pages for a second thread')
    assert.deepEqual(two, one)
    // The workers started for that pack are kept and take their share of the next one.
    assert.deepEqual(await extractPdfText(pdf, { threads: 2 }), one)
    // Stopped after a pack (as the CLI does after its last one), they start afresh for the next.
    assert.deepEqual(await extractPdfText(pdf, { threads: 2, keepWorkers: false }), one)
    assert.deepEqual(await extractPdfText(pdf, { threads: 2 }), one)
  })

  it('stops when aborted', async () => {
    const pdf = await buildPdfFromText('one\ftwo')
    await assert.rejects(extractPdfText(pdf, { signal: AbortSignal.abort() }), { name: 'AbortError' })
  })
})

describe('extractPdfText refuses bad input', () => {
  it('NOT_PDF: a 50 MB random file, fast', async () => {
    const random = new Uint8Array(50 * 1024 * 1024)
    for (let i = 0; i < random.length; i += 65536) crypto.getRandomValues(random.subarray(i, i + 65536))
    random[0] = 0x00 // never "%PDF-" by chance
    const started = performance.now()
    await rejectsWith(extractPdfText(random), 'NOT_PDF')
    // Generous: sniffing takes ~50 ms; parsing 50 MB would take far longer. Speed itself is benched.
    assert.ok(performance.now() - started < 5000, 'sniffing must not parse the file')
  })

  it('NOT_PDF: names what the file is when it can', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
    const error = await rejectsWith(extractPdfText(docx), 'NOT_PDF')
    assert.match(error.message, /Word/)
  })

  it('EMPTY_FILE', async () => {
    await rejectsWith(extractPdfText(new Uint8Array(0)), 'EMPTY_FILE')
  })

  it('TRUNCATED: a PDF cut short', async () => {
    const pdf = await buildPdfFromText(seed(SEEDS[0] ?? ''))
    await rejectsWith(extractPdfText(truncate(pdf, 0.6)), 'TRUNCATED')
  })

  it('CORRUPT: a header and end marker with nothing readable between', async () => {
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`)
    await rejectsWith(extractPdfText(junk), 'CORRUPT')
  })

  it('ENCRYPTED: a password-protected PDF', async () => {
    const error = await rejectsWith(extractPdfText(passwordProtectedPdf()), 'ENCRYPTED')
    assert.match(error.message, /password/)
  })

  it('NO_PAGES: a PDF with an empty page tree', async () => {
    await rejectsWith(extractPdfText(await zeroPagePdf()), 'NO_PAGES')
  })

  it('NO_PAGES: a hand-written page tree with /Count 0', async () => {
    const pdf = assemble(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'], '/Root 1 0 R')
    await rejectsWith(extractPdfText(pdf), 'NO_PAGES')
  })

  it('NO_TEXT_LAYER: a scan, and says so', async () => {
    const error = await rejectsWith(extractPdfText(await imageOnlyPdf(3)), 'NO_TEXT_LAYER')
    assert.match(error.message, /scanned/)
  })

  it('TOO_LARGE: by bytes and by pages', async () => {
    const pdf = await buildPdfFromText('a\fb\fc')
    await rejectsWith(extractPdfText(pdf, { maxBytes: 100 }), 'TOO_LARGE')
    await rejectsWith(extractPdfText(pdf, { maxPages: 2 }), 'TOO_LARGE')
  })
})

describe('extractPdfText on arbitrary bytes', () => {
  // Damaged page trees make pdf.js leave a rejected prefetch unawaited; our guard (pdfjs.ts) drops
  // those, but the test runner's own listener would still count them as failures. From here on the
  // guard is the only listener: any other unhandled rejection still crashes the file. It stays so
  // to the end of the file (its own process): an orphan can arrive after the last test here ends,
  // and was then counted against whichever test first loaded pdf.js.
  before(async () => {
    await loadPdfjs()
    const runnerListeners = process.listeners('unhandledRejection').filter(l => l !== ignorePdfjsOrphans)
    for (const listener of runnerListeners) process.off('unhandledRejection', listener)
  })

  /** Either pages or a PdfInputError; anything else thrown fails the property. */
  async function resultOrInputError(data: Uint8Array): Promise<void> {
    try {
      const pages = await extractPdfText(data)
      assert.ok(pages.length > 0)
    } catch (error) {
      if (!(error instanceof PdfInputError)) throw error
    }
  }

  const settings = { numRuns: 300, interruptAfterTimeLimit: 20_000 }

  it('random bytes, with and without a PDF header', async () => {
    const header = fc.constantFrom('', '%PDF-1.4\n', '%PDF-1.7\n%\u00e2\u00e3\n')
    const trailer = fc.constantFrom('', '\n%%EOF\n', 'trailer\n<< /Root 1 0 R >>\nstartxref\n0\n%%EOF')
    const file = fc.tuple(header, fc.uint8Array({ maxLength: 4000 }), trailer).map(([h, body, t]) => {
      const enc = new TextEncoder()
      return new Uint8Array([...enc.encode(h), ...body, ...enc.encode(t)])
    })
    await fc.assert(fc.asyncProperty(file, resultOrInputError), settings)
  })

  it('mangled real PDFs: flipped bytes, cuts and splices', async () => {
    const pdf = await buildPdfFromText('Date\tItem\tAction\n5 April 2023\tSEND\tReport\fSecond page\fThird page')
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
    )
    const mangled = fc.array(mutation, { minLength: 1, maxLength: 8 }).map(ms => ms.reduce(mutate, pdf))
    await fc.assert(fc.asyncProperty(mangled, resultOrInputError), settings)
  })
})

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'splice'; at: number; bytes: Uint8Array }

function mutate(data: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % Math.max(data.length, 1)
  if (m.kind === 'flip') {
    const copy = data.slice()
    copy[at] = m.value
    return copy
  }
  if (m.kind === 'cut') return new Uint8Array([...data.subarray(0, at), ...data.subarray(at + m.length)])
  return new Uint8Array([...data.subarray(0, at), ...m.bytes, ...data.subarray(at)])
}
