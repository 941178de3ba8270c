import { isSearchType, type SearchType } from './search-types.ts'

/** Longer than any real question; beyond it people get a message, not a slow query. */
export const MAX_QUERY_LENGTH = 200
/** Results per page. */
export const PAGE_SIZE = 20
/** Deep pages are never read by people; they only cost the database. */
export const MAX_PAGE = 250

export interface SearchRequest {
  q: string
  committee: string | null
  from: string | null
  to: string | null
  type: SearchType | null
  sort: 'relevance' | 'newest'
  page: number
}

export interface SearchRequestResult {
  request: SearchRequest
  /** The dates as typed, to show again in the form (a wrong one cannot be shown as a date). */
  typed: { from: string; to: string }
  /** Field name → message, for the GOV.UK error summary; empty when the request is usable. */
  errors: Record<string, string>
}

/**
 * Reads the search form's query string. Never throws: whatever is wrong is reported per field,
 * and the rest of the request is kept so the form can be shown again as it was filled in.
 */
export function readSearchRequest(query: Record<string, unknown>): SearchRequestResult {
  const errors: Record<string, string> = {}
  const q = first(query.q).replace(/\s+/g, ' ').trim()
  if (q.length > MAX_QUERY_LENGTH) errors.q = `Search for ${MAX_QUERY_LENGTH} characters or fewer`
  const from = readDate(first(query.from), 'from', errors)
  const to = readDate(first(query.to), 'to', errors)
  if (from && to && from > to && !errors.from && !errors.to)
    errors.to = 'The end date must be on or after the start date'
  const typeText = first(query.type)
  if (typeText && !isSearchType(typeText)) errors.type = 'Choose a type from the list'
  const pageText = first(query.page) || '1'
  const page = /^\d{1,4}$/.test(pageText) ? Number(pageText) : NaN
  if (!(page >= 1 && page <= MAX_PAGE)) errors.page = `Choose a page from 1 to ${MAX_PAGE}`
  const request: SearchRequest = {
    q: q.slice(0, MAX_QUERY_LENGTH),
    committee: first(query.committee) || null,
    from,
    to,
    type: typeText && isSearchType(typeText) ? typeText : null,
    sort: first(query.sort) === 'newest' ? 'newest' : 'relevance',
    page: errors.page ? 1 : page,
  }
  return { request, typed: { from: first(query.from), to: first(query.to) }, errors }
}

function first(value: unknown): string {
  const one = Array.isArray(value) ? value[0] : value
  return typeof one === 'string' ? one.trim() : ''
}

/** Accepts what a date field sends (2023-05-17) and what people type (17/5/2023). */
export function parseFilterDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : []
  if (!year || !month || !day) return null
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1) return null
  if (date.getUTCDate() !== Number(day)) return null
  return date.toISOString().slice(0, 10)
}

function readDate(text: string, field: 'from' | 'to', errors: Record<string, string>): string | null {
  if (!text) return null
  const date = parseFilterDate(text)
  if (!date) errors[field] = `Enter the ${field === 'from' ? 'start' : 'end'} date as a real date, like 17/5/2023`
  return date
}

/** The query string of a search, for links to its other pages (empty fields left out). */
export function searchQueryString(request: SearchRequest, page: number): string {
  const params = new URLSearchParams()
  params.set('q', request.q)
  if (request.committee) params.set('committee', request.committee)
  if (request.from) params.set('from', request.from)
  if (request.to) params.set('to', request.to)
  if (request.type) params.set('type', request.type)
  if (request.sort !== 'relevance') params.set('sort', request.sort)
  if (page > 1) params.set('page', String(page))
  return params.toString()
}
