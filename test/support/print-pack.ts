/**
 * A pack's text printed to PDF by Chromium, a second PDF producer beside pdf-lib
 * (src/import/pdf/build-test-pdf.ts). The two write PDFs differently: Chromium sets glyph runs from
 * embedded subset fonts, lays tables out itself with cell padding that sets their text in from the
 * margin, and spaces rows apart by that padding; pdf-lib's tables are ours. A parser that reads both
 * the same is less tied to one producer's habits. Prose lines become paragraphs, table rows
 * bordered tables, and the footer prints "Page N of M", as packs do.
 */
import type { Browser } from 'playwright-core'
import { isMarkdownSeparator, markdownCells } from '../../src/import/pdf/build-test-pdf.ts'

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * How the line, paragraph and list markup extraction tools left in a pack ("Leader<br>Cabinet
 * Member", "<p>…</p>", "<ul>") is printed: as the text it now is, or as the formatting it was in
 * the PDF it came from (lines, paragraphs and indented lists inside table cells, as real packs
 * print them), its attributes dropped.
 */
export type Markup = 'text' | 'formatting'

function htmlOf(text: string, markup: Markup): string {
  if (markup === 'text') return escape(text)
  return escape(text).replace(
    /&lt;(\/?)(br|p|ul|ol|li)\b[^&]*?\/?&gt;/gi,
    (_, close: string, tag: string) => `<${close}${tag.toLowerCase()}>`,
  )
}

/**
 * A row whose first cell alone holds text ("Review: Damp and Mould (2023/24)⇥⇥⇥⇥⇥") was a merged
 * cell across the table in the document the text was extracted from, and is printed as one.
 */
function isSpanningRow(row: string[], width: number): boolean {
  return width > 2 && (row[0] ?? '').trim() !== '' && row.slice(1).every(cell => cell.trim() === '')
}

function tableHtml(rows: string[][], markup: Markup): string {
  const width = Math.max(...rows.map(r => r.length))
  const cells = (row: string[]): string =>
    isSpanningRow(row, width)
      ? `<td colspan="${width}">${htmlOf(row[0] ?? '', markup)}</td>`
      : Array.from({ length: width }, (_, i) => `<td>${htmlOf(row[i] ?? '', markup)}</td>`).join('')
  return `<table>${rows.map(row => `<tr>${cells(row)}</tr>`).join('')}</table>`
}

/**
 * A bold run opened on one line and closed on the next ("6⇥**Medium Term Financial Plan: Quarter 3" /
 * "2023/24 (18.45 – 19.30)**") was one title wrapped inside its paragraph or cell in the document
 * the text came from, and is printed as one, to wrap where Chromium wraps it.
 */
function wrappedBoldJoined(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const last = out[out.length - 1]
    // Opened with words after it and not closed, then words closed at the line's end (other
    // extraction debris, such as "- 5 - 10**" before "- 4 **Title**", is no wrapped title).
    const opens = last !== undefined && /\*\*[^*\s][^*]*$/.test(last) && (last.match(/\*\*/g) ?? []).length % 2 === 1
    if (opens && /^[^*\t]*[^*\s]\*\*\s*$/.test(line)) out[out.length - 1] = `${last} ${line.trim()}`
    else out.push(line)
  }
  return out
}

/**
 * The pack as an HTML document: bold lines (`**…**`) bold, runs of tab-separated lines or of
 * markdown table rows ("| R1 | That … |", as some extractors wrote a table) as tables.
 * `cellPadding` defaults to Word's default cell margin (0.19 cm); web pages often use less.
 */
export function packHtml(text: string, cellPadding = '5.4pt', markup: Markup = 'text'): string {
  const out: string[] = []
  let table: string[][] = []
  const endTable = (): void => {
    if (table.length > 0) out.push(tableHtml(table, markup))
    table = []
  }
  for (const line of wrappedBoldJoined(text.split('\n'))) {
    if (isMarkdownSeparator(line)) continue
    const cells = markdownCells(line, 1) ?? (line.includes('\t') ? line.split('\t') : null)
    if (cells) {
      table.push(cells)
      continue
    }
    endTable()
    if (line.trim() === '') continue
    const plain = htmlOf(line.replace(/\*\*/g, ''), markup)
    out.push(/^\*\*.*\*\*$/.test(line.trim()) ? `<p><b>${plain}</b></p>` : `<p>${plain}</p>`)
  }
  endTable()
  const style =
    'body{font-family:Arial,Helvetica,sans-serif;font-size:11pt} p{margin:0 0 6pt}' +
    ' table{border-collapse:collapse;width:100%;margin:6pt 0}' +
    ` td{border:1px solid #000;padding:${cellPadding};vertical-align:top;font-size:9pt}`
  return `<!doctype html><html lang="en"><head><title>Pack</title><style>${style}</style></head><body>${out.join('\n')}</body></html>`
}

const FOOTER =
  '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'

/** The pack printed on A4 by Chromium, with "Page N of M" footers. */
export async function printPack(
  browser: Browser,
  text: string,
  cellPadding?: string,
  markup: Markup = 'text',
): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    await page.setContent(packHtml(text, cellPadding, markup))
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '20mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    })
    return new Uint8Array(pdf)
  } finally {
    await page.close()
  }
}
