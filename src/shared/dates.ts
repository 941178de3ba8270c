const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })

/** Today's date in England (YYYY-MM-DD): meetings are dated in local time, not UTC. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now)
}
