import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../shared/dates.ts'
import {
  clearWorkingDaysBetween,
  isPublishedInTime,
  isWorkingDay,
  latestPublicationDate,
  reportDeadline,
} from './publication-deadline.ts'

// Meetings from here on publish within the table (the first meeting that can is 12 January 2010); the table
// ends on 31 December 2030.
const FIRST = '2010-02-01'
const LAST = '2030-12-31'
const SPAN = (Date.parse(LAST) - Date.parse(FIRST)) / 86_400_000
const anyDate = fc.integer({ min: 0, max: SPAN }).map(offset => addDays(FIRST, offset))
// Dates at most 200 days apart, as publication and meeting are in life: it keeps the day-by-day walks short.
const nearbyDates = (count: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: SPAN - 200 }),
      fc.array(fc.integer({ min: 0, max: 200 }), { minLength: count, maxLength: count }),
    )
    .map(([start, gaps]) => gaps.map(gap => addDays(FIRST, start + gap)))

function nextWorkingDay(date: string): string {
  let day = addDays(date, 1)
  while (!isWorkingDay(day)) day = addDays(day, 1)
  return day
}

describe('latestPublicationDate', () => {
  const cases: Array<[string, string, string]> = [
    ['2023-05-17', '2023-05-09', 'Wed 17 May 2023: clear days Wed 10, Thu 11, Fri 12, Mon 15, Tue 16'],
    ['2023-05-16', '2023-05-05', 'Tue 16 May 2023: the Coronation on Mon 8 May does not count'],
    ['2023-06-19', '2023-06-09', 'Mon 19 June 2023: the weekend before the meeting does not count'],
    ['2021-01-06', '2020-12-24', 'Wed 6 Jan 2021: New Year, Christmas and the Boxing Day substitute are skipped'],
    ['2022-01-05', '2021-12-23', 'Wed 5 Jan 2022: both Christmas substitutes and the New Year substitute'],
    ['2023-01-10', '2022-12-30', 'Tue 10 Jan 2023: the New Year substitute (Mon 2 Jan) is skipped'],
    ['2023-04-12', '2023-03-31', 'Wed 12 Apr 2023: Good Friday and Easter Monday are skipped'],
    ['2022-06-08', '2022-05-27', 'Wed 8 June 2022: the jubilee days skipped, Mon 30 May a working day'],
    ['2022-09-21', '2022-09-12', 'Wed 21 Sep 2022: the State Funeral on Mon 19 Sep is skipped'],
    ['2020-05-13', '2020-05-04', 'Wed 13 May 2020: VE Day skipped, Mon 4 May a working day'],
    ['2010-01-12', '2010-01-04', 'Tue 12 Jan 2010: the first meeting whose count stays inside the table'],
    ['2030-12-31', '2030-12-19', 'Tue 31 Dec 2030, the last day of the table: Christmas and Boxing Day skipped'],
  ]
  for (const [meeting, published, why] of cases) {
    test(why, () => assert.equal(latestPublicationDate(meeting), published))
  }

  test('throws a RangeError for meetings whose count leaves the table', () => {
    for (const meeting of ['2009-12-01', '2010-01-11', '2031-01-15', '2040-05-01']) {
      assert.throws(() => latestPublicationDate(meeting), RangeError, meeting)
    }
  })

  test('throws a RangeError for a date that is not a date', () => {
    for (const meeting of ['2023-02-29', '17/05/2023', '2023-05-17T10:00:00Z', '']) {
      assert.throws(() => latestPublicationDate(meeting), RangeError, meeting)
    }
  })
})

describe('clearWorkingDaysBetween', () => {
  const cases: Array<[string, string, number]> = [
    ['2023-05-09', '2023-05-17', 5],
    ['2023-05-10', '2023-05-17', 4],
    ['2023-05-16', '2023-05-17', 0], // the day before: nothing lies between
    ['2023-05-17', '2023-05-17', 0], // the same day
    ['2023-05-20', '2023-05-17', 0], // after the meeting
    ['2023-05-13', '2023-05-17', 2], // published on a Saturday: Mon 15, Tue 16
    ['2022-12-23', '2023-01-04', 4], // 28, 29, 30 Dec and 3 Jan; 26, 27 Dec and 2 Jan are holidays
  ]
  for (const [published, meeting, clear] of cases) {
    test(`${published} → ${meeting}: ${clear}`, () => assert.equal(clearWorkingDaysBetween(published, meeting), clear))
  }

  test('throws a RangeError when either date is outside the table', () => {
    assert.throws(() => clearWorkingDaysBetween('2009-12-20', '2010-01-20'), RangeError)
    assert.throws(() => clearWorkingDaysBetween('2030-12-20', '2031-01-08'), RangeError)
  })

  test('adds up across any date in between', () => {
    fc.assert(
      fc.property(nearbyDates(3), dates => {
        const [a, b, c] = [...dates].sort() as [string, string, string]
        const middle = b > a && b < c && isWorkingDay(b) ? 1 : 0
        assert.equal(
          clearWorkingDaysBetween(a, c),
          clearWorkingDaysBetween(a, b) + clearWorkingDaysBetween(b, c) + middle,
        )
      }),
      { numRuns: 300 },
    )
  })
})

describe('isPublishedInTime', () => {
  test('the latest publication date is in time and the next working day is not', () => {
    assert.equal(isPublishedInTime('2023-05-17', '2023-05-09'), true)
    assert.equal(isPublishedInTime('2023-05-17', '2023-05-10'), false)
    assert.equal(isPublishedInTime('2023-05-17', '2023-05-03'), true)
  })

  test('a weekend publication after a Friday deadline still leaves five clear working days', () => {
    assert.equal(latestPublicationDate('2023-06-19'), '2023-06-09')
    assert.equal(isPublishedInTime('2023-06-19', '2023-06-10'), true)
    assert.equal(isPublishedInTime('2023-06-19', '2023-06-11'), true)
    assert.equal(isPublishedInTime('2023-06-19', '2023-06-12'), false)
  })

  test('publishing on or after the meeting day is never in time', () => {
    assert.equal(isPublishedInTime('2023-05-17', '2023-05-17'), false)
    assert.equal(isPublishedInTime('2023-05-17', '2023-06-01'), false)
  })

  test('publishing on or before the latest date is in time; any working day after it is not', () => {
    fc.assert(
      fc.property(nearbyDates(2), ([meeting = '', published = '']) => {
        const latest = latestPublicationDate(meeting)
        const inTime = isPublishedInTime(meeting, published)
        assert.equal(inTime, clearWorkingDaysBetween(published, meeting) >= 5)
        if (published <= latest) assert.equal(inTime, true)
        else if (isWorkingDay(published)) assert.equal(inTime, false)
      }),
      { numRuns: 500 },
    )
  })
})

describe('the five clear working days rule, for every meeting date', () => {
  const properties = (meeting: string): void => {
    const latest = latestPublicationDate(meeting)
    assert.equal(clearWorkingDaysBetween(latest, meeting), 5, meeting)
    assert.equal(isWorkingDay(latest), true, meeting)
    assert.equal(isPublishedInTime(meeting, latest), true, meeting)
    assert.equal(isPublishedInTime(meeting, nextWorkingDay(latest)), false, meeting)
  }

  test('holds for random meeting dates', () => fc.assert(fc.property(anyDate, properties), { numRuns: 1000 }))

  test('holds for every day from February 2010 to December 2030, and never moves backwards', () => {
    let previous = ''
    for (let meeting = FIRST; meeting <= LAST; meeting = addDays(meeting, 1)) {
      properties(meeting)
      const latest = latestPublicationDate(meeting)
      assert.ok(latest >= previous, meeting)
      previous = latest
    }
  })
})

describe('reportDeadline', () => {
  test('is two working days before publication by default', () => {
    assert.equal(reportDeadline('2023-05-17'), '2023-05-04') // Mon 8 May was the Coronation
    assert.equal(reportDeadline('2023-06-19'), '2023-06-07')
    assert.equal(reportDeadline('2021-01-06'), '2020-12-22')
  })

  test('takes another number of working days', () => {
    assert.equal(reportDeadline('2023-05-17', 0), '2023-05-09')
    assert.equal(reportDeadline('2023-05-17', 1), '2023-05-05')
    assert.equal(reportDeadline('2023-05-17', 5), '2023-04-28') // Mon 1 May was the early May holiday
  })

  test('is always a working day that many working days before publication', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 10 }), (meeting, n) => {
        const deadline = reportDeadline(meeting, n)
        assert.equal(isWorkingDay(deadline), true)
        assert.equal(clearWorkingDaysBetween(deadline, latestPublicationDate(meeting)), n - 1)
      }),
      { numRuns: 300 },
    )
  })

  test('throws a RangeError for a negative or fractional number of days, or a meeting outside the table', () => {
    assert.throws(() => reportDeadline('2023-05-17', -1), RangeError)
    assert.throws(() => reportDeadline('2023-05-17', 1.5), RangeError)
    assert.throws(() => reportDeadline('2031-03-01'), RangeError)
  })
})
