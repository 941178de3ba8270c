/**
 * Builds real PDFs from plain text with pdf-lib, so tests and benchmarks can make packs of any size
 * from the seed texts. Not used at runtime by the importer.
 *
 * Layout is split from drawing: `layoutPages` says exactly which lines land on which page, so a
 * round-trip test knows what extraction should give back without parsing the PDF itself.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { PDFFont, PDFPage } from 'pdf-lib'

export interface BuildPdfOptions {
  /** Body lines per page (after wrapping); the page height is sized to fit them. Default 50. */
  linesPerPage?: number
  /** Start a new page at every form feed (`\f`) in the text. Default true. */
  pageBreaks?: boolean
  /** Print "Page n of m" at the foot of every page, as real packs do. Default true. */
  footer?: boolean
}

/** One laid-out page: its body lines; a line's cells are joined by `\t` and drawn as table columns. */
export type PageLines = string[]

export const FONT_SIZE = 10
const LEADING = 12
const MARGIN = 50
const PAGE_WIDTH = 595 // A4
const BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
/** Columns of a tab-separated line sit at least this far apart: well beyond a word space. */
const COLUMN_GAP = 2 * FONT_SIZE

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

/** Wraps one line to the body width at word boundaries (a single over-long word is split). */
function wrapLine(line: string, font: PDFFont): string[] {
  if (font.widthOfTextAtSize(line, FONT_SIZE) <= BODY_WIDTH) return [line]
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`
    if (font.widthOfTextAtSize(candidate, FONT_SIZE) <= BODY_WIDTH) {
      current = candidate
      continue
    }
    if (current !== '') out.push(current)
    current = word
    while (font.widthOfTextAtSize(current, FONT_SIZE) > BODY_WIDTH) {
      const cut = fitPrefix(current, font)
      out.push(current.slice(0, cut))
      current = current.slice(cut)
    }
  }
  if (current !== '') out.push(current)
  return out
}

function fitPrefix(word: string, font: PDFFont): number {
  let n = 1
  while (n < word.length && font.widthOfTextAtSize(word.slice(0, n + 1), FONT_SIZE) <= BODY_WIDTH) n++
  return n
}

/** Cell start positions for a tab-separated line, or null when the cells cannot sit side by side. */
export function columnPositions(cells: readonly string[], font: PDFFont): number[] | null {
  const xs: number[] = []
  let x = 0
  for (const cell of cells) {
    xs.push(x)
    x += font.widthOfTextAtSize(cell, FONT_SIZE) + COLUMN_GAP
  }
  return x - COLUMN_GAP <= BODY_WIDTH ? xs : null
}

/** Turns one source line into drawn lines: tables keep their tabs when they fit, else wrap as prose. */
function layoutLine(line: string, font: PDFFont): string[] {
  const trimmed = line.replace(/[ \t]+$/, '')
  if (trimmed.includes('\t')) {
    const cells = trimmed.split('\t').map(c => c.trim())
    if (cells.every(c => c !== '') && columnPositions(cells, font)) return [cells.join('\t')]
    return wrapLine(cells.filter(c => c !== '').join(' '), font)
  }
  return wrapLine(trimmed, font)
}

/** Splits text into pages of at most `linesPerPage` wrapped lines, honouring form feeds if asked. */
export async function layoutPages(text: string, opts: BuildPdfOptions = {}): Promise<PageLines[]> {
  const font = await helvetica()
  const charset = new Set(font.getCharacterSet())
  const perPage = opts.linesPerPage ?? 50
  const chunks = opts.pageBreaks === false ? [text.replaceAll('\f', '\n')] : text.split('\f')
  const pages: PageLines[] = []
  for (const chunk of chunks) {
    const lines = chunk.split(/\r\n?|\n/).flatMap(l => layoutLine(toWinAnsi(l, charset), font))
    for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pages.push(lines.slice(i, i + perPage))
  }
  return pages
}

function drawLine(page: PDFPage, font: PDFFont, line: string, y: number): void {
  const cells = line.split('\t')
  const xs = cells.length > 1 ? columnPositions(cells, font) : [0]
  cells.forEach((cell, i) => {
    if (cell !== '') page.drawText(cell, { x: MARGIN + (xs?.[i] ?? 0), y, size: FONT_SIZE, font })
  })
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
    lines.forEach((line, i) => drawLine(page, font, line, height - MARGIN - (i + 1) * LEADING))
    if (opts.footer !== false) {
      const footer = footerText(index + 1, pages.length)
      const x = (PAGE_WIDTH - font.widthOfTextAtSize(footer, FONT_SIZE)) / 2
      page.drawText(footer, { x, y: MARGIN / 2, size: FONT_SIZE, font })
    }
  })
  return doc.save()
}

/** Builds a PDF whose pages carry `text`, wrapped and paginated (see `layoutPages`). */
export async function buildPdfFromText(text: string, opts: BuildPdfOptions = {}): Promise<Uint8Array> {
  return buildPdfFromPages(await layoutPages(text, opts), opts)
}
