import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib'
import { printable, wrapLines } from '../documents/pdf-text.ts'
import { formatDate, formatLongDate } from '../web/format.ts'
import type { TrackingReport } from './tracking-report.ts'

// The tracking report drawn as the packs print it: landscape A4, review information, then per recommendation
// a row `No. | Recommendation | Responsibility | Original Date For Completion | Executive's Assessment` with the
// evidence of progress beneath it, and an appendix table of concluded recommendations. Rows too tall for one
// page continue on the next; every page is numbered "Page n of m" so the pack builder can append it as is.

const PAGE = { width: 841.89, height: 595.28, margin: 40 }
const TEXT = 9
const LINE = 11.5
const PAD = 4
const GREY = rgb(0.9, 0.9, 0.9)
const BORDER = rgb(0.3, 0.3, 0.3)

interface Fonts {
  regular: PDFFont
  bold: PDFFont
}

interface Cell {
  text: string
  bold?: boolean
}

class Writer {
  page!: PDFPage
  y = 0
  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage()
  }

  get contentWidth() {
    return PAGE.width - 2 * PAGE.margin
  }

  newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.height - PAGE.margin
  }

  private lines(cell: Cell, width: number): string[] {
    const font = cell.bold ? this.fonts.bold : this.fonts.regular
    return wrapLines(printable(font, cell.text), width - 2 * PAD, s => font.widthOfTextAtSize(s, TEXT))
  }

  text(text: string, size: number, bold = false, gapAfter = 4) {
    const font = bold ? this.fonts.bold : this.fonts.regular
    for (const line of wrapLines(printable(font, text), this.contentWidth, s => font.widthOfTextAtSize(s, size))) {
      if (this.y - size * 1.3 < PAGE.margin + 20) this.newPage()
      this.y -= size * 1.3
      this.page.drawText(line, { x: PAGE.margin, y: this.y, size, font })
    }
    this.y -= gapAfter
  }

  /** One table row; `widths` are fractions of the content width. Splits across pages when it must. */
  row(cells: Cell[], widths: number[], fill?: ReturnType<typeof rgb>) {
    const columns = widths.map(w => w * this.contentWidth)
    const wrapped = cells.map((cell, i) => this.lines(cell, columns[i]!))
    let from = 0
    const total = Math.max(...wrapped.map(l => l.length))
    while (from < total) {
      const room = Math.floor((this.y - PAGE.margin - 20 - 2 * PAD) / LINE)
      if (room < Math.min(3, total - from)) {
        this.newPage()
        continue
      }
      const count = Math.min(room, total - from)
      const height = count * LINE + 2 * PAD
      let x = PAGE.margin
      cells.forEach((cell, i) => {
        const width = columns[i]!
        this.page.drawRectangle({
          x,
          y: this.y - height,
          width,
          height,
          borderColor: BORDER,
          borderWidth: 0.5,
          color: fill,
        })
        const font = cell.bold ? this.fonts.bold : this.fonts.regular
        wrapped[i]!.slice(from, from + count).forEach((line, n) => {
          this.page.drawText(line, { x: x + PAD, y: this.y - PAD - (n + 1) * LINE + 2.5, size: TEXT, font })
        })
        x += width
      })
      this.y -= height
      from += count
    }
  }

  numberPages() {
    const pages = this.pdf.getPages()
    pages.forEach((page, i) => {
      const label = `Page ${i + 1} of ${pages.length}`
      const width = this.fonts.regular.widthOfTextAtSize(label, 8)
      page.drawText(label, { x: (PAGE.width - width) / 2, y: PAGE.margin / 2, size: 8, font: this.fonts.regular })
    })
  }
}

const MAIN_COLUMNS = [0.07, 0.43, 0.18, 0.14, 0.18]
const EVIDENCE_LABEL = "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')"

function originalDate(row: TrackingReport['rows'][number]): string {
  if (row.originalDate) return formatDate(row.originalDate) + (row.originalDateText ? ` (${row.originalDateText})` : '')
  return row.originalDateText ?? 'None given'
}

function evidenceText(row: TrackingReport['rows'][number]): string {
  if (row.evidence.length === 0) return 'No evidence has been submitted yet.'
  return row.evidence
    .map(e =>
      [
        `${formatDate(e.on)}, ${e.who}: ${e.assessment}`,
        e.text,
        e.newDate ? `New anticipated completion date: ${formatDate(e.newDate)}` : null,
        e.obstacle ? `Obstacle: ${e.obstacle}` : null,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n')
}

/** The tracking report as PDF bytes. */
export async function trackingReportPdf(report: TrackingReport): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(report.title)
  pdf.setSubject(`${report.committeeName}, ${formatLongDate(report.meetingDate)}`)
  pdf.setCreator('Scrutiny')
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  const w = new Writer(pdf, fonts)

  w.text(`To: ${report.committeeName}`, 10)
  w.text(`Date: ${formatLongDate(report.meetingDate)}`, 10, false, 10)
  w.text(report.title, 16, true, 10)
  w.text('Review Information', 12, true)
  const review: Array<[string, string | null]> = [
    ['Date approved at City Council', report.review.approvedOn ? formatDate(report.review.approvedOn) : 'Not recorded'],
    ['Member who led the original Inquiry', report.review.leadMember ?? 'Not recorded'],
    ['Lead Officer for the Inquiry', report.review.leadOfficer ?? 'Not recorded'],
    [
      'Date progress last tracked',
      report.review.lastTrackedOn ? formatDate(report.review.lastTrackedOn) : 'Not tracked before',
    ],
  ]
  for (const [key, value] of review) w.row([{ text: key, bold: true }, { text: value ?? '' }], [0.35, 0.65])
  w.y -= 14

  w.text('Progress with Recommendations', 12, true)
  if (report.rows.length === 0) w.text('There are no outstanding recommendations.', 10)
  for (const row of report.rows) {
    if (w.y < PAGE.margin + 120) w.newPage()
    w.row(
      ['No.', 'Recommendation', 'Responsibility', 'Original Date For Completion', "Executive's Assessment"].map(
        text => ({ text, bold: true }),
      ),
      MAIN_COLUMNS,
      GREY,
    )
    w.row(
      [
        { text: row.number, bold: true },
        { text: row.recommendation },
        { text: row.responsibility },
        { text: originalDate(row) },
        { text: row.executiveAssessment ?? 'Not yet submitted' },
      ],
      MAIN_COLUMNS,
    )
    w.row([{ text: EVIDENCE_LABEL, bold: true }], [1], GREY)
    w.row([{ text: evidenceText(row) }], [1])
    if (row.committeeAssessment)
      w.row([{ text: `Committee's assessment: ${row.committeeAssessment}`, bold: true }], [1])
    w.y -= 12
  }

  w.newPage()
  w.text('Appendix: Concluded Recommendations', 12, true)
  w.text(
    'These recommendations have been tracked previously and concluded. They are presented here for information only.',
    10,
    false,
    8,
  )
  if (report.concluded.length === 0) w.text('None.', 10)
  else {
    const columns = [0.07, 0.45, 0.18, 0.14, 0.16]
    w.row(
      [
        'No.',
        'Recommendation',
        'Responsibility',
        'Date Concluded by Overview and Scrutiny Committee',
        'Tracking Assessment',
      ].map(text => ({ text, bold: true })),
      columns,
      GREY,
    )
    for (const c of report.concluded) {
      w.row(
        [
          { text: c.number, bold: true },
          { text: c.recommendation },
          { text: c.responsibility },
          { text: c.concludedOn ? formatDate(c.concludedOn) : 'Not recorded' },
          { text: c.finalAssessment ?? 'Not recorded' },
        ],
        columns,
      )
    }
  }
  w.numberPages()
  return pdf.save()
}
