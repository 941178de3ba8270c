/**
 * Grid tables: pandoc's Markdown of a Word document (and reStructuredText, and psql's output) draws
 * a table with `+-----+-----+` borders and `|` walls, each cell wrapped over lines inside its walls:
 *
 *   +-----+------------------+
 *   | No. | Action           |
 *   +=====+==================+
 *   | 1   | Provide the      |
 *   |     | figures by ward. |
 *   +-----+------------------+
 *
 * The parser reads a table as rows a line each, cells set apart by tabs, as the seeds' extraction
 * writes them; each grid row is rewritten so, its cells' lines joined. A line that breaks into a
 * table (a page's footer) ends the row there: what follows is the rest of the row, its other cells
 * empty, as a page-broken row reads in every other extraction.
 */
import { isFurniture } from './table-utils.ts'

const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/
// "|            +------+": a border under the later columns only, the first cell spanning the rows
// (a meeting's date over its items): the row ends, the spanning cell left empty in the next. The
// rest of the spanning cell's text ("| Report deadline: 27  +----+" / "| February 2025  | …") is its
// note, which the rows below it do not carry.
const PARTIAL_BORDER = /^\s*\|[^|+]*\+(?:[-=:]+\+)+\s*$/
const WALLED = /^\s*\|.*\|\s*$/

/** The text with its grid tables as tab-separated rows; other text is returned as it is. */
export function withGridTablesAsRows(text: string): string {
  if (!text.includes('+-')) return text
  const out: string[] = []
  let walls: number[] | undefined
  let row: string[][] | undefined
  let spanned = false
  const endRow = (): void => {
    if (row?.some(cell => cell.some(piece => piece !== ''))) out.push(row.map(cellText).join('\t'))
    row = undefined
  }
  for (const line of text.split('\n')) {
    if (BORDER.test(line)) {
      endRow()
      walls = wallsOf(line)
      spanned = false
    } else if (walls && PARTIAL_BORDER.test(line)) {
      endRow()
      spanned = true
    } else if (walls && WALLED.test(line)) {
      row ??= walls.slice(1).map(() => [])
      cellsOf(line, walls).forEach((text, k) => row?.[k]?.push(spanned && k === 0 ? '' : text))
    } else {
      endRow()
      // Prose ends the table; a blank line or a page's footer ("Page 12") only its row.
      if (!isFurniture(line)) walls = undefined
      out.push(line)
    }
  }
  endRow()
  return out.join('\n')
}

/**
 * A cell's text from its lines: a paragraph's lines joined with spaces, its paragraphs (a blank line
 * between them inside the cell) with "<br>", as a word processor's cell extracts, so a title in bold
 * stays apart from the note under it ("Time allocated: 7.10 pm – 8.00 pm").
 */
function cellText(lines: string[]): string {
  const paragraphs = lines
    .join('\n')
    .trim()
    .split(/\n{2,}/)
  return paragraphs.map(p => p.split('\n').join(' ')).join('<br>')
}

/** Where a border's `+` corners stand: the table's column walls. */
function wallsOf(border: string): number[] {
  return [...border].flatMap((ch, at) => (ch === '+' ? [at] : []))
}

/**
 * A walled line's cells, cut at the walls. A wall missing from the line (a cell spanning two
 * columns) leaves its text in the first column of the span and the others empty.
 */
function cellsOf(line: string, walls: number[]): string[] {
  const cells = walls.slice(1).map(() => '')
  let from = walls[0] ?? 0
  let column = 0
  for (let k = 1; k < walls.length; k++) {
    const wall = walls[k] ?? line.length
    if (line[wall] !== '|' && k < walls.length - 1) continue
    // (A cell's line ending "\" is pandoc's line break inside the cell: a space once joined.)
    cells[column] = line
      .slice(from + 1, wall)
      .trim()
      .replace(/\\$/, '')
    column = k
    from = wall
  }
  return cells
}
