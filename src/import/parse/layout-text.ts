/**
 * Text extracted with its layout kept (`pdftotext -layout` and tools like it): table columns are
 * set apart by runs of spaces, a wrapped cell goes on under its column on the next lines, and there
 * are no tabs. Such a page is read as the PDF path reads a page's positioned text (pdf/lines.ts):
 * each run of words becomes a text run at its character column, so the same rules find the table
 * columns and write them with tabs, as the rest of the parser expects.
 */
import { runsToText } from '../pdf/lines.ts'
import type { TextRun } from '../pdf/lines.ts'
import { breaksOff, isUpperCase } from './clean.ts'
import { findDateParts } from './table-dates.ts'
import { carriesOnBrokenRow, cleanCell, joinText, unfinished, withHeaderRest } from './table-utils.ts'
import type { PackPage } from './types.ts'

// A gap of three spaces or more sets columns apart; one or two are spaces between words (justified
// prose and sentence ends use two).
const COLUMN_GAP = /\S {3,}\S/
const WORDS = /\S+(?: {1,2}\S+)*/g

/** Positions for the runs: a monospaced page at 10 pt, characters half an em wide, lines 1.2 em apart. */
const SIZE = 10
const CHAR = SIZE / 2
const LEADING = SIZE * 1.2

/**
 * True when the pages were written with their layout: many lines with a column gap and no line
 * with a tab. Tab-separated text (the seed packs) never has such gaps.
 */
export function isLayoutText(pages: readonly PackPage[]): boolean {
  let gapped = 0
  let lines = 0
  for (const page of pages) {
    if (page.text.includes('\t')) return false
    for (const line of page.text.split('\n')) {
      // A markdown table's row pads its cells with spaces to line up its pipes: not layout.
      if (line.trim() === '' || /^\s*\|/.test(line)) continue
      lines++
      if (COLUMN_GAP.test(line)) gapped++
    }
  }
  return gapped >= 10 && gapped >= lines * 0.03
}

/** A page of layout text rewritten with tabs between the columns of its tables. */
export function fromLayoutText(
  page: PackPage,
  stops: ReadonlySet<number> = columnStops(page.text.split('\n')),
): PackPage {
  const runs: TextRun[] = []
  const lines = page.text.split('\n')
  lines.forEach((line, row) => {
    for (const [at, str] of wordRuns(line, stops)) {
      runs.push({
        str,
        transform: [SIZE, 0, 0, SIZE, at * CHAR, -row * LEADING],
        width: str.length * CHAR,
        height: SIZE,
      })
    }
  })
  return { number: page.number, text: withListsAsLines(joinWrappedCells(runsToText(runs))) }
}

const BULLETS = /^\s*[•●▪◦](?:\s*<br>\s*[•●▪◦])+\s*$/

/**
 * A bulleted list whose bullets stand apart from their items, read as a table's two columns
 * ("• | Twenty mph speed limits …" a line each, joined into one row of "•<br>•" beside the items):
 * a list again, an item a line, where the bullets and the items' lines are as many.
 */
function withListsAsLines(text: string): string {
  if (!text.includes('•') && !/[●▪◦]/.test(text)) return text
  return text
    .split('\n')
    .map(line => {
      const cells = line.split('\t')
      const at = cells.findIndex(c => BULLETS.test(c))
      if (at < 0 || cells.some((c, i) => i !== at && i !== at + 1 && c.trim() !== '')) return line
      const items = (cells[at + 1] ?? '').split('<br>')
      if (items.length !== (cells[at] ?? '').split('<br>').length) return line
      return items.map(item => `• ${item.trim()}`).join('\n')
    })
    .join('\n')
}

/**
 * Where the tables' columns start: the positions at which runs begin on three lines or more among
 * the lines set out in columns, over the whole pack, as a table set out alike page after page has
 * few lines on each. A cell that fills its column leaves only a space or two
 * before the next ("Care Quality Commission: Adult  Provide a ward-level …"), too few to part them
 * by the gap alone.
 */
export function columnStops(lines: readonly string[]): Set<number> {
  const counts = new Map<number, number>()
  for (const line of lines) {
    if (!COLUMN_GAP.test(line)) continue
    for (const m of line.matchAll(WORDS))
      if ((m.index ?? 0) > 0) counts.set(m.index ?? 0, (counts.get(m.index ?? 0) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([at]) => at))
}

/** The runs of words of a line and where they start, parted also at column stops on a table's lines. */
function wordRuns(line: string, stops: ReadonlySet<number>): [number, string][] {
  const runs: [number, string][] = []
  const tabular = COLUMN_GAP.test(line)
  for (const m of line.matchAll(WORDS)) {
    let start = m.index ?? 0
    const end = start + m[0].length
    for (let at = start + 1; tabular && at < end; at++) {
      if (stops.has(at) && line[at - 1] === ' ' && line[at] !== ' ') {
        runs.push([start, line.slice(start, at).trimEnd()])
        start = at
      }
    }
    runs.push([start, line.slice(start, end)])
  }
  return runs
}

/** A short line that starts nothing of its own: no number, bullet or heading in capitals. */
function mayBeWrap(line: string): boolean {
  const text = line.trim()
  return text.length <= 40 && !/^(\d|[-•●▪(])|:$/.test(text) && !isUpperCase(text)
}

/**
 * Every cell of `cells` goes on from one of `row` left unfinished. When its first column has text
 * (a table whose first column wraps, such as a work programme's topics) a new row could look the
 * same, so the line must fill fewer columns than its row began with, or one of its cells must
 * plainly go on. A row that plainly goes on in one cell is still running, and rows never stand
 * side by side, so the line is that row's even where another of its cells starts a new sentence
 * ("Information e-mailed to Members on 3 November 2021." / "Figures for pupils living outside").
 */
function isWrap(row: string[], cells: string[], previous: string[], first: string[]): boolean {
  if (!continuesLine(previous, cells)) return false
  if (isLabel(cleanCell(row[0])) && isLabel(cleanCell(cells[0]))) return false
  if (isFiguresLine(cells)) return false
  if (plainlyGoesOn(row, cells)) return true
  if (!carriesOnBrokenRow(row, cells, false)) return false
  return cleanCell(cells[0]) === '' || someCellsEnded(row, cells, first)
}

/**
 * A line of figures after its label ("Castlebridge   6   7   9   31") is a row of a table of
 * counts: cells wrap into words, not into a number in every column at once.
 */
function isFiguresLine(cells: string[]): boolean {
  const [, ...rest] = cells.map(c => cleanCell(c)).filter(c => c !== '')
  return rest.length >= 2 && rest.every(c => FIGURE.test(c))
}

const FIGURE = /^[£$]?-?\d[\d,]*(?:\.\d+)?%?$/

/** Some cell of `cells` plainly goes on from its column in `row`: in lower case, or after a word that breaks off. */
function plainlyGoesOn(row: string[], cells: string[]): boolean {
  return cells.some((c, i) => {
    const here = cleanCell(c)
    return here !== '' && (/^[a-z]/.test(here) || breaksOff(cleanCell(row[i])))
  })
}

/**
 * A row's first line has text in each of its columns (cells are set at the top of the row); its
 * shorter cells end while longer ones wrap on. So a line that fills fewer columns than its row's
 * first line is that row going on ("Healthwatch Birmingham Annual" / "Report 2016/17", its type
 * already ended), unless it starts with a date, which begins a row of a dated table, or the row
 * above is a header, under which a row may leave columns empty from the start.
 */
function someCellsEnded(row: string[], cells: string[], first: string[]): boolean {
  return filled(cells) < filled(first) && findDateParts(cleanCell(cells[0]))?.index !== 0 && !namesColumns(row)
}

/**
 * A header row: each cell names its column in a word or three ("Date", "Agenda Item", "Update"),
 * with no sentence's punctuation, label's colon or markup.
 */
function namesColumns(row: string[]): boolean {
  return row.every(c => {
    const cell = cleanCell(c)
    return cell === '' || (/^[A-Z(]/.test(cell) && cell.split(' ').length <= 3 && !/[\d.;:,!?<>]/.test(cell))
  })
}

function filled(cells: string[]): number {
  return cells.filter(c => cleanCell(c) !== '').length
}

/**
 * A cell's lines follow one another, each under the last: a column that was empty on the line
 * above has ended its cell, so text in it now starts a new row ("Update report" of the next topic,
 * under a topic whose last line had only the first column).
 */
function continuesLine(previous: string[], cells: string[]): boolean {
  return cells.every((c, i) => cleanCell(c) === '' || cleanCell(previous[i]) !== '')
}

/**
 * A first cell ending in a colon may label its row ("Chair:", "Committee Members:"). A block of
 * labels and values (a report's front matter) has one label a row, so a label under a label starts
 * a row of its own, though the colon reads as text that breaks off; a wrapped topic that ends in a
 * colon ("Finish Group:") follows words that are no label.
 */
function isLabel(cell: string): boolean {
  return /:$/.test(cell)
}

/**
 * A table's first row, naming its columns, wraps only into more such names ("Aims and" /
 * "Objectives"); text under it is a row, though it carries on a row the page broke ("the city
 * boundary will follow …" under a header repeated at the top of the page). A line with text in the
 * first column is left to the other rules: a first row of short cells may be data whose topic wraps.
 */
function wrapsHeader(header: string[], cells: string[]): boolean {
  return cleanCell(cells[0]) !== '' || withHeaderRest(header, cells) !== null
}

/**
 * A cell's lines joined with a line break marked as `<br>`, as a converter marks one: readers clean
 * it to a space, but an agenda's subject cell keeps its title line apart from the summary below.
 * A word hyphenated at the break joins as one (`joinText`).
 */
function joinCellLines(a: string, b: string): string {
  const joined = joinText(a, b)
  // A tag of the cell's own markup broken across the lines ("<ul" / "style=…>") joins as it was.
  const inTag = a.lastIndexOf('<') > a.lastIndexOf('>')
  return a === '' || b === '' || inTag || joined === a + b ? joined : `${a}<br>${b}`
}

/**
 * Lines of a layout page are evenly spaced, so a cell's wrapped lines cannot be told from new rows
 * by their spacing as in a PDF: a line whose first column is empty and whose every cell goes on
 * from a cell of the row above left unfinished is that row's wrap.
 */
function joinWrappedCells(text: string): string {
  const out: string[] = []
  let row: string[] | null = null
  let previous: string[] = []
  let first: string[] = []
  let header = false
  // The last line with text was a table's row, and so was the one before this line.
  let lastWasRow = false
  let tableAbove = false
  for (const line of text.split('\n')) {
    // A cell's wrapped lines are written one under the other; a blank line is a gap between
    // paragraphs (or a page's foot), which no wrapped cell crosses.
    if (line.trim() === '') row = null
    const cells = line.includes('\t') ? line.split('\t') : null
    if (line.trim() !== '') tableAbove = lastWasRow
    if (line.trim() !== '') lastWasRow = cells !== null
    // A line of the first column alone is written without a tab: right under a row whose first cell
    // is unfinished, a short one is that cell's last words ("Review of System" / "Performance").
    const firstOnly = cells === null && row !== null && unfinished(cleanCell(row[0])) && mayBeWrap(line)
    const here = previous
    previous = cells ?? [line]
    const wraps =
      cells !== null && row !== null && (!header || wrapsHeader(row, cells)) && isWrap(row, cells, here, first)
    if (row !== null && (wraps || firstOnly)) {
      const more = cells ?? [line]
      const above: string[] = row
      row = Array.from({ length: Math.max(above.length, more.length) }, (_, i) =>
        joinCellLines(above[i] ?? '', more[i] ?? ''),
      )
      out[out.length - 1] = row.join('\t')
      continue
    }
    // A header opens its table: no row runs above it, and it names several columns. Under a row of
    // the table, past a blank line, short cells are the next row ("Alternate Weekly | Pre-decision").
    header = cells !== null && row === null && !tableAbove && filled(cells) >= 2 && namesColumns(cells)
    row = cells
    first = cells ?? []
    out.push(line)
  }
  return out.join('\n')
}
