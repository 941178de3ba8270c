import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseDate, parseTime, parseTimeSlot } from './dates.ts'

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['WEDNESDAY, 17 MAY 2023 AT 10:00 HOURS', '2023-05-17'],
    ['20 Jul 2022', '2022-07-20'],
    ['5 April 2023', '2023-04-05'],
    ['20/04/2016', '2016-04-20'],
    ['Wednesday 20th April 2016', '2016-04-20'],
    ['HELD ON WEDNESDAY 16 MARCH, 2016 AT 1400 HOURS', '2016-03-16'],
    ['03 Mar 16', '2016-03-03'],
    ['7 Sept 2022', '2022-09-07'],
    ['May 17, 2023', '2023-05-17'],
    ['2023-05-17', '2023-05-17'],
    ['31 February 2023', null],
    ['no date here', null],
    ['Page 46 of 100', null],
  ]
  for (const [input, expected] of cases) {
    test(`reads ${JSON.stringify(input)} as ${expected}`, () => assert.equal(parseDate(input), expected))
  }
})

describe('parseTime', () => {
  const cases: [string, string | null][] = [
    ['1000 hours', '10:00'],
    ['AT 14:00 HOURS', '14:00'],
    ['10:00', '10:00'],
    ['10.00 am', '10:00'],
    ['2pm', '14:00'],
    ['2.30 p.m.', '14:30'],
    ['12.10 hours', '12:10'],
    ['noon', '12:00'],
    ['25:00', null],
    ['Committee Room 3', null],
  ]
  for (const [input, expected] of cases) {
    test(`reads ${JSON.stringify(input)} as ${expected}`, () => assert.equal(parseTime(input), expected))
  }
})

describe('parseTimeSlot', () => {
  const cases: [string, string | null, [string, string] | null][] = [
    ['(10.05 - 10.45)', '10:00', ['10:05', '10:45']],
    ['(11.25 - 12.05)', '10:00', ['11:25', '12:05']],
    ['(2.10 - 4.10)', '14:00', ['14:10', '16:10']],
    ['(4.40 \u2013 5.20)', '14:00', ['16:40', '17:20']],
    ['(2.10 - 4.10)', null, ['14:10', '16:10']],
    ['(11.30 - 1.00)', '10:00', ['11:30', '13:00']],
    ['10:05-10:45', null, ['10:05', '10:45']],
    ['(2pm - 3pm)', null, ['14:00', '15:00']],
    ['(1405-1450)', '14:00', ['14:05', '14:50']],
    ['(0930 to 1015)', null, ['09:30', '10:15']],
    ['(2016-2017)', null, null],
    ['(2015-2030)', '10:00', null],
    ['(2015-2030)', '19:00', ['20:15', '20:30']],
    ['(IF ANY)', null, null],
    ['2016 - 2017', null, null],
    ['11.40 am - 12 noon', '10:00', ['11:40', '12:00']],
    ['12 noon - 12.15 pm', '10:00', ['12:00', '12:15']],
  ]
  for (const [input, start, expected] of cases) {
    test(`reads ${JSON.stringify(input)} at a ${start} meeting`, () =>
      assert.deepEqual(parseTimeSlot(input.replace('\u2013', '-'), start), expected))
  }
})
