import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { moved, newItemPosition } from './agenda-order.ts'
import { standingKindOf } from './standing-items.ts'
import { DEFAULT_STANDING_ITEMS } from './meeting-admin.service.ts'

const agenda = (titles: string[]) => titles.map(title => ({ standing_kind: standingKindOf(title) }))

describe('newItemPosition', () => {
  test('after the opening standing items, before the work programme', () => {
    // 1 recording, 2 apologies, 3 declarations, 4 action notes, 5 action tracker, 6 work programme…
    assert.equal(newItemPosition(agenda(DEFAULT_STANDING_ITEMS)), 6)
  })
  test('after earlier business items', () => {
    const titles = [...DEFAULT_STANDING_ITEMS.slice(0, 5), 'School exclusions', ...DEFAULT_STANDING_ITEMS.slice(5)]
    assert.equal(newItemPosition(agenda(titles)), 7)
  })
  test('at the end of an agenda without closing items, and first on an empty one', () => {
    assert.equal(newItemPosition(agenda(['Apologies', 'Budget'])), 3)
    assert.equal(newItemPosition([]), 1)
  })
})

describe('moved', () => {
  test('up and down swap with the neighbour', () => {
    assert.deepEqual(moved([1, 2, 3], 2, 'up'), [2, 1, 3])
    assert.deepEqual(moved([1, 2, 3], 2, 'down'), [1, 3, 2])
  })
  test('the first cannot go up, the last cannot go down, an unknown id changes nothing', () => {
    assert.deepEqual(moved([1, 2, 3], 1, 'up'), [1, 2, 3])
    assert.deepEqual(moved([1, 2, 3], 3, 'down'), [1, 2, 3])
    assert.deepEqual(moved([1, 2, 3], 9, 'down'), [1, 2, 3])
  })
})
