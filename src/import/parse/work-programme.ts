/**
 * Work programme. Two layouts share one reader:
 * - a table per meeting under a "Date of Meeting: Wednesday 20th July 2022" heading, with columns
 *   `Item/Topic | Type | Aims and objectives | Lead officer | Witnesses | ...` (2022-23 packs);
 * - one table for the year whose first column holds the meeting date, with rows for further items
 *   of the same meeting left blank there (`Date / Location | Session / Outcome | Officers`, 2016).
 * A "To be scheduled" list (numbered lines or a table) gives items with no meeting date.
 */
import { breaksOff } from './clean.ts'
import { MONTH_NAME, monthNumber } from './dates.ts'
import { findDateParts, inMunicipalYear, municipalYearOf, parseDateIn } from './table-dates.ts'
import {
  allEmpty,
  alignBrokenRow,
  carriesOnBrokenRow,
  carriesOnCell,
  cellParagraphs,
  cleanCell,
  extractTimeSlot,
  findColumn,
  firstSentence,
  headerKey,
  isFurniture,
  isSectionHeading,
  isSeparatorRow,
  joinText,
  mayBeHeader,
  rowWidth,
  newAppendix,
  rowOf,
  rowSplitAtBreak,
  toLines,
  unfinished,
  withHeaderRest,
  PAGE_STAMP,
  type Line,
} from './table-utils.ts'
import { kindKey, parseScheduleGrid, typed } from './schedule-grid.ts'
import { parseTopicGrid } from './topic-grid.ts'
import type { PackPage, ParseWarning, ParsedWorkProgrammeItem } from './types.ts'

interface Columns {
  date: number
  topic: number
  type: number
  aims: number
  lead: number
  witnesses: number
  /** "Main item(s) | Other items": a second column of the meeting's items, -1 where none. */
  more: number
}

/** Column positions when `cells` is a work programme header row, else null. */
export function programmeColumns(cells: string[]): Columns | null {
  const keys = cells.map(headerKey)
  // "Items (lead officer / Cabinet Member)": a note in brackets says how its cells are written.
  const bare = keys.map(k => k.replace(/\s*\([^)]*\)$/, ''))
  const topic = findColumn(
    bare,
    /^((main )?items?(\(s\))?(\/ ?topic)?|topic|subject|session(\/outcome)?|business|agenda items?|item\/session|report( title)?|title\/description|reports?\/reviews?)$/,
  )
  // An action tracker ("Date | Agenda Item | Action | Lead Officer | Update") lists what was asked;
  // the agenda itself may be a table ("No. | Item | Lead | Time").
  if (topic < 0 || findColumn(keys, ACTION_COLUMN) >= 0) return null
  // ("Item | Subject | Lead | Time | Page", "Item | Subject | Lead | Pages": the agenda, set out as a table.)
  const paged = keys.includes('page') || keys.includes('pages')
  const numbered = /^(?:item\s+)?no\.?$/.test(keys[0] ?? '') || (keys[0] === 'item' && paged)
  if (numbered && (paged || findColumn(keys, /^(?:time|timing|start)$/) >= 0)) return null
  // "Officers / Witnesses" is the lead column where the table has no officers' column of its own.
  // (A health committee's programme names the NHS body that reports: "Organisation".)
  // ("Lead Member | Lead Officer": the officer's column is the lead's.)
  // ("Organisation | Lead": the lead's column, where there is one beside the body's.)
  const officer = findColumn(keys, /officer/, /witness/, [topic])
  const leadColumn = findColumn(keys, /(?:^|\/)lead\b/, /witness/, [topic])
  const officers =
    officer >= 0
      ? officer
      : leadColumn >= 0
        ? leadColumn
        : findColumn(keys, /attendees|invitees|responsible|^organi[sz]ation$|^(?:report )?author$/, /witness/, [topic])
  const lead = officers >= 0 ? officers : findColumn(keys, /officers?\/witness/, undefined, [topic])
  const type = findColumn(
    keys,
    /^type\b|^format\b|^method\b|^(item|report|scrutiny) type\b|^(scrutiny )?(approach|role|category)$|^scrutiny focus$/,
  )
  // ("Meeting date | Agenda items | Working groups / visits": the items typed by codes a key names.)
  const agendaItems = keys[topic] === 'agenda items' && findColumn(keys, /^meeting dates?$/) >= 0
  // ("Items (lead officer / Cabinet Member)": each item's lead in brackets after it.)
  const leadsInItems = /\(.*\b(?:lead|officer)/.test(keys[topic] ?? '')
  if (lead < 0 && type < 0 && !agendaItems && !leadsInItems) return null
  // "Emma Calloway, Scrutiny Officer" beside a type "Report": a row, no header.
  if (lead >= 0 && /,/.test(keys[lead] ?? '')) return null
  const date = findColumn(keys, /date|^all at\b|meeting|^when\b/, undefined, [topic, lead, type])
  const aims = findColumn(keys, /aims|objective|purpose/)
  const witnesses = findColumn(keys, /witness/)
  // A date column after the topic only when headed as the meeting's date ("Date", "Date of meeting"),
  // not "Date agreed": a programme may be sorted by topic.
  const dated =
    date >= 0 &&
    (date < topic ||
      /^(?:(?:expected|provisional|planned) )?(meeting )?date$|^meeting$|^date of (?:the )?meeting$/.test(
        keys[date] ?? '',
      ))
  const more = findColumn(keys, /^other items?(\(s\))?$/)
  return { date: dated ? date : topic > 0 ? 0 : -1, topic, type, aims, lead, witnesses, more }
}

const ACTION_COLUMN = /(^|\/)actions?( agreed| required)?($|\/)/

const WEEKDAY = /^\W*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i
// A plan laid out by meeting may head each table with the date alone: "**2 December 2019**".
// or with a note in brackets after it: "**22 November 2017** (report deadline: 8 November 2017)".
// Its note may wrap at the page's width, the bracket closing on the next line.
const DATE_ALONE = /^\W*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}\W*(?:\([^)]*\)?\W*)?$/
// "Meeting: 12 March", "Date of meeting – …", "Meeting Agenda for 20/03/18 at 1.30 pm".
const DATE_HEADING = /^\W*(?:(date of (the )?meeting|meeting date|meeting)\s*[:-]|(?:meeting\s+)?agenda\s+for\s+\d)/i
const TO_BE_SCHEDULED =
  /^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|appendix\s+\w{1,3}(?:\s*\(continued\))?\s*[–-]\s*)?(?:pending\s*[/–-]\s*)?((?:outstanding\s+)?(?:items?|topics?)\s+)?(to be (scheduled|programmed|confirmed|allocated)|without a (?:date|meeting(?: date)?)|unscheduled|unallocated|awaiting (?:a date|scheduling)|dates? to be (confirmed|agreed)|reserve (list|items?)|for (?:future )?consideration|not yet (?:scheduled|programmed))\b|^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:potential|possible|suggested)(?: future)? (?:items|topics)\b|^\W*future items\s*(?:\(dates?\s+to\s+be\s+(?:confirmed|agreed|fixed)\)|[–—:-]\s*dates?\s+to\s+be\s+(?:confirmed|agreed|fixed))\W*$/i
const DEADLINE_NOTE = /\b(?:reports?\s+due|(?:report\s+)?deadline|despatch|dispatch|publication)\b/i
// The first cell of a continuation row in the one-table layout: not a new meeting.
// ("(reports by 9.11.05)": the papers' deadline under the meeting's date.)
const NOT_A_MEETING =
  /^\W*(send out|deadline|report deadline|final deadline|publication|papers|reports?\s+(?:by|due)\b)\b/i
// ("TBC / I'w gadarnhau" in a Welsh council's programme.)
// ("Officer TBC", "Officer to be confirmed", "I'w gadarnhau / To be confirmed": no one named yet.)
const PLACEHOLDER =
  /^(?:(?:lead\s+)?officer\s+|i['’]w gadarnhau\s*\/\s*)?(tbc|tbd|tba|to be confirmed|to be advised|n\/a|none|-+|\?)\.?(?:\s*\/\s*i['’]w gadarnhau)?$/i
const RECURRING = /^(?:quarterly|monthly|six-monthly|half-yearly|annually|ongoing|as required|when required)\W*$/i
// "Meeting cancelled – pre-election period", "No meeting in August": a meeting's row with no item.
const NO_MEETING = /^(?:meeting\s+(?:cancelled|postponed)|no\s+(?:board\s+|committee\s+|panel\s+)?meeting)\b/i

interface State {
  cols: Columns | null
  /** undefined before any meeting is known; null for "to be scheduled". */
  meeting: string | null | undefined
  previous: string | null
  list: boolean
  gap: number
  last: ParsedWorkProgrammeItem | null
  /** Columns of the header row, and the raw cells, line and page of the last row, to mend a row broken by a page. */
  width: number
  /** The last row read, and the items it gave (several where its cells list them with bullets). */
  row: { cells: string[]; line: Line; items: ParsedWorkProgrammeItem[] } | null
  rowPage: number
  headerPage: number
  /** Raw text of the last "to be scheduled" list item, and whether a blank line or footer came since. */
  listRaw: string | null
  blank: boolean
  /** The last meeting cell's deadline note ("Reports due: 29") stopped short of its month. */
  deadlineOpen: boolean
  /** The date cell above said its day is no meeting of the committee ("Visit – not a formal meeting"). */
  informal: boolean
  /** The line of the last table row read: a row right under it may be its cells' wrapped lines. */
  lastRowLine: Line | null
  /** The first year of the municipal year the programme's heading names ("Work Programme 2018/19"). */
  municipalYear: number | null
  /** A row's cell has been seen wrapped onto a line of its own: the programme's extraction does so. */
  wrapsCells: boolean
  /** A listed item naming neither lead nor kind, kept if a "Lead officer:" line follows it. */
  pending: ParsedWorkProgrammeItem | null
  /** The last short prose line, which titles the table below it. */
  title: string
  /** The header row just read, whose wrapped words may follow as a row of their own. */
  header: string[] | null
  /** The last programme header read, its cells cleaned: printed again, it is the same table. */
  lastHeader?: string
  /** The table's header wrapped onto a row of its own where it was first printed. */
  headerWrapped: boolean
  /** Prose lines since the programme's heading: a meeting's heading close below it may head a list of its items. */
  sinceProgramme: number
  /** A programme table has been read: the pack sets its programme out as tables, not lists. */
  sawTable: boolean
  /** The last meeting's heading left its bracketed note open: the next line closes it. */
  headingOpen: boolean
  /** The programme's list names its items' leads: an item naming none is one all the same. */
  listLed: boolean
  /** The meetings of the year a sentence lists, for items dated by month only. */
  meetingsListed: string[]
  /** The last words of that sentence's line, where it wraps onto the next ("29 July"). */
  meetingsOpen: string | null
  /** The items of the programme's lists, read for the kind in brackets they close with. */
  listed: ParsedWorkProgrammeItem[]
  /** Those listed items whose type was read from a closing bracket, with that bracket's words. */
  /** Each listed item's kind as printed after it: in brackets, or after a dash. */
  bracketKinds: Map<ParsedWorkProgrammeItem, PrintedKind>
  /** The kinds a key names by code ("PM – Performance Monitoring"), for items closing with one. */
  kinds: Map<string, string>
}

/** A heading naming the meeting the following table belongs to, as an ISO date. */
function meetingHeading(text: string, state: State, near: string | null): string | null {
  if (text.length > 200 || !(DATE_HEADING.test(text) || WEEKDAY.test(text) || DATE_ALONE.test(text))) return null
  return meetingDate(text, state, near)
}

/**
 * The date in `text`; one printed without its year ("15 January") is the meeting on that day the
 * pack lists in full ("Wednesday 15 January 2025"), else the year is inferred from the dates around.
 */
function meetingDate(text: string, state: State, near: string | null): string | null {
  const parts = findDateParts(text)
  if (parts !== null && parts.year === null) {
    const day = `-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`
    const listed = [...new Set(state.meetingsListed.filter(d => d.endsWith(day)))]
    if (listed.length === 1) return listed[0] ?? null
    // "Work Programme 2018/19": the municipal year its heading names.
    if (state.municipalYear !== null) return inMunicipalYear(parts.month, parts.day, state.municipalYear)
  }
  return parseDateIn(text, state.previous, near)
}

// "Meeting date | Report deadline | Agenda published": the year's meetings, a row each.
const SCHEDULE_HEADER =
  /^\W*(?:meeting dates?|dates? of meetings?)\W*\t.*\b(?:deadline|published|publication|despatch)/i

// "**1 Meeting dates 2022/23**", over the dates a line each ("13 July 2022", "8 February 2023 (budget meeting)").
const SCHEDULE_HEADING = /^\W*(?:\d{1,2}\.?\s+)?(?:meeting dates|dates of meetings)\b[^\t]{0,40}$/i
const DATE_LINE = /^\W*(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b[^\t]{0,60}$/

/** The meetings a list of dates under its heading gives, a line each. */
function listedDates(lines: Line[], from: number): string[] {
  const found: string[] = []
  for (let j = from + 1; j < lines.length && j - from < 40; j++) {
    const text = lines[j]?.text ?? ''
    if (DATE_LINE.test(text)) found.push(parseDateIn(text) ?? '')
    else if (found.length > 0 && text.trim() !== '') break
  }
  return found.filter(d => d !== '')
}

/** The meetings a schedule table or list gives in full, for items its programme dates without the year or day. */
function scheduledMeetings(lines: Line[]): string[] {
  const found: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (SCHEDULE_HEADING.test(lines[i]?.text ?? '')) found.push(...listedDates(lines, i))
    if (!SCHEDULE_HEADER.test(lines[i]?.text ?? '')) continue
    for (let j = i + 1; j < lines.length && (lines[j]?.text.includes('\t') ?? false); j++) {
      const date = parseDateIn(lines[j]?.text.split('\t')[0] ?? '')
      if (date !== null && /\d{4}/.test(lines[j]?.text.split('\t')[0] ?? '')) found.push(date)
    }
  }
  return found
}

// Types named inside a topic where the table has no type column ("Tracking: Work Experience").
const INFERRED_TYPES: [RegExp, string][] = [
  [/^\W*tracking\b/i, 'Tracking'],
  [/\bevidence[- ]gathering\b/i, 'Evidence Gathering'],
  [/^\W*(joint\s+)?(scrutiny\s+)?inquiry\b/i, 'Inquiry'],
  [/\bpre-decision scrutiny\b/i, 'Pre-decision Scrutiny'],
]

function inferType(topic: string): string | null {
  for (const [pattern, type] of INFERRED_TYPES) if (pattern.test(topic)) return type
  return null
}

/** Topic text of a session cell: the part before "Outcomes:", its first sentence when it runs on. */
function topicOf(raw: string): { topic: string; details: string | null; slot: [string, string] | null } {
  const full = cleanCell(raw)
    .split(/\boutcomes?\s*:/i)[0]
    ?.trim()
    .replace(/[,;:]$/, '')
  const { text, slot } = extractTimeSlot(full ?? '')
  const topic = /:$/.test(text) ? text : firstSentence(text)
  const details = topic.length < text.length - 1 ? text : null
  return { topic, details, slot }
}

/** The lead officer cell: every officer it names (a paragraph each), placeholders ("TBC") left out. */
function leadOfficer(raw: string | undefined): string | null {
  const officers = cellParagraphs(raw)
    .map(p => p.replace(/[,;]$/, ''))
    .filter(p => p !== '' && !PLACEHOLDER.test(p))
  return officers.length > 0 ? officers.join(' ') : null
}

/**
 * A row of one cell across the table naming the meeting of the rows below it ("TUESDAY 12 DECEMBER
 * 2023 (Crime and Disorder Committee) – despatch Monday 4 December 2023", "Items to be scheduled").
 */
function headingRow(cells: string[], state: State, near: string | null): boolean {
  const text = cleanCell(cells[0])
  if (text === '' || cells.slice(1).some(c => cleanCell(c) !== '')) return false
  if (TO_BE_SCHEDULED.test(text)) {
    state.meeting = null
    return true
  }
  // "**NOVEMBER 2021**" across the table: the month's meeting, dated in full on its first row.
  const month = MONTH_YEAR.test(text) ? monthOf(text) : null
  if (month !== null) {
    state.meeting = month
    return true
  }
  const date = meetingHeading(text, state, near)
  if (date === null) return false
  Object.assign(state, { meeting: date, previous: date })
  return true
}

function rowMeeting(cells: string[], cols: Columns, state: State, near: string | null): void {
  if (cols.date < 0) return
  // "23 September 2025 Reports due: 11 Sep 2025": the meeting's date, then its papers' deadline,
  // which may run on into the next row's cell ("Reports due: 29" / "October 2020").
  const [meeting = '', ...note] = cleanCell(cells[cols.date]).split(DEADLINE_NOTE)
  const text = meeting.trim()
  const noteGoesOn = state.deadlineOpen
  state.deadlineOpen = note.length > 0 && parseDateIn(note.join(' '), state.previous, near) === null
  if (noteGoesOn && text !== '' && parseDateIn(text, state.previous, near) === null) return
  if (text === '' || NOT_A_MEETING.test(text)) return
  // ("Quarterly", "As required": an item that recurs, or waits, at no one meeting.)
  // ("Oct – Dec 2010 (dates to be arranged)": a quarter's months, no meeting fixed in them yet.)
  // ("July – October 2024": months a task group works through, no one meeting.)
  const noneYet = [TO_BE_SCHEDULED, PLACEHOLDER, RECURRING, DATES_TO_BE_FIXED, MONTH_RANGE].some(re => re.test(text))
  if (noneYet) {
    state.meeting = null
    return
  }
  // A month alone ("June 2024") stands for that month's meeting, resolved once all rows are read;
  // one "to be confirmed" names no meeting yet.
  const date = meetingDate(text, state, near) ?? monthOf(text)
  if (date === null && /\b(?:to be (?:confirmed|agreed)|tbc)\b/i.test(text)) {
    state.meeting = null
    return
  }
  if (date !== null) {
    state.meeting = date
    if (date.length === 10) state.previous = date
  }
}

const MONTH_RANGE = new RegExp(`^${MONTH_NAME}\\s*[–—-]\\s*${MONTH_NAME}\\s+\\d{4}$`, 'i')
const DATES_TO_BE_FIXED = /\(\s*dates?\s+to\s+be\s+(?:arranged|confirmed|agreed|fixed)\s*\)/i

// ("**July 2025 (this meeting)**": a note in brackets after it.)
const MONTH_YEAR = new RegExp(`^\\W*${MONTH_NAME}\\W*\\s+(\\d{4})(?:\\s*\\([a-z ]{2,30}\\))?\\W*$`, 'i')

// "Meetings of the Committee in 2021/22 are on Thursdays at 5.30pm: 17 June 2021, 29 July 2021, …".
// Its sentence may wrap over lines ("…City Hall: 17 June 2021, 29 July" / "2021, 16 September 2021, …").
// ("The Committee meets on 20 June 2017, 18 July 2017, …" too.)
const MEETINGS_LISTED = /\b(?:meetings\b|meets?\s+on\b)[^.]*\b\d{1,2}\s+[A-Za-z]{3,9}\b/i

/** The dates a sentence listing the year's meetings gives, for items its programme dates by month. */
// "The Joint Committee will meet on Wednesday 10 July 2024 …": another body's meetings, not this one's.
const OTHER_BODY_MEETS =
  /\b(?:joint\s+committee|sub-committee|panel|board|task\s+group|partnership)\s+(?:will\s+)?meets?\s+on\b/i

function listedMeetings(text: string): string[] {
  // ("24 October 2017 (moved from 17 October 2017)": the date it was moved from is no meeting.)
  const listed = text.replace(/\((?:moved|rescheduled|changed|brought forward)\s+from\b[^)]*\)/gi, '')
  return [...listed.matchAll(/\b\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\b/g)].flatMap(m => parseDateIn(m[0]) ?? [])
}

/** "June 2024" as "2024-06", for a programme that dates later items by month only. */
function monthOf(text: string): string | null {
  const m = MONTH_YEAR.exec(text)
  const month = m ? monthNumber(m[1] ?? '') : null
  return m && month !== null ? `${m[2]}-${String(month).padStart(2, '0')}` : null
}

/**
 * Items dated by month only ("2024-06") take the meeting of that month that other rows name in full
 * ("13 June 2024"); where none does, or two do, the month is all that is known, and the item is
 * left undated with a warning rather than given a day the pack does not print.
 */
function resolveMonths(items: ParsedWorkProgrammeItem[], warnings: ParseWarning[], listed: string[]): void {
  const meetings = new Map<string, Set<string>>()
  for (const date of [...items.map(i => i.meeting_date), ...listed]) {
    if (date !== null && date.length === 10)
      meetings.set(date.slice(0, 7), (meetings.get(date.slice(0, 7)) ?? new Set()).add(date))
  }
  for (const item of items) {
    if (item.meeting_date === null || item.meeting_date.length !== 7) continue
    const found = [...(meetings.get(item.meeting_date) ?? [])]
    if (found.length !== 1)
      warnings.push({
        page: item.source_page ?? null,
        message: `Work programme: "${item.topic}" is dated ${item.meeting_date} only`,
      })
    item.meeting_date = found.length === 1 ? (found[0] ?? null) : null
  }
}

const INFORMAL = /\bnot\s+a\s+(?:formal\s+)?(?:committee\s+)?meeting\b/i

const FULL_DATE = /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4}$/

function addRow(
  cells: string[],
  line: Line,
  state: State,
  near: string | null,
  out: ParsedWorkProgrammeItem[],
  warnings: ParseWarning[],
) {
  const cols = state.cols
  if (cols === null) return
  if (carriesOnItem(cells, cols, state.last)) return
  // "19 March 2019<br>12 November 2019": an item that comes to two meetings, a row at each.
  const dates = (cells[cols.date] ?? '').split(/<br\s*\/?>/i)
  if (dates.length >= 2 && dates.every(d => FULL_DATE.test(cleanCell(d)))) {
    for (const date of dates) addRow(cells.with(cols.date, date), line, state, near, out, warnings)
    return
  }
  // "2 December 2025<br>*Informal briefing – not a formal meeting*": members meet, the committee does
  // not; its rows, and those under it with the date's cell empty, are no items of the programme.
  const dateCell = cols.date >= 0 ? cleanCell(cells[cols.date]) : ''
  // ("3 December 2019 | Ash Dieback … | … | Informal briefing – not a committee meeting": said beside.)
  const noted = cells.some((c, i) => i !== cols.date && INFORMAL.test(cleanCell(c)))
  // ("Working Group meetings (August – December 2024)": the board's working groups meet, not the board.)
  if (dateCell !== '') state.informal = INFORMAL.test(dateCell) || OTHER_MEETINGS.test(dateCell) || noted
  if (state.informal || noted) return
  rowMeeting(cells, cols, state, near)
  const parts = cols.more >= 0 ? listedRows(cells, cols) : (linedRows(cells, cols) ?? bulletedRows(cells, cols))
  for (const part of parts) addItem(part, cols, line, state, out, warnings)
}

/** A cell whose lines are a list numbered in order ("1. …<br>2. …"). */
function numberedInOrder(cell: string | undefined): boolean {
  const lines = (cell ?? '').split(/<br\s*\/?>/i).filter(part => cleanCell(part) !== '')
  return cellLines(cell).some((item, k) => item !== lines[k])
}

/**
 * A cell's lines ("…<br>…"), without their numbers where they are numbered in order ("1. …<br>2. …",
 * or from "4." where a page broke the row), a lead for two items ("2–3. Ann-Marie Kettering") given
 * to each.
 */
function cellLines(cell: string | undefined): string[] {
  const lines = (cell ?? '').split(/<br\s*\/?>/i).filter(part => cleanCell(part) !== '')
  const numbered = lines.map(line => /^\W*(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?[.)]\s+(.*)$/.exec(line))
  if (lines.length < 2 || numbered.some(m => m === null)) return lines
  const items: string[] = []
  let next = Number(numbered[0]?.[1])
  for (const m of numbered) {
    const [from, to] = [Number(m?.[1]), Number(m?.[2] ?? m?.[1])]
    if (from !== next || to < from) return lines
    for (let n = from; n <= to; n++) items.push(m?.[3] ?? '')
    next = to + 1
  }
  return items
}

/**
 * A meeting's row whose items stand a line each in the topic's cell ("…<br>…"), with as many lines
 * in its lead's or type's cell: a row an item, each cell's line in the same place (a cell of one
 * line shared). Null for any other row: a topic's cell alone in lines is one topic wrapped.
 */
function linedRows(cells: string[], cols: Columns): string[][] | null {
  const topics = cellLines(cells[cols.topic])
  const matched = [cols.lead, cols.type].filter(i => i >= 0 && cellLines(cells[i]).length === topics.length)
  // A line that breaks off ("Bus Franchising Assessment:", "Rhodri Pascoe,", "Manager (Ruth"), or
  // one going on in lower case, is a cell wrapped, not a list.
  const wraps = (lines: string[]): boolean =>
    lines.some(
      (line, k) =>
        (k < lines.length - 1 && (breaksOff(cleanCell(line)) || opensBracket(line))) ||
        (k > 0 && /^[a-z]/.test(cleanCell(line))),
    )
  // (Or each line closing with its kind's code: "Performance Report (PM)<br>Winter Planning (PSR)".)
  const coded = topics.filter(t => /\([A-Z]{1,4}\)\s*$/.test(cleanCell(t))).length >= Math.max(2, topics.length - 1)
  // (Or numbered in order, "1. …<br>2. …", each item's lead in brackets after it.)
  const numbered = topics.length >= 2 && numberedInOrder(cells[cols.topic])
  if (topics.length < 2 || (matched.length === 0 && !coded && !numbered)) return null
  if ([topics, ...matched.map(i => cellLines(cells[i]))].some(wraps)) return null
  // A lead's post wrapped onto a line of its own ("Craig Molyneux, Early Help" / "Service Manager"):
  // the row's cells wrapped, as a layout's text keeps them, not a list.
  const leads = cols.lead >= 0 ? cellLines(cells[cols.lead]).map(l => cleanCell(l)) : []
  if (leads.some((lead, k) => k < leads.length - 1 && postBreaksOff(lead, leads[k + 1] ?? ''))) return null
  return rowPerItem(cells, cols, topics.length, cellLines)
}

/** A line that opens a bracket it does not close ("Community Safety Manager (Ruth"). */
function opensBracket(line: string): boolean {
  return line.lastIndexOf('(') > line.lastIndexOf(')')
}

/** "Craig Molyneux, Early Help" / "Service Manager": a post cut short, its last words on the next line. */
function postBreaksOff(lead: string, next: string): boolean {
  const post = lead.includes(',') ? lead.slice(lead.lastIndexOf(',') + 1).trim() : ''
  if (post === '' || next.includes(',') || PLACEHOLDER.test(next)) return false
  // ("… Audit Scotland" / "Head of Finance": the next lead's post.)
  if (
    /^(?:head|chief|director|senior|assistant|principal|deputy|executive|strategic|cabinet|councillor|cllr|the)\b/i.test(
      next,
    )
  )
    return false
  return !/\b(?:manager|officer|director|head|lead|leader|chair|member|adviser|advisor|executive|commissioner|headteacher|solicitor|treasurer|clerk)$/i.test(
    post,
  )
}

/**
 * A row of `count` items as a row each: the k-th part of each cell that has as many parts, a cell
 * of one part (or none) shared by all, the meeting's date kept whole.
 */
function rowPerItem(cells: string[], cols: Columns, count: number, parts: (cell: string) => string[]): string[][] {
  return Array.from({ length: count }, (_, k) =>
    cells.map((cell, i) => {
      if (i === cols.date) return cell
      const pieces = parts(cell)
      return pieces.length === count ? (pieces[k] ?? '') : pieces.length <= 1 ? cell : ''
    }),
  )
}

/**
 * A meeting's row with its main items and its other items in two columns, a line each ("…<br>…"),
 * and their leads a line each in the same order: a row an item, with its lead where the leads are
 * as many (or the one lead of them all).
 */
function listedRows(cells: string[], cols: Columns): string[][] {
  const lines = (cell: string | undefined): string[] =>
    (cell ?? '').split(/<br\s*\/?>/i).filter(part => cleanCell(part) !== '')
  const topics = [...lines(cells[cols.topic]), ...lines(cells[cols.more])]
  const leads = cols.lead >= 0 ? lines(cells[cols.lead]) : []
  return topics.map((topic, k) =>
    cells.map((cell, i) => {
      if (i === cols.topic) return topic
      if (i === cols.more) return ''
      if (i === cols.lead) return leads.length === topics.length ? (leads[k] ?? '') : leads.length === 1 ? cell : ''
      return cell
    }),
  )
}

const BULLET = /\s*•\s*/
const NUMBERED_PART = /(?:^|\s+)\d{1,2}\.\s+(?=[A-Z])/

/**
 * A meeting's row listing its items with bullets in one cell ("• Knife Crime … • Work Programme"),
 * their types and leads likewise: a row each, the k-th bullet of each cell that has as many.
 */
function bulletedRows(row: string[], cols: Columns): string[][] {
  // "Annual reports:<br>• … <br>• …": the bullets are the items, their lead-in none.
  const leadIn = /^\s*[^•<:]{1,40}:\s*(?:<br\s*\/?>\s*)*(?=•)/.exec(row[cols.topic] ?? '')?.[0]
  const cells = leadIn === undefined ? row : row.map((c, i) => (i === cols.topic ? c.slice(leadIn.length) : c))
  // Or numbered within the cell: "1. Inquiry into School Exclusions 2. Children's Services …".
  const numbered = /^\s*1\.\s+\S.*\s2\.\s+[A-Z]/.test(cells[cols.topic] ?? '')
  const marker = numbered ? NUMBERED_PART : BULLET
  const parts = (cell: string | undefined): string[] => (cell ?? '').split(marker).filter(p => p.trim() !== '')
  const topics = parts(cells[cols.topic])
  if (topics.length < 2 || !(numbered || (cells[cols.topic] ?? '').trimStart().startsWith('•'))) return [cells]
  return rowPerItem(cells, cols, topics.length, parts)
}

// "1. Budget Consultation 2012/13 …": an item numbered in its meeting's list, alone in its cell.
const ITEM_NUMBER = /^\s*(?:\*\*)?\s*\d{1,2}\.\s+(?=\*{0,2}[A-Z])/

function addItem(
  cells: string[],
  cols: Columns,
  line: Line,
  state: State,
  out: ParsedWorkProgrammeItem[],
  warnings: ParseWarning[],
) {
  const parts = topicOf((cells[cols.topic] ?? '').replace(ITEM_NUMBER, ''))
  // ("• | Counter Fraud Policy – review (Chief Internal Auditor)": a list under the table, the lead
  // in brackets where its column is empty.)
  const listed =
    cleanCell(cells[cols.lead]) === '' ? listItem((cells[cols.topic] ?? '').replace(ITEM_NUMBER, ''), true) : null
  const bracketLead = listed?.led === true && listed.lead !== null ? listed.lead : null
  // ("… (TBC)": the lead's place in brackets, no one named in it yet.)
  const { topic, details, slot } = listed?.led === true ? { ...parts, topic: listed.topic } : parts
  // Rows with no topic continue the cell above (outcomes, witnesses, a location line).
  if (topic === '' || PLACEHOLDER.test(topic) || NO_MEETING.test(topic)) return
  if (state.meeting === undefined) {
    warnings.push({ page: line.page, message: `Work programme: no meeting date for "${topic}"` })
  }
  const typeCell = cols.type >= 0 ? cleanCell(cells[cols.type]).replace(PLACEHOLDER, '') : ''
  const aims = cols.aims >= 0 ? cleanCell(cells[cols.aims]) || null : null
  const purposeIsType = cols.type < 0 && isKindLabel(aims)
  const item: ParsedWorkProgrammeItem = {
    meeting_date: state.meeting ?? null,
    topic,
    // With no type column the table states no type: keys written blind leave "Tracking: …" untyped.
    type: purposeIsType ? aims : typeCell !== '' ? typeCell : cols.type >= 0 ? inferType(topic) : null,
    lead_officer: bracketLead ?? (cols.lead >= 0 ? leadOfficer(cells[cols.lead]) : null),
    source_page: line.page,
    time_slot: slot,
    details,
    aims: purposeIsType ? null : aims,
    witnesses: cols.witnesses >= 0 ? cleanCell(cells[cols.witnesses]) || null : null,
  }
  if (item.type === null) typed(item, state.kinds)
  out.push(item)
  state.last = item
}

/**
 * Extraction that writes each line of a wrapped row as a row of its own leaves the row's later lines
 * as rows with no date: a second officer in the lead column under no topic, or the rest of a topic that
 * broke off ("Access to GP Services for" / "People who are Deaf") alone in the topic column.
 * Returns true when `cells` was such a line, joined to the item above.
 */
function carriesOnItem(cells: string[], cols: Columns, last: ParsedWorkProgrammeItem | null): boolean {
  if (last === null || (cols.date >= 0 && cleanCell(cells[cols.date]) !== '')) return false
  const filled = cells.flatMap((c, i) => (cleanCell(c) !== '' ? [i] : []))
  const only = filled.length === 1 ? filled[0] : undefined
  const text = only === undefined ? '' : cleanCell(cells[only])
  const lead = cols.lead >= 0 ? (leadOfficer(cells[cols.lead]) ?? '') : ''
  // No topic, an officer (witnesses may go on beside): the lead cell going on.
  if (cleanCell(cells[cols.topic]) === '' && lead !== '' && last.lead_officer !== null) {
    last.lead_officer = joinText(last.lead_officer, lead)
    return true
  }
  if (only === cols.topic && (breaksOff(last.topic) || /^[a-z]/.test(text))) {
    last.topic = joinText(last.topic, text)
    return true
  }
  return false
}

// "1. …", "• …", and "a) …" as an unscheduled list may letter its items.
// ("Item: Corporate Performance Report" / "Officer: Rachel Denby, …": an item set out as labelled lines.)
const LIST_ITEM = /^\s*(?:[-•]\s*)?(?:\d{1,2}[.)]|[a-h]\)|[-•●▪]|[Ii]tem\s*:)\s+(.*)$/

// "Appendix 1 – Work Programme", "ENVIRONMENT AND HIGHWAYS SCRUTINY COMMITTEE – WORK PROGRAMME 2017/18".
const PROGRAMME_HEADING =
  /^\W*(?:appendix\s+\w{1,3}\s*[–:-]\s*)?(?:[a-z ,&'’–-]{0,80}\s)?(?:work\s*programme|work\s*plan)\b/i
const NO_ITEMS = /^\W*no items\b/i
// "… (performance monitoring)": the kind of scrutiny, closing the item.
// In capitals where it names a review: "(Select Committee Review)".
const KIND_AFTER =
  /\s*\(([a-z][a-z -]{2,40}|[A-Z][A-Za-z -]{2,40}\b(?:[Rr]eview|[Ss]crutiny|[Ii]nquiry|[Mm]onitoring))\)\s*$/
// Who leads, after the item's last dash: a post or a person with one ("Director of Place").
const LEAD_WORDS =
  /\b(?:director|head|manager|officer|chief|executive|inspector|cabinet member|councillor|cllr|chair|lead|leader|tbc|to be confirmed|commissioner|pcc|constable|adviser|advisor|auditor|mayor(?!['’]s)|nhs|trust|ccg|clinical commissioning group|healthwatch|care partnership)\b/i

// "… (Clara Wentworth, Principal Scrutiny Officer)", "… (TBC)": the lead in brackets, closing the item.
// "(Lead: Martin Elphick, Head of Commissioning (Adults))": labelled, a bracket of its own inside.
const LEAD_AFTER = /\s*\(((?:[^()]|\([^()]*\)){3,160})\)\s*$/

interface ListItem {
  topic: string
  details: string | null
  type: string | null
  lead: string | null
  /** The item names its lead, or says it is to be confirmed. */
  led?: boolean
  /** Its kind follows a dash ("… – update report"), not a bracket. */
  dashed?: boolean
  /** That dash comes before the bracket naming its lead ("… – statutory (Lead: …)"). */
  beforeLead?: boolean
}

/** How an item's kind was printed after it: in brackets, after a dash, before a lead's bracket. */
type PrintedKind = { type: string; dashed: boolean; beforeLead: boolean }

function noteKind(state: State, item: ParsedWorkProgrammeItem, read: ListItem): void {
  if (read.type !== null)
    state.bracketKinds.set(item, {
      type: read.type,
      dashed: read.dashed === true,
      beforeLead: read.beforeLead === true,
    })
}

/**
 * An item of a programme list: "Topic – Lead (kind)", each part but the topic optional. `kinded`: its
 * kind was read after it already ("… (Lead: …) – tracking"), or is a table's to give, so no dash
 * before the lead gives one.
 */
function listItem(raw: string, kinded = false): ListItem {
  // "… (pre-decision scrutiny) Lead officer: Jonathan Crabtree, …": the lead's label run on.
  const [clean = '', labelled] = cleanCell(raw).split(/\s+lead\s+officers?\s*:\s*/i)
  if (labelled !== undefined) return { ...listItem(clean), lead: leadOfficer(labelled), led: true }
  const bracket = LEAD_AFTER.exec(clean)
  const leadInBracket = LEAD_LABEL.exec(bracket?.[1] ?? '')?.[1]
  const bracketed = leadInBracket ?? bracket?.[1] ?? ''
  // ("… (Chief Internal Auditor)": a post alone, in capitals, as well as a name with one.)
  const post = /^(?:[A-Z][\w'’&-]*|of|and|for|the)(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the)){0,6}$/.test(bracketed)
  // ("(Scrutiny Office)": a team of officers, in capitals, leads.)
  const leads =
    leadInBracket !== undefined ||
    ((bracketed.includes(',') || post) && LEAD_WORDS.test(bracketed)) ||
    (post && /\bOffice$/.test(bracketed))
  if (bracket && (PLACEHOLDER.test(bracketed) || leads)) {
    // ("Precept proposal – statutory (Lead: …)": the kind after a dash before the lead's bracket.)
    const before = kinded ? null : listItem(clean.slice(0, bracket.index), true)
    const lead = leadOfficer(bracketed)
    if (before?.dashed) return { ...before, lead, led: true, beforeLead: true }
    return { ...topicOf(clean.slice(0, bracket.index)), type: null, lead, led: true }
  }
  const kind = kinded ? null : KIND_AFTER.exec(clean)
  const text = kind ? clean.slice(0, kind.index) : clean
  // Who leads follows the item's last dash, or the first one before a person and their post
  // ("… Recommendations – Neil Hargreaves, Assistant Director – Education and Inclusion").
  const dash = personAfterDash(text) ?? text.lastIndexOf(' - ')
  const after = dash === -1 ? '' : text.slice(dash + 3).trim()
  // "Exclusions from School – update report.": the kind of scrutiny after the dash, in lower case.
  // ("– arm's-length body scrutiny", an apostrophe in it.)
  const kindAfter = /^([a-z][a-z'’ -]{2,40}?)\.?$/.exec(after)
  // (The lead may stand in brackets before it: "Topic (Lead: Name, Post) – tracking".)
  if (kindAfter && kind === null && !LEAD_WORDS.test(after))
    return { ...listItem(text.slice(0, dash), true), type: kindAfter[1] ?? null, dashed: true }
  const named = dash !== -1 && LEAD_WORDS.test(after)
  // ("… (recommendation tracking) – Lead: Councillor …": the lead labelled, the kind before the dash.)
  const leadText = after.replace(/^lead(?:\s+officers?)?\s*:\s*/i, '')
  const { text: before, lead } = named ? { text: text.slice(0, dash), lead: leadOfficer(leadText) } : withLead(text)
  const kindBefore = named && kind === null ? KIND_AFTER.exec(before) : null
  const rest = kindBefore ? before.slice(0, kindBefore.index) : before
  const { topic, details } = topicOf(rest)
  // ("… – TBC": a lead still to be named is a lead's place all the same.)
  return { topic, details, type: (kind ?? kindBefore)?.[1] ?? null, lead, led: named }
}

function personAfterDash(text: string): number | null {
  for (let at = text.indexOf(' - '); at !== -1; at = text.indexOf(' - ', at + 3)) {
    const after = text.slice(at + 3)
    if (/^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s/.test(after) && LEAD_WORDS.test(after)) return at
  }
  return null
}

const NAMED_KIND = /^[a-z -]{2,30}\b(?:scrutiny|tracking|monitoring)$/i

/**
 * A list that gives most items their kind in brackets ("… (performance monitoring)") types them so;
 * where only an item or two close with a bracket ("… (pre-decision)", "… (part may be exempt)"), it is
 * a note in the item's title, and the list states no kinds.
 */
function bracketsAsTopics({ listed, bracketKinds }: State): void {
  const printed = listed.filter(item => item.type !== null && item.type === bracketKinds.get(item)?.type)
  // A dash before the lead's bracket gives a kind only in a list whose kinds name kinds of scrutiny
  // ("– statutory", "– performance monitoring"); elsewhere ("– review", "– final report") it is the title's.
  const kindsNamed = new Set(printed.filter(i => NAMED_KIND.test(i.type ?? '')).map(i => i.type?.toLowerCase()))
  const titles = printed.filter(i => bracketKinds.get(i)?.beforeLead && kindsNamed.size < 2)
  for (const item of titles) Object.assign(item, { topic: `${item.topic} - ${item.type}`, type: null })
  const bracketed = printed.filter(i => !titles.includes(i))
  if (bracketed.length * 3 >= listed.length) return
  // ("… – six-month monitoring" goes back after its dash.)
  // (Brackets naming two kinds of scrutiny or more in full, "(pre-decision scrutiny)", "(recommendation
  // tracking)", type their items however few are: the list uses them so.)
  const named = bracketed.filter(i => bracketKinds.get(i)?.dashed !== true && NAMED_KIND.test(i.type ?? ''))
  const typing = new Set(named.map(i => i.type?.toLowerCase())).size >= 2
  for (const item of bracketed.filter(i => !(typing && named.includes(i)))) {
    const topic = bracketKinds.get(item)?.dashed ? `${item.topic} - ${item.type}` : `${item.topic} (${item.type})`
    Object.assign(item, { topic, type: null })
  }
}

/** One line of a programme set out as a list; returns false when the list has ended. */
function addListLine(raw: string, line: Line, state: State, out: ParsedWorkProgrammeItem[]): boolean {
  if (leadLine(raw, state, out, line.page)) return true
  const pending = state.pending
  state.pending = null
  if (pending !== null && pendingWraps(raw, pending, state, out)) return true
  // An item with neither lead nor kind, no lead below it: a bullet of something else.
  if (pending !== null) return false
  const m = LIST_ITEM.exec(raw)
  if (m) {
    if (NO_ITEMS.test(m[1] ?? '')) return true
    const read = listItem(m[1] ?? '')
    const { topic, details, type, lead, led } = read
    if (topic === '') return true
    const item: ParsedWorkProgrammeItem = {
      meeting_date: state.meeting ?? null,
      topic,
      type: type ?? inferType(topic),
      lead_officer: lead,
      source_page: line.page,
      details,
    }
    state.listRaw = m[1] ?? ''
    state.blank = false
    // Under a meeting's heading only an item naming its lead or kind is one (on its line or the
    // next): bullets of minutes or a report's points below a date are not.
    state.listed.push(item)
    noteKind(state, item, read)
    // In a list whose items name their leads, one that names none is an item all the same.
    if (typeof state.meeting === 'string' && type === null && lead === null && !led && !state.listLed)
      state.pending = item
    else {
      out.push(item)
      state.last = item
    }
    if (led === true) state.listLed = true
    return true
  }
  const text = cleanCell(raw)
  const last = state.last
  const previous = state.listRaw
  // A wrapped list item: its text goes on in lower case, or straight on from an unfinished sentence
  // (not after the kind of scrutiny it closes with, "(performance monitoring)").
  const open = previous !== null && unfinished(cleanCell(previous)) && !/\)\s*$/.test(previous)
  // (An "o" bullet, as Word's second-level list extracts, is a point under the item, not more of it.)
  const wrapped = (/^[a-z]/.test(text) && !SUB_BULLET.test(text)) || (!state.blank && open)
  // A note under a meeting's list ("Deferred from 9 June 2025.", the page's running header) leaves
  // the list open; a "to be scheduled" list ends at the first line that is not its own.
  if (!wrapped && typeof state.meeting === 'string' && text !== '' && !isSectionHeading(raw)) return true
  // A sentence introducing the list ("… dates have not yet been fixed:") before its first item.
  // ("The following items have been agreed … but have not yet been given a meeting date.")
  const intro = /:$/.test(text) || (/\.$/.test(text) && /\b(?:items?|topics?)\b/i.test(text))
  if (previous === null && intro && text.split(' ').length > 4) return true
  // A note right under a "to be scheduled" item ("Added at minute 46/17.") leaves its list open too.
  const note = state.meeting === null && !state.blank && last !== null && /[.)]$/.test(text)
  if (!wrapped && note && !isSectionHeading(raw)) return true
  if (last === null || text === '' || !wrapped) return false
  if (previous === null) {
    last.details = joinText(last.details ?? last.topic, text)
    return true
  }
  // ("… (Wardlaw Kerr LLP, External Auditor)" / "– external audit": the kind wrapped with its dash.)
  const dashed = /^\s*[–—-]\s+/.test(raw) && !/^[–—-]/.test(text) ? `– ${text}` : text
  const joined = joinText(previous, dashed)
  const item = listItem(joined)
  const { topic, details, type, lead } = item
  Object.assign(last, { topic, details, type: type ?? inferType(topic), lead_officer: lead })
  noteKind(state, last, item)
  state.listRaw = joined
  state.blank = false
  return true
}

const SUB_BULLET = /^o\s+\S/

const LEAD_LABEL = /^\W*lead(?:\s+officers?)?\s*:\s*(.*)$/i
// "Officer: Rachel Denby, …" under "Item: …"; in lower case, "officer:" is the rest of a "Lead" label
// the page's width broke off ("… Lead" / "officer: …").
const OFFICER_LABEL = /^\W*Officers?\s*:\s*(.*)$/

/** A listed item that named neither lead nor kind, wrapped at a page's width: its kind on the next
 * line ("(tracking)"), or its "Lead" label broken from "officer: …". It waits on for a lead line. */
function pendingWraps(raw: string, pending: ParsedWorkProgrammeItem, state: State, out: ParsedWorkProgrammeItem[]) {
  const text = cleanCell(raw)
  // Lower case goes on the item; so does any line inside a bracket left open ("(Hamid Rostami, Head of" / "Revenues …)").
  const bracketOpen = /\([^)]*$/.test(state.listRaw ?? '')
  if (state.listRaw === null || text === '' || !(/^[a-z(]/.test(text) || bracketOpen)) return false
  const joined = joinText(state.listRaw, text)
  const read = listItem(joined)
  const { topic, details, type, lead, led } = read
  Object.assign(pending, { topic, details, type: type ?? inferType(topic), lead_officer: lead })
  noteKind(state, pending, read)
  state.listRaw = joined
  if (led === true) state.listLed = true
  if (type === null && lead === null && !led) state.pending = pending
  else {
    out.push(pending)
    state.last = pending
  }
  return true
}

/** "Lead officer: Fiona Weatherall, Winter Service Manager" right under a listed item: its lead. */
function leadLine(raw: string, state: State, out: ParsedWorkProgrammeItem[], page: number): boolean {
  // "Type: Performance monitoring | Lead officer: Andrew Castell, …": the item's labels on a line of their own.
  const cells = raw.split('\t').map(c => cleanCell(c))
  // ("Scrutiny type: Performance monitoring" too.)
  const kind = cells.map(c => /^(?:scrutiny\s+)?type\s*:\s*(\S.*)$/i.exec(c)?.[1]).find(k => k !== undefined)
  const labelled = kind !== undefined ? cells.find(c => LEAD_LABEL.test(c)) : undefined
  const label = LEAD_LABEL.exec(labelled ?? cleanCell(raw)) ?? OFFICER_LABEL.exec(cleanCell(raw))
  const item = state.pending ?? state.last
  // (The blank lines at a page's foot part no item from its details on the next page.)
  const blank = state.blank && !(item !== null && page > (item.source_page ?? page))
  if (kind !== undefined && item !== null && !blank) item.type = PLACEHOLDER.test(kind) ? null : kind
  // ("Scrutiny type: …" on a line of its own, its lead on the next: the item waits for it.)
  if (label === null && kind !== undefined && item !== null && !blank) return true
  if (label === null || item === null || blank) return false
  // "(Lead: Marion Keele, Emergency Planning Officer) – information report": the lead in its
  // bracket, then the kind of scrutiny.
  const bracketed = /^\s*\(\s*lead/i.test(cleanCell(raw)) ? /^(.*?)\)\s*(?:[–-]\s*(.+))?$/.exec(label[1] ?? '') : null
  item.lead_officer = leadOfficer(bracketed?.[1] ?? label[1])
  if (bracketed?.[2]) item.type = cleanCell(bracketed[2])
  // The item's own text is over: lines below are notes ("Attending: …"), not more of its topic.
  state.listRaw = null
  if (state.pending !== null) {
    out.push(state.pending)
    state.last = state.pending
    state.pending = null
  }
  return true
}

// "Universal Credit and rent arrears – Head of Income Collection": a list item naming its lead.
const LEAD_AFTER_DASH =
  /\s[–—-]\s+((?:head|director|assistant director|deputy director|strategic director|executive director|chief|cabinet member|leader|councillor|cllr|lead officer|tbc|to be confirmed)\b.*)$/i

function withLead(item: string): { text: string; lead: string | null } {
  const m = LEAD_AFTER_DASH.exec(item)
  if (m === null) return { text: item, lead: null }
  return { text: item.slice(0, m.index), lead: leadOfficer(m[1]) }
}

// A list item's date wrapped before its year ("… last attended on 16th February" / "2022"): the
// year alone on a line is not a page number there.
const MONTH_AT_END = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i

function wrappedYear(text: string, state: State): boolean {
  return state.list && /^\s*(?:19|20)\d{2}\s*$/.test(text) && MONTH_AT_END.test(state.listRaw ?? '')
}

function onProse(line: Line, state: State, near: string | null, out: ParsedWorkProgrammeItem[]) {
  if (wrappedYear(line.text, state) && state.last !== null) {
    state.listRaw = joinText(state.listRaw ?? '', line.text.trim())
    const { topic, details } = topicOf(state.listRaw)
    Object.assign(state.last, { topic, details, type: inferType(topic) })
    return
  }
  if (isSeparatorRow(line.text) || isFurniture(line.text)) {
    state.blank = true
    return
  }
  const short = line.text.length < 200
  if (short) state.title = line.text
  // Another body's plan under a heading of its own ("Upcoming reports to other committees …"): its
  // table is not the programme's, though its header names no lead.
  if (short && isOtherPlan(line.text)) state.cols = null
  state.sinceProgramme++
  // (The programme's own heading starts a new document: a table before it, another report's, says
  // nothing of how the programme is set out.)
  if (line.text.length < 100 && (PROGRAMME_HEADING.test(line.text) || ownForwardPlan(line.text)))
    Object.assign(state, { sinceProgramme: 0, sawTable: false })
  const municipal = municipalYearOf(line.text)
  if (municipal !== null) state.municipalYear = municipal
  if (
    short &&
    (GLOSSARY.test(line.text) ||
      DEADLINES.test(line.text) ||
      OTHER_MEETINGS.test(line.text) ||
      otherAppendix(line.text))
  ) {
    Object.assign(state, { cols: null, list: false, listRaw: null })
    return
  }
  if (MEETINGS_LISTED.test(line.text) && !OTHER_BODY_MEETS.test(line.text))
    state.meetingsListed.push(...listedMeetings(line.text))
  else if (state.meetingsOpen !== null)
    state.meetingsListed.push(...listedMeetings(`${state.meetingsOpen} ${line.text}`))
  // The sentence goes on to the next line while it has not ended.
  const listing = state.meetingsOpen !== null || MEETINGS_LISTED.test(line.text)
  state.meetingsOpen = listing && !/\.\s/.test(`${line.text} `) ? line.text.split(/\s+/).slice(-2).join(' ') : null
  // ("… added to the list of items" / "to be scheduled." is a sentence wrapped, not a heading.)
  if (short && TO_BE_SCHEDULED.test(line.text) && !/[a-z]\.\s*$/.test(line.text)) {
    Object.assign(state, { meeting: null, list: true, gap: 0, listRaw: null })
    return
  }
  // Cheap tests on the raw line first: cleaning every prose line of a pack is too slow.
  const heading = short && (DATE_HEADING.test(line.text) || WEEKDAY.test(line.text) || DATE_ALONE.test(line.text))
  // A month alone ("June 2021") heads that month's meeting's list near the programme's heading.
  // (Or after the last month's list, where a page's furniture came between: months run on.)
  const monthsRun = /^\d{4}-\d{2}$/.test(state.meeting ?? '')
  const month = short && MONTH_YEAR.test(line.text) && (state.sinceProgramme < 30 || state.list || monthsRun)
  const date = heading ? meetingHeading(cleanCell(line.text), state, near) : month ? monthOf(line.text) : null
  if (date !== null) {
    // A new meeting's heading: no row of the last meeting's table goes on under it.
    // Under a programme set out as lists, the meeting's items are the bullets below its heading.
    // (right under the programme's heading, or under the last meeting's list)
    const list = state.cols === null && state.sinceProgramme < 30 && !state.sawTable
    if (list) state.sinceProgramme = 0
    const headingOpen = /\([^)]*$/.test(line.text)
    Object.assign(state, { meeting: date, previous: date, list, listRaw: null, gap: 0, row: null, headingOpen })
    return
  }
  if (state.headingOpen && !LIST_ITEM.test(line.text)) {
    state.headingOpen = !line.text.includes(')')
    return
  }
  state.headingOpen = false
  if (state.list && addListLine(line.text, line, state, out)) return
  Object.assign(state, { list: false, listRaw: null })
  if (state.cols === null) return
  // A sentence between tables introduces the next one ("Its remaining meetings in 2022/23 are:").
  const sentence = line.text.length > 80 && /[.:]\s*$/.test(line.text)
  if (isSectionHeading(line.text) || sentence || ++state.gap > MAX_GAP) state.cols = null
}

/**
 * A list's line whose bullet or number a tab sets apart ("•⇥Item – Lead<br>(kind)"), as lines of
 * prose: the item's title, then each label under it on a line of its own ("Scrutiny type: …",
 * "Lead: …"), as layout text gathers an item's lines into one cell. A row of such labels alone,
 * set in under the item ("⇥Lead: …<br>Organisation: …"), the same. Null for any other row.
 */
function bulletRow(line: Line): Line[] | null {
  const m = /^\s*([•●▪-]|\d{1,2}[.)])\t+([^\t]+)$/.exec(line.text)
  const labels = m === null ? /^\t+([^\t]+)$/.exec(line.text) : null
  if (m === null && (labels === null || !LABEL_PIECE.test(labels[1] ?? ''))) return null
  const pieces = (m?.[2] ?? labels?.[1] ?? '').split(/<br\s*\/?>/i).map(p => p.trim())
  const first = pieces.findIndex((p, k) => (m === null || k > 0) && LABEL_PIECE.test(p))
  // (A number before a title alone is as likely the report's next section: "3.⇥Scrutiny reviews".)
  if (first === -1 && /\d/.test(m?.[1] ?? '')) return null
  const title = (first === -1 ? pieces : pieces.slice(0, first)).join(' ')
  const labelled: string[] = []
  for (const piece of first === -1 ? [] : pieces.slice(first)) {
    if (LABEL_PIECE.test(piece) || labelled.length === 0) labelled.push(piece)
    else labelled[labelled.length - 1] = `${labelled.at(-1) ?? ''} ${piece}`
  }
  // (Only the labels an item's lead and kind are read from; its purpose and the like are notes.)
  const read = labelled.filter(text => /^(?:lead|(?:scrutiny\s+)?type|officers?)\b/i.test(text))
  const texts = m !== null ? [`${m[1]} ${title}`, ...read] : read
  if (texts.length === 0) return null
  return texts.map(text => ({ ...line, text, cells: null }))
}

// "Lead: …", "Scrutiny type: …": a label opening a line of an item's details.
const LABEL_PIECE =
  /^(?:purpose|aims?|lead(?:\s+officer)?|(?:scrutiny\s+)?type|organisation|also\s+invited|attending|witnesses|officers?|format|outcomes?|reason|cabinet\s+member|portfolio(?:\s+holder)?)\s*:\s/i

// Headers of the other tables printed with a work programme; any of them ends the programme table.
// The committee's task groups and its members' briefings and visits are listed after it too.
const OTHER_TABLE =
  /^(id number|ref(erence)?\.?|title|inquiry|reviews?|activity|(key )?decision|outstanding recommendations|date of tracking|category|criteria|(final |report )?deadline( for reports)?|publication( date)?|(task (and finish )?|review )?groups?|(scrutiny )?panels?|venue|lead member|briefings?(\s*(?:or|and|\/)\s*visits?)?|visits?|provided by|open to|stages?|milestones?)$/

function isOtherHeader(cells: string[]): boolean {
  if (!mayBeHeader(cells)) return false
  const keys = cells.map(headerKey).filter(k => k !== '')
  // An action tracker's header ("Ref | Meeting date | Item | Action / Recommendation | Update").
  if (keys.length >= 3 && findColumn(keys, ACTION_COLUMN) >= 0 && findColumn(keys, /update|status|response/) >= 0)
    return true
  // ("Topic | Membership | Progress": the committee's task and finish groups, who sits on each.)
  if (keys.includes('membership')) return true
  // ("Meeting | Deadline for reports | Agenda published": the year's meetings, not its items.)
  if (
    /^meetings?(?: dates?)?$/.test(keys[0] ?? '') &&
    keys.some(k => /deadline|published|publication|despatch/.test(k))
  )
    return true
  const first = OTHER_TABLE.test(keys[0] ?? '')
  return (first || keys.filter(k => OTHER_TABLE.test(k)).length >= 2) && keys.every(k => k.split(' ').length <= 5)
}

// Another body's plan or a project's timetable laid out like a programme ("Corporate Parenting
// Board – Forward Plan 2021/22", "Inquiry timeline"), or a schedule of petitions with their
// subjects and lead officers: its table is not the committee's programme.
const OTHER_PLAN =
  /\b(forward plan|timeline|timetable|action plan|improvement plan|reports? to other committees|member (?:development|briefings?|training)|(?:informal )?briefings? (?:for|of) members|petitions?)\b/i

function isOtherPlan(title: string): boolean {
  return (
    // ("Rolling Action Plan / Business Programme 2022/23": the committee's own, by its other name.)
    (OTHER_PLAN.test(title) && !/work\s*programme|business\s+programme/i.test(title) && !ownForwardPlan(title)) ||
    OTHERS_PROGRAMMES.test(title)
  )
}

/** "HOSC Forward Plan 2023/24", "PANEL FORWARD PLAN 2025/26": the committee's own plan is its programme; the Cabinet's is not. */
function ownForwardPlan(title: string): boolean {
  return (
    /\bforward plan\b/i.test(title) &&
    // ("Forward Plan of Reviews and Reports": what scrutiny does, reviews and reports, is its own.)
    /\b(?:scrutiny|committee|panel|commission|hosc|o&s|reviews)\b/i.test(title) &&
    !/key decisions|cabinet|executive|mayor/i.test(title)
  )
}

// "4. Boards' work programmes – for information": the programmes of the bodies under the committee.
const OTHERS_PROGRAMMES =
  /\b(?:boards|panels|sub-committees|committees)['’]\s+work\s*programmes\b|\bwork\s*programmes\s+of\s+the\s+(?:\w+\s+)?(?:boards|panels|sub-committees)\b/i

const MAX_GAP = 6

/** A running footer set out as cells: a page stamp and at most one other cell. A stamp a PDF set
 * beside a whole row ("Page 41 of 45 | Tracking: … | … | Tracking") leaves the row a row. */
function isFooterRow(cells: string[]): boolean {
  const filled = cells.filter(c => c.trim() !== '')
  // ("… Committee: Work Programme 2022/23 | Updated: 1 July 2022", the page's running header, too.)
  return (
    filled.length <= 2 &&
    (filled.some(c => PAGE_STAMP.test(c.trim())) ||
      (/\bwork\s*programme\b/i.test(filled[0] ?? '') && /^\W*(?:updated|as at|version)\b/i.test(filled[1] ?? '')))
  )
}

// "Appendix 2 – Member development sessions 2020": the next document, whose table is not the programme.
const STILL_PROGRAMME = /programme|work\s*plan|forward plan|schedul|allocat/i

function otherAppendix(text: string): boolean {
  return newAppendix(text) && !STILL_PROGRAMME.test(text)
}

// Birmingham's programmes close with "Other Meetings": call-ins, petitions, councillor calls for action;
// a board's schedule lists its working groups' meetings under each month's.
// Members' briefings and training, set out like a programme after it, are not the committee's business.
const OTHER_MEETINGS =
  /^\W*(?:\d{1,2}\.?\s+)?(?:(?:other|working group) meetings|member\s+(?:development|briefings?|training))\b/i

// A list of abbreviations printed after the programme ("Useful Acronyms", "A&E = Accident and Emergency").
const GLOSSARY = /^\W*(?:(useful\s+|list\s+of\s+)?(acronyms|abbreviations|glossary)\b|key\s*:?\s*$)/i
// The timetable for each meeting's reports, printed after the programme.
// (Not a meeting's own note under its heading: "Report deadline: Friday 29 December 2017; …".)
const DEADLINES = /^\W*(?:report|reports|papers)\s+deadlines?\b(?!\s*:\s*\S)/i
const DEFINITION = /^\S.{0,20}\s=\s\S/

function isGlossaryRow(cells: string[]): boolean {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  return filled.length > 0 && filled.filter(c => DEFINITION.test(c)).length * 2 > filled.length
}

export function parseWorkProgramme(
  pages: PackPage[],
  warnings: ParseWarning[],
  meetingDate: string | null,
): ParsedWorkProgrammeItem[] {
  const out: ParsedWorkProgrammeItem[] = []
  const state: State = {
    cols: null,
    meeting: undefined,
    previous: null,
    list: false,
    gap: 0,
    last: null,
    width: 0,
    row: null,
    rowPage: 0,
    headerPage: 0,
    listRaw: null,
    blank: false,
    pending: null,
    lastRowLine: null,
    municipalYear: null,
    wrapsCells: false,
    deadlineOpen: false,
    informal: false,
    title: '',
    header: null,
    headerWrapped: false,
    sinceProgramme: Number.POSITIVE_INFINITY,
    sawTable: false,
    headingOpen: false,
    listLed: false,
    meetingsListed: [],
    meetingsOpen: null,
    listed: [],
    bracketKinds: new Map(),
    kinds: new Map(),
  }
  const lines = toLines(pages)
  state.kinds = kindKey(lines)
  state.meetingsListed.push(...scheduledMeetings(lines))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const split = state.cols === null ? null : rowSplitAtBreak(lines, i, state.width)
    if (split !== null) i++
    // ("•⇥Financial Outturn 2024/25 – …": layout text sets a list's bullet apart with a tab.)
    const bulleted = state.cols === null && state.list ? bulletRow(line) : null
    const cells = bulleted !== null ? null : (split ?? rowOf(line))
    if (bulleted !== null) {
      for (const part of bulleted) onProse(part, state, meetingDate, out)
      continue
    }
    // ("1.2⇥The Board meets on … The<br>meetings in 2025/26 are on 15 July 2025, …": a numbered
    // paragraph set out as a row lists the year's meetings too.)
    if (cells !== null && MEETINGS_LISTED.test(line.text))
      state.meetingsListed.push(...listedMeetings(line.text.replace(/<br\s*\/?>|\t/gi, ' ')))
    if (cells === null) {
      // A date alone right under a row: the row's meeting cell wrapped ("Reports due:" / "11 Sep
      // 2025"), not the next meeting's heading.
      const underRow = state.lastRowLine !== null && state.lastRowLine === lines[i - 1]
      if (underRow && (state.cols?.date ?? -1) >= 0 && DATE_ALONE.test(line.text)) state.lastRowLine = line
      else {
        const heading = withWrappedYear(line, lines[i + 1])
        if (heading !== line) i++
        onProse(heading, state, meetingDate, out)
      }
      continue
    }
    const whole = state.header !== null ? withHeaderRest(state.header, cells) : null
    state.header = null
    if (whole !== null) {
      state.cols = programmeColumns(whole) ?? state.cols
      state.headerWrapped = true
      continue
    }
    const header = mayBeHeader(cells) ? programmeColumns(cells) : null
    if (header !== null && isOtherPlan(state.title)) {
      state.cols = null
      continue
    }
    if (header !== null) {
      // A table with its own date column starts a new year's schedule; a headed table keeps the heading's date.
      // (The same header printed again over the next page goes on with the meeting above it, though a
      // note under the last row, "Comments to be reported to …", ended the table there.)
      const printed = cells.map(c => cleanCell(c)).join('\t')
      if (header.date >= 0 && state.cols?.date !== header.date && printed !== state.lastHeader)
        state.meeting = undefined
      state.lastHeader = printed
      // The header repeated at the top of the next page: the row the page broke may go on under it,
      // and a few words under it are that row's rest unless the header wrapped where first printed.
      const repeated = state.cols?.topic === header.topic && line.page > state.rowPage
      const rowGoesOn = repeated && state.row !== null && !state.headerWrapped
      state.header = rowGoesOn ? null : cells
      if (!repeated) state.headerWrapped = false
      Object.assign(state, {
        sawTable: true,
        cols: header,
        gap: 0,
        list: false,
        width: rowWidth(cells),
        row: repeated ? state.row : null,
        headerPage: line.page,
      })
      continue
    }
    // A footer drawn inside the table's columns ("\t\t\tPage 34 of 37", "Commission 12.11.24\tPage 5
    // of 40") is no row of it.
    // A listed item's labels set out with a tab ("Type: … | Lead officer: …").
    if (state.cols === null && state.list && leadLine(line.text, state, out, line.page)) continue
    if (state.cols === null || allEmpty(cells) || isFooterRow(cells)) continue
    if (isOtherHeader(cells) || isGlossaryRow(cells)) {
      state.cols = null
      continue
    }
    state.gap = 0
    const adjacent = state.lastRowLine !== null && state.lastRowLine === lines[i - 1]
    if (!headingRow(cells, state, meetingDate)) onRow(cells, line, state, meetingDate, out, warnings, adjacent)
    state.lastRowLine = line
  }
  resolveMonths(out, warnings, state.meetingsListed)
  bracketsAsTopics(state)
  // A schedule set out as a grid, a month a column, read on its own terms where the pack prints one.
  const schedule = parseScheduleGrid(pages)
  const kept = schedule.length > 0 ? out.filter(i => !schedule.some(g => g.source_page === i.source_page)) : out
  // Or a grid of topics by meeting, marked where each is taken: its rows read as a table are not items.
  const topics = parseTopicGrid(pages, meetingDate, state.kinds)
  const listed = [...(topics.length > 0 ? kept.filter(i => !inTopicGrid(i, topics)) : kept), ...schedule, ...topics]
  const dated = datedParagraphs(lines, meetingDate)
  // (Read as prose, a paragraph's items were none, or its first line taken for a heading's items.)
  return dated.length > 0 ? [...dated, ...listed.filter(i => i.meeting_date === null)] : withAuthors(listed)
}

/**
 * A programme whose grid names no leads, beside a table of each report's author ("Item | Report
 * author"): the author is the item's lead, and the table's row is no item of its own. (Its rows
 * that name no item of the grid, the reserve items, stay.) Two items matched at least.
 */
function withAuthors(items: ParsedWorkProgrammeItem[]): ParsedWorkProgrammeItem[] {
  const key = (topic: string): string => topic.toLowerCase().replace(/\s+/g, ' ').trim()
  const authors = new Map(
    items.filter(i => i.meeting_date === null && i.lead_officer !== null).map(i => [key(i.topic), i] as const),
  )
  if (authors.size < 2) return items
  const used = new Set<ParsedWorkProgrammeItem>()
  for (const item of items) {
    const author = item.meeting_date !== null && item.lead_officer === null ? authors.get(key(item.topic)) : undefined
    if (author === undefined) continue
    item.lead_officer = author.lead_officer
    used.add(author)
  }
  return used.size >= 2 ? items.filter(i => !used.has(i)) : items
}

// "14 September 2016: Annual Complaints Report 2015/16 (Lead: Rebecca Thorne, Head of Customer
// Services); Tracking of …": a meeting's date, then its items in one paragraph, a semicolon apart.
// ("18 January 2017 (budget meeting): …", a note on the meeting before the colon.)
const DATED_PARAGRAPH = /^\W*(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4})(?:\s*\([^)]{2,40}\))?\s*:\s+(\S.*)$/

/**
 * A programme written as paragraphs, a meeting each, its items named with their leads in brackets.
 * It counts where two such paragraphs or more name leads so: a date and a colon alone may start
 * any sentence.
 */
function datedParagraphs(lines: Line[], near: string | null): ParsedWorkProgrammeItem[] {
  const paragraphs: { date: string; text: string; page: number }[] = []
  let open: { date: string; text: string; page: number } | null = null
  for (const line of lines) {
    const m = DATED_PARAGRAPH.exec(line.text)
    const date = m ? parseDateIn(m[1] ?? '', null, near) : null
    if (m && date !== null) {
      open = { date, text: m[2] ?? '', page: line.page }
      paragraphs.push(open)
    } else if (open !== null && isFurniture(line.text)) continue
    else if (open !== null && line.text.trim() !== '' && !/^\W*[•●▪]/.test(line.text) && unclosed(open.text))
      open.text = joinText(open.text, line.text.trim())
    else open = null
  }
  const led = paragraphs.filter(p => /\(lead\s*:/i.test(p.text))
  if (led.length < 2) return []
  return led.flatMap(p =>
    outsideBrackets(p.text, ';').map(part => {
      const { topic, details, type, lead } = listItem(part)
      return { meeting_date: p.date, topic, details, type, lead_officer: lead, source_page: p.page }
    }),
  )
}

/** A paragraph goes on while a bracket is open or its last item has yet to name its lead. */
function unclosed(text: string): boolean {
  if ((text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0)) return true
  const last = text.slice(text.lastIndexOf(';') + 1)
  return !/\(lead\s*:/i.test(last) || !/\)\s*\.?$/.test(text)
}

/** `text` split at each `separator` outside brackets. */
function outsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map(p => p.trim()).filter(p => p !== '')
}

/** An item read from a topic grid's row as if a table's: its topic part of the grid's topics on its page. */
function inTopicGrid(item: ParsedWorkProgrammeItem, grid: ParsedWorkProgrammeItem[]): boolean {
  const onPage = grid.filter(g => g.source_page === item.source_page)
  const topics = ` ${[...new Set(onPage.map(g => g.topic))].join(' ')} `.toLowerCase()
  return onPage.length > 0 && topics.includes(` ${item.topic.toLowerCase()} `)
}

/**
 * A table with no type column may say what kind of item each is in its "Purpose" column: "Update
 * report", "Pre-decision scrutiny", "Cabinet Member Q&A". A purpose that is such a short label, not
 * an aim ("To agree the terms of reference of the Group"), is the item's type.
 */
function isKindLabel(purpose: string | null): purpose is string {
  return purpose !== null && purpose.split(/\s+/).length <= 4 && !/[.;:]$/.test(purpose)
}

/**
 * A row that names its own item and its kind ("Scrutiny Review: … | Evidence gathering") under a row
 * whose kind was whole ("Pre-decision scrutiny"): no row's rest. A kind broken by the page leaves a
 * word ("Evidence" / "Gathering").
 */
function newItem(cells: string[], above: string[], cols: Columns | null): boolean {
  if (cols === null) return false
  // Without a type column, the lead tells: a topic and a lead of their own, under a topic that
  // did not break off, make a row ("Wandle Safeguarding Adults Board …" | "Prof. Hilary Stanbridge").
  const kind = cols.type >= 0 ? cols.type : cols.lead
  // A cell going on in lower case ("has managed demand …") is the rest of the row above.
  const goesOn =
    [cols.topic, kind].some(i => breaksOff(cleanCell(above[i]))) || cells.some(c => /^[a-z]/.test(cleanCell(c)))
  if (kind < 0 || (cols.type < 0 && goesOn)) return false
  const whole = cleanCell(above[kind]).split(/\s+/).length >= 2
  return whole && /^[A-Z]/.test(cleanCell(cells[cols.topic])) && /^[A-Z]/.test(cleanCell(cells[kind]))
}

/**
 * A table line right under a row that is the row's cells wrapped onto a line of their own: some cell
 * carries on the cell above (`carriesOnCell`), or the line holds only the meeting's cell ("23
 * September" / "2025" / "Reports due:" / "11 Sep 2025"), which no item of its own would.
 */
function wrapsRow(above: string[], cells: string[], date: number, wrapsCells: boolean): boolean {
  const filled = cells.flatMap((c, i) => (cleanCell(c) !== '' ? [i] : []))
  if (filled.length === 1 && filled[0] === date) return true
  // In a programme seen to wrap its cells onto lines of their own, one cell alone, its row's other
  // cells printed empty, under a row that filled three or more: the first cell wrapped
  // ("Homelessness and Temporary | Jonathan Pike | Information" / "Accommodation").
  const aboveFilled = above.filter((c, i) => i !== date && cleanCell(c) !== '').length
  const alone = filled.length === 1 && filled[0] === 0 && date !== 0 && cells.length >= above.length
  if (wrapsCells && alone && aboveFilled >= 3) return true
  // The meeting's cell tells nothing: a merged date's second row may hold a note ("(Report deadline: …)").
  return filled.some(i => i !== date && carriesOnCell(cleanCell(above[i]), cleanCell(cells[i])))
}

/**
 * A meeting's heading wrapped before its year, as a PDF prints a heading row across a narrow first
 * column ("**TUESDAY 7 NOVEMBER" / "2023**"): the two lines as one.
 */
function withWrappedYear(line: Line, next: Line | undefined): Line {
  if (next === undefined || line.text.length > 60 || !WEEKDAY.test(line.text) || /\b(?:19|20)\d{2}\b/.test(line.text))
    return line
  if (!/^\W*(?:19|20)\d{2}\b/.test(next.text)) return line
  return { ...line, text: `${line.text} ${next.text}` }
}

/** A table row; at the top of a page it may be the rest of the last row, broken by the page. */
function onRow(
  raw: string[],
  line: Line,
  state: State,
  near: string | null,
  out: ParsedWorkProgrammeItem[],
  warnings: ParseWarning[],
  adjacent = false,
) {
  const atPageTop = state.row !== null && line.page > state.rowPage
  const above = state.row
  const date = state.cols?.date ?? -1
  // A line right under a row, carrying its cells on: the row's long cells wrapped as lines of their own.
  const wrapped = adjacent && !atPageTop && above !== null && wrapsRow(above.cells, raw, date, state.wrapsCells)
  if (wrapped) state.wrapsCells = true
  const unplaced = !wrapped && line.page > state.headerPage && (atPageTop || cleanCell(raw[0]) === '')
  const cells = unplaced ? alignBrokenRow(raw, state.width, atPageTop ? (above?.cells ?? []) : [], [date]) : raw
  state.rowPage = line.page
  const broken =
    atPageTop &&
    above !== null &&
    !newItem(cells, above.cells, state.cols) &&
    carriesOnBrokenRow(above.cells, cells, true, [date])
  if (above !== null && (wrapped || broken)) {
    const merged = Array.from({ length: Math.max(above.cells.length, cells.length) }, (_, i) =>
      joinText(above.cells[i] ?? '', cells[i] ?? ''),
    )
    if (above.items.length > 0 && out.at(-1) === above.items.at(-1)) out.splice(-above.items.length)
    const from = out.length
    addRow(merged, above.line, state, near, out, warnings)
    state.row = { cells: merged, line: above.line, items: out.slice(from) }
    return
  }
  const before = out.length
  addRow(cells, line, state, near, out, warnings)
  state.row = { cells, line, items: out.slice(before) }
}
