/**
 * Builds an agenda pack PDF with pdf-lib: the front sheet, then every report and appendix in
 * agenda order, "Page N" stamped on every page. Page ranges come from the documents' real page
 * counts (see pack-layout.ts for why both variants share one numbering).
 */
import { degrees, PDFDocument, rgb, StandardFonts, type PDFPage } from 'pdf-lib'
import { A4, drawFrontSheet, layOutFrontSheet, type Fonts } from './front-sheet.ts'
import { EXEMPT_PARAGRAPHS, exemptParagraphOf, type PackMeeting } from './pack-content.ts'
import {
  formatRange,
  layOutPack,
  packPages,
  type LayoutItem,
  type PackLayout,
  type PackPage,
  type PackVariant,
} from './pack-layout.ts'
import { addOutline, type OutlineEntry } from './pack-outline.ts'
import { toPdfText, wrapText } from '../documents/pdf-text.ts'

/** A pack cannot be built from what it was given; the message says which paper and why. */
export class PackBuildError extends Error {}

export interface BuiltPack {
  bytes: Uint8Array
  layout: PackLayout
  /** Physical pages in this variant's file. */
  pageCount: number
  frontSheetPages: number
}

export async function buildPackPdf(meeting: PackMeeting, variant: PackVariant): Promise<BuiltPack> {
  const sources = await loadDocuments(meeting)
  const pdf = await PDFDocument.create({ updateMetadata: false })
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  // Both variants' front sheets take the same number of pages, so the numbering stays identical.
  const frontSheetPages = Math.max(
    ...(['public', 'members'] as const).map(v => layOutFrontSheet(fonts, meeting, new Map(), v).pages.length),
  )
  const items: LayoutItem[] = meeting.items.map(item => ({
    id: item.id,
    documents: item.documents.map(doc => ({
      id: doc.id,
      pageCount: sources.get(doc.id)?.getPageCount() ?? 0,
      exempt: exemptParagraphOf(item, doc) !== null,
    })),
  }))
  const layout = layOutPack(frontSheetPages, items)
  const sheet = layOutFrontSheet(fonts, meeting, layout.items, variant)
  while (sheet.pages.length < frontSheetPages) sheet.pages.push([])
  drawFrontSheet(pdf, fonts, sheet)

  // One copy per document, so resources its pages share (fonts, images) are copied once.
  const copies = new Map<number, PDFPage[]>()
  const plan = packPages(frontSheetPages, items, layout, variant)
  for (const page of plan) {
    if (page.kind === 'front') continue
    const source = sources.get(page.documentId)
    if (page.kind === 'document' && source) {
      if (!copies.has(page.documentId))
        copies.set(page.documentId, await pdf.copyPages(source, source.getPageIndices()))
      const copied = copies.get(page.documentId)?.[page.index]
      if (copied) pdf.addPage(copied)
    } else if (page.kind === 'notice') {
      const item = meeting.items.find(i => i.documents.some(d => d.id === page.documentId))
      const doc = item?.documents.find(d => d.id === page.documentId)
      const paragraph = item && doc ? exemptParagraphOf(item, doc) : null
      drawNotice(pdf.addPage([A4.width, A4.height]), fonts, item?.number ?? '', paragraph, formatRange(page.range))
    }
  }
  pdf.getPages().forEach((page, i) => stamp(page, fonts, plan[i]?.label ?? ''))
  addOutline(pdf, outlineOf(meeting, plan, variant))
  pdf.setLanguage('en-GB')
  pdf.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true)

  pdf.setTitle(`${meeting.committeeName}, ${meeting.date}: ${variant === 'members' ? "members' pack" : 'agenda pack'}`)
  pdf.setAuthor(meeting.councilName)
  pdf.setCreator('Scrutiny')
  pdf.setProducer('Scrutiny (pdf-lib)')
  const bytes = await pdf.save()
  return { bytes, layout, pageCount: pdf.getPageCount(), frontSheetPages }
}

/** The agenda, then each item with papers at its first page; exempt items untitled in the public pack. */
function outlineOf(meeting: PackMeeting, plan: readonly PackPage[], variant: PackVariant): OutlineEntry[] {
  const entries: OutlineEntry[] = [{ title: 'Agenda', pageIndex: 0 }]
  for (const item of meeting.items) {
    const ids = new Set(item.documents.map(d => d.id))
    const pageIndex = plan.findIndex(p => p.kind !== 'front' && ids.has(p.documentId))
    if (pageIndex < 0) continue
    const title = item.exemptParagraph !== null && variant === 'public' ? 'Exempt item' : item.title
    entries.push({ title: `${item.number}. ${title}`, pageIndex })
  }
  return entries
}

async function loadDocuments(meeting: PackMeeting): Promise<Map<number, PDFDocument>> {
  const sources = new Map<number, PDFDocument>()
  for (const item of meeting.items) {
    for (const doc of item.documents) {
      const bytes = await doc.bytes()
      try {
        const source = await PDFDocument.load(bytes, { updateMetadata: false })
        source.getPageCount() // a damaged file can load and only fail when its pages are looked up
        sources.set(doc.id, source)
      } catch (error) {
        const why = /encrypted/i.test(String(error)) ? 'it is encrypted' : 'it is damaged'
        throw new PackBuildError(`“${doc.title}” (agenda item ${item.number}) is not a readable PDF: ${why}.`)
      }
    }
  }
  return sources
}

/** The page that stands in the public pack for an exempt document: its item, paragraph and pages, never its title. */
function drawNotice(page: PDFPage, fonts: Fonts, itemNumber: string, paragraph: number | null, pages: string): void {
  const lines: Array<[string, boolean, number]> = [
    ['NOT FOR PUBLICATION', true, 16],
    [`Agenda item ${itemNumber}`, true, 12],
    [
      `The document on ${pages.includes('-') ? 'pages' : 'page'} ${pages} of the agenda pack contains exempt information ` +
        `under paragraph ${paragraph ?? '?'} of Part 1 of Schedule 12A to the Local Government Act 1972 and is not published.`,
      false,
      11,
    ],
    [`Paragraph ${paragraph ?? '?'}: ${EXEMPT_PARAGRAPHS[paragraph ?? 0] ?? ''}`, false, 10],
    ["Members of the council can read it in the members' pack.", false, 11],
  ]
  let y = A4.height - 200
  for (const [text, bold, size] of lines) {
    const font = bold ? fonts.bold : fonts.regular
    for (const line of wrapText(font, text, size, A4.width - 160)) {
      const drawn = toPdfText(font, line)
      y -= size * 1.4
      page.drawText(drawn, { x: (A4.width - font.widthOfTextAtSize(drawn, size)) / 2, y, size, font })
    }
    y -= 12
  }
}

const STAMP_SIZE = 10
const STAMP_OFFSET = 20

/**
 * "Page N" centred at the foot of the page as it is displayed: pages of merged reports may be
 * landscape (rotated) or have a crop box that does not start at the origin.
 */
function stamp(page: PDFPage, fonts: Fonts, label: string): void {
  const font = fonts.bold
  const width = font.widthOfTextAtSize(label, STAMP_SIZE)
  const box = page.getCropBox()
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const rotation = ((page.getRotation().angle % 360) + 360) % 360
  const at: Record<number, { x: number; y: number }> = {
    0: { x: cx - width / 2, y: box.y + STAMP_OFFSET },
    90: { x: box.x + box.width - STAMP_OFFSET, y: cy - width / 2 },
    180: { x: cx + width / 2, y: box.y + box.height - STAMP_OFFSET },
    270: { x: box.x + STAMP_OFFSET, y: cy + width / 2 },
  }
  const { x, y } = at[rotation] ?? at[0]!
  page.drawText(label, { x, y, size: STAMP_SIZE, font, color: rgb(0, 0, 0), rotate: degrees(rotation) })
}
