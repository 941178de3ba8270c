import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { createTestEngine } from '../../test/support/test-database.ts'
import {
  CANDIDATE_LIMIT,
  FIRST_WINDOW_DAYS,
  nextWindowDays,
  searchEntries,
  type SearchFilter,
} from './search.repository.ts'

test('each window reaches back as far as the rate of matches so far says is needed', () => {
  assert.equal(nextWindowDays(300, 91, 701, 91), 234, '3.3 a day found, 701 more wanted, a tenth more')
  assert.equal(nextWindowDays(0, 91, 1001, 91), 364, 'none found yet: four times as far')
  assert.equal(nextWindowDays(5000, 91, 1, 91), 7, 'at least a week')
  assert.equal(FIRST_WINDOW_DAYS, 91)
})

/**
 * The candidates taken window by window must be exactly the newest matches of all years: the
 * walk stops in the middle of a window, and the ones without a date come after every dated one.
 */
describe('the newest matches, whatever the years they fall in', () => {
  let engine: Awaited<ReturnType<typeof createTestEngine>>
  const filter = (over: Partial<SearchFilter>): SearchFilter => ({
    text: 'walrus',
    committeeId: null,
    from: null,
    to: null,
    entryTypes: null,
    sort: 'newest',
    limit: 2000,
    offset: 0,
    ...over,
  })
  // Per year from 2010 to 2024 a different number of entries, some matching, some not, and a few undated.
  const expected: Array<{ id: number; date: string | null }> = []

  before(async () => {
    engine = await createTestEngine()
    const entries: Array<{ date: string | null; body: string }> = []
    for (let year = 2010; year <= 2024; year++) {
      const perYear = 60 + ((year * 37) % 150)
      for (let i = 0; i < perYear; i++) {
        const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
        entries.push({ date, body: i % 3 ? `The walrus report number ${i}` : `Another report number ${i}` })
      }
    }
    for (let i = 0; i < 5; i++) entries.push({ date: null, body: 'An undated walrus' })
    await engine.db
      .insertInto('search_entry')
      .values(
        entries.map(({ date, body }, i) => ({
          source: 'action',
          source_id: i + 1,
          page_number: 0,
          entry_type: 'action',
          entry_date: date,
          title: 'Action',
          body,
          search_vector: sql`to_tsvector('english', ${body})`,
        })),
      )
      .execute()
    entries.forEach(({ date, body }, i) => body.includes('walrus') && expected.push({ id: i + 1, date }))
    expected.sort((a, b) =>
      a.date === b.date ? b.id - a.id : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1,
    )
  })
  after(() => engine?.dispose())

  test(`over ${CANDIDATE_LIMIT} matches: the newest ${CANDIDATE_LIMIT + 1}, in date order`, async () => {
    assert.ok(expected.length > CANDIDATE_LIMIT + 100, 'the corpus has more matches than are ranked')
    const rows = await searchEntries(engine.db, filter({}))
    assert.deepEqual(
      rows.map(r => r.source_id),
      expected.slice(0, CANDIDATE_LIMIT + 1).map(e => e.id),
    )
    assert.equal(Number(rows[0]!.total), CANDIDATE_LIMIT + 1)
  })

  test('within a date range, all of its matches and only those', async () => {
    const inRange = expected.filter(e => e.date && e.date >= '2015-03-01' && e.date <= '2017-06-30')
    const rows = await searchEntries(engine.db, filter({ from: '2015-03-01', to: '2017-06-30' }))
    assert.deepEqual(
      rows.map(r => r.source_id),
      inRange.map(e => e.id),
    )
  })

  test('entries without a date come last, after every dated match', async () => {
    const old = expected.filter(e => e.date === null || e.date < '2011-01-01')
    const rows = await searchEntries(engine.db, filter({ text: 'walrus -report' }))
    assert.equal(rows.length, 5)
    assert.ok(rows.every(r => r.entry_date === null))
    const some = await searchEntries(engine.db, filter({ to: '2010-12-31' }))
    assert.deepEqual(
      some.map(r => r.source_id),
      old.filter(e => e.date !== null).map(e => e.id),
      'an end date leaves the undated out',
    )
  })

  test('stop words alone find nothing, even with filters', async () => {
    assert.deepEqual(await searchEntries(engine.db, filter({ text: 'the of and', from: '2012-01-01' })), [])
  })
})
