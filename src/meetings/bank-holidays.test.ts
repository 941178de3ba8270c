import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../shared/dates.ts'
import {
  BANK_HOLIDAY_YEARS,
  LAST_ANNOUNCED_YEAR,
  bankHolidaysIn,
  easterSunday,
  isBankHoliday,
  isWeekend,
  standardBankHolidays,
} from './bank-holidays.ts'

// Written out independently of the module's table, from gov.uk/bank-holidays (England and Wales);
// 2028-2030 are the standard pattern, not yet announced.
// prettier-ignore
const EXPECTED: Record<number, string[]> = {
  2010: ['2010-01-01', '2010-04-02', '2010-04-05', '2010-05-03', '2010-05-31', '2010-08-30', '2010-12-27', '2010-12-28'],
  2011: ['2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27'],
  2012: ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26'],
  2013: ['2013-01-01', '2013-03-29', '2013-04-01', '2013-05-06', '2013-05-27', '2013-08-26', '2013-12-25', '2013-12-26'],
  2014: ['2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05', '2014-05-26', '2014-08-25', '2014-12-25', '2014-12-26'],
  2015: ['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28'],
  2016: ['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27'],
  2017: ['2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26'],
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
}

// One-off proclamations: days added to, and standard days removed from, the usual pattern.
const PROCLAIMED: Record<number, { added: string[]; removed: string[] }> = {
  2011: { added: ['2011-04-29'], removed: [] },
  2012: { added: ['2012-06-04', '2012-06-05'], removed: ['2012-05-28'] },
  2020: { added: ['2020-05-08'], removed: ['2020-05-04'] },
  2022: { added: ['2022-06-02', '2022-06-03', '2022-09-19'], removed: ['2022-05-30'] },
  2023: { added: ['2023-05-08'], removed: [] },
}

const YEARS = Array.from(
  { length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 },
  (_, i) => BANK_HOLIDAY_YEARS.first + i,
)

describe('bankHolidaysIn', () => {
  test('covers 2010 to 2030', () => assert.deepEqual(BANK_HOLIDAY_YEARS, { first: 2010, last: 2030 }))

  for (const year of YEARS) {
    const expected = EXPECTED[year] ?? []
    test(`${year} has ${expected.length} bank holidays on the expected dates`, () => {
      const actual = bankHolidaysIn(year)
      assert.equal(actual.length, PROCLAIMED[year] ? expected.length : 8)
      assert.deepEqual(actual, expected)
    })
  }

  test('every bank holiday falls on a weekday, in its own year, in date order', () => {
    for (const year of YEARS) {
      const days = bankHolidaysIn(year)
      assert.deepEqual(days, [...days].sort())
      for (const day of days) {
        assert.equal(isWeekend(day), false, day)
        assert.ok(day.startsWith(`${year}-`), day)
      }
    }
  })

  test('returns a copy, so callers cannot change the table', () => {
    bankHolidaysIn(2023).push('2023-07-04')
    assert.equal(isBankHoliday('2023-07-04'), false)
    assert.equal(bankHolidaysIn(2023).length, 9)
  })

  test('refuses years it does not know', () => {
    for (const year of [2009, 2031, 1990, 2023.5, Number.NaN]) {
      assert.throws(() => bankHolidaysIn(year), RangeError, String(year))
    }
  })
})

describe('standardBankHolidays', () => {
  for (const year of YEARS) {
    const change = PROCLAIMED[year]
    const name = change ? 'differs only by the proclaimed changes' : 'matches the table'
    test(`${year} ${name}${year > LAST_ANNOUNCED_YEAR ? ' (projected)' : ''}`, () => {
      const standard = standardBankHolidays(year)
      const expected = change
        ? [...standard.filter(d => !change.removed.includes(d)), ...change.added].sort()
        : standard
      assert.deepEqual(bankHolidaysIn(year), expected)
      for (const removed of change?.removed ?? []) assert.ok(standard.includes(removed), removed)
    })
  }

  test('substitute days follow Christmas and New Year at weekends', () => {
    assert.deepEqual(standardBankHolidays(2010).slice(-2), ['2010-12-27', '2010-12-28']) // Sat 25, Sun 26
    assert.deepEqual(standardBankHolidays(2016).slice(-2), ['2016-12-26', '2016-12-27']) // Sun 25, Mon 26
    assert.deepEqual(standardBankHolidays(2015).slice(-2), ['2015-12-25', '2015-12-28']) // Fri 25, Sat 26
    assert.equal(standardBankHolidays(2011)[0], '2011-01-03') // Sat 1 January
    assert.equal(standardBankHolidays(2017)[0], '2017-01-02') // Sun 1 January
  })
})

describe('easterSunday', () => {
  const cases: Array<[number, string]> = [
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ]
  for (const [year, easter] of cases) test(`${year} → ${easter}`, () => assert.equal(easterSunday(year), easter))

  test('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), year => {
        const easter = easterSunday(year)
        assert.equal(new Date(`${easter}T00:00:00Z`).getUTCDay(), 0)
        assert.ok(easter >= `${year}-03-22` && easter <= `${year}-04-25`, easter)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('isBankHoliday', () => {
  const cases: Array<[string, boolean]> = [
    ['2022-09-19', true], // State Funeral
    ['2022-05-30', false], // spring holiday moved to 2 June for the Platinum Jubilee
    ['2020-05-04', false], // early May holiday moved to VE Day
    ['2020-05-08', true],
    ['2023-05-08', true], // Coronation
    ['2021-12-25', false], // a Saturday: the substitute is Monday 27
    ['2021-12-27', true],
    ['2023-05-17', false],
  ]
  for (const [date, expected] of cases) test(`${date} → ${expected}`, () => assert.equal(isBankHoliday(date), expected))

  test('agrees with bankHolidaysIn for any date in range', () => {
    const first = `${BANK_HOLIDAY_YEARS.first}-01-01`
    const days = (Date.parse(`${BANK_HOLIDAY_YEARS.last}-12-31`) - Date.parse(first)) / 86_400_000
    fc.assert(
      fc.property(fc.integer({ min: 0, max: days }), offset => {
        const date = addDays(first, offset)
        assert.equal(isBankHoliday(date), bankHolidaysIn(Number(date.slice(0, 4))).includes(date))
      }),
      { numRuns: 2000 },
    )
  })

  test('throws a RangeError outside the known years or for a date that is not a date', () => {
    for (const date of ['2009-12-31', '2031-01-01', '2023-02-30', '2023-5-8', '17/05/2023', '', '2023-05-08T00:00']) {
      assert.throws(() => isBankHoliday(date), RangeError, date)
    }
  })
})
