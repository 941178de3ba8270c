import { addDays } from '../shared/dates.ts'
import { assertKnownDate, isBankHoliday, isWeekend } from './bank-holidays.ts'

// The agenda and reports must be open to inspection at least five clear days before the meeting (Local
// Government Act 1972, s100B(3)). We count working days, as DESIGN.md §3 asks: weekends and bank holidays
// do not count, and neither does the day of publication nor the day of the meeting.
export const CLEAR_WORKING_DAYS = 5

/** A weekday that is not an England and Wales bank holiday. Throws a RangeError outside the known years. */
export function isWorkingDay(date: string): boolean {
  return !isBankHoliday(date) && !isWeekend(date)
}

/** The nth working day before a date, never counting the date itself; the date itself when n is 0. */
function workingDaysBefore(date: string, n: number): string {
  let day = date
  for (let found = 0; found < n;) {
    day = addDays(day, -1)
    if (isWorkingDay(day)) found++
  }
  return day
}

/**
 * The working days strictly between publication and meeting, the "clear" days of the rule; 0 when
 * publication is on or after the meeting day.
 *
 * ```ts
 * clearWorkingDaysBetween('2023-05-09', '2023-05-17') // 5: 10, 11, 12, 15 and 16 May
 * ```
 */
export function clearWorkingDaysBetween(publishedOn: string, meetingDate: string): number {
  assertKnownDate(publishedOn)
  assertKnownDate(meetingDate)
  let count = 0
  // YYYY-MM-DD strings sort as dates do, so plain comparison bounds the walk.
  for (let day = addDays(publishedOn, 1); day < meetingDate; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count++
  }
  return count
}

/**
 * The latest date the agenda and reports may be published for a meeting: the working day before the five
 * clear working days that must separate publication from the meeting. Weekends and bank holidays are not
 * working days, and neither the day of publication nor the day of the meeting counts.
 *
 * The law does not require publication on a working day (a pack put up at the weekend after a Friday deadline
 * still has five clear working days, and `isPublishedInTime` accepts it), but councils publish on working
 * days, so this is the date to plan for.
 *
 * ```ts
 * // Meeting on Wednesday 17 May 2023. Clear working days: Wed 10, Thu 11, Fri 12, Mon 15, Tue 16 May.
 * latestPublicationDate('2023-05-17') // '2023-05-09'
 * // A day earlier, and Monday 8 May (the Coronation bank holiday) pushes publication back to Friday 5 May.
 * latestPublicationDate('2023-05-16') // '2023-05-05'
 * latestPublicationDate('2031-01-15') // throws RangeError: bank holidays unknown
 * ```
 *
 * Throws a RangeError if the meeting date, or any day the count reaches back to, lies outside
 * `BANK_HOLIDAY_YEARS`: so meetings in the first days of the first year cannot be dated either.
 */
export function latestPublicationDate(meetingDate: string): string {
  assertKnownDate(meetingDate)
  return workingDaysBefore(meetingDate, CLEAR_WORKING_DAYS + 1)
}

/**
 * Whether publishing on `publishedOn` leaves the meeting its five clear working days.
 *
 * ```ts
 * isPublishedInTime('2023-05-17', '2023-05-09') // true
 * isPublishedInTime('2023-05-17', '2023-05-10') // false: only four clear working days remain
 * ```
 */
export function isPublishedInTime(meetingDate: string, publishedOn: string): boolean {
  return clearWorkingDaysBetween(publishedOn, meetingDate) >= CLEAR_WORKING_DAYS
}

/**
 * The deadline for report authors: a number of working days before the latest publication date, leaving
 * officers time to assemble and check the pack.
 *
 * ```ts
 * // Publication by Tue 9 May 2023; Mon 8 May was a bank holiday, so two working days back is Thu 4 May.
 * reportDeadline('2023-05-17') // '2023-05-04'
 * reportDeadline('2023-05-17', 0) // '2023-05-09'
 * ```
 */
export function reportDeadline(meetingDate: string, workingDaysBeforePublication = 2): string {
  if (!Number.isInteger(workingDaysBeforePublication) || workingDaysBeforePublication < 0) {
    throw new RangeError(`Working days before publication must be a whole number ≥ 0: ${workingDaysBeforePublication}`)
  }
  return workingDaysBefore(latestPublicationDate(meetingDate), workingDaysBeforePublication)
}
