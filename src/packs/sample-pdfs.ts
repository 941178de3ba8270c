/**
 * Report PDFs for tests and the pack benchmark: each page says which report and page it is, so a
 * test can find where a report starts in a built pack. Not used at runtime.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'

const FILLER =
  'The committee is asked to note the progress made since the last report and to consider the ' +
  'recommendations set out in section 2, together with the financial and legal implications.'

export async function samplePdf(
  marker: string,
  pages: number,
  options: { landscape?: boolean; lines?: number } = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const [width, height] = options.landscape ? [841.89, 595.28] : [595.28, 841.89]
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([width, height])
    page.drawText(`${marker} sheet ${n} of ${pages}`, { x: 60, y: height - 80, size: 14, font })
    for (let line = 0; line < (options.lines ?? 6); line++) {
      page.drawText(FILLER.slice(0, 90), { x: 60, y: height - 120 - line * 14, size: 10, font })
    }
  }
  return pdf.save()
}
