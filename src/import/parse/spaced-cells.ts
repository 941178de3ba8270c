/**
 * OCR of a scanned pack (tesseract and the like) sees a table's words but not its rules. It writes
 * the header a line, its names set apart by two spaces or more, and then the rows in one of two
 * ways:
 *
 *   - a row a line, the cells set apart as the header's names are (a programme's short cells):
 *
 *       Meeting  Item  Type  Lead Officer
 *       11 Oct 2005  Housing Benefit Administration  Monitoring  Head of Revenues and Benefits
 *       Review of Town Centre Car Parking  Tracking  Head of Technical Services
 *
 *   - a cell a paragraph, each set apart by a blank line, row after row, where cells wrap over
 *     lines of their own (a tracker's or a recommendation's long cells).
 *
 * A PDF's plain text (`pdftotext` without `-layout`) writes an unruled table's cells a paragraph
 * each too, its header's names a paragraph each; a programme's meeting date heads only its first row.
 *
 * Where the header names a tracker's, a recommendations table's or a programme's columns, its rows
 * are written with tabs between the cells, as the other extractions write tables. A key of rating
 * words set out the same way ("On track  The target date has not yet been reached") is written so
 * too. Text with tabs or pipes, whose tables are already marked, is left as it is.
 */
import { trackerColumns } from './action-tracker.ts'
import { isLayoutText } from './layout-text.ts'
import { recommendationColumns } from './recommendations.ts'
import { breaksOff } from './clean.ts'
import { isFurniture, marksItsTables } from './table-utils.ts'
import type { PackPage } from './types.ts'
import { programmeColumns } from './work-programme.ts'

const GAP = / {2,}/
// A header's name: a word or a few, as a column is named ("No.", "Rating at 8.3.05", "Lead Officer").
// (Its dots only in a number or an abbreviation: "Rating at 8.3.05", "Executive response (9.11.04)".)
const NAME = /^[A-Z(](?:[^;:!?.]|\.(?!\s+[A-Z]))*$/

/** The pages with the tables OCR set out by spaces written with tabs. */
export function withSpacedCells(pages: PackPage[]): PackPage[] {
  // (Layout text sets its columns apart by spaces too, at their places: its own reader reads them.)
  if (isLayoutText(pages) || pages.some(p => marksItsTables(p.text))) return pages
  const state: TableState = {
    names: null,
    cells: [],
    firstShape: null,
    crossedPage: false,
    rowAt: 0,
    headedPage: false,
    mendFrom: null,
    footers: runningFooters(pages),
  }
  // One pass over the pages, a form feed's line between them: a row the page broke is mended on
  // the page it starts on.
  const lines = pages
    .map(p => p.text)
    .join(`\n${PAGE_BREAK}\n`)
    .split('\n')
  const texts = rewrite(lines, state).join('\n').split(`\n${PAGE_BREAK}\n`)
  return texts.length === pages.length ? pages.map((p, k) => ({ ...p, text: texts[k] ?? p.text })) : pages
}

const PAGE_BREAK = '\f'

interface TableState {
  /** The header of the table being read a cell a paragraph, carried over a page break. */
  names: string[] | null
  /** The cells of the row being read. */
  cells: string[]
  /** What a row's first cell looks like ("date", "number"), from the table's first row. */
  firstShape: Shape | null
  /** A page broke the table since the row's last cell: more of its cells may follow. */
  crossedPage: boolean
  /** Where in the output the row being read starts: it is written there, on the page it starts on. */
  rowAt: number
  /** The header was printed again on this page: rows go on under it. */
  headedPage: boolean
  /** The table prints its header again on each page: a page without it is past the table. */
  repeatsHeader?: boolean
  /** Mending a row the page broke: the next of its cells to take the next paragraph, if it goes on. */
  mendFrom: number | null
  /** Lines at the foot of page after page ("Glanmorfa County Council"): no cells. */
  footers: Set<string>
}

type Shape = 'date' | 'number' | 'ref'

function rewrite(lines: string[], state: TableState): string[] {
  const out: string[] = []
  for (let i = 0; i < lines.length;) {
    if (lines[i] === PAGE_BREAK) {
      out.push(PAGE_BREAK)
      state.crossedPage = state.names !== null
      state.headedPage = false
      i++
      continue
    }
    const header = headerAt(lines, i) ?? paragraphHeader(lines, i)
    if (header !== null) {
      const repeated = state.names !== null && header.names.join('\t') === state.names.join('\t')
      state.headedPage = true
      state.repeatsHeader = repeated
      if (!repeated) out.push(header.names.join('\t'))
      i += header.length
      const next = lines[i] ?? ''
      if (next.trim() !== '' && spaced(next).length >= 2) {
        closeRow(state, out)
        state.names = null
        i = rowsALine(lines, i, header.names.length, out)
      } else if (!repeated) {
        closeRow(state, out)
        Object.assign(state, { names: header.names, cells: [], firstShape: null })
      }
      continue
    }
    if (state.names !== null) {
      const end = paragraphEnd(lines, i)
      const paragraph = lines.slice(i, end).map(l => l.trim())
      const text = paragraph.join(' ').trim()
      // (A ruling line read as "|", a page's number at its foot: no cell.)
      if (!/[\p{L}\p{N}]/u.test(text) || state.footers.has(text) || (isFurniture(text) && lastOnPage(lines, end))) {
        out.push(...lines.slice(i, end))
        i = end
        continue
      }
      if (addCell(text, state, out)) {
        i = end
        continue
      }
      state.names = null
      continue
    }
    if (KEY_HEADING.test(lines[i] ?? '')) {
      i = keyRows(lines, i, out)
      continue
    }
    out.push(lines[i] ?? '')
    i++
  }
  closeRow(state, out)
  return out
}

/**
 * A header whose names are a paragraph each ("Date" / "Item" / "Officer" / "Type (…)", a blank
 * line between), as plain text writes an unruled table's, if it names a table we read.
 */
function paragraphHeader(lines: string[], i: number): { names: string[]; length: number } | null {
  // (Each a paragraph of its own: the first after a blank line too.)
  if (i > 0 && (lines[i - 1] ?? '').trim() !== '' && lines[i - 1] !== PAGE_BREAK) return null
  const names: string[] = []
  let k = i
  // (No figures: "Forward Work Programme 2016/17" over the table is its title.)
  const name = (line: string): boolean =>
    NAME.test(line) && !/\d/.test(line) && line.length <= 60 && line.split(' ').length <= 6
  while (k < lines.length && names.length < 8 && name((lines[k] ?? '').trim()) && (lines[k + 1] ?? '').trim() === '') {
    names.push((lines[k] ?? '').trim())
    k += 2
  }
  return names.length >= 3 && namesTable(names) ? { names, length: k - i } : null
}

/** A header at `i`, its names perhaps going on over the next line, if it names a table we read. */
function headerAt(lines: string[], i: number): { names: string[]; length: number } | null {
  const names = headerNames(lines[i] ?? '', 3)
  if (names === null) return null
  // "No.  Recommendation  …  Rating at 8.3.05" / "Progress at September 2005  Proposed rating".
  const more = headerNames(lines[i + 1] ?? '', 2)
  if (more !== null && namesTable([...names, ...more])) return { names: [...names, ...more], length: 2 }
  return namesTable(names) ? { names, length: 1 } : null
}

function headerNames(line: string, fewest: number): string[] | null {
  if (line.length > 180 || !GAP.test(line.trim())) return null
  const names = spaced(line)
  const named = names.every(n => NAME.test(n) && n.length <= 40 && n.split(' ').length <= 6)
  return names.length >= fewest && named ? names : null
}

function isProgramme(names: string[]): boolean {
  return programmeColumns(names) !== null && trackerColumns(names) === null && recommendationColumns(names) === null
}

/** Whether a header's names are those of a table the readers read: a tracker's, a recommendations table's, a programme's. */
export function namesTable(names: string[]): boolean {
  return trackerColumns(names) !== null || recommendationColumns(names) !== null || programmeColumns(names) !== null
}

function spaced(line: string): string[] {
  return line.trim().split(GAP)
}

/** A row's cells, a gap of four spaces or more between two standing for an empty cell. */
function rowOfCells(line: string): string[] {
  return line
    .trim()
    .split(/( {4,}| {2,3})/)
    .flatMap((part, k) => (k % 2 === 0 ? [part] : part.length >= 4 ? [''] : []))
}

/**
 * A table a row a line, from `i`: each line of two cells or more written with tabs, its cells set
 * under the header's last columns where it has fewer (the meeting's date left to the row above),
 * or from the first where it opens with a date or a note in brackets. A line of one cell is left
 * as it is; a long one (prose under the table) ends it. Returns the line after the table.
 */
function rowsALine(lines: string[], i: number, width: number, out: string[]): number {
  let k = i
  for (; k < lines.length; k++) {
    const line = lines[k] ?? ''
    const cells = rowOfCells(line)
    if (line.trim() !== '' && cells.length === 1 && line.trim().length > 60) break
    if (headerAt(lines, k) !== null) break
    // ("Head of Policy and" / "Performance": a cell's last words wrapped onto a line of their own.)
    const above = out.at(-1) ?? ''
    if (cells.length === 1 && line.trim() !== '' && above.includes('\t') && breaksOff(above)) {
      out[out.length - 1] = `${above} ${line.trim()}`
      continue
    }
    if (cells.length < 2) {
      out.push(line)
      continue
    }
    const fromFirst = cells.length >= width || /^(?:\d|\()/.test(cells[0] ?? '')
    const padding = Array.from({ length: Math.max(0, width - cells.length) }, () => '')
    out.push((fromFirst ? [...cells, ...padding] : [...padding, ...cells]).join('\t'))
  }
  return k
}

/** The line after the paragraph that starts at `i` (or after the blank lines at `i`). */
function paragraphEnd(lines: string[], i: number): number {
  // (A ruling line read as "|" is no text: it parts paragraphs as a blank line does.)
  const blank = (k: number): boolean => !/[\p{L}\p{N}]/u.test(lines[k] ?? '') && lines[k] !== PAGE_BREAK
  let k = i
  if (blank(k)) {
    while (k < lines.length && blank(k)) k++
    return k
  }
  while (k < lines.length && !blank(k) && lines[k] !== PAGE_BREAK) k++
  return k
}

function lastOnPage(lines: string[], end: number): boolean {
  const next = lines.slice(end).find(l => l.trim() !== '' || l === PAGE_BREAK)
  return next === undefined || next === PAGE_BREAK
}

/**
 * The paragraph as the row's next cell. A paragraph shaped as the first row's first cell (a date, a
 * number) starts a row, the one before ending short; once a row has all its cells, anything else
 * ends the table (false).
 */
function addCell(text: string, state: TableState, out: string[]): boolean {
  const width = state.names?.length ?? 0
  const shape = shapeOf(text)
  if (mendRow(text, state)) return true
  if (state.crossedPage && state.repeatsHeader && !state.headedPage) {
    closeRow(state, out)
    return false
  }
  if (state.cells.length === 0) {
    if (shape === null || (state.firstShape !== null && shape !== state.firstShape)) return false
    Object.assign(state, { firstShape: shape, cells: [text], rowAt: out.length })
    return true
  }
  if (shape === state.firstShape && state.cells.length >= 2) {
    closeRow(state, out)
    Object.assign(state, { cells: [text], crossedPage: false, rowAt: out.length })
    return true
  }
  // The rest of a row the page broke: the cell it left unfinished goes on, or else its last.
  // (A row cut short by the page, its last cell unfinished: that cell, then the row's next cells.)
  // (The first cell that plainly breaks off, in column order; else the last, where it stops short
  // of a sentence's end and the text goes on in lower case.)
  const open = state.cells.findIndex(c => breaksOff(c))
  const last = state.cells.at(-1) ?? ''
  const cutShort = open >= 0 || (/^[a-z]/.test(text) && !/[.!?)]$/.test(last))
  // A programme's next item at the same meeting, its date's cell left empty (under the header on this
  // page). (A tracker's row full at a page's foot goes on over it.)
  const sameMeeting =
    state.firstShape === 'date' &&
    /date|meeting/i.test(state.names?.[0] ?? '') &&
    (!state.crossedPage || state.headedPage) &&
    isProgramme(state.names ?? [])
  if (state.cells.length >= width && sameMeeting && !cutShort) {
    closeRow(state, out)
    Object.assign(state, { cells: ['', text], crossedPage: false, rowAt: out.length })
    return true
  }
  if (state.crossedPage && (cutShort || state.cells.length >= width)) {
    const at = open >= 0 ? open : state.cells.length - 1
    state.cells[at] = `${state.cells[at] ?? ''} ${text}`
    // (Where the page cut the row short of its last cells, those after the broken one broke too.)
    state.mendFrom = state.cells.length < width ? at + 1 : null
    return true
  }
  if (state.cells.length >= width) {
    closeRow(state, out)
    return false
  }
  state.cells.push(text)
  return true
}

/**
 * The cells after one the page broke, each broken too where it stopped short of a sentence's end
 * ("Kevin Probert, Principal" / "Education Welfare Officer"): the next paragraph goes on the next of them.
 */
function mendRow(text: string, state: TableState): boolean {
  let at = state.mendFrom
  while (at !== null && at < state.cells.length && /[.!?)]$/.test(state.cells[at] ?? '')) at++
  if (at === null || at >= state.cells.length) {
    state.mendFrom = null
    return false
  }
  state.cells[at] = `${state.cells[at] ?? ''} ${text}`
  state.mendFrom = at + 1
  return true
}

function shapeOf(text: string): Shape | null {
  // ("To be scheduled": the programme's items with no meeting yet, in the date's column.)
  if (/^to be (?:scheduled|confirmed|arranged|programmed)$/i.test(text)) return 'date'
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}$/.test(text)) return 'date'
  if (/^(?:R|Rec\.?\s*)?\d{1,2}(?:\s*\(?[a-z]\)?)?\.?$/i.test(text)) return 'number'
  if (/^[A-Z]{1,5}[./]?\d{1,3}(?:[./]\d{1,4})?$/.test(text)) return 'ref'
  return null
}

function closeRow(state: TableState, out: string[]): void {
  state.mendFrom = null
  if (state.cells.length === 0) return
  const width = state.names?.length ?? state.cells.length
  const padding = Array.from({ length: Math.max(0, width - state.cells.length) }, () => '')
  out.splice(Math.min(state.rowAt, out.length), 0, [...state.cells, ...padding].join('\t'), '')
  state.cells = []
}

/** Lines among the last few of three pages or more: a running footer ("Glanmorfa County Council"). */
function runningFooters(pages: PackPage[]): Set<string> {
  const seen = new Map<string, number>()
  for (const page of pages) {
    const foot = new Set(
      page.text
        .split('\n')
        .map(l => l.trim())
        .filter(l => l !== '')
        .slice(-3),
    )
    for (const line of foot) seen.set(line, (seen.get(line) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n >= 3).map(([line]) => line))
}

// "PROGRESS RATING KEY", "Key to ratings:": a key's words and their meanings follow.
const KEY_HEADING = /^\W*(?:[A-Z ]{0,40}\bKEY|key(?:\s+to\s+[a-z ]{3,30})?)\W*$/

/** The key's lines under its heading, each word set apart from its meaning by a tab. */
function keyRows(lines: string[], i: number, out: string[]): number {
  out.push(lines[i] ?? '')
  let k = i + 1
  while (k < lines.length && (lines[k] ?? '').trim() === '') out.push(lines[k++] ?? '')
  for (; k < lines.length && (lines[k] ?? '').trim() !== ''; k++) {
    const line = lines[k] ?? ''
    const [word = '', ...meaning] = spaced(line)
    const labelled = meaning.length > 0 && word.split(' ').length <= 4 && /^[A-Z]/.test(word)
    const above = out.at(-1) ?? ''
    // ("… but after the target" / "date. Sign off.": a meaning wrapped onto a line of its own.)
    if (!labelled && meaning.length === 0 && above.includes('\t')) out[out.length - 1] = `${above} ${line.trim()}`
    else out.push(labelled ? `${word}\t${meaning.join(' ')}` : line)
  }
  return k
}
