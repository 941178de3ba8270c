import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { formatDate, formatLongDate, formatTime } from './format.ts'

describe('formatLongDate', () => {
  for (const [input, expected] of [
    ['2023-05-17', 'Wednesday 17 May 2023'],
    ['2016-04-20', 'Wednesday 20 April 2016'],
    ['2024-02-29', 'Thursday 29 February 2024'],
  ]) {
    test(`${input} reads as ${expected}`, () => assert.equal(formatLongDate(input!), expected))
  }
})

describe('formatDate', () => {
  for (const [input, expected] of [
    ['2023-05-17', '17 May 2023'],
    ['2024-02-29', '29 February 2024'],
    ['2016-04-01', '1 April 2016'],
  ]) {
    test(`${input} reads as ${expected}`, () => assert.equal(formatDate(input!), expected))
  }
})

describe('formatTime', () => {
  for (const [input, expected] of [
    ['10:00:00', '10am'],
    ['14:30', '2:30pm'],
    ['12:00', 'midday'],
    ['00:00', 'midnight'],
    ['12:15', '12:15pm'],
    ['09:05', '9:05am'],
  ]) {
    test(`${input} reads as ${expected}`, () => assert.equal(formatTime(input!), expected))
  }
})
