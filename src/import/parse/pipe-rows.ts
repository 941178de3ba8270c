/**
 * Some extractions (text saved from Word, some PDF converters) set a table's cells apart with " | "
 * and no outer pipes ("Ref | Date | Action | Update"), where a markdown table writes
 * "| Ref | Date |". The parser reads a table as rows of cells a line each, set apart by tabs as the
 * seeds' extraction writes them: where a pack prints enough such rows to be its tables, each is
 * rewritten so. A pack with a stray " | " or two ("Page 3 | Agenda") keeps them as prose.
 */

// A line with a cell before its first " | ": not a markdown row, which opens with its pipe.
const BARE_PIPE_ROW = /^\s*[^|\s][^|]*?\s\|(?:\s|$)/
const EMPTY_FIRST = /^\s*\|\s.*\s\|\s/
// Enough rows for a table or two; the seeds and other packs have one such line at most.
const MIN_ROWS = 8

/** The text with its bare pipe rows as tab-separated rows; other text is returned as it is. */
export function withBarePipeRowsAsTabs(text: string): string {
  if (!text.includes(' | ')) return text
  const lines = text.split('\n')
  if (lines.filter(l => BARE_PIPE_ROW.test(l)).length < MIN_ROWS) return text
  // Among such rows, one opening with its pipe (" |  |  | ten shifts …") has empty first cells: the
  // rest of a row the page broke.
  const row = (l: string): boolean => BARE_PIPE_ROW.test(l) || EMPTY_FIRST.test(l)
  return lines
    .map(l =>
      row(l)
        ? l
            .trim()
            .split(/\s*\|\s*/)
            .join('\t')
        : l,
    )
    .join('\n')
}
