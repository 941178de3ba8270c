/**
 * A PDF's plain text (`pdftotext` without `-layout`) reads a table drawn with rules a column at a
 * time: the first column's name, then its cells a paragraph each, then the next column's name and
 * cells, and so on:
 *
 *   Date                 Action                       Responsible Officer     Progress
 *   12 November 2015     Min. 52 – Welsh in …         Martyn Beynon, …        Circulated …
 *   14 January 2016      Min. 8 – Looked After …      Llinos Harries, …       Letter sent …
 *
 * Where every column holds as many cells as the first (one more where the page broke a row, its
 * rest at the top of the column), and the names are a tracker's, a recommendations table's or a
 * programme's, the table is written back a row a line with tabs, as other extractions write tables.
 */
import { isLayoutText } from './layout-text.ts'
import { namesTable } from './spaced-cells.ts'
import { marksItsTables, PAGE_STAMP } from './table-utils.ts'
import type { PackPage } from './types.ts'

interface Paragraph {
  lines: string[]
  /** Its first line's index on the page, and the index after its last. */
  from: number
  to: number
}

interface Column {
  name: string
  cells: string[]
}

export function withColumnCells(pages: PackPage[]): PackPage[] {
  if (isLayoutText(pages)) return pages
  // (A page whose tables are marked already, with tabs or pipes, is left as it is.)
  return pages.map(p => (marksItsTables(p.text) ? p : { ...p, text: rewritePage(p.text) }))
}

function rewritePage(text: string): string {
  const lines = text.split('\n')
  const paragraphs = paragraphsOf(lines)
  for (let i = 0; i < paragraphs.length; i++) {
    const table = columnsFrom(paragraphs, i)
    if (table === null) continue
    const { columns, last } = table
    const from = paragraphs[i]?.from ?? 0
    const to = paragraphs[last]?.to ?? from
    return [...lines.slice(0, from), ...rowsOf(columns), ...rewritePage(lines.slice(to).join('\n')).split('\n')].join(
      '\n',
    )
  }
  return text
}

function paragraphsOf(lines: string[]): Paragraph[] {
  const out: Paragraph[] = []
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() === '') continue
    const from = i
    while (i < lines.length && (lines[i] ?? '').trim() !== '') i++
    out.push({ lines: lines.slice(from, i).map(l => l.trim()), from, to: i })
  }
  return out
}

/** A column's name: one short line, words only ("Responsible Officer", "Type (Pre-decision / …)"). */
function isName(p: Paragraph | undefined): boolean {
  const line = p?.lines[0] ?? ''
  return p?.lines.length === 1 && /^[A-Z(][A-Za-z ()/&'’-]*$/.test(line) && line.split(' ').length <= 6
}

/** The columns of a table read a column at a time from paragraph `i`, and its last paragraph. */
function columnsFrom(paragraphs: Paragraph[], i: number): { columns: Column[]; last: number } | null {
  if (!isName(paragraphs[i])) return null
  const cellsAfter = (at: number): Paragraph[] => {
    const cells: Paragraph[] = []
    for (let j = at + 1; j < paragraphs.length && !isName(paragraphs[j]) && !PAGE_STAMP.test(text(paragraphs[j])); j++)
      cells.push(paragraphs[j] as Paragraph)
    return cells
  }
  const first = cellsAfter(i)
  const rows = first.length
  if (rows < 2) return null
  const columns: Column[] = [{ name: text(paragraphs[i]), cells: first.map(cellText) }]
  let at = i + 1 + rows
  while (isName(paragraphs[at])) {
    const cells = cellsAfter(at)
    // The last column may run on into the page's own text: only as many cells as the others hold.
    const broken = columns.some(c => c.cells.length > rows)
    const wanted = cells.length === rows || cells.length === rows + 1 ? cells.length : rows + (broken ? 1 : 0)
    // (A name with fewer cells under it is past the table: the page's running footer.)
    if (cells.length < wanted) break
    columns.push({ name: text(paragraphs[at]), cells: cells.slice(0, wanted).map(cellText) })
    at += 1 + wanted
    if (cells.length !== wanted) break
  }
  return columns.length >= 3 && namesTable(columns.map(c => c.name)) ? { columns, last: at - 1 } : null
}

function text(p: Paragraph | undefined): string {
  return (p?.lines ?? []).join(' ')
}

/** A cell's lines, kept apart as a converter keeps a cell's lines ("Min. 52 – …<br>Provide …"). */
function cellText(p: Paragraph): string {
  return p.lines.join('<br>')
}

/** The table a row a line: the rest of a row the page broke first, where a column holds one cell more. */
function rowsOf(columns: Column[]): string[] {
  const rows = Math.min(...columns.map(c => c.cells.length))
  const out = [columns.map(c => c.name).join('\t')]
  if (columns.some(c => c.cells.length > rows))
    out.push(columns.map(c => (c.cells.length > rows ? c.cells[0] : '')).join('\t'))
  for (let r = 0; r < rows; r++) out.push(columns.map(c => c.cells[c.cells.length - rows + r] ?? '').join('\t'))
  return out
}
