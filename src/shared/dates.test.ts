import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addDays, onOrAfterWeekday, todayInLondon } from './dates.ts'

describe('todayInLondon', () => {
  test('uses the UK date, not UTC, late on a summer evening', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    assert.equal(todayInLondon(new Date('2024-06-30T23:30:00Z')), '2024-07-01')
  })
  test('in winter London is on UTC', () => {
    assert.equal(todayInLondon(new Date('2024-01-31T23:30:00Z')), '2024-01-31')
  })
})

describe('addDays', () => {
  for (const [date, days, expected] of [
    ['2023-05-17', 14, '2023-05-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-31', -31, '2024-02-29'],
    ['2024-03-30', 1, '2024-03-31'], // clocks change overnight: still one calendar day
  ] as const) {
    test(`${date} + ${days} = ${expected}`, () => assert.equal(addDays(date, days), expected))
  }
})

describe('onOrAfterWeekday', () => {
  test('a Wednesday stays itself', () => assert.equal(onOrAfterWeekday('2023-05-17', 3), '2023-05-17'))
  test('a Thursday moves to the next Wednesday', () => assert.equal(onOrAfterWeekday('2023-05-18', 3), '2023-05-24'))
})
