/**
 * Date reading for table cells ("20 Jul 2022", "Wednesday 20th July 2022", "20/04/2016", "03 Mar 16").
 * Private to the table parsers: `dates.ts` (core) covers front-sheet dates and times; cells need the
 * extra "first date anywhere in this text" and "no year given, infer it" behaviour kept here.
 */

import { MONTH_NAME, monthNumber } from './dates.ts'

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
// "20 July 2022", "20th of July, 2022", "03 Mar 16"; the year is optional so "25th January" still matches.
const DAY_MONTH = new RegExp(
  `\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME}(?![a-z])\\.?(?:,?\\s+(\\d{4}|\\d{2})(?!\\d|[:.]\\d))?`,
  'i',
)
// "July 20, 2022"
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}(?![a-z])\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i')
// "20/04/2016", "20.04.16", "20-04-2016"
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/

export interface DateParts {
  year: number | null
  month: number
  day: number
  /** Index in the searched text where the date starts. */
  index: number
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null
  const n = Number(text)
  return text.length === 2 ? 2000 + n : n
}

function valid(parts: DateParts): boolean {
  const { year, month, day } = parts
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  if (year !== null && (year < 1990 || year > 2100)) return false
  const probe = new Date(Date.UTC(year ?? 2000, month - 1, day))
  return probe.getUTCDate() === day
}

/** The first calendar date written anywhere in `text`, year possibly missing. */
export function findDateParts(text: string): DateParts | null {
  const found: DateParts[] = []
  const dm = DAY_MONTH.exec(text)
  if (dm) found.push({ day: Number(dm[1]), month: monthNumber(dm[2] ?? ''), year: fullYear(dm[3]), index: dm.index })
  const md = MONTH_DAY.exec(text)
  if (md) found.push({ day: Number(md[2]), month: monthNumber(md[1] ?? ''), year: fullYear(md[3]), index: md.index })
  const nu = NUMERIC.exec(text)
  if (nu) found.push({ day: Number(nu[1]), month: Number(nu[2]), year: fullYear(nu[3]), index: nu.index })
  const ok = found.filter(valid).sort((a, b) => a.index - b.index)
  return ok[0] ?? null
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Choose a year for a date printed without one ("Wednesday 25th January"): the year that puts it
 * closest after `after` (the previous meeting in a list), else closest to `near` (the pack's meeting).
 */
export function inferYear(month: number, day: number, after: string | null, near: string | null): number | null {
  const ref = after ?? near
  if (ref === null) return null
  const refYear = Number(ref.slice(0, 4))
  const candidates = [refYear - 1, refYear, refYear + 1].filter(y => valid({ year: y, month, day, index: 0 }))
  const score = (y: number): number => {
    const delta = (Date.parse(isoDate(y, month, day)) - Date.parse(ref)) / 86_400_000
    // After a previous meeting, a later date is expected; a date just before it is less likely.
    return after !== null && delta < 0 ? Math.abs(delta) * 3 + 1 : Math.abs(delta)
  }
  return candidates.sort((a, b) => score(a) - score(b))[0] ?? null
}

/** ISO date for the first date in `text`; a missing year is inferred from `after`/`near` when given. */
export function parseDateIn(text: string, after: string | null = null, near: string | null = null): string | null {
  const parts = findDateParts(text)
  if (!parts) return null
  const year = parts.year ?? inferYear(parts.month, parts.day, after, near)
  return year === null ? null : isoDate(year, parts.month, parts.day)
}

/**
 * The first year of the municipal year a programme's heading names ("Work Programme 2018/19",
 * "APPENDIX 1 - 2022-23 WORK PROGRAMME"); null for any other line, a sentence that mentions next
 * year's programme included.
 */
export function municipalYearOf(text: string): number | null {
  if (text.length >= 100 || !/work\s*programme|work\s*plan/i.test(text) || /\.\s*$|^\W*[a-z]/.test(text)) return null
  const year = /\b(20\d{2})\s*[/-]\s*(?:20)?(\d{2})\b/.exec(text)
  return year !== null && (Number(year[1]) + 1) % 100 === Number(year[2]) ? Number(year[1]) : null
}

/** A day printed without its year, in the municipal year from `first`: May (the annual meeting) to December, then January to April. */
export function inMunicipalYear(month: number, day: number, first: number): string {
  return isoDate(month >= 5 ? first : first + 1, month, day)
}

/**
 * For each month, the date in it the pack names most often on lines that speak of a meeting or
 * the committee (a month's meeting is named again and again; a deadline once or twice), where one
 * date leads.
 */
export function meetingsByMonth(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    if (!/meeting|committee/i.test(text)) continue
    for (const m of text.matchAll(/\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}\b/g)) {
      const date = parseDateIn(m[0])
      if (date !== null && date.length === 10) counts.set(date, (counts.get(date) ?? 0) + 1)
    }
  }
  const byMonth = new Map<string, [string, number][]>()
  for (const [date, n] of counts) byMonth.set(date.slice(0, 7), [...(byMonth.get(date.slice(0, 7)) ?? []), [date, n]])
  const leading = new Map<string, string>()
  for (const [month, dates] of byMonth) {
    const [first, second] = dates.sort((a, b) => b[1] - a[1])
    if (first !== undefined && (second === undefined || first[1] > second[1])) leading.set(month, first[0])
  }
  return leading
}
