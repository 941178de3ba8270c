import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib'
import { printable, wrapLines } from '../documents/pdf-text.ts'

// Agenda documents generated from the data (action tracker, work programme) are tables: this draws one
// on landscape A4 pages with the header row repeated, cells wrapped, and "Page n of m" in the footer,
// so the agenda pack builder can append the bytes as they are.

export interface PdfColumn {
  header: string
  /** Relative width. */
  width: number
}

export interface PdfSection {
  heading?: string
  /** Shown instead of the table when there are no rows. */
  empty?: string
  columns: PdfColumn[]
  rows: string[][]
}

export interface PdfTableDocument {
  title: string
  subtitle?: string
  sections: PdfSection[]
}

const PAGE = { width: 841.89, height: 595.28, margin: 36 }
const SIZE = { title: 16, heading: 12, text: 9 }
const LINE = 11.5
const PAD = 4

/** Renders a document of tables to PDF bytes. */
export async function tablePdf(doc: PdfTableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(doc.title)
  pdf.setCreator('Scrutiny')
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const usable = PAGE.width - 2 * PAGE.margin
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height])
  let y = PAGE.height - PAGE.margin

  const newPage = () => {
    page = pdf.addPage([PAGE.width, PAGE.height])
    y = PAGE.height - PAGE.margin
  }
  const text = (s: string, x: number, size: number, font: PDFFont) =>
    page.drawText(s, { x, y: y - size, size, font, color: rgb(0.04, 0.05, 0.05) })

  for (const line of wrapLines(printable(bold, doc.title), usable, s => bold.widthOfTextAtSize(s, SIZE.title))) {
    text(line, PAGE.margin, SIZE.title, bold)
    y -= SIZE.title + 4
  }
  if (doc.subtitle) {
    text(printable(regular, doc.subtitle), PAGE.margin, SIZE.text, regular)
    y -= LINE + 6
  }

  for (const section of doc.sections) {
    const total = section.columns.reduce((sum, c) => sum + c.width, 0)
    const widths = section.columns.map(c => (c.width / total) * usable)
    const cellLines = (cells: string[], font: PDFFont) =>
      cells.map((cell, i) =>
        wrapLines(printable(font, cell), (widths[i] ?? 0) - 2 * PAD, s => font.widthOfTextAtSize(s, SIZE.text)),
      )
    const drawRow = (lines: string[][], font: PDFFont, shaded: boolean) => {
      const height = Math.max(...lines.map(l => l.length)) * LINE + 2 * PAD
      let x = PAGE.margin
      lines.forEach((cell, i) => {
        const w = widths[i] ?? 0
        page.drawRectangle({
          x,
          y: y - height,
          width: w,
          height,
          borderColor: rgb(0.7, 0.7, 0.7),
          borderWidth: 0.5,
          color: shaded ? rgb(0.95, 0.95, 0.95) : undefined,
        })
        cell.forEach((l, n) =>
          page.drawText(l, { x: x + PAD, y: y - PAD - (n + 1) * LINE + 2.5, size: SIZE.text, font }),
        )
        x += w
      })
      y -= height
    }
    const header = cellLines(
      section.columns.map(c => c.header),
      bold,
    )
    const headerHeight = Math.max(...header.map(l => l.length)) * LINE + 2 * PAD
    if (y - (section.heading ? SIZE.heading + 8 : 0) - headerHeight - 3 * LINE < PAGE.margin + 20) newPage()
    if (section.heading) {
      y -= 6
      text(printable(bold, section.heading), PAGE.margin, SIZE.heading, bold)
      y -= SIZE.heading + 6
    }
    if (section.rows.length === 0) {
      text(printable(regular, section.empty ?? 'None.'), PAGE.margin, SIZE.text, regular)
      y -= LINE + 6
      continue
    }
    drawRow(header, bold, true)
    for (const row of section.rows) {
      let lines = cellLines(row, regular)
      const room = () => Math.floor((y - PAGE.margin - 20 - 2 * PAD) / LINE)
      // A row taller than what is left of the page continues on the next, under a repeated header.
      while (Math.max(...lines.map(l => l.length)) > room()) {
        const fit = room()
        if (fit >= 3) {
          drawRow(
            lines.map(l => l.slice(0, fit)),
            regular,
            false,
          )
          lines = lines.map(l => l.slice(fit))
        }
        newPage()
        drawRow(header, bold, true)
      }
      drawRow(lines, regular, false)
    }
    y -= 10
  }

  const pages = pdf.getPages()
  pages.forEach((p, i) => {
    const label = `Page ${i + 1} of ${pages.length}`
    p.drawText(label, {
      x: PAGE.width - PAGE.margin - regular.widthOfTextAtSize(label, 8),
      y: PAGE.margin / 2,
      size: 8,
      font: regular,
    })
  })
  return pdf.save()
}
