import { formatDate } from '../web/format.ts'
import { highlightSnippet } from './highlight.ts'
import type { SearchHitRow } from './search.repository.ts'
import { entryTypeLabel } from './search-types.ts'

export interface SearchResult {
  title: string
  href: string
  typeLabel: string
  committee: string | null
  date: string | null
  /** Safe HTML: escaped text with `<mark>` around hits. */
  snippetHtml: string
}

/** What a search hit shows: its title, where it links to, what it is and its highlighted snippet. */
export function toSearchResult(row: SearchHitRow): SearchResult {
  return {
    title: row.source === 'page' ? `${row.title}, page ${row.page_number}` : row.title,
    href: resultLink(row),
    typeLabel: entryTypeLabel(row.entry_type),
    committee: row.committee_name,
    date: row.entry_date ? formatDate(row.entry_date) : null,
    snippetHtml: highlightSnippet(row.headline),
  }
}

export type LinkFields = Pick<
  SearchHitRow,
  | 'source'
  | 'source_id'
  | 'page_number'
  | 'committee_slug'
  | 'meeting_slug'
  | 'inquiry_slug'
  | 'document_file_id'
  | 'document_page_from'
  | 'pack_document_id'
>

/**
 * Where a hit leads: the page of the document's file where the words are, the file of a document,
 * an imported report's first page within its agenda pack, or else the meeting, inquiry or
 * committee the record belongs to.
 */
export function resultLink(row: LinkFields): string {
  if (row.source === 'page') return `/documents/${row.source_id}/file#page=${row.page_number}`
  if (row.source === 'document') {
    if (row.document_file_id !== null) return `/documents/${row.source_id}/file`
    if (row.pack_document_id !== null)
      return `/documents/${row.pack_document_id}/file#page=${row.document_page_from ?? 1}`
  }
  if (row.source === 'recommendation' && row.committee_slug && row.inquiry_slug) {
    return `/committees/${row.committee_slug}/inquiries/${row.inquiry_slug}`
  }
  if (row.meeting_slug) return `/meetings/${row.meeting_slug}`
  if (row.committee_slug) return `/committees/${row.committee_slug}`
  return '/committees'
}

export interface PaginationLinks {
  previous?: { href: string }
  next?: { href: string }
  items: Array<{ number?: number; href?: string; current?: boolean; ellipsis?: boolean }>
}

/**
 * The govukPagination parameters for page `current` of `pages`: first, last and the pages next to
 * the current one, with ellipses between.
 */
export function paginationLinks(current: number, pages: number, hrefFor: (page: number) => string): PaginationLinks {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter(page => page >= 1 && page <= pages)
    .sort((a, b) => a - b)
  const items: PaginationLinks['items'] = []
  shown.forEach((page, index) => {
    const before = shown[index - 1]
    if (before !== undefined && page - before > 1) items.push({ ellipsis: true })
    items.push({ number: page, href: hrefFor(page), current: page === current })
  })
  return {
    ...(current > 1 ? { previous: { href: hrefFor(current - 1) } } : {}),
    ...(current < pages ? { next: { href: hrefFor(current + 1) } } : {}),
    items,
  }
}
