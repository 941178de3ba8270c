import type { FastifyInstance } from 'fastify'
import { paginationLinks } from './search-results.ts'
import { readSearchRequest, searchQueryString, type SearchRequest } from './search-query.ts'
import type { SearchOutcome, SearchService } from './search.service.ts'
import { searchTypeItems } from './search-types.ts'

/** GET /search: the public search of everything published, as a GOV.UK form with its results. */
export function searchRoutes(search: SearchService) {
  return async (app: FastifyInstance) => {
    app.get('/search', async (request, reply) => {
      const { request: asked, typed, errors } = readSearchRequest(request.query as Record<string, unknown>)
      let outcome: SearchOutcome = { kind: 'nothing-asked' }
      if (!Object.keys(errors).length) {
        outcome = await search.search(asked)
        if (outcome.kind === 'unknown-committee') errors.committee = 'Choose a committee from the list'
      }
      const errorList = Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` }))
      return reply.code(errorList.length ? 400 : 200).view('pages/search.njk', {
        asked,
        typed,
        outcome,
        errors: errorList,
        fieldErrors: errors,
        committeeItems: [
          { value: '', text: 'All committees' },
          ...(await search.committees()).map(c => ({
            value: c.slug,
            text: c.name,
            selected: c.slug === asked.committee,
          })),
        ],
        typeItems: searchTypeItems(asked.type),
        totalText: outcome.kind === 'results' ? outcome.total.toLocaleString('en-GB') : '',
        firstPageQuery: searchQueryString(asked, 1),
        alertQuery: alertQueryString(asked),
        pagination: outcome.kind === 'results' ? pagination(asked, outcome.pages) : null,
      })
    })
  }
}

function pagination(asked: SearchRequest, pages: number) {
  if (pages <= 1) return null
  return paginationLinks(asked.page, pages, page => `/search?${searchQueryString(asked, page)}`)
}

/** The alert form's query for this search: its words, committee and type (dates are the past's). */
function alertQueryString(asked: SearchRequest): string {
  const query = new URLSearchParams({ q: asked.q })
  if (asked.committee) query.set('committee', asked.committee)
  if (asked.type) query.set('type', asked.type)
  return query.toString()
}
