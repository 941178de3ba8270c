/**
 * Builds real PDFs from plain text with pdf-lib, so tests and benchmarks can make packs of any size
 * from the seed texts. Not used at runtime by the importer.
 *
 * Layout is split from drawing: `layoutPages` says exactly which lines land on which page, so a
 * round-trip test knows what extraction should give back without parsing the PDF itself.
 *
 * Tab-separated lines are drawn as tables the way word processors export them: each run of such
 * lines is one table with shared column widths, every cell wraps inside its own column, a table too
 * wide for the page is set in a smaller font, and a row that does not fit at the foot of a page
 * breaks there and goes on at the top of the next.
 */
import { PDFDocument, StandardFonts, beginText, endText, setFontAndSize, setTextMatrix, showText } from 'pdf-lib'
import type { PDFFont, PDFPage } from 'pdf-lib'

export interface BuildPdfOptions {
  /** Body lines per page (after wrapping); the page height is sized to fit them. Default 50. */
  linesPerPage?: number
  /** Start a new page at every form feed (`\f`) in the text. Default true. */
  pageBreaks?: boolean
  /** Print "Page n of m" at the foot of every page, as real packs do. Default true. */
  footer?: boolean
  /**
   * 'line' (default): each line its own text object choosing its font, as pdf-lib's drawText writes
   * it (and word processors start one for each line or run). 'page': one text object a page choosing
   * the font once; the text read back is the same, but pdftotext reads it fastest
   * (bench/import-pdf.ts shows both).
   */
  textObjects?: 'line' | 'page'
}

/** A table row (or the part of one on a page): each cell's wrapped lines, in its table's columns. */
export interface TableRow {
  cells: string[][]
  /** Column widths of the whole table, in points. */
  widths: number[]
  /** Font size of the whole table. */
  size: number
  /** The table's first row, its header: word processors do not break it across pages. */
  header?: boolean
}

/** One laid-out entry: a prose line, or a table row. */
export type Entry = string | TableRow

/** One laid-out page: its entries top to bottom. `pageText` gives the text extraction should read back. */
export type PageLines = Entry[]

export const FONT_SIZE = 10
const LEADING = 12
const MARGIN = 50
const PAGE_WIDTH = 595 // A4
const BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
/** Columns of a table sit this many font sizes apart: well beyond a word space. */
const COLUMN_GAP = 2
/** Extra space above and below a table row, in lines of the table: cell padding. */
const ROW_PAD = 0.4
/** Smallest font a wide table is shrunk to before its longest words have to be split. */
const MIN_TABLE_SIZE = 5

/** Helvetica's metrics and WinAnsi character set, loaded once (standard fonts need no file). */
let metricsFont: Promise<PDFFont> | undefined
function helvetica(): Promise<PDFFont> {
  metricsFont ??= PDFDocument.create().then(doc => doc.embedFont(StandardFonts.Helvetica))
  return metricsFont
}

/** Replaces what WinAnsi cannot encode: accents are stripped where that helps, the rest become '?'. */
export function toWinAnsi(text: string, charset: ReadonlySet<number>): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (charset.has(code) && code >= 0x20) out += ch
    else if (ch === '\t') out += ch
    else if (code < 0x20 || code === 0x7f) out += ' '
    else out += fallbackChar(ch, charset)
  }
  return out
}

function fallbackChar(ch: string, charset: ReadonlySet<number>): string {
  const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '')
  const encodable = plain !== '' && [...plain].every(c => charset.has(c.codePointAt(0) ?? 0))
  return encodable ? plain : '?'
}

/** Wraps one line to `width` at word boundaries (a single over-long word is split). */
function wrapLine(line: string, font: PDFFont, width = BODY_WIDTH): string[] {
  if (font.widthOfTextAtSize(line, FONT_SIZE) <= width) return [line]
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (word === '') continue
    const candidate = current === '' ? word : `${current} ${word}`
    if (font.widthOfTextAtSize(candidate, FONT_SIZE) <= width) {
      current = candidate
      continue
    }
    if (current !== '') out.push(current)
    current = word
    while (font.widthOfTextAtSize(current, FONT_SIZE) > width) {
      const cut = fitPrefix(current, font, width)
      out.push(current.slice(0, cut))
      current = current.slice(cut)
    }
  }
  if (current !== '') out.push(current)
  return out
}

function fitPrefix(word: string, font: PDFFont, width: number): number {
  let n = 1
  while (n < word.length && font.widthOfTextAtSize(word.slice(0, n + 1), FONT_SIZE) <= width) n++
  return n
}

/**
 * Column widths sharing `available` points, as a word processor's autofit does: each column gets
 * what it needs when all fit (the slack is shared out equally); else every column gets its longest
 * word (`least`) if all can, and what is left is shared equally among the columns that need more.
 */
function columnWidths(natural: readonly number[], least: readonly number[], available: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0)
  if (total <= available) return natural.map(w => w + (available - total) / natural.length)
  // Even the longest words may not fit a very wide table at the smallest size: then they are split.
  const floor = least.reduce((a, b) => a + b, 0) <= available ? least : []
  const widths = natural.map((w, i) => Math.min(floor[i] ?? 0, w))
  let open = natural.map((_, i) => i).filter(i => (widths[i] ?? 0) < (natural[i] ?? 0))
  let left = available - widths.reduce((a, b) => a + b, 0)
  while (open.length > 0 && left > 1e-6) {
    const share = left / open.length
    const next: number[] = []
    for (const i of open) {
      const need = (natural[i] ?? 0) - (widths[i] ?? 0)
      const given = Math.min(need, share)
      widths[i] = (widths[i] ?? 0) + given
      left -= given
      if (given < need) next.push(i)
    }
    if (next.length === open.length) break
    open = next
  }
  return widths
}

/** Cells of a table line (trailing empty cells dropped), or null for prose. */
function tableCells(line: string): string[] | null {
  if (!line.includes('\t')) return null
  const cells = line.split('\t').map(c => c.replace(/\s+/g, ' ').trim())
  while (cells.length > 1 && cells.at(-1) === '') cells.pop()
  return cells
}

/**
 * Lays out a run of table lines as one table. Widths are worked out at `FONT_SIZE` on a body
 * widened by the shrink factor, which is the same as working at the smaller size on the real body.
 * A line with a single cell is a merged row: it spans the table and wraps as prose.
 */
function layoutTable(rows: string[][], font: PDFFont, like: readonly string[][] = rows): Entry[] {
  const count = Math.max(0, ...like.map(r => r.length))
  if (count < 2) return rows.flatMap(r => wrapLine(r[0] ?? '', font))
  const width = (text: string): number => font.widthOfTextAtSize(text, FONT_SIZE)
  const multi = like.filter(r => r.length > 1)
  const natural = Array.from({ length: count }, (_, c) => Math.max(1, ...multi.map(r => width(r[c] ?? ''))))
  const longestWord = (cell: string): number => Math.max(0, ...cell.split(' ').map(width))
  const least = Array.from({ length: count }, (_, c) => Math.max(1, ...multi.map(r => longestWord(r[c] ?? ''))))
  const gaps = COLUMN_GAP * FONT_SIZE * (count - 1)
  const needed = least.reduce((a, b) => a + b, 0) + gaps
  const size = Math.max(MIN_TABLE_SIZE, Math.min(FONT_SIZE, Math.floor((FONT_SIZE * BODY_WIDTH) / needed / 0.5) * 0.5))
  const scale = size / FONT_SIZE
  const widths = columnWidths(natural, least, BODY_WIDTH / scale - gaps)
  return rows
    .map((cells, r): TableRow | string[] => {
      if (cells.length === 1) return wrapLine(cells[0] ?? '', font, BODY_WIDTH / scale)
      return {
        cells: cells.map((cell, c) => (cell === '' ? [] : wrapLine(cell, font, widths[c]))),
        widths: widths.map(w => w * scale),
        size,
        ...(r === 0 ? { header: true } : {}),
      }
    })
    .flatMap(e =>
      Array.isArray(e) ? e.map(line => ({ cells: [[line]], widths: [BODY_WIDTH], size }) as TableRow) : [e],
    )
}

/** Runs of consecutive table lines, as cells. */
function tableRuns(lines: readonly string[]): string[][][] {
  const runs: string[][][] = []
  let run: string[][] = []
  for (const line of [...lines, '']) {
    const cells = tableCells(line)
    if (cells !== null) run.push(cells)
    else if (run.length > 0) {
      runs.push(run)
      run = []
    }
  }
  return runs
}

/**
 * The rows each table run is laid out with: its own, or, for runs that open with the same header
 * row naming its first column (one table printed across pages with its header repeated), the rows
 * of them all, so the
 * columns stay put from page to page as in the document the pack was printed from.
 */
function sharedTables(sources: readonly (readonly string[])[]): (run: string[][]) => string[][] {
  const groups = new Map<string, string[][]>()
  const keyOf = (run: string[][]): string | null => {
    const head = run[0] ?? []
    return head[0] !== '' && head.filter(c => c !== '').length >= 2 ? head.join('\t') : null
  }
  for (const run of sources.flatMap(tableRuns)) {
    const key = keyOf(run)
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), ...run])
  }
  return run => groups.get(keyOf(run) ?? '') ?? run
}

/** Turns source lines into entries: tables become rows with wrapped cells, prose wraps at the body width. */
function layoutLines(lines: readonly string[], font: PDFFont, like: (run: string[][]) => string[][]): Entry[] {
  const out: Entry[] = []
  let table: string[][] = []
  const flush = (): void => {
    if (table.length > 0) out.push(...layoutTable(table, font, like(table)))
    table = []
  }
  for (const line of lines) {
    const cells = tableCells(line)
    if (cells !== null) {
      table.push(cells)
      continue
    }
    flush()
    out.push(...wrapLine(line.replace(/[ \t]+$/, ''), font))
  }
  flush()
  return out
}

const isRow = (entry: Entry | undefined): entry is TableRow => typeof entry === 'object'
const rowLines = (row: TableRow): number => Math.max(1, ...row.cells.map(c => c.length))
/** Lines in a table cell are set solid, as word processors' single spacing: a little tighter than prose. */
const CELL_LEADING = 1.15
const leadingOf = (row: TableRow): number => CELL_LEADING * row.size

/** Padding in points between two entries: a table row is padded above and below (none at a page top). */
function padBetween(above: Entry | undefined, entry: Entry): number {
  if (above === undefined) return 0
  const pads = [above, entry].filter(isRow).map(row => ROW_PAD * leadingOf(row))
  return Math.max(0, ...pads)
}

/** Height in points an entry takes below `above`, down to the baseline of its last line. */
function entryHeight(entry: Entry, above: Entry | undefined): number {
  const own = isRow(entry) ? rowLines(entry) * leadingOf(entry) : LEADING
  return own + padBetween(above, entry)
}

/** The first `n` lines of a row's cells, and the rest. */
function splitRow(row: TableRow, n: number): [TableRow, TableRow] {
  return [
    { ...row, cells: row.cells.map(c => c.slice(0, n)) },
    { ...row, cells: row.cells.map(c => c.slice(n)) },
  ]
}

/**
 * True for (the rest of) a row with text in its first column only. Extraction cannot tell that from
 * a paragraph at the top of a page, so such a rest is not left over: the row moves whole.
 */
function firstColumnOnly(row: TableRow): boolean {
  return row.cells.length > 1 && row.cells.every((c, i) => (i === 0) === c.some(l => l !== ''))
}

/** Fills pages with entries; a row that does not fit breaks at a line and goes on at the next page's top. */
function paginate(entries: readonly Entry[], perPage: number): PageLines[] {
  const capacity = perPage * LEADING + 1e-6
  const pages: PageLines[] = []
  let page: Entry[] = []
  let used = 0
  const newPage = (): void => {
    pages.push(page)
    page = []
    used = 0
  }
  for (const original of entries) {
    let entry = original
    for (;;) {
      const height = entryHeight(entry, page.at(-1))
      if (used + height <= capacity) {
        used += height
        page.push(entry)
        break
      }
      if (isRow(entry)) {
        const room = capacity - used - padBetween(page.at(-1), entry)
        const fits = Math.floor(room / leadingOf(entry) + 1e-9)
        const [head, rest] = splitRow(entry, fits)
        if (fits >= 1 && fits < rowLines(entry) && entry.header !== true && !firstColumnOnly(rest)) {
          page.push(head)
          entry = rest
          newPage()
          continue
        }
      }
      if (page.length === 0) {
        // Taller than a page and cannot be broken: it overflows, as in a word processor.
        used += height
        page.push(entry)
        break
      }
      newPage()
    }
  }
  pages.push(page)
  return pages
}

/**
 * A markdown table row ("| 20 Jul 2023 | Oracle | … |") is what some extractors wrote for a table
 * the PDF drew: print it as the table's cells (a "<br>" inside a cell as a space), and its
 * separator row ("|---|---|") not at all. A row with one cell of text is printed as cells too when
 * it is in a table of fuller rows ("|  | (c) … |  |": a recommendation carried on in a row of its
 * own); on its own it is left as written: the seeds hold such a half-converted row, which the
 * round-trip tests compare line for line.
 */
function printedLines(lines: string[]): string[] {
  const full = lines.map(line => markdownCells(line))
  const inTable = (i: number, step: 1 | -1): boolean => {
    let j = i + step
    while (isMarkdownSeparator(lines[j] ?? '')) j += step
    return full[j] !== null && full[j] !== undefined
  }
  const cells = lines.map((line, i) => full[i] ?? (inTable(i, -1) || inTable(i, 1) ? markdownCells(line, 1) : null))
  return lines.flatMap((line, i) => {
    if (isMarkdownSeparator(line)) return cells[i - 1] || cells[i + 1] ? [] : [line]
    return [cells[i]?.join('\t') ?? line]
  })
}

/** Whether `line` is a markdown table's separator row ("|---|:--|"). */
export const isMarkdownSeparator = (line: string): boolean => /^\s*\|[\s|:-]+\|\s*$/.test(line)

/** The cells of a markdown table row with text in `filled` or more (default two), else null. */
export function markdownCells(line: string, filled = 2): string[] | null {
  if (!/^\s*\|.*\|\s*$/.test(line) || isMarkdownSeparator(line)) return null
  const cells = line
    .trim()
    .slice(1, -1)
    .split('|')
    .map(c => c.replace(/<br\s*\/?>/gi, ' ').trim())
  return cells.filter(c => c !== '').length >= filled ? cells : null
}

export async function layoutPages(text: string, opts: BuildPdfOptions = {}): Promise<PageLines[]> {
  const font = await helvetica()
  const charset = new Set(font.getCharacterSet())
  const perPage = opts.linesPerPage ?? 50
  const chunks = opts.pageBreaks === false ? [text.replaceAll('\f', '\n')] : text.split('\f')
  const sources = chunks.map(chunk => printedLines(chunk.split(/\r\n?|\n/)).map(l => toWinAnsi(l, charset)))
  const like = sharedTables(sources)
  const pages: PageLines[] = []
  for (const source of sources) pages.push(...paginate(layoutLines(source, font, like), perPage))
  return pages
}

/**
 * The text a page's entries should read back as: one line per entry, a row's wrapped cells rejoined.
 * A column that no row of its table fills on this page prints nothing there, so it cannot be read
 * back and is left out.
 */
export function pageText(page: PageLines): string {
  const used = new Map<string, Set<number>>()
  const tableOf = (row: TableRow): Set<number> => {
    const key = row.widths.join(',')
    const set = used.get(key) ?? new Set<number>()
    used.set(key, set)
    return set
  }
  for (const entry of page) {
    if (isRow(entry)) entry.cells.forEach((c, i) => c.some(l => l !== '') && tableOf(entry).add(i))
  }
  return page
    .map(entry => {
      if (!isRow(entry)) return entry
      const columns = tableOf(entry)
      const cells = entry.cells.filter((_, i) => columns.has(i)).map(c => c.join(' '))
      return cells.join('\t').replace(/\t+$/, '')
    })
    .join('\n')
}

/** Writes one line of text at (x, y), in the page's font at `size`. */
type DrawText = (text: string, x: number, y: number, size: number) => void

function drawPage(draw: DrawText, entries: PageLines, top: number): void {
  let y = top
  entries.forEach((entry, i) => {
    const above = entries[i - 1]
    y -= padBetween(above, entry)
    if (!isRow(entry)) {
      y -= LEADING
      if (entry !== '') draw(entry, MARGIN, y, FONT_SIZE)
      return
    }
    const leading = leadingOf(entry)
    const gap = COLUMN_GAP * entry.size
    let x = MARGIN
    entry.cells.forEach((lines, c) => {
      lines.forEach((line, k) => {
        if (line !== '') draw(line, x, y - (k + 1) * leading, entry.size)
      })
      x += (entry.widths[c] ?? 0) + gap
    })
    y -= rowLines(entry) * leading
  })
}

/** Draws through `fill` with each line in a text object of its own, or all in one for the page. */
function drawText(page: PDFPage, font: PDFFont, mode: 'line' | 'page', fill: (draw: DrawText) => void): void {
  if (mode === 'line') {
    fill((text, x, y, size) => page.drawText(text, { x, y, size, font }))
    return
  }
  const key = page.node.newFontDictionary(font.name, font.ref)
  const operators = [beginText()]
  let current = 0
  fill((text, x, y, size) => {
    if (size !== current) operators.push(setFontAndSize(key, (current = size)))
    operators.push(setTextMatrix(1, 0, 0, 1, x, y), showText(font.encodeText(text)))
  })
  page.pushOperators(...operators, endText())
}

/** Footer text printed on page `n` of `total`; exported so tests can expect it back. */
export function footerText(n: number, total: number): string {
  return `Page ${n} of ${total}`
}

/** Draws already laid-out pages; blank lines are simply skipped, leaving vertical space. */
export async function buildPdfFromPages(pages: readonly PageLines[], opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const perPage = opts.linesPerPage ?? 50
  const height = 2 * MARGIN + (perPage + 2) * LEADING
  pages.forEach((lines, index) => {
    const page = doc.addPage([PAGE_WIDTH, height])
    drawText(page, font, opts.textObjects ?? 'line', draw => {
      drawPage(draw, lines, height - MARGIN)
      if (opts.footer !== false) {
        const footer = footerText(index + 1, pages.length)
        draw(footer, (PAGE_WIDTH - font.widthOfTextAtSize(footer, FONT_SIZE)) / 2, MARGIN / 2, FONT_SIZE)
      }
    })
  })
  return doc.save()
}

/** Builds a PDF whose pages carry `text`, wrapped and paginated (see `layoutPages`). */
export async function buildPdfFromText(text: string, opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  return buildPdfFromPages(await layoutPages(text, opts), opts)
}
