/**
 * Some converters (PDF to HTML or to markdown) write each table as an HTML `<table>`, cells merged
 * across rows or columns as `rowspan` and `colspan`. The parser reads tables as rows of cells a line
 * each, as the seeds' extraction writes them: each HTML table is rewritten so, a cell set apart by
 * tabs, its line breaks kept as `<br>`, and a merged cell printed once with empty cells where it
 * spans, as a merged cell extracts from a PDF (a meeting's date on its first row only).
 */

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi
const CELL = /<(td|th)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi

/** The text with every HTML table as tab-separated rows; text without tables is returned as it is. */
export function withHtmlTablesAsRows(text: string): string {
  if (!/<table\b/i.test(text)) return text
  return text.replace(TABLE, (_, body: string) => tableRows(body).join('\n'))
}

// "<h2>Item 6(a) – Young Carers …</h2>", a heading a line of its own, as a page saved from a
// council's website writes it.
const HEADING_LINE = /^[ \t]*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>[ \t]*$/gim

/**
 * The text with each HTML heading as the bold line a PDF's heading extracts as: the markup would
 * otherwise stay on the line, before a label ("Membership") or in a title read from it.
 */
export function withHtmlHeadingsAsBold(text: string): string {
  if (!/<h[1-6]\b/i.test(text)) return text
  return text.replace(HEADING_LINE, (_, _level: string, content: string) => {
    const plain = content.replace(/<[^>]*>/g, '').trim()
    return plain === '' ? '' : `**${plain}**`
  })
}

function tableRows(body: string): string[] {
  // Columns still covered by a cell above that spans rows: how many rows more.
  const spanning: number[] = []
  const rows: string[][] = []
  for (const [, row = ''] of body.matchAll(ROW)) {
    const cells: string[] = []
    const coveredFromAbove = (): void => {
      while ((spanning[cells.length] ?? 0) > 0) {
        spanning[cells.length] = (spanning[cells.length] ?? 1) - 1
        cells.push('')
      }
    }
    for (const [, , attributes = '', content = ''] of row.matchAll(CELL)) {
      coveredFromAbove()
      const rowspan = spanOf(attributes, 'rowspan')
      for (let k = 0; k < spanOf(attributes, 'colspan'); k++) {
        if (rowspan > 1) spanning[cells.length] = rowspan - 1
        cells.push(k === 0 ? cellText(content) : '')
      }
    }
    // Columns at the row's end still covered from above.
    const last = spanning.findLastIndex(n => n > 0)
    while (cells.length <= last) {
      if ((spanning[cells.length] ?? 0) > 0) spanning[cells.length] = (spanning[cells.length] ?? 1) - 1
      cells.push('')
    }
    rows.push(cells)
  }
  // A row short of the table's columns, nothing above spanning into it, is missing its first ones:
  // a table continued on the next page leaves out the cell that spans from the page before.
  const width = Math.max(0, ...rows.map(r => r.length))
  return rows.map(r => [...Array.from({ length: width - r.length }, () => ''), ...r].join('\t'))
}

function spanOf(attributes: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)
  return m ? Math.max(1, Math.min(50, Number(m[1]))) : 1
}

/** A cell's content on one line: its paragraphs and line breaks as `<br>`, tabs and newlines as spaces. */
function cellText(content: string): string {
  return content
    .replace(/<\/p>\s*<p\b[^>]*>/gi, '<br>')
    .replace(/<\/?p\b[^>]*>/gi, '')
    .replace(/<br\s*\/?>/gi, '<br>')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}
