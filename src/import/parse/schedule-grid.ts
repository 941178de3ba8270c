/**
 * A work schedule set out as a grid, a month a column, as some boards print theirs:
 *
 *   Meeting date  | 19 June 2018                          | 17 July 2018
 *   Agenda items  | Scrutiny Board Terms of Reference (DB) | Council Housing Growth Programme (PM)
 *                 | Co-opted Members (DB)                  | Recommendation Tracking – … (RT)
 *   Working group |                                        | Repairs and Voids inquiry – scoping
 *   Scrutiny Work Items Key: PSR – Policy/Service Review | DB – Development Briefings | …
 *
 * Each item belongs to the meeting whose date heads its column; the code in brackets after it is
 * its kind, named in the key. Working groups and site visits are not meetings of the committee.
 * An "Items to be scheduled" list below the grid has no meeting yet.
 */
import { meetingsByMonth, parseDateIn } from './table-dates.ts'
import { cleanCell, isFurniture, isSeparatorRow, splitRow, toLines, type Line } from './table-utils.ts'
import type { PackPage, ParsedWorkProgrammeItem } from './types.ts'

const MEETING_ROW = /^meeting\s+dates?$/i
// "Type of item | 15 November 2022 | 17 January 2023 | …": a row a kind of business, its items
// under each meeting's column, several to a cell.
const KIND_ROW = /^(?:type|kind)(?:\s+of\s+(?:item|business|scrutiny|report))?$/i
// Rows of the grid that are not the committee's business, and the key that closes each page's grid.
const GRID_END =
  /^(?:working\s+groups?|site\s+visits?|visits?|briefings?|training|scrutiny\s+work\s+items\s+key|key)\b/i
const ITEMS_ROW = /^(?:agenda\s+items?|items?)$/i
const TO_BE_SCHEDULED = /^\W*items?\s+to\s+be\s+(?:scheduled|programmed|confirmed)\b/i
const BULLET = /^[\s\t]*[•●▪-][\s\t]+/
// "PSR – Policy/Service Review": a code and the kind it stands for.
// ("B – Briefings": a code of one letter too.)
const KEY_PAIR = /^([A-Z]{1,4})\s+[–-]\s+([A-Z][A-Za-z/ ,&-]{2,60})$/
// "Key: R = Report⇥P = Presentation": a line headed as the key may pair them with an equals sign.
// (Elsewhere "CSE = Child Sexual Exploitation" is a glossary's abbreviation, no kind.)
const KEY_LINE_PAIR = /^([A-Z]{1,4})\s+=\s+([A-Z][A-Za-z/ ,&-]{2,60})$/
const CODE_AFTER = /\s*\(([A-Z]{1,4})\)\s*$/

interface Grid {
  /** The meeting of each column, by the cell's index. */
  columns: Map<number, string>
  /** Each row's first cell is the kind of its items ("Pre-decision scrutiny"). */
  byKind: boolean
  /** Each row's first cell is a theme ("Corporate and Finance"), its cells items "Title [Kind]<br>Lead: …". */
  byTheme?: boolean
  /** The last item read in each column, which the rest of a row broken by a page goes on with. */
  lastIn?: Map<number, ParsedWorkProgrammeItem>
  /** The item being read in each column, which wraps onto lines the extraction left as prose. */
  open: ParsedWorkProgrammeItem | null
}

/** The items of every schedule grid in the pack, empty where it prints none. */
export function parseScheduleGrid(pages: PackPage[]): ParsedWorkProgrammeItem[] {
  const lines = toLines(pages)
  if (
    !lines.some(
      l =>
        /^\W*(?:meeting\s+dates?|type|kind|themes?)\b[^\t]{0,30}\t/i.test(l.text) ||
        /^\|\s*(?:type|kind|themes?)\b/i.test(l.text),
    )
  )
    return []
  const kinds = kindKey(lines)
  const out: ParsedWorkProgrammeItem[] = []
  let grid: Grid | null = null
  let unscheduled = false
  let seen = false
  for (const line of lines) {
    const cells = splitRow(line.text)?.map(c => cleanCell(c)) ?? null
    const first = cells?.[0] ?? cleanCell(line.text)
    const byKind = cells !== null && KIND_ROW.test(first) && meetingColumns(cells).size >= 2
    if (cells !== null && (MEETING_ROW.test(first) || byKind)) {
      grid = { columns: meetingColumns(cells), open: null, byKind }
      ;[seen, unscheduled] = [true, false]
      continue
    }
    const months = cells !== null && THEME_ROW.test(first) ? monthColumns(cells, lines) : null
    if (months !== null && months.size >= 3) {
      // (The header again over the next page: its columns' last items go on under it.)
      grid = { columns: months, open: null, byKind: false, byTheme: true, lastIn: grid?.lastIn ?? new Map() }
      ;[seen, unscheduled] = [true, false]
      continue
    }
    // "Items to be scheduled" below a grid lists what has no meeting yet.
    if (seen && TO_BE_SCHEDULED.test(first) && cells === null) {
      ;[grid, unscheduled] = [null, true]
      continue
    }
    if (grid === null && !unscheduled) continue
    if (GRID_END.test(first)) {
      grid = null
      continue
    }
    if (grid !== null) readGridLine(line, cells, grid, kinds, out)
    else if (unscheduled) unscheduled = readUnscheduled(line, kinds, out)
  }
  return out
}

/** "Meeting date | 19 June 2018 | | 17 July 2018 | | No Scrutiny Board meeting scheduled". */
function meetingColumns(cells: string[]): Map<number, string> {
  const columns = new Map<number, string>()
  cells.forEach((cell, i) => {
    const date = i > 0 && /\b\d{4}\b/.test(cell) ? parseDateIn(cell) : null
    if (date !== null) columns.set(i, date)
  })
  return columns
}

/** One line of a grid: an item a column, or the wrapped rest of the item above set apart as prose. */
function readGridLine(
  line: Line,
  cells: string[] | null,
  grid: Grid,
  kinds: Map<string, string>,
  out: ParsedWorkProgrammeItem[],
): void {
  if (line.text.trim() === '') {
    grid.open = null
    return
  }
  // (Under a grid by kinds or themes, prose ends it; the rule under its header is no row.)
  // ("Page 39", "Appendix 1 (continued)" between its pages leave it open: its header comes again.)
  if (cells === null && grid.byTheme === true && isPageHeading(line.text)) return
  if (cells === null && (grid.byKind || grid.byTheme === true)) {
    if (!isSeparatorRow(line.text)) grid.columns = new Map()
    return
  }
  if (cells === null) {
    // A line of one cell loses its place; it stands under the first meeting's column.
    const text = cleanCell(line.text)
    if (/^page\s+\d+$/i.test(text) || /work schedule|scrutiny board/i.test(text)) return
    // (A line opening with a dash keeps it: "… Repairs and Voids" / "– session three: …".)
    const dash = /^\s*[–-]\s/.test(line.text) ? '- ' : ''
    if (grid.open !== null && !CODE_AFTER.test(grid.open.topic)) grid.open.topic = `${grid.open.topic} ${dash}${text}`
    else {
      const meeting = [...grid.columns.values()][0]
      if (meeting === undefined) return
      grid.open = item(text, meeting, line.page, out)
    }
    typed(grid.open, kinds)
    return
  }
  if (grid.byKind) {
    kindRow(line, grid, out)
    return
  }
  if (grid.byTheme === true) {
    // (Another table's header under it ends it: "Requested by | Date requested | …".)
    if (
      cleanCell(cells[0]) !== '' &&
      !/^\W*\*\*/.test(splitRow(line.text)?.[0] ?? '') &&
      cells.every(c => !c.includes('['))
    ) {
      grid.columns = new Map()
      return
    }
    themeRow(line, grid, out)
    return
  }
  if (!ITEMS_ROW.test(cells[0] ?? '') && (cells[0] ?? '') !== '') return
  for (const [i, meeting] of grid.columns) {
    const text = cells[i] ?? ''
    if (text !== '') typed(item(text, meeting, line.page, out), kinds)
  }
  grid.open = null
}

/** A kind's row: each meeting's cell holds its items of that kind, a line each. */
function kindRow(line: Line, grid: Grid, out: ParsedWorkProgrammeItem[]): void {
  const raw = splitRow(line.text) ?? []
  const kind = cleanCell(raw[0])
  if (kind === '' || /^[-:| ]+$/.test(line.text.trim())) return
  for (const [i, meeting] of grid.columns)
    for (const part of (raw[i] ?? '').split(/<br\s*\/?>/i)) {
      const text = cleanCell(part)
      // ("Bed and breakfast | 69 | 74 | 52": a count at each date, no topic.)
      if (/\p{L}/u.test(text)) item(text, meeting, line.page, out).type = kind
    }
}

/** A page's furniture or a running title between a grid's pages ("Page 39", "… (continued)"). */
function isPageHeading(text: string): boolean {
  const clean = cleanCell(text)
  return isFurniture(text) || /\(continued\)\W*$/i.test(clean) || /^page\s+\d+$/i.test(clean)
}

// "Theme | Jun 22 (held) | Jul 22 | …": themes down the side, the year's months across.
const THEME_ROW = /^(?:themes?|topic\s+areas?|service\s+areas?|areas?|portfolios?|priorit(?:y|ies))$/i
const MONTH_CELL = /^([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\b(?:\s*\([a-z ]{2,20}\))?$/

/**
 * "Jun 22 (held) | Jul 22 | …": each month's column, dated by its meeting, the date in that month
 * the pack names as a meeting's ("Meeting dates 2022/23 …: 21 June 2022; 26 July 2022; …").
 */
function monthColumns(cells: string[], lines: Line[]): Map<number, string> {
  const meetings = meetingsByMonth(lines.map(l => l.text))
  const columns = new Map<number, string>()
  cells.forEach((cell, i) => {
    const m = i > 0 ? MONTH_CELL.exec(cell) : null
    const year = m?.[2]?.length === 2 ? `20${m[2]}` : m?.[2]
    const month = m === null ? null : parseDateIn(`1 ${m[1] ?? ''} ${year ?? ''}`)?.slice(0, 7)
    const date = month == null ? undefined : meetings.get(month)
    if (date !== undefined) columns.set(i, date)
  })
  return columns
}

/**
 * A theme's row: each month's cell holds its items, a blank line between them, each "Title [Kind]"
 * with "Lead: …" under it. A row with no theme, at the top of a page, goes on with the items above.
 */
function themeRow(line: Line, grid: Grid, out: ParsedWorkProgrammeItem[]): void {
  const raw = splitRow(line.text) ?? []
  if (/^[-:| ]+$/.test(line.text.trim())) return
  for (const [i, meeting] of grid.columns) {
    const entries = (raw[i] ?? '').split(/(?:<br\s*\/?>\s*){2,}/i)
    for (const [k, entry] of entries.entries()) {
      const parts = entry.split(/<br\s*\/?>/i).map(p => cleanCell(p))
      const named = parts.find(p => /^lead\s*:/i.test(p))?.replace(/^lead\s*:\s*/i, '') ?? null
      // ("Lead: TBC": no one named yet.)
      const lead = named !== null && /^(?:tbc|tba|to be (?:confirmed|advised))\.?$/i.test(named) ? null : named
      const title = parts.filter(p => p !== '' && !/^lead\s*:/i.test(p)).join(' ')
      const last = grid.lastIn?.get(i)
      // ("Lead: Angela Whitfield" alone atop the next page: the last item's lead, its row broken.)
      if (title === '' && k === 0 && last !== undefined) {
        if (lead !== null) last.lead_officer ??= lead
        continue
      }
      if (title === '') continue
      const kind = /\s*\[([^\]]{2,40})\]\s*$/.exec(title)
      const made = item(kind ? title.slice(0, kind.index) : title, meeting, line.page, out)
      Object.assign(made, { type: kind?.[1] ?? null, lead_officer: lead })
      grid.lastIn?.set(i, made)
    }
  }
}

/** "• | Selective Licensing – evaluation of the Kirkholme scheme (PM)"; false once the list ends. */
function readUnscheduled(line: Line, kinds: Map<string, string>, out: ParsedWorkProgrammeItem[]): boolean {
  if (line.text.trim() === '') return true
  const bullet = BULLET.exec(line.text)
  const text = bullet === null ? '' : cleanCell(line.text.slice(bullet[0].length).replace(/\t/g, ' '))
  if (text === '') return false
  typed(item(text, null, line.page, out), kinds)
  return true
}

function item(text: string, meeting: string | null, page: number, out: ParsedWorkProgrammeItem[]) {
  const made: ParsedWorkProgrammeItem = {
    meeting_date: meeting,
    topic: text,
    type: null,
    lead_officer: null,
    source_page: page,
  }
  out.push(made)
  return made
}

/** The item's kind from the code closing its topic, the code taken off. */
export function typed(item: ParsedWorkProgrammeItem, kinds: Map<string, string>): void {
  const code = CODE_AFTER.exec(item.topic)
  const kind = code === null ? undefined : kinds.get(code[1] ?? '')
  if (code === null || kind === undefined) return
  Object.assign(item, { topic: item.topic.slice(0, code.index).trim(), type: kind })
}

/** Every "CODE – Kind" the pack's key rows name, its cells' lines each a pair. */
export function kindKey(lines: Line[]): Map<string, string> {
  const kinds = new Map<string, string>()
  for (const line of lines) {
    const keyLine = /^\W*key\s*:/i.test(line.text)
    if (!/\b[A-Z]{1,4}\s+[–-]\s+[A-Z]/.test(line.text) && !keyLine) continue
    for (const cell of splitRow(line.text) ?? [line.text])
      for (const part of cell.split(/<br\s*\/?>|:\s+/i)) {
        const m = KEY_PAIR.exec(cleanCell(part)) ?? (keyLine ? KEY_LINE_PAIR.exec(cleanCell(part)) : null)
        if (m) kinds.set(m[1] ?? '', (m[2] ?? '').trim())
      }
  }
  return kinds
}
