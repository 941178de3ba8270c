import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import {
  CANDIDATE_LIMIT,
  committeeChoices,
  committeeIdOf,
  countEntries,
  hasSearchableWords,
  searchEntries,
} from './search.repository.ts'
import { PAGE_SIZE, type SearchRequest } from './search-query.ts'
import { toSearchResult, type SearchResult } from './search-results.ts'
import { SEARCH_TYPES } from './search-types.ts'

export type SearchOutcome =
  | { kind: 'nothing-asked' }
  | { kind: 'no-words' }
  | { kind: 'unknown-committee' }
  | { kind: 'results'; total: number; more: boolean; pages: number; results: SearchResult[] }

/**
 * Public search of everything published. The index holds only public material (see migration
 * 0007), so the results are the same for everyone: exempt papers are never searchable, even by
 * those entitled to read them on the meeting page.
 */
export function createSearchService(db: Kysely<Database>) {
  return {
    committees: () => committeeChoices(db),

    async search(request: SearchRequest): Promise<SearchOutcome> {
      if (!request.q) return { kind: 'nothing-asked' }
      const committeeId = request.committee ? await committeeIdOf(db, request.committee) : null
      if (committeeId === undefined) return { kind: 'unknown-committee' }
      const filter = {
        text: request.q,
        committeeId,
        from: request.from,
        to: request.to,
        entryTypes: request.type ? SEARCH_TYPES[request.type].entryTypes : null,
        sort: request.sort,
        limit: PAGE_SIZE,
        offset: (request.page - 1) * PAGE_SIZE,
      }
      // One query in the usual case; why there is nothing is asked only when there is nothing.
      const rows = await searchEntries(db, filter)
      if (!rows.length && !(await hasSearchableWords(db, request.q))) return { kind: 'no-words' }
      const counted = rows[0] ? Number(rows[0].total) : filter.offset > 0 ? await countEntries(db, filter) : 0
      const total = Math.min(counted, CANDIDATE_LIMIT)
      return {
        kind: 'results',
        total,
        more: counted > CANDIDATE_LIMIT,
        pages: Math.ceil(total / PAGE_SIZE),
        results: rows.map(toSearchResult),
      }
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
