import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, parseId, parseListQuery } from './list-query.ts'

describe('cursors', () => {
  test('a cursor gives back the id it was made from, for every possible id', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), id => decodeCursor(encodeCursor(id)) === id))
  })

  test('anything that is not a cursor we gave out is refused, not guessed at', () => {
    for (const bad of ['', 'abc', '1', 'YWZ0ZXI6MA', encodeCursor(0), Buffer.from('after:-1').toString('base64url')]) {
      assert.equal(decodeCursor(bad), null, bad)
    }
    assert.equal(decodeCursor(Buffer.from('after:2147483648').toString('base64url')), null, 'beyond integer ids')
    fc.assert(fc.property(fc.string(), text => decodeCursor(text) === null || /^[A-Za-z0-9_-]+$/.test(text)))
  })
})

describe('parseListQuery', () => {
  test('no parameters: the first page at the default size, everything', () => {
    assert.deepEqual(parseListQuery({}), { ok: true, page: { limit: DEFAULT_LIMIT, after: null, modifiedSince: null } })
    assert.deepEqual(parseListQuery(undefined), parseListQuery({}))
  })

  test('reads limit, cursor and modified_since', () => {
    const result = parseListQuery({ limit: '5', cursor: encodeCursor(42), modified_since: '2026-05-01T12:00:00+01:00' })
    assert.deepEqual(result, {
      ok: true,
      page: { limit: 5, after: 42, modifiedSince: new Date('2026-05-01T11:00:00Z') },
    })
  })

  test('ignores parameters it does not know (caches and tools add their own)', () => {
    assert.equal(parseListQuery({ _: '123', utm_source: 'x' }).ok, true)
  })

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['limit 0', { limit: '0' }, 'limit'],
    ['limit over the maximum', { limit: String(MAX_LIMIT + 1) }, 'limit'],
    ['limit not a number', { limit: 'ten' }, 'limit'],
    ['limit negative', { limit: '-1' }, 'limit'],
    ['limit given twice', { limit: ['1', '2'] }, 'limit'],
    ['a made-up cursor', { cursor: 'abc' }, 'cursor'],
    ['a date without a time', { modified_since: '2026-05-01' }, 'modified_since'],
    ['not a date at all', { modified_since: 'yesterday' }, 'modified_since'],
    ['a time without a zone', { modified_since: '2026-05-01T00:00:00' }, 'modified_since'],
    ['an offset no clock has', { modified_since: '2026-05-01T00:00:00+99:99' }, 'modified_since'],
    ['year 0', { modified_since: '0000-01-01T00:00:00Z' }, 'modified_since'],
  ]
  for (const [name, query, parameter] of bad) {
    test(`refuses ${name}, naming the parameter`, () => {
      const result = parseListQuery(query)
      assert.equal(result.ok, false)
      if (!result.ok)
        assert.deepEqual(
          result.problems.map(p => p.parameter),
          [parameter],
        )
    })
  }
})

describe('parseId', () => {
  test('positive integers that fit the database, nothing else', () => {
    assert.equal(parseId('1'), 1)
    assert.equal(parseId('2147483647'), 2147483647)
    for (const bad of ['0', '-1', '01', '1.5', '1e3', 'abc', '', '2147483648', '99999999999']) {
      assert.equal(parseId(bad), null, bad)
    }
  })
})
