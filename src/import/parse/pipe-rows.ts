/**
 * Some extractions (text saved from Word, some PDF converters) set a table's cells apart with " | "
 * and no outer pipes ("Ref | Date | Action | Update"), where a markdown table writes
 * "| Ref | Date |". The parser reads a table as rows of cells a line each, set apart by tabs as the
 * seeds' extraction writes them: where a pack prints enough such rows to be its tables, each is
 * rewritten so. A pack with a stray " | " or two ("Page 3 | Agenda") keeps them as prose.
 */
import type { PackPage } from './types.ts'

// A line with a cell before its first " | ": not a markdown row, which opens with its pipe.
const BARE_PIPE_ROW = /^\s*[^|\s][^|]*?\s\|(?:\s|$)/
const EMPTY_FIRST = /^\s*\|\s.*\s\|\s/
// Enough rows for a table or two; the seeds and other packs have one such line at most.
const MIN_ROWS = 8

/** The text with its bare pipe rows as tab-separated rows; other text is returned as it is. */
export function withBarePipeRowsAsTabs(text: string): string {
  return withBarePipeRows([{ number: 1, text }])[0]?.text ?? text
}

/** The pages with the pack's bare pipe rows as tab-separated rows, where it prints enough of them. */
export function withBarePipeRows(pages: PackPage[]): PackPage[] {
  if (!pages.some(p => p.text.includes(' | '))) return pages
  const rows = pages.reduce((n, p) => n + p.text.split('\n').filter(l => BARE_PIPE_ROW.test(l)).length, 0)
  if (rows < MIN_ROWS) return pages
  return pages.map(p => ({ ...p, text: p.text.split('\n').map(asTabs).join('\n') }))
}

// Among such rows, one opening with its pipe (" |  |  | ten shifts …") has empty first cells: the
// rest of a row the page broke.
function asTabs(line: string): string {
  return BARE_PIPE_ROW.test(line) || EMPTY_FIRST.test(line)
    ? line
        .trim()
        .split(/\s*\|\s*/)
        .join('\t')
    : line
}
