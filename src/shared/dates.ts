const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** Today's date in England (YYYY-MM-DD): meetings are dated in local time, not UTC. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now)
}

/**
 * Calendar arithmetic on YYYY-MM-DD dates, free of time zones.
 *
 * ```ts
 * addDays('2023-05-17', 14) // '2023-05-31'
 * ```
 */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The date of the next given weekday (0 Sunday … 6 Saturday) on or after a date. */
export function onOrAfterWeekday(isoDate: string, weekday: number): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay()
  return addDays(isoDate, (weekday - day + 7) % 7)
}
