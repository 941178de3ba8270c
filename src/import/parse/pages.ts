import type { PackPage, ParseWarning } from './types.ts'

/** Pages of a pack, and what could not be known about where they break. */
export interface SplitResult {
  pages: PackPage[]
  warnings: ParseWarning[]
}

// "Page 46 of 100" - the footer our packs print; the total tells the pack's own numbering apart
// from the "page 12 of 16" of a document embedded in it.
// Welsh councils print "Tudalen 12" ("Tudalen 12 o 40").
const FOOTER = /\b(?:page|tudalen)\s+(\d{1,4})\s+(?:of|o)\s+(\d{1,4})\b/gi
// "Page 12" on a line of its own - ModernGov's and CMIS's stamp, with no total.
// "Page 12", alone or as a running footer's last cell ("Mercia Vale JHOSC – 16 October 2023\tPage 2").
// A bilingual pack's "Tudalen 12 / Page 12" too.
// ("- 17 -", centred, as older word processors number a page.)
const BARE_FOOTER =
  /^(?:[^\t\n]{1,80}\t)?[ \t*]*(?:(?:page|tudalen)\s+(\d{1,4})(?:\s*\/\s*(?:page|tudalen)\s+\1)?|-[ \t]*(\d{1,4})[ \t]*-)[ \t*]*$/gim
// Fewer bare stamps than this are an embedded document's own numbering, not the pack's.
const MIN_BARE = 3

/**
 * Split extracted text into pages. Form feeds (pdftotext, our PDF extractor) are page breaks and
 * number pages 1, 2, 3... Without them, breaks are inferred from "Page N of M" footers sharing one
 * total M, or from "Page N" lines; each resulting page is numbered with the first printed page it covers, and pages between
 * two footers stay merged. With neither, the whole text is one page, with a warning.
 */
export function splitPages(text: string): PackPage[] {
  return splitPagesWithWarnings(text).pages
}

/** `splitPages`, also saying how the breaks were found. */
export function splitPagesWithWarnings(text: string): SplitResult {
  const normalised = withPageMarksAsFormFeeds(text.replace(/\r\n?/g, '\n'))
  if (normalised.includes('\f')) return { pages: splitOnFormFeeds(normalised), warnings: [] }
  const fromFooters = splitOnFooters(normalised)
  if (fromFooters !== null) {
    const message = `No page breaks in the text; ${fromFooters.length} page(s) inferred from page footers ("Page N of M" or "Page N"), pages between footers are merged`
    return { pages: fromFooters, warnings: [{ page: null, message }] }
  }
  const message = 'No page breaks in the text and no page footers to infer them from; treated as one page'
  return { pages: [{ number: 1, text: normalised }], warnings: [{ page: null, message }] }
}

// "<!-- page 23 -->": a converter's mark where each page starts (markdown written from a PDF).
const PAGE_MARK = /^[ \t]*<!--\s*page\s+(\d{1,4})\s*-->[ \t]*$/gim

/**
 * A converter's page marks as the form feeds pdftotext writes, where they number the pages 1, 2,
 * 3 … in turn: the pages are then known exactly. Marks out of order are left for the footers.
 */
function withPageMarksAsFormFeeds(text: string): string {
  if (text.includes('\f') || !/<!--\s*page\s/i.test(text)) return text
  const numbers = [...text.matchAll(PAGE_MARK)].map(m => Number(m[1]))
  const first = numbers[0] ?? 0
  if (numbers.length < MIN_BARE || first > 2 || numbers.some((n, i) => n !== first + i)) return text
  // The first page's own mark starts the text: no page comes before it.
  return text.replace(PAGE_MARK, (_, n: string) => (Number(n) === 1 ? '' : '\f'))
}

function splitOnFormFeeds(text: string): PackPage[] {
  const parts = text.split('\f')
  // A trailing form feed ends the last page rather than starting an empty one.
  if (parts.length > 1 && (parts[parts.length - 1] ?? '').trim() === '') parts.pop()
  return parts.map((part, index) => ({ number: index + 1, text: part }))
}

interface Footer {
  page: number
  end: number
}

function splitOnFooters(text: string): PackPage[] | null {
  const footers = usableFooters(text)
  if (footers.length === 0) return null
  const pages: PackPage[] = []
  let start = 0
  let number = 1
  for (const footer of footers) {
    pages.push({ number, text: text.slice(start, footer.end) })
    start = footer.end
    number = footer.page + 1
  }
  const rest = text.slice(start)
  if (rest.trim() !== '') pages.push({ number, text: rest })
  return pages
}

/**
 * The pack's own footers: "Page N of M" stamps or bare "Page N" lines, whichever marks more pages.
 * A pack stamped one way may embed documents numbered the other ("Page 2 of 7" on a report's
 * pages inside a pack stamped "Page 14"; a lone "Page 3" of an appendix in a pack stamped "of 80").
 */
function usableFooters(text: string): Footer[] {
  const withTotal = totalledFooters(text)
  const bare = increasing(
    text,
    [...text.matchAll(BARE_FOOTER)].map(m => ({ page: Number(m[1] ?? m[2]), end: (m.index ?? 0) + m[0].length })),
    Number.MAX_SAFE_INTEGER,
  )
  return bare.length >= MIN_BARE && bare.length > withTotal.length ? bare : withTotal
}

// Footers that agree on the most common total.
function totalledFooters(text: string): Footer[] {
  const all = [...text.matchAll(FOOTER)].map(m => ({
    page: Number(m[1]),
    total: Number(m[2]),
    end: (m.index ?? 0) + m[0].length,
  }))
  const total = commonTotal(all.map(f => f.total))
  if (total === null) return []
  return increasing(
    text,
    all.filter(f => f.total === total),
    total,
  )
}

// Footers whose page numbers strictly increase; repeats (rotated tables print the same footer on
// several lines) and strays are furniture, not breaks.
function increasing(text: string, found: Footer[], last: number): Footer[] {
  const footers: Footer[] = []
  let previous = 0
  for (const f of found) {
    if (f.page <= previous || f.page > last) continue
    footers.push({ page: f.page, end: lineEnd(text, f.end) })
    previous = f.page
  }
  return footers
}

function commonTotal(totals: number[]): number | null {
  const counts = new Map<number, number>()
  for (const t of totals) counts.set(t, (counts.get(t) ?? 0) + 1)
  let best: number | null = null
  let bestCount = 1
  for (const [total, count] of counts) {
    if (count > bestCount) [best, bestCount] = [total, count]
  }
  return best
}

// A footer mid-line ("...ways of Page 30 of 100") ends its page at the footer itself; one that
// starts a line ends the page at the end of that line unless more text follows on it.
function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index)
  const end = newline === -1 ? text.length : newline
  return text.slice(index, end).trim() === '' ? end : index
}

// A document's marking stamped on its pages: its version, its draft state, its security class.
const WATERMARK =
  /^[ \t]*(?:version\s+\d{1,2}(?:\.\d{1,2})?|draft|official(?:[ -]sensitive)?|not protectively marked|uncontrolled (?:copy|when printed))[ \t]*$/gim

/**
 * Pages without the marking a document stamps on them ("Version 2", "OFFICIAL", "DRAFT") on a line
 * of its own: layout text sets it between a table's rows, where it would be read as a cell. Only
 * a marking printed on two pages or more is taken off; once, it may be a heading.
 */
export function withoutWatermarks(pages: PackPage[]): PackPage[] {
  const counts = new Map<string, number>()
  for (const page of pages) {
    for (const mark of new Set([...page.text.matchAll(WATERMARK)].map(m => m[0].trim().toLowerCase())))
      counts.set(mark, (counts.get(mark) ?? 0) + 1)
  }
  const stamped = (mark: string): boolean => (counts.get(mark.trim().toLowerCase()) ?? 0) >= 2
  if (![...counts.keys()].some(stamped)) return pages
  return pages.map(p => ({ ...p, text: p.text.replace(WATERMARK, m => (stamped(m) ? '' : m)) }))
}
