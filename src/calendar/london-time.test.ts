import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { londonTimeToUtc, oneYearBefore } from './london-time.ts'

const utc = (date: string, time: string) => londonTimeToUtc(date, time).toISOString()

describe('UK local meeting times as UTC instants', () => {
  test('British Summer Time is an hour ahead of UTC; Greenwich Mean Time is UTC', () => {
    assert.equal(utc('2023-05-17', '10:00:00'), '2023-05-17T09:00:00.000Z')
    assert.equal(utc('2023-12-13', '10:00'), '2023-12-13T10:00:00.000Z')
    assert.equal(utc('2024-07-01', '18:30:00'), '2024-07-01T17:30:00.000Z')
  })

  test('either side of the clock changes', () => {
    assert.equal(utc('2024-03-30', '14:00'), '2024-03-30T14:00:00.000Z') // Saturday before: GMT
    assert.equal(utc('2024-03-31', '14:00'), '2024-03-31T13:00:00.000Z') // the change day: BST
    assert.equal(utc('2024-10-26', '14:00'), '2024-10-26T13:00:00.000Z') // Saturday before: BST
    assert.equal(utc('2024-10-27', '14:00'), '2024-10-27T14:00:00.000Z') // the change day: GMT
  })

  test('a time that happens twice is the first; one that never happens uses the offset before the gap', () => {
    assert.equal(utc('2024-10-27', '01:30'), '2024-10-27T00:30:00.000Z')
    assert.equal(utc('2024-03-31', '01:30'), '2024-03-31T01:30:00.000Z')
  })

  test('refuses what is not a date and time', () => {
    assert.throws(() => londonTimeToUtc('17/05/2023', '10:00'))
    assert.throws(() => londonTimeToUtc('2023-05-17', '10am'))
  })
})

describe('a year before a date', () => {
  test('is the same day of the previous year, 29 February becoming 28 February', () => {
    assert.equal(oneYearBefore('2026-11-23'), '2025-11-23')
    assert.equal(oneYearBefore('2024-02-29'), '2023-02-28')
    assert.equal(oneYearBefore('2024-01-01'), '2023-01-01')
  })
})
