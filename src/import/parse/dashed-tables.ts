/**
 * Pandoc's other Markdown tables, which it writes for a Word table whose cells hold plain text:
 * columns set by a rule of dash runs under the header, each cell's text within its run's span.
 *
 *   --------------------------------------------      a "multiline" table: a rule above and
 *   No.   Agenda item     Action                       below, each cell wrapped within its
 *   ----- --------------- ----------------------       column, rows set apart by blank lines
 *   1     Temporary       Provide the number of
 *         accommodation   families in B&B.
 *
 *   2     Budget          Share the savings list.
 *   --------------------------------------------
 *
 *   No.   Item                                          a "simple" table: a row a line, ended
 *   ----- ------                                        by a blank line
 *   1     Budget
 *
 * The parser reads a table as rows a line each, cells set apart by tabs; each is rewritten so.
 */
import { isFurniture } from './table-utils.ts'

const COLUMN_RULE = /^ *-{2,}(?: +-{2,})+ *$/
const FULL_RULE = /^ *-{10,} *$/

/** The text with its dashed tables as tab-separated rows; other text is returned as it is. */
export function withDashedTablesAsRows(text: string): string {
  if (!text.includes('---')) return text
  const lines = text.split('\n')
  const out: string[] = []
  for (let at = 0; at < lines.length; at++) {
    const table = COLUMN_RULE.test(lines[at] ?? '') ? tableAt(lines, at) : undefined
    if (!table) {
      out.push(lines[at] ?? '')
      continue
    }
    out.splice(out.length - table.headerLines, table.headerLines, ...table.rows)
    at = table.end
  }
  return out.join('\n')
}

interface DashedTable {
  /** Its rows as tab-separated lines, the header first. */
  rows: string[]
  /** How many lines above the column rule were its header (or its top rule), already written out. */
  headerLines: number
  /** The index of its last line. */
  end: number
}

function tableAt(lines: string[], rule: number): DashedTable | undefined {
  const columns = columnsOf(lines[rule] ?? '')
  const above = (at: number): string => lines[at] ?? ''
  let top = rule
  while (top > 0 && above(top - 1).trim() !== '' && !FULL_RULE.test(above(top - 1))) top--
  const multiline = top > 0 && FULL_RULE.test(above(top - 1))
  // A simple table's header is one line; more lines above without a blank are prose.
  if (!multiline) top = Math.max(rule - 1, 0)
  const header = lines.slice(top, rule)
  if (header.length === 0 && !multiline) return undefined
  const body = multiline ? multilineRows(lines, rule, columns) : simpleRows(lines, rule, columns)
  if (!body || body.rows.length === 0) return undefined
  const rows = header.length > 0 ? [rowOf(header, columns), ...body.rows] : body.rows
  return { rows, headerLines: rule - top + (multiline ? 1 : 0), end: body.end }
}

/** A simple table's rows: a line each, to the first blank line. */
function simpleRows(lines: string[], rule: number, columns: number[]): Omit<DashedTable, 'headerLines'> {
  let end = rule
  while ((lines[end + 1] ?? '').trim() !== '' && end + 1 < lines.length) end++
  return { rows: lines.slice(rule + 1, end + 1).map(line => rowOf([line], columns)), end }
}

/**
 * A multiline table's rows, set apart by blank lines, to its closing rule; none if it has no
 * closing rule (then it is not such a table, and the rest of the pack must not be read as one).
 * A page's footer inside the table ("Page 12") stays a line of its own, ending the row there.
 */
function multilineRows(lines: string[], rule: number, columns: number[]): Omit<DashedTable, 'headerLines'> | undefined {
  const rows: string[] = []
  let row: string[] = []
  const endRow = (): void => {
    if (row.length > 0) rows.push(rowOf(row, columns))
    row = []
  }
  for (let at = rule + 1; at < lines.length; at++) {
    const line = lines[at] ?? ''
    if (FULL_RULE.test(line) || COLUMN_RULE.test(line)) {
      endRow()
      return { rows, end: at }
    }
    if (isFurniture(line)) {
      endRow()
      if (line.trim() !== '') rows.push(line)
    } else row.push(line)
  }
  return undefined
}

/** Where each column's dash run starts: a cell runs from its start to the next column's. */
function columnsOf(rule: string): number[] {
  return [...rule.matchAll(/-+/g)].map(run => run.index)
}

/** One row from its lines, each cell's pieces joined with a space, cells set apart by tabs. */
function rowOf(lines: string[], columns: number[]): string {
  const cells = columns.map(() => [] as string[])
  for (const line of lines) {
    columns.forEach((start, k) => {
      const piece = line.slice(k === 0 ? 0 : start, columns[k + 1] ?? line.length).trim()
      if (piece) cells[k]?.push(piece)
    })
  }
  return cells.map(pieces => pieces.join(' ')).join('\t')
}
