import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { toPdfText, wrapText } from '../documents/pdf-text.ts'
import { formatLongDate } from '../web/format.ts'
import { coverSections, type CoverReport } from './cover-report.ts'

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56
const WIDTH = A4.width - 2 * MARGIN

/** Draws lines top to bottom, starting new pages as needed. */
class Writer {
  private page: PDFPage
  private y = A4.height - MARGIN
  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = pdf.addPage([A4.width, A4.height])
  }

  text(text: string, opts: { size?: number; bold?: boolean; indent?: number; gap?: number } = {}) {
    const size = opts.size ?? 11
    const font = opts.bold ? this.fonts.bold : this.fonts.regular
    const indent = opts.indent ?? 0
    for (const line of wrapText(font, text, size, WIDTH - indent)) {
      if (this.y - size < MARGIN) {
        this.page = this.pdf.addPage([A4.width, A4.height])
        this.y = A4.height - MARGIN
      }
      this.y -= size * 1.3
      this.page.drawText(toPdfText(font, line), { x: MARGIN + indent, y: this.y, size, font, color: rgb(0, 0, 0) })
    }
    this.y -= opts.gap ?? 6
  }
}

/** A report in the council's layout: who it is for and from, then its numbered sections. */
export async function coverReportPdf(
  report: CoverReport,
  context: { councilName: string; committeeName: string },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(report.subject)
  pdf.setAuthor(report.authorName)
  pdf.setCreator('Scrutiny')
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  const w = new Writer(pdf, fonts)
  w.text(context.councilName, { size: 16, bold: true, gap: 2 })
  w.text(context.committeeName, { size: 13, gap: 14 })
  w.text(`Date: ${formatLongDate(report.reportDate)}`, { bold: true })
  w.text(`Subject: ${report.subject}`, { bold: true })
  w.text(`Report of: ${report.reportOf}`, { bold: true })
  const contact = [
    report.authorTitle,
    report.authorPhone && `Tel: ${report.authorPhone}`,
    report.authorEmail && `Email: ${report.authorEmail}`,
  ]
  w.text(`Report author: ${[report.authorName, ...contact].filter(Boolean).join(', ')}`, { bold: true, gap: 16 })
  for (const section of coverSections(report)) {
    w.text(`${section.number} ${section.heading}`, { size: 13, bold: true })
    for (const paragraph of section.paragraphs) w.text(paragraph, { indent: 14 })
    w.text('', { gap: 4 })
  }
  return pdf.save()
}
