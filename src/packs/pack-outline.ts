import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** Index of the physical page the bookmark opens. */
  pageIndex: number
}

/**
 * Bookmarks, one per agenda item, so a reader can jump through a 300-page pack from the side panel.
 * pdf-lib has no outline API, so the outline dictionaries are written directly (PDF 1.7, 12.3.3).
 */
export function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  const pages = pdf.getPages()
  const usable = entries.filter(e => pages[e.pageIndex] !== undefined)
  if (usable.length === 0) return
  const context = pdf.context
  const root = context.nextRef()
  const refs: PDFRef[] = usable.map(() => context.nextRef())
  usable.forEach((entry, i) => {
    const page = pages[entry.pageIndex]
    if (!page) return
    const dict = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [page.ref, 'XYZ', null, null, null],
    })
    const prev = refs[i - 1]
    const next = refs[i + 1]
    if (prev) dict.set(PDFName.of('Prev'), prev)
    if (next) dict.set(PDFName.of('Next'), next)
    context.assign(refs[i] as PDFRef, dict)
  })
  context.assign(
    root,
    context.obj({ Type: 'Outlines', First: refs[0] as PDFRef, Last: refs.at(-1) as PDFRef, Count: refs.length }),
  )
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
