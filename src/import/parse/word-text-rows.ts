/**
 * Word's "Save as Plain Text" writes a table a row a line, its cells set apart by tabs, but a cell
 * of more than one paragraph breaks its row: each later paragraph starts a line of its own, and the
 * row's next cells follow that line's text after a tab.
 *
 *   No.⇥Item⇥Pages
 *   5.⇥Follow-up of Scrutiny Review of Council House Repairs:
 *   Second Progress Report
 *   Submit report by Head of Housing (copy herewith).⇥19 – 27
 *
 * The row is whole again when the cells counted over its lines come to the header's: its lines are
 * joined, each paragraph after the first set apart by "<br>" within its cell, as other extractions
 * keep a cell's line breaks. Lines whose cells do not add up to the header's are left as they are.
 */
import { isFurniture } from './table-utils.ts'
import type { PackPage } from './types.ts'

// A row broken so runs over a few paragraphs at most; more is prose after a short row.
const MAX_LINES = 8
// Fewer broken rows than this are other tables' short rows that happen to add up.
const MIN_ROWS = 3

// "5.", "**3.**", "(b)": the number opening an agenda's or a table's row.
const ROW_NUMBER = /^\W*(?:\d{1,3}[a-z]?|[a-z])[.)]?\W*$/i

const DATE_ALONE = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*$/

/** The pages with rows that Word's plain text broke at a cell's paragraphs joined again. */
export function withWordTextRows(pages: PackPage[]): PackPage[] {
  if (!pages.some(p => p.text.includes('\t'))) return pages
  // (A table goes on over a page without its header again: its width carries over.)
  let width = 0
  const mended = pages.map(p => {
    const page = mendPage(p.text.split('\n'), width)
    width = page.width
    return page
  })
  if (mended.reduce((n, m) => n + m.rows, 0) < MIN_ROWS) return pages
  return pages.map((p, k) => ({ ...p, text: mended[k]?.lines.join('\n') ?? p.text }))
}

function mendPage(lines: string[], tableWidth: number): { lines: string[]; rows: number; width: number } {
  const out: string[] = []
  let width = tableWidth
  let rows = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const cells = line.includes('\t') ? line.split('\t').length : 0
    // A table's header sets its width: a row of tabs after prose; prose ends the table.
    // (A shorter row after a blank line or a page's footer is the table going on, not a header.)
    const afterRow = (lines[i - 1] ?? '').includes('\t')
    if (cells >= 3 && !afterRow && cells >= width) width = cells
    // A row whose first cell's first paragraph, a date, has no tab after it ("23 January 2024" /
    // "Reports deadline: 10 January 2024⇥Internal Audit …") starts on a line of its own. (Other
    // lines of words under a row are the row's wrapped text, as pdftotext writes it.)
    const words = cells === 0 && afterRow && width > 0 && DATE_ALONE.test(line)
    const end = (cells >= 2 && cells < width) || words ? rowEnd(lines, i, Math.max(cells, 1), width) : -1
    if (end === -1) {
      if (cells === 0 && !isFurniture(line)) width = 0
      out.push(line)
      continue
    }
    out.push(joined(lines.slice(i, end + 1)))
    rows++
    i = end
  }
  return { lines: out, rows, width }
}

/** The line where the row starting at `start` comes to `width` cells, or -1. */
function rowEnd(lines: string[], start: number, cells: number, width: number): number {
  let count = cells
  for (let j = start + 1; j < lines.length && j <= start + MAX_LINES; j++) {
    const line = lines[j] ?? ''
    // A paragraph of the open cell has words before any tab: a line opening with a tab, or with an
    // item's number, is a row of its own.
    const first = line.split('\t')[0] ?? ''
    if (first.trim() === '' || ROW_NUMBER.test(first)) return -1
    count += line.includes('\t') ? line.split('\t').length - 1 : 0
    if (count === width) return j
    if (count > width) return -1
    // Its last cells empty, their tabs trimmed off: the next row starts below, its first cell
    // shaped as this one's ("AS/23/13" under "AS/23/12"), or the table ends.
    if (count > cells && line.includes('\t') && nextRowBelow(lines, j, lines[start] ?? '')) return j
  }
  return -1
}

function nextRowBelow(lines: string[], at: number, row: string): boolean {
  const below = lines[at + 1] ?? ''
  if (isFurniture(below)) return true
  const shape = (line: string): string => (line.split('\t')[0] ?? '').replace(/\d/g, '9').replace(/[a-z]/gi, 'a')
  return below.includes('\t') && /9/.test(shape(row)) && shape(below) === shape(row)
}

/** A row's lines as one: each line's first part carries on the cell the line before left open. */
function joined(lines: string[]): string {
  return lines.reduce((row, line) => `${row}<br>${line}`)
}
