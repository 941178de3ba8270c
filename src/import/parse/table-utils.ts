/**
 * Shared machinery for the table parsers (action tracker, recommendations, work programme). PDF
 * extraction renders a table row as one line with cells separated by tabs, or as a markdown-like
 * pipe row (`| a | b |`); a row broken by a page or by extraction shows up as a continuation row
 * whose leading cells are empty. Cells may carry HTML fragments (`<p>`, `<ul>`), bold markers and
 * page footers, so cells are kept raw and cleaned on demand.
 */
import { breaksOff, cleanLine, joinBrokenLine, normaliseWhitespace, stripHtml } from './clean.ts'
import type { PackPage } from './types.ts'

/** One line of the pack with the page it was printed on. */
export interface Line {
  text: string
  page: number
  /** Its cells once `rowOf` has split them (null: prose), kept for the next table reader. */
  cells?: string[] | null
}

/** A table row: raw cells in printed order. */
export interface Row {
  cells: string[]
  page: number
  /** Index of the row's line in the flattened line list. */
  at: number
}

/**
 * Every line of every page with its page number. The table readers (tracker, recommendations,
 * programme) each walk the whole pack, so within one parse (`rememberingCells`) the lines are read
 * once and shared; callers never change them.
 */
export function toLines(pages: PackPage[]): Line[] {
  const known = parseMemo?.lines.get(pages)
  if (known !== undefined) return known
  const lines: Line[] = []
  for (const page of pages) {
    // Splitting on a string is faster than on a pattern; extracted PDF text has no \r.
    const texts = page.text.includes('\r') ? page.text.split(/\r?\n/) : page.text.split('\n')
    for (const text of texts) lines.push({ text, page: page.number })
  }
  parseMemo?.lines.set(pages, lines)
  return lines
}

const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** A line's cells (`splitRow`), split once however many readers ask; callers only read them. */
export function rowOf(line: Line): string[] | null {
  if (line.cells === undefined) line.cells = splitRow(line.text)
  return line.cells
}

/**
 * A row whose cell held a line break, extracted as two lines ("…before public consultation" /
 * "in January 2021<TAB>Declan Hurrell<TAB>TBC"): the second line's first part ends the cell the
 * first left open, and together they make the table's width. Null when the lines are rows apart.
 */
export function rowSplitAtBreak(lines: Line[], i: number, width: number): string[] | null {
  const first = lines[i]
  const next = lines[i + 1]
  if (first === undefined || next === undefined || width < 3 || next.page !== first.page) return null
  const head = rowOf(first)
  const rest = rowOf(next)
  if (head === null || rest === null || head.length >= width || head.length + rest.length - 1 !== width) return null
  const [carried = '', ...after] = rest
  // The rest of a cell starts in lower case; a new row starts with its own cell (a date, a title).
  if (!/^\s*[a-z]/.test(carried) || (head.at(-1) ?? '').trim() === '') return null
  return [...head.slice(0, -1), `${head.at(-1) ?? ''} ${carried}`, ...after]
}

const APPENDIX = /^\W*(?:appendix|annex)\s+\w{1,3}\b/i

/** An appendix's heading, not its "(continued)" one: the next document, where a table before it ends. */
export function newAppendix(text: string): boolean {
  return text.length < 150 && APPENDIX.test(text) && !/continued|cont'd/i.test(text)
}

/** True for markdown table rules such as `|--|---|`. */
export function isSeparatorRow(text: string): boolean {
  return PIPE_SEPARATOR.test(text)
}

/**
 * Cells of a table row, or null when the line is prose. A tab anywhere makes a row; a pipe row must
 * start with `|` (after an optional stray bullet) so that a lone "|" in prose is not a table.
 */
export function splitRow(text: string): string[] | null {
  if (text.includes('\t')) return spanned(text.split('\t'))
  const pipe = /^\s*(?:[-•]\s+)?\|(.*)$/.exec(text)
  if (!pipe || isSeparatorRow(text)) return null
  const body = (pipe[1] ?? '').replace(/\|\s*$/, '')
  return spanned(body.split('|'))
}

/**
 * A cell spanning the whole row (a group's heading, "Minute 15: Sickness Absence") that a converter
 * repeats in every column it spans: once, in the first column, as a word processor prints it.
 */
function spanned(cells: string[]): string[] {
  const first = cells[0]?.trim() ?? ''
  if (cells.length < 3 || first === '' || cells.some(cell => cell.trim() !== first)) return cells
  return cells.map((cell, k) => (k === 0 ? cell : ''))
}

const PLAIN = /^[\x20-\x7E]*$/
const MARKUP = /[<*&[\]|]|(?:page|tudalen)\s*\d|^\s*[-•]\s|^\s*$/i

const RULE = /^[\s\-–—_=]*-[\s\-–—_=]*$/

// A footnote mark, superscript in the PDF and a plain digit once extracted: after a cell's last
// sentence ("… this report. 5"), or against a closing bracket mid-sentence ("(CEOP)4 and how").
const FOOTNOTE_MARK = /([.;)])\s+\d{1,2}\s*$|(\))\d{1,2}(?=\s+[a-z])/g

/** Cell text with HTML, bold markers, bullets, footers, footnote marks and odd unicode removed, on one line. */
export function cleanCell(raw: string | undefined): string {
  if (raw === undefined) return ''
  if (!parseMemo) return cleanCellText(raw)
  const known = parseMemo.cells.get(raw)
  if (known !== undefined) return known
  const cleaned = cleanCellText(raw)
  parseMemo.cells.set(raw, cleaned)
  return cleaned
}

/** What one parse has already worked out: the pack's lines (with their cells) and each cell cleaned. */
interface ParseMemo {
  lines: WeakMap<PackPage[], Line[]>
  cells: Map<string, string>
}

let parseMemo: ParseMemo | undefined

/**
 * Runs `read` (one pack's parse) remembering the pack's lines, their cells and each cell cleaned:
 * every table reader walks the same rows again while looking for its own table, once a third of
 * the parse's time. The memo lives only as long as the parse, so memory stays flat and one pack's
 * timing never benefits from another's.
 */
export function rememberingCells<T>(read: () => T): T {
  const outer = parseMemo
  parseMemo ??= { lines: new WeakMap(), cells: new Map() }
  try {
    return read()
  } finally {
    if (!outer) parseMemo = undefined
  }
}

function cleanCellText(raw: string): string {
  // A cell of dashes is a ruled line drawn as text (markdown's "---"), not content.
  if (RULE.test(raw)) return ''
  const cell = raw.replace(FOOTNOTE_MARK, '$1$2')
  return PLAIN.test(cell) && !MARKUP.test(cell) ? normaliseWhitespace(cell) : cleanMarkup(cell)
}

const LISTED_HYPHEN = /<br\s*\/?>\s*-\s+(?=\S)/gi

function cleanMarkup(raw: string): string {
  // Inline tags sit inside words and sentences; block tags separate text.
  const text = raw.replace(/<\/?(?:b|i|u|em|strong|span|a|font|sup|sub)\b[^>]*>/gi, '')
  // A line broken inside a hyphenated word ("real-<br>time") joins without a space, as a page's does.
  // ("figures:<br>- by GP cluster; and<br>- for …": a list's hyphens after its breaks are bullets;
  // one alone is a title's dash wrapped, "Charging Policy<br>- Scoping of Working Group".)
  const joined = text.replace(/(\w-)\s*<br\s*\/?>\s*(?=\w)/gi, '$1')
  const listed = (joined.match(LISTED_HYPHEN)?.length ?? 0) >= 2 ? joined.replace(LISTED_HYPHEN, ' ') : joined
  const blocks = listed.replace(/<\/?(?:p|li|ul|ol|br|div)\b[^>]*>/gi, ' ')
  // Superscript digits are footnote markers ("web site²"), not part of the text, except a unit's
  // power ("40µg/m³", "120m²").
  // Bullets of a list inside the cell go with the list's markup; its items read as sentences.
  return cleanLine(blocks.replace(/(?<!\b(?:\d|µg\/|mg\/|k|c)?m)[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ''))
    .replace(/^[•·▪●◦]\s*/, '')
    .replace(/\s[•·▪●◦]\s+/g, ' ')
}

/** HTML paragraphs of a cell (`<p>a</p> <p>b</p>`) as cleaned strings; one entry for plain text. */
export function cellParagraphs(raw: string | undefined): string[] {
  if (raw === undefined) return []
  const parts = /<\/p>/i.test(raw) ? raw.split(/<\/p>/i) : [raw]
  return parts.map(p => cleanCell(stripHtml(p))).filter(p => p !== '')
}

export function allEmpty(cells: string[]): boolean {
  return cells.every(c => c.trim() === '' || cleanCell(c) === '')
}

/** Cheap pre-check before header matching: a header row has a few short cells. */
export function mayBeHeader(cells: string[], min = 2): boolean {
  let filled = 0
  for (const c of cells) {
    // (Trimmed: a markdown table pads a header's cells with spaces to its widest row's.)
    const text = c.trim()
    if (text.length > 150) return false
    if (text !== '') filled++
  }
  return filled >= min && cells.length <= 12
}

// "Page 24", "Page 46 of 100", "Tudalen 12 o 40": a page's stamp, alone on its line or in its cell.
export const PAGE_STAMP = /^(?:page|tudalen)\s+\d{1,4}(?:\s+(?:of|o)\s+\d{1,4})?$/i

/** A page's text whose tables are marked already, with tabs or a markdown table's pipes. */
export function marksItsTables(text: string): boolean {
  return text.includes('\t') || /^\s*\|.*\|\s*$/m.test(text)
}

/** True when a prose line carries nothing: blank, a page footer, a bare page number. */
export function isFurniture(text: string): boolean {
  // Footers are short; skipping the clean-up for prose keeps whole-pack scans fast.
  if (text.trim().length > 40) return false
  const t = cleanCell(text)
  return (
    t === '' ||
    /^\d{1,4}$/.test(t) ||
    /^-?\s*\d{1,4}\s*-?$/.test(t) ||
    /^(?:page|tudalen)\s*\d*(\s*(?:of|o)\s*\d*)?$/i.test(t)
  )
}

// Numbered section headings of a report ("3 Outstanding Tracking", "6 Forward Plan for Cabinet Decisions"),
// or lettered and in bold ("**B. Substantial variations notified by NHS bodies**").
const SECTION_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?|(?:\*\*)?[A-H]\.)\s+[A-Z][A-Za-z ,&'()/-]{2,80}(?:\*\*)?$/

/** True for a numbered section heading line, which ends any table before it. */
export function isSectionHeading(text: string): boolean {
  return text.length < 90 && !text.includes('\t') && SECTION_HEADING.test(text)
}

/** Normalised header text for matching column names ("Item/ Topic" → "item/topic"). */
export function headerKey(raw: string | undefined): string {
  return cleanCell(raw)
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/[’']/g, "'")
}

/** Index of the first header cell matching `pattern` and not `unless`, or -1. */
export function findColumn(keys: string[], pattern: RegExp, unless?: RegExp, taken: number[] = []): number {
  return keys.findIndex((k, i) => !taken.includes(i) && pattern.test(k) && !(unless?.test(k) ?? false))
}

/** Text that ends a sentence, so a following fragment is a new entry rather than its continuation. */
export function endsSentence(text: string): boolean {
  // A closing quote ends one after a stop; after a word it is a possessive ("the Committees'").
  return /(?:[.!?:;)\]]|[.!?]["'’”])\s*$/.test(text.trim())
}

/** Join continuation text onto earlier text (see joinBrokenLine). */
export const joinText = joinBrokenLine

const ABBREVIATION = /\b(?:cllr|no|st|dr|mr|mrs|ms|e\.g|i\.e|etc|incl|approx|vs|cf|ad|inc|ltd)\.$/i

/**
 * The first sentence of a cell, when a cell runs a title into description ("X. To include: Y").
 * Abbreviations and initials do not end a sentence.
 */
export function firstSentence(text: string): string {
  const re = /[.!?](?=\s+["'(]?[A-Z0-9])/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = text.slice(0, m.index + 1)
    if (ABBREVIATION.test(head) || /\b[A-Z]\.$/.test(head)) continue
    // A question in a title ("Out of Sight? Children Missing Education") is not a sentence's end
    // unless prose follows it.
    if (m[0] === '?' && !/\.\s*$/.test(text.slice(m.index + 1))) continue
    const words = head.split(/\s+/).length
    if (words >= 2) return head.replace(/\.$/, '').trim()
  }
  return text.replace(/\.$/, '').trim()
}

/** Time slot printed with an agenda topic: "(10.05 - 10.45)" → ["10:05", "10:45"]. */
export function extractTimeSlot(text: string): { text: string; slot: [string, string] | null } {
  const re = /\(\s*(\d{1,2})[.:](\d{2})\s*(?:am|pm)?\s*-\s*(\d{1,2})[.:](\d{2})\s*(?:am|pm)?\s*\)/i
  const m = re.exec(text)
  if (!m) return { text, slot: null }
  const hhmm = (h: string | undefined, mm: string | undefined): string => `${(h ?? '').padStart(2, '0')}:${mm ?? ''}`
  const slot: [string, string] = [hhmm(m[1], m[2]), hhmm(m[3], m[4])]
  return { text: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim(), slot }
}

/**
 * Cell text that stops mid-sentence, so the rest of its row may follow on the next page. A
 * semicolon parts the items of a list that goes on ("Cllr Stephen Colley;" / "Richard Latham").
 */
export function unfinished(text: string): boolean {
  return text !== '' && (!endsSentence(text) || /[:,;]\s*$/.test(text))
}

/**
 * Cells of a row printed before the header row of its page, aligned to a table of `width` columns.
 * Extraction cannot tell which columns a row's cells are in when nothing else on the page lines up
 * with them (the rest of a row broken by the page, further rows of that table); it marks that
 * leading columns are missing with an empty first cell. The rest of a broken row (`above` is the row
 * it continues) fills the cells left unfinished above, when as many are; other rows are missing
 * only the first columns whose text is carried down from the row above (dates, items), listed in
 * `carried`.
 */
export function alignBrokenRow(
  cells: string[],
  width: number,
  above: readonly string[],
  carried: readonly number[],
): string[] {
  if (cells.length >= width || cells.length < 2) return cells
  // A row that starts with text starts in the first column; it is the rest of the row above only
  // when that first cell plainly goes on from the one above ("Review of" / "System Performance").
  const first = cleanCell(cells[0])
  if (
    first !== '' &&
    !(
      unfinished(cleanCell(above[0])) &&
      (breaksOff(cleanCell(above[0])) || /^[a-z]/.test(first) || cutShort(above, cells))
    )
  )
    return cells
  const filled = cells.flatMap((c, i) => (cleanCell(c) !== '' ? [i] : []))
  // Two or more columns left empty before the text: extraction saw where the cells stand. Where
  // each then goes on a cell left unfinished above, they are in place.
  // (Lower-case prose goes on prose, not a short date or label: "April 2017" / "gullies on …".)
  const placed =
    (filled[0] ?? 0) >= 2 &&
    filled.every(i => !carried.includes(i) && unfinished(cleanCell(above[i])) && goesOn(above[i], cells[i]))
  if (first === '' && (placed || gapped(filled))) return cells
  const lower = filled.length === 1 && /^[a-z]/.test(cleanCell(cells[filled[0] ?? 0]))
  const open = openCells(above, carried, filled.length, lower)
  const fits = open.length > 0 && open.length === filled.length && (open.at(-1) ?? 0) < width
  if (first !== '') return fits && open[0] === 0 ? spread(cells, filled, open, width) : cells
  if (fits) return spread(cells, filled, open, width)
  let need = 0
  while (carried.includes(need)) need++
  const lead = filled[0] ?? 0
  const pad = Math.min(need - lead, width - cells.length)
  return pad > 0 ? [...Array.from({ length: pad }, () => ''), ...cells] : cells
}

/**
 * A row plainly cut by the page ("Sue Harrison, Director,") whose rest is printed as fewer cells than
 * the table has, one for each cell left unfinished: the first of them goes on the first cell too
 * ("HTST / Children and Young People" / "Travel Service Update").
 */
function cutShort(above: readonly string[], cells: string[]): boolean {
  const filled = cells.filter(c => cleanCell(c) !== '').length
  const open = openCells(above, [], filled)
  return filled >= 2 && open.length === filled && open[0] === 0 && open.some(i => breaksOff(cleanCell(above[i])))
}

/**
 * Cells with text apart from each other by empty ones ("| rest of text | | | | rest of update"):
 * extraction saw the columns between them, so the cells stand where it put them.
 */
function gapped(filled: number[]): boolean {
  return filled.length >= 2 && filled.some((i, k) => k > 0 && i - (filled[k - 1] ?? i) > 1)
}

/** The cells with text of `cells` (at `filled`) put in the columns `open`, in a row of `width`. */
function spread(cells: string[], filled: number[], open: number[], width: number): string[] {
  const out = Array.from({ length: width }, () => '')
  filled.forEach((from, k) => (out[open[k] ?? 0] = cells[from] ?? ''))
  return out
}

const BRACKETED_DATE = /^\((?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+ \d{4}\)$/

/**
 * A header row whose cells wrapped onto a second line that extraction set apart as a row of its own
 * (a page broke the row, or padding spaced its lines): `cells` holds only a word or three under some
 * later columns ("\t\t\tCompletion\tAssessment"). Returns the header with each column's words
 * joined, or null when `cells` is not such a rest (the header's first column is never the one that
 * wraps: it is the short "No." or "Date").
 */
export function withHeaderRest(header: readonly string[], cells: readonly string[]): string[] | null {
  const rest = cells.map(c => cleanCell(c))
  if (rest.length > header.length || rest[0] !== '' || rest.every(c => c === '')) return null
  // A column's date in brackets ("Committee's Assessment (17 October 2017)") is a header's too; so
  // is "no." under "Minute".
  const headerLike = (c: string): boolean =>
    c === '' ||
    (/^[A-Z(]/.test(c) && c.split(' ').length <= 3 && !/[\d.;!?]/.test(c)) ||
    BRACKETED_DATE.test(c) ||
    /^(?:no|ref)\.$/i.test(c)
  if (!rest.every(headerLike)) return null
  return header.map((h, i) => joinText(cleanCell(h), rest[i] ?? ''))
}

/**
 * The cells of `above` its broken rest may carry on: those left unfinished, or, when more are
 * unfinished than the rest has cells, those that plainly break off, or else those longer than a
 * label (a short label such as "Update Report" or "None" has no full stop either, but is complete).
 */
function openCells(above: readonly string[], carried: readonly number[], wanted: number, lower = false): number[] {
  const open = above.flatMap((c, i) => (!carried.includes(i) && unfinished(cleanCell(c)) ? [i] : []))
  if (open.length <= wanted) return open
  const breaking = open.filter(i => breaksOff(cleanCell(above[i])))
  if (breaking.length === wanted) return breaking
  const sentences = open.filter(i => cleanCell(above[i]).split(' ').length > 2)
  if (sentences.length <= wanted) return sentences.length === wanted ? sentences : open
  // One part in lower case and several cells of prose: it goes on the longest, mid-sentence.
  if (wanted < 2) return lower ? [longest(sentences, above)] : open
  // More cells of prose than parts: the longest go on ("… had received travel" / "support, at a
  // forecast cost …"); a name with a post ("Lorraine Achebe, Head of Housing") is whole.
  // Those plainly breaking off first, then the longest, the earlier of two alike.
  const words = (i: number): number => cleanCell(above[i]).split(' ').length
  const cut = open.filter(i => breaking.includes(i) || /[;,]$/.test(cleanCell(above[i])))
  const rest = sentences.filter(i => !cut.includes(i)).sort((a, b) => words(b) - words(a) || a - b)
  return [...cut, ...rest].slice(0, wanted).sort((a, b) => a - b)
}

/** The cell of `cells` (indexes of `above`) with the most words, the earlier of two alike. */
function longest(cells: number[], above: readonly string[]): number {
  const words = (i: number): number => cleanCell(above[i]).split(' ').length
  return cells.reduce((best, i) => (words(i) > words(best) ? i : best))
}

/** Whether `rest` may carry on the cell `above`: text in lower case goes on prose, not a label. */
function goesOn(above: string | undefined, rest: string | undefined): boolean {
  return !/^[a-z]/.test(cleanCell(rest)) || cleanCell(above).split(' ').length > 2
}

/** Number of cells up to the last one with text: a header's width. */
export function rowWidth(cells: string[]): number {
  let n = cells.length
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n--
  return n
}

/**
 * True when, at the top of a page, `cells` is the rest of the row `above` broken by the page: every
 * cell with text carries on a cell of `above` left unfinished. With `strict` (tables whose new rows
 * may leave their first cells empty), also: some cell `above` filled, other than those in `carried`,
 * is empty here as its text ended on the page before, or a carried-on cell plainly broke off.
 */
export function carriesOnBrokenRow(
  above: readonly string[],
  cells: readonly string[],
  strict: boolean,
  carried: readonly number[] = [],
): boolean {
  let some = false
  let evident = false
  for (let i = 0; i < Math.max(above.length, cells.length); i++) {
    const top = cleanCell(above[i])
    const here = cleanCell(cells[i])
    if (here === '') {
      if (top !== '' && !carried.includes(i)) evident = true
      continue
    }
    if (!unfinished(top)) return false
    if (breaksOff(top) || /^[a-z]/.test(here)) evident = true
    some = true
  }
  return some && (evident || !strict)
}

/**
 * A cell's next words on a line of their own, where a table's long cells wrap onto lines with the
 * other cells empty: after words that stop short, in lower case or after a dangling word ("… against the").
 */
export function carriesOnCell(previous: string, next: string): boolean {
  if (previous === '' || next === '') return false
  // "n/a (NHS item)", "tbc": a cell's placeholder of its own, in lower case though it is.
  if (/^(?:n\/a|tbc|tbd)\b/i.test(next)) return false
  // "Cabinet Member Q&A" ends in a letter, not the article "a".
  const dangling = breaksOff(previous) && !/\b[A-Z]$/.test(previous.trim())
  return dangling || (!endsSentence(previous) && /^[a-z(]/.test(next))
}
