import { addDays } from '../shared/dates.ts'

/**
 * The years whose bank holidays we know. Outside them a working-day count would be a guess, and a wrong
 * guess makes an unlawful publication look lawful, so every function here throws a RangeError instead.
 */
export const BANK_HOLIDAY_YEARS = Object.freeze({ first: 2010, last: 2030 })

/**
 * The last year whose England and Wales bank holidays the government has announced
 * (https://www.gov.uk/bank-holidays). Later years are projected from the standard rules, which cannot foresee
 * a one-off holiday proclaimed later (a jubilee, a coronation): when gov.uk announces a year, add its dates to
 * ANNOUNCED and move this on.
 */
export const LAST_ANNOUNCED_YEAR = 2027

// England and Wales only: Scotland and Northern Ireland have other holidays. Ordinary years are checked
// against the standard rules by the tests, so a slip in transcription fails the build. The proclaimed changes:
// 2011 royal wedding (29 Apr); 2012 Diamond Jubilee (4-5 Jun, spring holiday moved from 28 May);
// 2020 VE Day (early May holiday moved from 4 to 8 May); 2022 Platinum Jubilee (2-3 Jun, spring holiday
// moved from 30 May) and the State Funeral (19 Sep); 2023 Coronation (8 May).
// prettier-ignore
const ANNOUNCED: Readonly<Record<number, readonly string[]>> = {
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
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The year of a YYYY-MM-DD date, after checking it is a real calendar date: '2023-02-30' would otherwise roll
 * over into March and silently shift every count.
 */
export function yearOf(date: string): number {
  const match = ISO_DATE.exec(date)
  const parsed = new Date(`${date}T00:00:00Z`)
  if (!match || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a YYYY-MM-DD calendar date: '${date}'`)
  }
  return Number(match[1])
}

/** Day of the week in UTC, so the server's time zone never moves a date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date)
  return day === 0 || day === 6
}

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return iso(year, month, day)
}

const MONDAY = 1

function firstMonday(year: number, month: number): string {
  const first = iso(year, month, 1)
  return addDays(first, (MONDAY - weekdayOf(first) + 7) % 7)
}

function lastMonday(year: number, month: number, lastDay: number): string {
  const last = iso(year, month, lastDay)
  return addDays(last, -((weekdayOf(last) - MONDAY + 7) % 7))
}

/**
 * A holiday that falls on a weekend is observed on the next weekday that is not already a holiday: this gives
 * Monday 27 and Tuesday 28 December when Christmas is a Saturday, and Tuesday 27 when it is a Sunday.
 */
function observed(date: string, taken: ReadonlySet<string>): string {
  let day = date
  while (isWeekend(day) || taken.has(day)) day = addDays(day, 1)
  return day
}

/**
 * A year's bank holidays by the standing pattern (the Banking and Financial Dealings Act 1971 schedule, the
 * yearly proclamations of New Year's Day and early May, and the common-law holidays Good Friday and Christmas
 * Day), without one-off proclamations. Projects the years not yet announced.
 */
export function standardBankHolidays(year: number): string[] {
  const easter = easterSunday(year)
  const days = new Set([
    observed(iso(year, 1, 1), new Set()),
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5, 31),
    lastMonday(year, 8, 31),
  ])
  days.add(observed(iso(year, 12, 25), days))
  days.add(observed(iso(year, 12, 26), days))
  return [...days].sort()
}

function assertCovered(year: number): void {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) {
    throw new RangeError(
      `Bank holidays are known only for ${BANK_HOLIDAY_YEARS.first}-${BANK_HOLIDAY_YEARS.last}, not ${year}`,
    )
  }
}

/** Throws a RangeError unless the date is a real YYYY-MM-DD date in a year whose bank holidays we know. */
export function assertKnownDate(date: string): void {
  assertCovered(yearOf(date))
}

const BY_YEAR: ReadonlyMap<number, readonly string[]> = new Map(
  Array.from({ length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 }, (_, i) => {
    const year = BANK_HOLIDAY_YEARS.first + i
    return [year, Object.freeze(ANNOUNCED[year] ?? standardBankHolidays(year))] as const
  }),
)
const ALL = new Set([...BY_YEAR.values()].flat())

/**
 * The England and Wales bank holidays of a year, in date order.
 *
 * ```ts
 * bankHolidaysIn(2023) // ['2023-01-02', '2023-04-07', … '2023-05-08' (Coronation) …, '2023-12-26']
 * bankHolidaysIn(2009) // throws RangeError
 * ```
 */
export function bankHolidaysIn(year: number): string[] {
  assertCovered(year)
  return [...(BY_YEAR.get(year) ?? [])]
}

/**
 * Whether a YYYY-MM-DD date is an England and Wales bank holiday (substitute days included).
 *
 * ```ts
 * isBankHoliday('2022-09-19') // true: State Funeral of Queen Elizabeth II
 * isBankHoliday('2022-05-30') // false: the spring holiday moved to 2 June for the Platinum Jubilee
 * ```
 */
export function isBankHoliday(date: string): boolean {
  assertKnownDate(date)
  return ALL.has(date)
}
