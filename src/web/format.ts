const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * A calendar date as people in a council read it.
 *
 * ```ts
 * formatLongDate('2023-05-17') // 'Wednesday 17 May 2023'
 * ```
 */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`)).replace(',', '')
}

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * A calendar date without its weekday, for tables and lists of dates.
 *
 * ```ts
 * formatDate('2023-05-17') // '17 May 2023'
 * ```
 */
export function formatDate(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`))
}

/**
 * A local time as GOV.UK style writes it.
 *
 * ```ts
 * formatTime('10:00:00') // '10am'
 * formatTime('14:30') // '2:30pm'
 * ```
 */
export function formatTime(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number)
  if (h === 12 && m === 0) return 'midday'
  if (h === 0 && m === 0) return 'midnight'
  const suffix = h < 12 ? 'am' : 'pm'
  const hour = h % 12 === 0 ? 12 : h % 12
  return m === 0 ? `${hour}${suffix}` : `${hour}:${String(m).padStart(2, '0')}${suffix}`
}
