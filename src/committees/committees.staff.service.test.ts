import assert from 'node:assert/strict'
import { test } from 'node:test'
import { standingKindOf } from '../meetings/standing-items.ts'
import { STANDARD_STANDING_ITEMS, standingItemLines } from './committees.staff.service.ts'

test('every standard standing item is recognised as its own kind of standing item', () => {
  const kinds = STANDARD_STANDING_ITEMS.map(title => standingKindOf(title))
  assert.ok(
    kinds.every(kind => kind !== null),
    JSON.stringify(kinds),
  )
  assert.equal(new Set(kinds).size, kinds.length)
})

test('the standing items template is one title per line, trimmed, blank lines dropped, order kept', () => {
  assert.deepEqual(standingItemLines(' Apologies \r\n\r\nWork programme\n  \nAction tracker'), [
    'Apologies',
    'Work programme',
    'Action tracker',
  ])
  assert.deepEqual(standingItemLines(''), [])
})
