/**
 * A work programme set out as a grid of topics by meeting, as some committees print theirs:
 *
 *   Topic                                 | 17 Sep | 12 Nov | 21 Jan | 17 Mar | Lead officer
 *   Children's Social Care Performance    | Report |        | Report | Report | Claire Dunmore, …
 *   Ofsted Focused Visit – Action Plan    |        | Update |        |        | Dr Alison Marwood, DCS
 *
 * Each mark under a meeting's date is the topic taken at that meeting. The mark is the item's kind
 * ("Report", "Update", or a code the programme's key names: "R = Report"), save a bare "X" or
 * tick, which names none. Headings across it ("**Environment and Transport**") group its topics;
 * the next table's header ("Topic | Lead Officer | Format") ends it. The dates may leave out their
 * year: the programme's heading names its municipal year ("Work Programme 2019/20").
 */
import { findDateParts, inMunicipalYear, municipalYearOf, parseDateIn } from './table-dates.ts'
import { cleanCell, isFurniture, rowOf, toLines, type Line } from './table-utils.ts'
import type { PackPage, ParsedWorkProgrammeItem } from './types.ts'

const TOPIC_HEADER = /^(?:topics?|items?|subjects?|reports?)$/i
const DAY_MONTH = /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?$/
const LEAD_HEADER = /officer|lead|responsib/i
// A mark that says only "taken here".
const BARE_MARK = /^(?:x|✓|✔|yes|y|\*)$/i
const LOOK_BACK = 30

interface TopicGrid {
  header: string[]
  /** Each meeting's column, with its date. */
  meetings: Map<number, string>
  lead: number
}

/** The items of every topic grid in the pack, empty where it prints none. */
export function parseTopicGrid(
  pages: PackPage[],
  near: string | null,
  kinds: ReadonlyMap<string, string> = new Map(),
): ParsedWorkProgrammeItem[] {
  const lines = toLines(pages)
  const out: ParsedWorkProgrammeItem[] = []
  let grid: TopicGrid | null = null
  let last: ParsedWorkProgrammeItem[] = []
  for (const [at, line] of lines.entries()) {
    // (The row's cells as split once for every table reader.)
    const raw = rowOf(line)
    const cells = raw?.map(c => cleanCell(c)) ?? null
    if (cells !== null && grid !== null && sameHeader(cells, grid.header)) continue
    const header = cells === null ? null : gridHeader(cells, lines, at, near)
    if (header !== null) {
      grid = header
      last = []
      continue
    }
    if (grid === null || line.text.trim() === '' || isFurniture(line.text)) continue
    // ("**Environment and Transport**": a heading of the grid's topics, across it.)
    if (cells === null && /^\W*\*\*[^*]{3,80}\*\*\W*$/.test(line.text)) {
      last = []
      continue
    }
    // ("Car Parking Task and Finish Group –" / "Executive Response and Progress": a topic wrapped
    // onto a line of its own, outside the table.)
    if (cells === null && last.length > 0 && /[–—-]$/.test(last[0]?.topic ?? '')) {
      for (const item of last) item.topic = `${item.topic} ${cleanCell(line.text)}`
      continue
    }
    if (cells === null) {
      grid = null
      continue
    }
    // ("Topic | Lead Officer | Format": the next table's header, under a heading of its own.)
    // ("Meeting | Deadline for reports | Agenda published", a narrower table after it, the same.)
    if (TOPIC_HEADER.test(cells[0] ?? '') || (cells.length < 4 && cells.length < grid.header.length - 1)) {
      grid = null
      continue
    }
    last = readRow(raw ?? cells, grid, kinds, line, last, out)
  }
  return out
}

function sameHeader(cells: string[], header: string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => c === header[i])
}

/** "Topic | 17 Sep | 12 Nov | … | Lead officer": two meetings' dates or more, else null. */
function gridHeader(cells: string[], lines: Line[], at: number, near: string | null): TopicGrid | null {
  if (!TOPIC_HEADER.test(cells[0] ?? '')) return null
  const first = municipalYear(lines, at)
  const meetings = new Map<number, string>()
  cells.forEach((cell, i) => {
    if (i === 0 || !DAY_MONTH.test(cell)) return
    const date = meetingDate(cell, first, near)
    if (date !== null) meetings.set(i, date)
  })
  if (meetings.size < 2) return null
  return { header: cells, meetings, lead: cells.findIndex((c, i) => i > 0 && LEAD_HEADER.test(c)) }
}

/** The first year of the municipal year a heading just above names ("Work Programme 2019/20"). */
function municipalYear(lines: Line[], at: number): number | null {
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
    const first = municipalYearOf(lines[i]?.text ?? '')
    if (first !== null) return first
  }
  return null
}

/** A column's date: its own year, else in the municipal year, else near the meeting. */
function meetingDate(cell: string, first: number | null, near: string | null): string | null {
  const parts = findDateParts(cell)
  if (parts === null) return null
  if (parts.year !== null || first === null) return parseDateIn(cell, null, near)
  return inMunicipalYear(parts.month, parts.day, first)
}

/**
 * One row: an item for each topic its first cell holds (a line each) at each meeting it marks. A
 * first cell alone, the marks and lead empty, is the topic above wrapped onto a line of its own.
 */
function readRow(
  raw: string[],
  grid: TopicGrid,
  kinds: ReadonlyMap<string, string>,
  line: Line,
  last: ParsedWorkProgrammeItem[],
  out: ParsedWorkProgrammeItem[],
): ParsedWorkProgrammeItem[] {
  const cell = (i: number): string => cleanCell(raw[i])
  const rest = raw.slice(1).some((_, i) => cell(i + 1) !== '')
  if (!rest) {
    for (const item of last) item.topic = `${item.topic} ${cell(0)}`.trim()
    return last
  }
  const topics = (raw[0] ?? '')
    .split(/<br\s*\/?>/i)
    .map(t => cleanCell(t))
    .filter(t => t !== '')
  const lead = grid.lead >= 0 && !/^(?:tbc|tba|-+|–)?$/i.test(cell(grid.lead)) ? cell(grid.lead) : null
  const made: ParsedWorkProgrammeItem[] = []
  for (const [column, date] of grid.meetings) {
    const mark = cell(column)
    if (mark === '') continue
    for (const topic of topics) {
      // A mark is a symbol: where the programme's key names it ("R = Report"), the kind it stands for.
      const type = BARE_MARK.test(mark) ? null : (kinds.get(mark) ?? mark)
      made.push({ meeting_date: date, topic, type, lead_officer: lead, source_page: line.page })
    }
  }
  out.push(...made)
  // Only a row of one topic wraps onto the next line.
  return topics.length === 1 ? made : []
}
