/**
 * Where everything lands in an agenda pack: pure page arithmetic, no PDFs.
 *
 * Page numbers are the SAME in the public pack and the members' pack, so that a member and a
 * resident can both say "page 57" and mean the same page. Numbers are therefore computed once,
 * from the complete (members') pack. In the public pack an exempt document is replaced by ONE
 * notice page stamped with the whole range it stands for ("Pages 53 - 60"), and numbering then
 * carries on at 61: the public pack skips the withheld numbers rather than padding itself with
 * blank pages, which would only waste paper for people who print it.
 */

export interface LayoutDocument {
  id: number
  pageCount: number
  /** Withheld from the public pack (the document, or the item it belongs to, is exempt). */
  exempt: boolean
}

export interface LayoutItem {
  id: number
  documents: readonly LayoutDocument[]
}

export interface PageRange {
  from: number
  to: number
}

export type PackVariant = 'public' | 'members'

/** One physical page of a built pack, and the number stamped on it. */
export type PackPage =
  | { kind: 'front'; index: number; label: string }
  | { kind: 'document'; documentId: number; index: number; label: string }
  | { kind: 'notice'; documentId: number; range: PageRange; label: string }

export interface PackLayout {
  /** Printed page count of the complete pack (the last page number). */
  totalPages: number
  documents: Map<number, PageRange | null>
  /** An item's range runs from its first document's first page to its last document's last page. */
  items: Map<number, PageRange | null>
}

/**
 * Page ranges of every document and agenda item, in agenda order, after `frontSheetPages`.
 * A document with no pages (or an item with no documents) has no range: null.
 *
 * ```ts
 * layOutPack(2, [{ id: 1, documents: [{ id: 10, pageCount: 12, exempt: false }] }])
 * // documents: 10 → 3 - 14; items: 1 → 3 - 14; totalPages: 14
 * ```
 */
export function layOutPack(frontSheetPages: number, items: readonly LayoutItem[]): PackLayout {
  if (!Number.isInteger(frontSheetPages) || frontSheetPages < 1) {
    throw new RangeError(`A pack needs a front sheet of at least one page: ${frontSheetPages}`)
  }
  const documents = new Map<number, PageRange | null>()
  const itemRanges = new Map<number, PageRange | null>()
  let last = frontSheetPages
  for (const item of items) {
    let first: number | null = null
    for (const doc of item.documents) {
      if (!Number.isInteger(doc.pageCount) || doc.pageCount < 0) {
        throw new RangeError(`Document ${doc.id} has an impossible page count: ${doc.pageCount}`)
      }
      if (doc.pageCount === 0) {
        documents.set(doc.id, null)
        continue
      }
      const docRange = { from: last + 1, to: last + doc.pageCount }
      documents.set(doc.id, docRange)
      first ??= docRange.from
      last = docRange.to
    }
    itemRanges.set(item.id, first === null ? null : { from: first, to: last })
  }
  return { totalPages: last, documents, items: itemRanges }
}

/** "53 - 60", or "53" for a single page: how front sheets print a range. */
export function formatRange(range: PageRange): string {
  return range.from === range.to ? String(range.from) : `${range.from} - ${range.to}`
}

/**
 * The physical pages of one variant, in order, each with the label stamped on it. The members'
 * pack has every page; the public pack has one notice page in place of each exempt document.
 */
export function packPages(
  frontSheetPages: number,
  items: readonly LayoutItem[],
  layout: PackLayout,
  variant: PackVariant,
): PackPage[] {
  const pages: PackPage[] = []
  for (let index = 0; index < frontSheetPages; index++) {
    pages.push({ kind: 'front', index, label: `Page ${index + 1}` })
  }
  for (const doc of items.flatMap(item => item.documents)) {
    const range = layout.documents.get(doc.id)
    if (!range) continue
    if (doc.exempt && variant === 'public') {
      const label = range.from === range.to ? `Page ${range.from}` : `Pages ${formatRange(range)}`
      pages.push({ kind: 'notice', documentId: doc.id, range, label })
      continue
    }
    for (let index = 0; index < doc.pageCount; index++) {
      pages.push({ kind: 'document', documentId: doc.id, index, label: `Page ${range.from + index}` })
    }
  }
  return pages
}
