/**
 * Dates and times as agenda packs print them, normalised to ISO `YYYY-MM-DD` and 24-hour `HH:MM`.
 * Every function returns null rather than guessing when the text does not hold a valid value.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

/** A month name or abbreviation, as a capturing regular-expression group. */
export const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
// "17 MAY 2023", "20th April 2016", "16 March, 2016", "20 Jul 2022", "03 Mar 16"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4}|\\d{2})\\b`, 'i')
// "May 17, 2023"
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
// "20/04/2016", "20.04.16", "20-04-2016" (UK order: day first)
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/

/** Format a calendar date as YYYY-MM-DD, or null when it does not exist (31 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function fullYear(text: string): number {
  const year = Number(text)
  return text.length === 2 ? 2000 + year : year
}

/** 1–12 for a month name or abbreviation ('Sept' included), 0 when it is not one. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0
}

/** A date found anywhere in `text`, in any of the forms packs use, or null. */
export function parseDate(text: string): string | null {
  return findDate(text)?.date ?? null
}

/** The first date in `text` with its position, so callers can look at what follows it. */
export function findDate(text: string): { date: string; index: number; length: number } | null {
  const found = [matchDayMonth(text), matchMonthDay(text), matchNumeric(text), matchIso(text)]
  const valid = found.filter((f): f is NonNullable<typeof f> => f !== null)
  valid.sort((a, b) => a.index - b.index)
  return valid[0] ?? null
}

type DateMatch = { date: string; index: number; length: number } | null

function result(date: string | null, match: RegExpExecArray): DateMatch {
  return date === null ? null : { date, index: match.index, length: match[0].length }
}

function matchDayMonth(text: string): DateMatch {
  const m = DAY_MONTH_YEAR.exec(text)
  if (!m) return null
  return result(isoDate(fullYear(m[3] ?? ''), monthNumber(m[2] ?? ''), Number(m[1])), m)
}

function matchMonthDay(text: string): DateMatch {
  const m = MONTH_DAY_YEAR.exec(text)
  if (!m) return null
  return result(isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])), m)
}

function matchNumeric(text: string): DateMatch {
  const m = NUMERIC.exec(text)
  if (!m) return null
  return result(isoDate(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1])), m)
}

function matchIso(text: string): DateMatch {
  const m = ISO.exec(text)
  if (!m) return null
  return result(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), m)
}

/** Every date in `text`, in order. */
export function findAllDates(text: string): string[] {
  const dates: string[] = []
  let rest = text
  for (let found = findDate(rest); found !== null; found = findDate(rest)) {
    dates.push(found.date)
    rest = rest.slice(found.index + found.length)
  }
  return dates
}

function hhmm(hour: number, minute: number): string | null {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

function applyMeridiem(hour: number, meridiem: string | undefined): number {
  const m = (meridiem ?? '').toLowerCase().replace(/\./g, '')
  if (m === 'pm' && hour < 12) return hour + 12
  if (m === 'am' && hour === 12) return 0
  return hour
}

// "10:00", "10.00 am", "2.10", "2pm", "10am", "noon"
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:.]*\d)/i
// "1000 hours", "1400hrs", "10:00 hours"
const HOURS = /\b(\d{1,2})[:.]?(\d{2})\s*(?:hours|hrs|hr|h)\b/i

/** A time of day in `text` as HH:MM ("1000 hours", "10:00", "10.00 am", "2pm"), or null. */
export function parseTime(text: string): string | null {
  const hours = HOURS.exec(text)
  if (hours) return hhmm(Number(hours[1]), Number(hours[2]))
  if (/\bnoon\b/i.test(text)) return '12:00'
  const clock = CLOCK.exec(text)
  if (!clock) return null
  if (clock[2] === undefined && clock[3] === undefined) return null
  return hhmm(applyMeridiem(Number(clock[1]), clock[3]), Number(clock[2] ?? 0))
}

// "(10.05 - 10.45)", "(2.10 – 4.10)", "10:05-10:45", "2.10pm to 4pm"
const SLOT =
  /\(?\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)\s*(?:-|to)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)\s*\)?/i

/** "(1405-1450)": a 24-hour clock without separators, as the hours of a meeting print ("1400 hours"). */
export const COMPACT_SLOT = /\(\s*([01]\d|2[0-3])([0-5]\d)\s*(?:-|–|to)\s*([01]\d|2[0-3])([0-5]\d)\s*\)/

function compactSlot(text: string, meetingStart: string | null): [string, string] | null {
  const m = COMPACT_SLOT.exec(text)
  if (!m) return null
  const [start, end] = [`${m[1]}:${m[2]}`, `${m[3]}:${m[4]}`]
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))
  if (minutes(end) - minutes(start) < 10) return null // "(2016-2017)": years
  // "(2015-2030)" could be either: a slot only in the first hours of a meeting known to start before it.
  const years = (m[0].match(/\d{4}/g) ?? []).every(y => Number(y) >= 1990 && Number(y) <= 2099)
  const intoMeeting = meetingStart === null ? -1 : minutes(start) - minutes(meetingStart)
  if (years && !(intoMeeting >= 0 && intoMeeting <= 6 * 60)) return null
  return [start, end]
}

/** "11.40 am – 12 noon", "12 noon – 12.15 pm": noon as the clock prints it. */
export function noonAsClock(text: string): string {
  return text.replace(/\b(?:12\s*)?(?:noon|midday)\b/gi, '12.00 pm')
}

/**
 * A time slot in `text` as [start, end]. Packs often print afternoon slots on a 12-hour clock
 * without am/pm ("(2.10 - 4.10)" at a 14:00 meeting), so hours before the meeting's start are
 * moved to the afternoon; without a known start, 1-7 o'clock is taken as pm (nobody meets at 2am).
 */
export function parseTimeSlot(printed: string, meetingStart: string | null = null): [string, string] | null {
  const text = noonAsClock(printed)
  const compact = compactSlot(text, meetingStart)
  if (compact) return compact
  const m = /\(\s*[^()]*\d[^()]*\)/.exec(text)?.[0] ?? text
  const slot = SLOT.exec(m)
  if (!slot) return null
  const [startText, endText] = [slot[1] ?? '', slot[2] ?? '']
  if (!/[:.]|[ap]\.?m/i.test(startText + endText)) return null
  const start = slotTime(startText, meetingStart)
  const end = slotTime(endText, meetingStart)
  if (start === null || end === null) return null
  if (end < start) return afternoonEnd(start, end)
  return [start, end]
}

function slotTime(text: string, meetingStart: string | null): string | null {
  const withMinutes = /[:.]/.test(text) || /[ap]\.?m/i.test(text) ? text : `${text}:00`
  const time = parseTime(withMinutes)
  if (time === null || /[ap]\.?m/i.test(text)) return time
  return toAfternoon(time, meetingStart)
}

function toAfternoon(time: string, meetingStart: string | null): string {
  const hour = Number(time.slice(0, 2))
  if (hour >= 12 || hour === 0) return time
  const startHour = meetingStart === null ? 8 : Number(meetingStart.slice(0, 2))
  // Evening meetings start by 21:00 at the latest; a later result means the slot really is a.m.
  if (hour < startHour && hour + 12 >= startHour && hour + 12 <= 21)
    return `${String(hour + 12).padStart(2, '0')}${time.slice(2)}`
  return time
}

// "(11.25 - 1.05)" crosses noon: the end is in the afternoon.
function afternoonEnd(start: string, end: string): [string, string] | null {
  const hour = Number(end.slice(0, 2))
  if (hour >= 12) return null
  const later = `${String(hour + 12).padStart(2, '0')}${end.slice(2)}`
  return later > start ? [start, later] : null
}
