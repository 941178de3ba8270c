/**
 * Meetings are dated and timed in local UK time, as printed on the agenda ('2023-05-17', '10:00:00').
 * The calendar feed gives each start as a UTC instant; this turns the UK wall-clock time into one,
 * using the time-zone database that ships with Node (so British Summer Time is handled).
 */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})
const DAY_MS = 24 * 60 * 60 * 1000

/** How far London is ahead of UTC (in milliseconds) at an instant: 0 in winter, 3,600,000 in summer. */
function londonOffsetAt(epochMs: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(LONDON.formatToParts(new Date(epochMs)).find(p => p.type === type)?.value)
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return wall - Math.floor(epochMs / 1000) * 1000
}

/**
 * The UTC instant of a UK local date and time. As RFC 5545 (3.3.5) reads local times: a time that
 * happens twice (the October change) is the first of the two; a time that does not exist (the March
 * change) is read with the offset in force before the gap.
 *
 * ```ts
 * londonTimeToUtc('2023-05-17', '10:00:00').toISOString() // '2023-05-17T09:00:00.000Z' (BST)
 * londonTimeToUtc('2023-12-13', '10:00').toISOString() // '2023-12-13T10:00:00.000Z' (GMT)
 * ```
 */
export function londonTimeToUtc(date: string, time: string): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(time)
  if (!d || !t) throw new Error(`Not a date and time: ${date} ${time}`)
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0))
  const offsetBefore = londonOffsetAt(wall - DAY_MS)
  const offsetAfter = londonOffsetAt(wall + DAY_MS)
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map(offset => wall - offset)
    .filter(instant => londonOffsetAt(instant) === wall - instant)
    .sort((a, b) => a - b)
  return new Date(candidates[0] ?? wall - offsetBefore)
}

/** The same day a year earlier (29 February becomes 28 February). */
export function oneYearBefore(isoDate: string): string {
  const year = String(Number(isoDate.slice(0, 4)) - 1).padStart(4, '0')
  const monthDay = isoDate.slice(5) === '02-29' ? '02-28' : isoDate.slice(5)
  return `${year}-${monthDay}`
}
