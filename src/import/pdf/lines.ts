/**
 * Rebuilds lines of text from positioned text runs (pdf.js text items). A PDF has no lines, only
 * strings drawn at coordinates: runs sharing a baseline form a line, read left to right; a small
 * gap between runs is a word space and a wide one a table column, written as a tab so the text
 * parser can split cells as it does for tab-separated seed text.
 */
import { joinBrokenLine } from '../parse/clean.ts'

/** The part of a pdf.js `TextItem` we need; `transform` is the text matrix [a, b, c, d, e, f]. */
export interface TextRun {
  str: string
  transform: number[]
  width: number
  height: number
}

/** Gap thresholds, as multiples of the font size. */
const SPACE_GAP = 0.15 // a word space in Helvetica is 0.28 em; kerning stays well below 0.15
// A column gutter is two cell paddings: Word's 0.19 cm a side is over 1 em at 10 pt; a web page's
// 3 pt a side is 0.7 em at 9 pt. A justified word space stays under about 0.6 em.
const TAB_GAP = 0.65
const SAME_LINE = 0.5 // super/subscripts sit within half a font size of their baseline
const PARAGRAPH_GAP = 1.8 // baseline distance beyond ordinary leading (about 1.2 em) leaves a blank line
const FAKE_BOLD = 0.25 // Word's fake bold draws the same string twice, a fraction of a point apart
const COLUMN_SNAP = 0.5 // cells starting this close together are in the same table column
/** Without rows set apart to compare with, lines this close (in font sizes) are one cell wrapping. */
const WRAP_LEADING = 1.18 // single spacing is about 1.15 em; rows and prose lines sit further apart
const ROW_SPACING = 1.2 // rows sit this much further apart than the lines of a wrapped cell (cell padding)

/** A run in the frame of its own writing direction, so rotated (landscape) tables read as rows. */
interface Placed {
  str: string
  x: number
  y: number
  end: number
  size: number
}

/** Quarter turns of the text direction: 0 normal, 1 reading upwards, 2 upside down, 3 downwards. */
function quarterTurns(t: readonly number[]): number {
  if (t[1] === 0 && (t[0] ?? 0) > 0) return 0 // upright text, nearly every run: skip the trigonometry
  const angle = Math.atan2(t[1] ?? 0, t[0] ?? 1)
  return (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as number
}

function place(run: TextRun, turns: number): Placed {
  const t = run.transform
  const e = t[4] ?? 0
  const f = t[5] ?? 0
  // Rotate the origin back by the text's own rotation so "along the line" is always +x.
  const [x, y] = turns === 1 ? [f, -e] : turns === 2 ? [-e, -f] : turns === 3 ? [-f, e] : [e, f]
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || run.height || 1
  return { str: run.str, x, y, end: x + run.width, size }
}

const NOT_SPACE = /\S/

/** Text of one page: lines top to bottom, then text in other directions (rotated tables). */
export function runsToText(runs: readonly TextRun[]): string {
  const groups = new Map<number, Placed[]>()
  for (const run of runs) {
    if (!NOT_SPACE.test(run.str)) continue // spacing comes from the gaps; whitespace runs add nothing
    const turns = quarterTurns(run.transform)
    const group = groups.get(turns) ?? []
    group.push(place(run, turns))
    groups.set(turns, group)
  }
  const blocks = [...groups.entries()].sort(([a], [b]) => a - b).map(([, placed]) => blockText(placed))
  return tidy(blocks.join('\n'))
}

function blockText(placed: Placed[]): string {
  const lines = groupLines(placed)
  const texts = tableTexts(lines)
  const out: string[] = []
  lines.forEach((line, i) => {
    const text = texts[i]
    if (text === null) return // a wrapped table cell, joined to its row above
    const above = lines[i - 1]
    if (above && above.y - line.y > PARAGRAPH_GAP * Math.max(above.size, line.size)) out.push('')
    out.push(text ?? lineText(line.runs))
  })
  return out.join('\n')
}

/** One cell of a line: runs closer together than a column gutter. */
interface Cell {
  x: number
  /** Its baseline, which may differ a little from its line's (a cell's second paragraph, set lower). */
  y: number
  /** Where its text ends. */
  end: number
  text: string
}

function cellsOf(runs: readonly Placed[]): Cell[] {
  const cells: Cell[] = []
  let start = 0
  for (let i = 1; i <= runs.length; i++) {
    const prev = runs[i - 1]
    const run = runs[i]
    if (run && prev && run.x - prev.end < TAB_GAP * Math.max(prev.size, run.size)) continue
    const part = runs.slice(start, i)
    cells.push({ x: part[0]?.x ?? 0, y: part[0]?.y ?? 0, end: part.at(-1)?.end ?? 0, text: lineText(part).trim() })
    start = i
  }
  return cells
}

/**
 * Text of the lines that belong to tables, by index (undefined: not a table line; null: a wrapped
 * line already joined to its row). A table is a run of lines without a paragraph gap in which some
 * line has several cells. Its columns are where those cells start, so a row whose first cells are
 * empty still gets its leading tabs; a line set closer under a row than rows are to each other (when
 * the table shows both spacings, else closer than single spacing), with text only in columns the line
 * above has, is that row's cells wrapping, and is joined to it. A lone first-column line does not
 * take wrapped lines (it is prose), except at the top of a page, where it is the rest of a broken row.
 */
function tableTexts(lines: readonly Line[]): (string | null | undefined)[] {
  const out: (string | null | undefined)[] = lines.map(() => undefined)
  const regions: Region[] = []
  let start = 0
  for (let i = 1; i <= lines.length; i++) {
    const above = lines[i - 1]
    const line = lines[i]
    if (line && above && above.y - line.y <= PARAGRAPH_GAP * Math.max(above.size, line.size)) continue
    regions.push(region(lines, start, i))
    start = i
  }
  const left = Math.min(...lines.map(l => l.runs[0]?.x ?? Infinity))
  regions.forEach((r, i) => {
    const found = borrowedStarts(r, i, regions) ?? indentedStarts(r, i, left, regions) ?? r.starts
    const starts = uncrossed(found, r.size, regions, i)
    if (starts.length >= 2)
      tableRegion(lines, r, starts, out, { pageTop: i === 0, apart: rowsSetApart(starts, r, i, regions) })
  })
  return out
}

/**
 * A table at the top of a page that starts right of the page's text, with no other table to line up
 * with: the rest of a broken row whose first columns ended on the page before. How many columns are
 * missing cannot be seen, so one empty leading column stands for them all, and the text parser
 * places the cells by the row they continue.
 */
function indentedStarts(r: Region, index: number, left: number, regions: readonly Region[]): number[] | null {
  const snap = COLUMN_SNAP * r.size
  const first = r.cells[0]?.[0]?.x
  if (first === undefined || first - left <= snap) return null
  if (r.starts.length >= 2) {
    const tableLeft = leftmostTable(r, regions) ?? (index === 0 ? left : null)
    return tableLeft !== null && (r.starts[0] ?? tableLeft) - tableLeft > snap ? [tableLeft, ...r.starts] : null
  }
  if (index !== 0) return null
  // Only one column still running: its lines start at the same place, prose after them at the left.
  if (!r.cells.every(c => c.length === 1)) return null
  const indented = columnStarts(
    r.cells.flat().map(c => c.x),
    r.size,
  ).filter(x => x - left > snap)
  const running = r.cells.filter(c => Math.abs((c[0]?.x ?? left) - first) <= snap).length
  return indented.length === 1 && running >= 2 ? [left, first] : null
}

/**
 * Where the page's other tables start, if it has any. A row of several cells starting right of that
 * is missing its first columns (set apart by cell padding, or the rest of a row broken by the page);
 * one starting there is a whole row, even when cell padding sets the table in from the margin.
 */
function leftmostTable(r: Region, regions: readonly Region[]): number | null {
  const lefts = regions.filter(o => o !== r && o.starts.length >= 2).map(o => o.starts[0] ?? Infinity)
  return lefts.length > 0 ? Math.min(...lefts) : null
}

/**
 * Column starts but those the table's fullest lines (its header, a full row) cross. A list
 * indented inside a cell ("a) monthly data…" set in from "That:") starts where no column does,
 * in a line or two beside other cells; the header's text runs on across that place, which no text
 * does across a column's start (the gutter). Only text within two columns counts: a merged cell
 * (the evidence row under a recommendation) spans several. A line is of the same table when each
 * of its cells starts on one of its columns, in the region `index` or either side of it (its
 * header, a row set apart), or with three cells or more anywhere on the page (the row the columns
 * were borrowed from): another table on the page, laid out for its own text, has columns of its
 * own, some only a little apart, and two of a small table's cells may happen to line up.
 */
function uncrossed(starts: number[], size: number, regions: readonly Region[], index: number): number[] {
  const snap = COLUMN_SNAP * size
  const near = sameColumn(size)
  const rows = regions.flatMap((r, at) =>
    r.cells.filter(
      c => c.length > (Math.abs(at - index) <= 1 ? 1 : 2) && c.every(cell => starts.some(s => near(s, cell.x))),
    ),
  )
  const most = Math.max(0, ...rows.map(row => row.length))
  const fullest = rows.filter(row => row.length === most)
  return starts.filter((s, i) => {
    const after = starts[i + 1] ?? Infinity
    const crosses = (c: Cell): boolean => c.x < s - snap && c.end > s + snap && c.end <= after + snap
    return i === 0 || !fullest.some(row => !row.some(c => near(c.x, s)) && row.some(crosses))
  })
}

/**
 * True when the table's rows are set apart as far as paragraphs are (cell padding), each a region
 * of its own: a region beside this one is a table sharing its columns.
 */
function rowsSetApart(starts: readonly number[], r: Region, index: number, regions: readonly Region[]): boolean {
  const near = sameColumn(r.size)
  return [regions[index - 1], regions[index + 1]].some(
    o => o !== undefined && o.starts.filter(s => starts.some(x => near(s, x))).length >= 2,
  )
}

/** A run of lines without a paragraph gap, split into cells, with its own column starts. */
interface Region {
  from: number
  to: number
  cells: Cell[][]
  size: number
  starts: number[]
}

/**
 * Columns are where the cells of multi-cell lines start; at the top of a page, where the rest of a
 * broken row may hold a single cell, where every line starts too, once the region is a table at all.
 */
function region(lines: readonly Line[], from: number, to: number): Region {
  const cells = lines.slice(from, to).map(l => cellsOf(l.runs))
  const size = Math.max(...lines.slice(from, to).map(l => l.size))
  const multi = cells.filter(c => c.length > 1)
  const counted = from === 0 && multi.length > 0 ? cells : multi
  const starts = columnStarts(
    counted.flatMap(c => c.map(cell => cell.x)),
    size,
  )
  return { from, to, cells, size, starts }
}

/**
 * The columns of a wider table on the same page, for a region that shows only some of them: the
 * rest of a row broken by a page break, whose first cells are empty, sits at the top of the page
 * apart from the table it belongs to. Its lines must start at that table's columns (a lone line
 * only at the top of the page, where an indented paragraph is no likelier than a broken row). A
 * row with an empty cell between filled ones (no revised date) shows a column fewer, and where cell
 * padding sets each row apart it is a region of its own; it takes the columns of the nearest row
 * of its table (the header, when the rows between lack columns too) that has the column it is
 * missing, even though its first column is there.
 */
function borrowedStarts(r: Region, index: number, regions: readonly Region[]): number[] | null {
  const xs = r.starts.length >= 2 ? r.starts : index === 0 || besideTable(r, index, regions) ? lineStarts(r) : []
  if (xs.length === 0) return null
  const near = sameColumn(r.size)
  // The nearest table first: a page may hold several, each with its own columns.
  const fitting = regions
    .map((other, at) => ({ other, distance: Math.abs(at - index) }))
    .filter(({ other }) => other !== r && other.starts.length > xs.length && near(other.size, r.size))
    .filter(({ other }) => xs.every(x => other.starts.some(s => near(s, x))))
    .sort((a, b) => a.distance - b.distance)
  // Missing first columns first: a neighbour that is itself missing them would take the row's away.
  const leading = fitting.find(({ other }) => !near(xs[0] ?? 0, other.starts[0] ?? 0))
  const inside = fitting.find(({ other }) => missesInside(xs, other.starts, near))
  const found = (leading ?? inside)?.other.starts
  return found
    ? widest(
        found,
        fitting.map(f => f.other.starts),
        near,
      )
    : null
}

/**
 * The widest of `candidates` that has every column of `starts`: the nearest row may itself be
 * missing its table's first columns (the wrapped lines of a row each set apart by cell padding),
 * and the table's header further up has them all.
 */
function widest(starts: number[], candidates: number[][], near: (a: number, b: number) => boolean): number[] {
  let best = starts
  for (const other of candidates) {
    if (other.length > best.length && best.every(x => other.some(s => near(s, x)))) best = other
  }
  return best
}

/**
 * True when `starts` has a column between the first and last of `xs` that `xs` lacks: an empty
 * cell between filled ones. A neighbour only wider to the right says nothing of where they go.
 */
function missesInside(xs: readonly number[], starts: readonly number[], near: (a: number, b: number) => boolean) {
  const first = xs[0] ?? 0
  const last = xs.at(-1) ?? 0
  const within = starts.filter(s => (s > first || near(s, first)) && (s < last || near(s, last)))
  return xs.length >= 2 && within.length > xs.length
}

function lineStarts(r: Region): number[] {
  return columnStarts(
    r.cells.flat().map(c => c.x),
    r.size,
  )
}

/**
 * A row with text in one column only, set apart from its table's other rows by cell padding (so it
 * is a region of its own): every line starts at one place, which is a later column of the table
 * just above or below, or of the table past other such rows at the same place (a cell's paragraphs
 * and list items, each a row of its own). An indented paragraph beside a table rarely starts
 * exactly on a column.
 */
function besideTable(r: Region, index: number, regions: readonly Region[]): boolean {
  const x = oneColumnAt(r)
  if (x === null) return false
  const near = sameColumn(r.size)
  return ([-1, 1] as const).some(step => {
    let at = index + step
    let other = regions[at]
    // Past rows of one cell at the same place (more of the cell) to the table they belong to.
    while (other !== undefined && other.starts.length < 2 && near(oneColumnAt(other) ?? Infinity, x))
      other = regions[(at += step)]
    return other !== undefined && other.starts.length >= 2 && other.starts.slice(1).some(s => near(s, x))
  })
}

/** Whether two places on a line are the same column's start, at text of `size`. */
function sameColumn(size: number): (a: number, b: number) => boolean {
  return (a, b) => Math.abs(a - b) <= COLUMN_SNAP * size
}

/** Where every line of a region of single cells starts, or null when they start in several places. */
function oneColumnAt(r: Region): number | null {
  if (!r.cells.every(c => c.length === 1) || lineStarts(r).length !== 1) return null
  return r.cells[0]?.[0]?.x ?? null
}

function tableRegion(
  lines: readonly Line[],
  r: Region,
  starts: number[],
  out: (string | null | undefined)[],
  { pageTop, apart }: { pageTop: boolean; apart: boolean },
): void {
  const { from, to, cells, size } = r
  // Lines in the first column only, at the top of the page before any row: the rest of a broken row.
  let broken = pageTop
  const placedLines = cells.map(line => line.map(c => ({ col: columnOf(starts, c, COLUMN_SNAP * size), ...c })))
  // Wrapped lines can only be told from rows when rows sit further apart than lines within a cell.
  const spacings = lines.slice(from + 1, to).map((l, k) => (lines[from + k]?.y ?? l.y) - l.y)
  const leading = Math.min(...spacings)
  const rowsApart = spacings.some(d => d > ROW_SPACING * leading)
  // Where rows are set apart, each column's own line spacing too (see besideInRow).
  const pitch = rowsApart || apart ? columnPitch(placedLines) : null
  let row: TableRow | null = null
  let last: { y: number; size: number; cols: Set<number> } | null = null
  // A row's text is written once it is complete: when the next row starts, or the table ends.
  const finish = (): void => {
    if (row) out[row.index] = rowText(row.cols)
  }
  for (let k = 0; k < cells.length; k++) {
    const line = lines[from + k]
    const placed = placedLines[k] ?? []
    if (!line || placed.some(c => c.col < 0) || !increasing(placed.map(c => c.col))) {
      finish()
      row = null
      last = null
      continue
    }
    const cols = new Set(placed.map(c => c.col))
    if (cols.size > 1 || !cols.has(0)) broken = false
    const closeUnder =
      last !== null &&
      last.y - line.y < (rowsApart ? ROW_SPACING * leading : WRAP_LEADING * Math.max(line.size, last.size)) &&
      [...cols].every(c => last?.cols.has(c))
    const wraps =
      row !== null &&
      (row.cols.size > 1 || !row.cols.has(0) || broken) &&
      (closeUnder || (pitch !== null && besideInRow(row, placed, pitch, rowsApart)))
    if (wraps && row) {
      for (const c of placed) {
        row.cols.set(c.col, joinBrokenLine(row.cols.get(c.col) ?? '', c.text))
        row.lastY.set(c.col, c.y)
      }
      row.bottom = Math.min(row.bottom, ...placed.map(c => c.y))
      out[from + k] = null
    } else {
      finish()
      row = {
        cols: new Map(placed.map(c => [c.col, c.text])),
        lastY: new Map(placed.map(c => [c.col, c.y])),
        bottom: Math.min(...placed.map(c => c.y)),
        index: from + k,
      }
    }
    last = { y: line.y, size: line.size, cols }
  }
  finish()
}

interface TableRow {
  cols: Map<number, string>
  /** Where each column's text reached, and the row's lowest line so far. */
  lastY: Map<number, number>
  bottom: number
  index: number
}

/**
 * A line of cells each close under the row's own text in its column (or under the row, in a column
 * it has no text in yet), one of them at the column's line spacing: more of the row. A cell's
 * second paragraph sits lower than the lines of the cells beside it, and a cell opening with a
 * list starts a line lower than the others, so lines of the row are not always close under each
 * other, and extraction may even group cells of different heights as one line.
 */
function besideInRow(
  row: TableRow,
  placed: readonly { col: number; y: number }[],
  pitch: number,
  rowsApart: boolean,
): boolean {
  const gaps = placed.map(c => (row.lastY.get(c.col) ?? row.bottom) - c.y)
  // Where rows within the region are not set apart (each row a region of its own, or none at all)
  // the next line may be the next row: only a cell in a column the row has no text in yet, less
  // than a line lower than the row's top, beside the other cells' next lines.
  if (!rowsApart) {
    const opens = placed.some((c, k) => !row.cols.has(c.col) && (gaps[k] ?? 0) < LOWER_START * pitch)
    return opens && gaps.every(g => g < ROW_SPACING * pitch)
  }
  return gaps.every(g => g < ROW_SPACING * 2 * pitch) && Math.min(...gaps) < ROW_SPACING * pitch
}

/** A cell starting lower than its row's other cells (a list's margin) starts less than a line lower. */
const LOWER_START = 0.95

/**
 * The closest distance between the lines of one column's text: a table's line spacing, though
 * lines of other columns may sit between them (a cell's second paragraph, set lower).
 */
function columnPitch(placed: readonly { col: number; y: number }[][]): number | null {
  const lastY = new Map<number, number>()
  let pitch = Infinity
  for (const line of placed) {
    for (const { col, y } of line) {
      const above = lastY.get(col)
      if (above !== undefined && above - y > 0) pitch = Math.min(pitch, above - y)
      lastY.set(col, y)
    }
  }
  return Number.isFinite(pitch) ? pitch : null
}

/**
 * The column a cell is in: the one it starts at, or one it starts inside (a list indented in the
 * cell) without running on past the next column's start; -1 when it is in no column.
 */
function columnOf(starts: readonly number[], cell: Cell, snap: number): number {
  const at = starts.findIndex(x => Math.abs(x - cell.x) <= snap)
  if (at >= 0) return at
  const inside = starts.findLastIndex(x => x < cell.x)
  const next = starts[inside + 1]
  return inside >= 0 && (next === undefined || cell.end <= next + snap) ? inside : -1
}

/** Column start positions: cell starts of multi-cell lines, near ones merged. */
function columnStarts(xs: number[], size: number): number[] {
  const starts: number[] = []
  for (const x of [...xs].sort((a, b) => a - b)) {
    const prev = starts.at(-1)
    if (prev === undefined || x - prev > COLUMN_SNAP * size) starts.push(x)
  }
  return starts
}

function increasing(cols: number[]): boolean {
  return cols.every((c, i) => i === 0 || c > (cols[i - 1] ?? -1))
}

/** A row's cells by column, empty columns kept as empty cells between tabs. */
function rowText(cols: Map<number, string>): string {
  const last = Math.max(...cols.keys())
  return Array.from({ length: last + 1 }, (_, c) => cols.get(c) ?? '').join('\t')
}

interface Line {
  y: number
  size: number
  runs: Placed[]
}

function groupLines(placed: Placed[]): Line[] {
  placed.sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Line[] = []
  let current: Line | undefined
  for (const run of placed) {
    if (current && current.y - run.y <= SAME_LINE * Math.max(current.size, run.size)) {
      current.runs.push(run)
      current.size = Math.max(current.size, run.size)
      continue
    }
    current = { y: run.y, size: run.size, runs: [run] }
    lines.push(current)
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x)
  return lines
}

function lineText(runs: readonly Placed[]): string {
  let text = ''
  let prev: Placed | undefined
  for (const run of runs) {
    if (prev && run.str === prev.str && Math.abs(run.x - prev.x) < FAKE_BOLD * run.size) continue
    const sep = prev ? separator(prev, run, text) : ''
    // A column break swallows the spaces around it, so cells split cleanly on the tab.
    text = sep === '\t' ? `${text.trimEnd()}\t${run.str.trimStart()}` : text + sep + run.str
    prev = prev && prev.end > run.end ? prev : run
  }
  return text
}

function separator(prev: Placed, run: Placed, sofar: string): string {
  const gap = run.x - prev.end
  const size = Math.max(prev.size, run.size)
  if (gap >= TAB_GAP * size) return '\t'
  if (gap < SPACE_GAP * size || sofar.endsWith(' ') || run.str.startsWith(' ')) return ''
  return ' '
}

// Control characters other than tab and newline come from unmapped glyphs; a form feed in page
// text would read as a page break to the text parser.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g

function tidy(text: string): string {
  const lines = text.replace(CONTROL, '').split('\n').map(trimLine)
  let first = 0
  while (first < lines.length && lines[first] === '') first++
  let last = lines.length
  while (last > first && lines[last - 1] === '') last--
  return lines
    .slice(first, last)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
}

/**
 * A line without the spaces it starts with or the spaces and tabs it ends with. Written as loops:
 * an end-anchored pattern (/[ \t]+$/) is tried at every space of the line, and these are most of
 * the characters extracted.
 */
function trimLine(line: string): string {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  let start = 0
  while (start < end && line[start] === ' ') start++
  return start === 0 && end === line.length ? line : line.slice(start, end)
}
