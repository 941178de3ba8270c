/**
 * Action tracker: `Date | Agenda item | Action | Update` rows. A meeting's first action carries the
 * date and agenda item; its further actions are continuation rows with those cells empty. A cell
 * broken across pages continues in a row holding only the broken cell, and the header row is
 * repeated on every page.
 */
import { parseActionBlocks } from './action-blocks.ts'
import { breaksOff } from './clean.ts'
import { meetingsByMonth, parseDateIn } from './table-dates.ts'
import {
  alignBrokenRow,
  carriesOnCell,
  allEmpty,
  carriesOnBrokenRow,
  cleanCell,
  endsSentence,
  findColumn,
  headerKey,
  isFurniture,
  isSeparatorRow,
  joinText,
  mayBeHeader,
  rowWidth,
  newAppendix,
  rowOf,
  toLines,
  withHeaderRest,
  type Line,
} from './table-utils.ts'
import type { PackPage, ParseWarning, ParsedAction } from './types.ts'

interface Columns {
  date: number
  item: number
  action: number
  update: number
  /** The action's own number ("No.", "Ref"), -1 where the table has none. */
  number: number
  /** "Type": an action ("A") or the committee's recommendation ("R") tracked beside them, -1 for none. */
  kind?: number
  /** The item's column is headed "Minute": its cells start with the minute's bare number ("42 Work Schedule"). */
  minuted?: boolean
}

// "R" in a tracker's Type column: the committee's recommendation to the Cabinet, no action.
const RECOMMENDATION_KIND = /^(?:r|rec\.?|recommendation)$/i

/** Column positions when `cells` is an action tracker header row, else null. */
export function trackerColumns(cells: string[]): Columns | null {
  const keys = cells.map(headerKey)
  if (keys.some(k => k.length > 40)) return null
  // The meeting the action was agreed at: "Date", "Meeting date", or just "Meeting".
  // "Raised": the meeting the action was raised at.
  const date = findColumn(keys, /\bdate\b|^(committee )?meeting$|^raised$/, /due|target|complet|deadline/)
  // "Action No." / "Action Ref" numbers the action; the action itself is the column named for it.
  // ("Minute | Request | Officer | Response": the committee's requests for information, its actions.)
  const acted = findColumn(keys, /\bactions?\b|^requests?$/, /update|status|\b(?:no|ref|reference|id|number)\b/)
  // "Date | Item | Recommendation | Response": the committee's recommendations at its meetings,
  // tracked as actions are (a review's recommendations have no meeting's date and item).
  const meetings = date >= 0 && findColumn(keys, /^(?:agenda\s+)?(?:item|subject)$/, undefined, [date]) >= 0
  const action = acted >= 0 ? acted : meetings ? findColumn(keys, /^recommendations?$/) : -1
  if (action < 0) return null
  // A "Minute Ref" column beside a "Subject" one gives the minute's number, not its subject.
  const named = findColumn(keys, /item|subject|topic|report/, /action/, [date, action])
  const found = named >= 0 ? named : findColumn(keys, /minute/, /action/, [date, action])
  // Two headers set close and read as one ("Minute Agenda item"), an empty header beside: the
  // item is the second of the two columns.
  const item = /^minute\b.*\b(?:item|subject)/.test(keys[found] ?? '') && keys[found + 1] === '' ? found + 1 : found
  // "Status | Comments": the comments are the update, a status its one word.
  // ("Cabinet Member response | Implementation update": the update, not the answer first given.)
  const updated = findColumn(keys, /update|^progress\b(?!\s+check)/, undefined, [date, action, item])
  const commented =
    updated >= 0 ? updated : findColumn(keys, /response|outcome|comment/, undefined, [date, action, item])
  const update = commented >= 0 ? commented : findColumn(keys, /status/, undefined, [date, action, item])
  if (item < 0 && update < 0) return null
  // Without a date column the meeting is a row of its own above its actions ("Meeting held on …"):
  // the table must still say which minute or item each action is from, or number its actions
  // ("Ref | Action | Lead | Timescale | Progress", the items rows of their own too: `undated`).
  const number = findColumn(keys, /^(?:no\.?|ref\.?|reference|number|#)$/)
  if (date < 0 && update < 0) return null
  if (date < 0 && item < 0 && number < 0) return null
  const kind = findColumn(keys, /^type$/)
  const minuted = /^minutes?(?: ref(?:erence)?\.?)?$/.test(keys[item] ?? '')
  return { date, item, action, update, number: number < date || date < 0 ? number : -1, kind, minuted }
}

// "25 – Urgent and Emergency Care", "87. Temporary Accommodation …", "Min 48<br>Mayor's Draft
// Budget": a "Minute" column gives the minute's number before its subject.
// ("54/16 – Fly-tipping Enforcement", "48/17 Inquiry into …": a minute numbered within its year.)
// ("CSC.71/18 Youth Offending Service …": the committee's letters before the number.)
// ("SC/14<br>Workforce Strategy", "HOSC/25/041 …": the committee's letters, then the number.)
const MINUTE_NUMBER =
  /^(?:[A-Z]{2,6}\.?\s?\d{1,3}\/\d{2,4}\s+(?:[–—-]\s+)?(?=[A-Z])|[A-Z]{1,6}\/(?:\d{2}\/)?\d{1,3}\s+(?:[–—-]\s+)?(?=[A-Z])|(?:min(?:ute)?|art(?:icle)?)\.?\s*(?:no\.?\s*)?\d{1,3}[a-z]?\.?\s*(?:[–—:-]\s*)?|\d{1,3}\/\d{2,4}\s+(?:[–—-]\s+)?(?=[A-Z])|\d{1,3}[a-z]?\.?\s*[–—-]\s+|\d{1,3}\.\s+(?=[A-Z]))(?=[A-Za-z])/i

// ("13 July 2021 Ofsted Focused Visit: …", the item wrapped under the date in its cell, no dash.)
const MEETING_AND_ITEM =
  /^(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})\s+(?:[–—-]\s+|(?=[A-Z]))(\S.{3,})$/
// "AS.23 (14.11.24)": a "Minute Ref (Date)" column, the minute's reference and the meeting's date.
const MINUTE_AND_DATE = /^([A-Z]{1,6}[./]?\s?\d{1,3}[a-z]?(?:\/\d{2,4})?)\s*\(\s*(\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*\)$/

/** The meeting's date and the item (or its minute's reference) a meeting's cell gives together: [, date, item]. */
function meetingAndItem(text: string): [string, string, string] | null {
  const m = MEETING_AND_ITEM.exec(text)
  if (m) return [m[0], m[1] ?? '', m[2] ?? '']
  const minute = MINUTE_AND_DATE.exec(text)
  return minute ? [minute[0], minute[2] ?? '', minute[1] ?? ''] : null
}
// "Item 6 – Fleet Management Internal Audit Report<br>Head of Roads and Fleet to report back …": the
// item, a paragraph of its own, before the action in the action's cell.
// ("Min. 52 – Welsh in Education Strategic Plan<br>Provide a breakdown …": the minute's number and subject.)
const ITEM_LEAD =
  /^\W*(?:(?:agenda\s+)?item|min(?:ute)?\.?)\s+\d{1,3}[a-z]?\s*[–—:-]\s*([^<]{3,140}?)\s*<br\s*\/?>\s*(\S[\s\S]*)$/i
const BOLD_LEAD = /^\*\*([^*]{3,120})\*\*\s*(\S.*)$/s

// "Council Tax Support Scheme 2025/26 (22 January 2025)": a "Meeting / Item" column dates the item in brackets.
// "Adult Social Care Budget (12/01/2017)" too.
const DATED_ITEM =
  /^(.*?)\s*\(\s*((?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))\s*\)$/
// "Item 5.3 – ": the agenda's number for the item.
const AGENDA_ITEM_NUMBER = /^(?:agenda\s+)?item\s+\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[–—:-]\s*/i
// "27 (19/09/2024) Housing Strategy …" in a "Minute" column: an earlier meeting's minute, dated after its number.
const MINUTE_DATED =
  /^\d{1,3}[a-z]?\s*\(\s*(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})\s*\)\s+(?=[A-Z])(.*)$/
// "42 Community Safety Partnership …": the minute's bare number before its subject.
const BARE_MINUTE = /^\d{1,3}[a-z]?\s+(?=[A-Z])/

/** [, item, date] of an item's cell that dates it: "Item (22 January 2025)", "27 (19/09/2024) Item". */
function datedItem(text: string, cols: Columns): [string, string, string] | null {
  const m = DATED_ITEM.exec(text)
  if (m) return [m[0], m[1] ?? '', m[2] ?? '']
  // ("16/03/2022<br>Item 5.3 – Internal Audit Plan 2022/23" in a "Minute ref" column: the meeting, then its item.)
  const meeting = cols.minuted ? MEETING_AND_ITEM.exec(text) : null
  if (meeting) return [meeting[0], (meeting[2] ?? '').replace(AGENDA_ITEM_NUMBER, ''), meeting[1] ?? '']
  const minute = cols.minuted ? MINUTE_DATED.exec(text) : null
  return minute ? [minute[0], minute[2] ?? '', minute[1] ?? ''] : null
}

// A status alone ("Open", "Not started") says the action is still to do: no update yet. Birmingham's
// "Outstanding" and "Ongoing" are kept as updates, as its trackers mean them.
// ("Response awaited (chased 02/06/2021)": none yet.)
const PLACEHOLDER =
  /^(?:-+|n\/?a|tbc|tbd|none|nil|\?|open|not (?:yet )?started|(?:response\s+)?awaited(?:\s*\([^)]*\))?\.?)$/i

interface State {
  date: string
  /** The meeting a sentence over the table says its actions were agreed at, for minutes not dated otherwise. */
  tableDate?: string
  item: string
  /** The item is its group's, named by a row heading the group ("**Fly-tipping Enforcement**"). */
  grouped?: boolean
  /** The row being read is typed as a recommendation, not an action. */
  recommendation?: boolean
  last: ParsedAction | null
  /** Raw cells of the last row and the page it ended on, to mend a row broken by a page. */
  lastCells: string[]
  lastPage: number
  /** The last cell goes on as a bulleted list printed outside the table. */
  inList: boolean
  /** The table's header was printed again since the last row: a page break. */
  headerAgain: boolean
  /** A "Meeting held on …" row has dated the rows below since the table's header. */
  meetingSeen?: boolean
  /** The meeting of each month ("2022-06" → "2022-06-21"), for a tracker grouped under months. */
  monthMeetings?: () => Map<string, string>
}

const ORIGINALLY = /\(?\s*(?:originally|first|previously)\s+(?:requested|raised|agreed)\s+(?:on\s+|at\s+)?([^)]*)\)?/i

// "… circulated on 2 August 2016. [Complete]": the action's status in brackets after its update.
const BRACKETED_STATUS =
  /\s*\[(?:complete[d]?|ongoing|open|closed|in progress|overdue|not started|outstanding|on track)\]\s*$/i

function finish(action: ParsedAction): ParsedAction {
  const written = action.update?.replace(BRACKETED_STATUS, '') ?? null
  const update = written === null || written === '' || PLACEHOLDER.test(written) ? null : written
  const re = ORIGINALLY.exec(action.action)
  const originally = re ? parseDateIn(re[1] ?? '') : null
  const out: ParsedAction = { ...action, update, has_update: update !== null }
  if (originally) out.originally_requested = originally
  return out
}

function cell(cells: string[], index: number): string {
  return index < 0 ? '' : cleanCell(cells[index])
}

/** A fragment that continues the previous cell rather than starting a new action. */
function continues(previous: string, next: string): boolean {
  if (previous === '') return false
  // "The following information to be provided:" with its list carried on to the next page.
  return /:\s*$/.test(previous) || (!endsSentence(previous) && /^[a-z(]/.test(next))
}

/** A row's cells that carry on the action above (wrapped, or broken by the page), joined to its own. */
function joinToLast(
  last: ParsedAction,
  parts: { item: string; action: string; update: string },
  cells: string[],
  state: State,
): void {
  if (parts.item !== '') state.item = last.agenda_item = joinText(last.agenda_item, parts.item)
  if (parts.action !== '') last.action = joinText(last.action, parts.action)
  if (parts.update !== '') last.update = joinText(last.update ?? '', parts.update)
  state.lastCells = state.lastCells.map((c, i) => joinText(c, cells[i] ?? ''))
}

function addRow(
  cells: string[],
  cols: Columns,
  line: Line,
  state: State,
  out: ParsedAction[],
  warnings: ParseWarning[],
) {
  state.inList = false
  // (The rest of a recommendation's row the page broke, its Type cell empty, is skipped with it.)
  const kind = cell(cells, cols.kind ?? -1)
  if (kind !== '') state.recommendation = RECOMMENDATION_KIND.test(kind)
  if (state.recommendation === true) return
  const broken = state.last !== null && (line.page > state.lastPage || state.headerAgain)
  state.headerAgain = false
  const dated = cols.date >= 0 ? null : datedItem(cell(cells, cols.item), cols)
  // With no column for the item: "23/01/2024 – Corporate Performance Report" in the meeting's cell,
  // or the item in bold before the action ("**Fly-tipping Enforcement** Circulate the number …").
  const meeting = cols.item < 0 ? meetingAndItem(cell(cells, cols.date)) : null
  const actionCell = (cells[cols.action] ?? '').trim()
  const lead = cols.item < 0 && meeting === null ? (BOLD_LEAD.exec(actionCell) ?? ITEM_LEAD.exec(actionCell)) : null
  const dateText = dated?.[2] ?? meeting?.[1] ?? cell(cells, cols.date)
  const item = (dated?.[1] ?? meeting?.[2] ?? (lead ? cleanCell(lead[1]).replace(/:$/, '') : cell(cells, cols.item)))
    .replace(MINUTE_NUMBER, '')
    .replace(cols.minuted ? BARE_MINUTE : /^$/, '')
  const action = lead ? cleanCell(lead[2]) : cell(cells, cols.action)
  const update = cell(cells, cols.update)
  // The rest of a row the page broke, where the meeting's cell holds its item under the date
  // ("Recruitment and" / "Retention"): the item's words go on, the other cells' too.
  const numberless = cols.number >= 0 ? cell(cells, cols.number) === '' : cleanCell(cells[0]) === ''
  const itemWords = dateText !== '' && !/\d{4}/.test(dateText)
  if (cols.item < 0 && meeting === null && broken && numberless && state.last !== null && itemWords) {
    joinToLast(state.last, { item: dateText, action, update }, cells, state)
    state.lastPage = line.page
    return
  }
  // A minute not dated after its number is of the meeting the table was introduced with.
  if (cols.minuted && dated === null && state.tableDate && cell(cells, cols.item) !== '') state.date = state.tableDate
  if (dateText !== '') {
    const date = parseDateIn(dateText, null, state.date || null)
    if (date === null) {
      warnings.push({ page: line.page, message: `Action tracker: cannot read the date "${dateText}"` })
      return
    }
    state.date = date
  }
  const last = state.last
  // A table whose long cells wrap onto lines of their own, the date's cell left empty: each cell's
  // next words, where the action above is unfinished and some cell plainly carries its own on.
  // A table numbering its actions: a line with neither number nor date is the row's cells wrapped.
  const unnumbered = cols.number >= 0 && cell(cells, cols.number) === ''
  const wrapped =
    dateText === '' &&
    last !== null &&
    !broken &&
    (unnumbered ||
      (action === ''
        ? item !== ''
        : !endsSentence(last.action) &&
          (carriesOnCell(last.agenda_item, item) ||
            carriesOnCell(last.action, action) ||
            carriesOnCell(last.update ?? '', update))))
  if (wrapped) {
    joinToLast(last, { item, action, update }, cells, state)
    return
  }
  // A wrapped agenda item's last words ("(DToC)") on the line that carries its action on, or on
  // the next page with the rest of every other cell of its row.
  const itemGoesOn =
    dateText === '' &&
    last !== null &&
    item !== '' &&
    (continues(last.agenda_item, item) ||
      breaksOff(last.agenda_item) ||
      (broken && carriesOnBrokenRow(state.lastCells, cells, false, [cols.date])))
  const carried =
    dateText === '' &&
    (item === '' || itemGoesOn) &&
    last !== null &&
    (continues(last.action, action) ||
      (broken && carriesOnBrokenRow(state.lastCells, cells, false, [cols.date, cols.item])))
  // (Without a column for it, the item is its group's, from the row that heads the group.)
  if (!(cols.item < 0 && state.grouped) && (dateText !== '' || (item !== '' && !carried))) state.item = item
  state.lastPage = line.page
  if (action === '' || carried) {
    if (last === null) {
      warnings.push({ page: line.page, message: `Action tracker: row without an action: "${cells.join(' | ')}"` })
      return
    }
    // The rest of a row broken by a page: append to the cells of the action before it.
    joinToLast(last, { item: itemGoesOn ? item : '', action, update }, cells, state)
    return
  }
  if (state.date === '') {
    warnings.push({ page: line.page, message: `Action tracker: action with no date: "${action}"` })
    return
  }
  const row: ParsedAction = {
    date: state.date,
    agenda_item: state.item,
    action,
    update: update === '' ? null : update,
    has_update: false,
    source_page: line.page,
  }
  out.push(row)
  state.last = row
  state.lastCells = [...cells]
}

/**
 * A whole row at the top of a page that extraction marked as missing its first columns, because its
 * table's text sits right of the page's margin (cell padding): its second cell is the date the first
 * column holds, so the empty first cell is not a column.
 */
function withoutFalseIndent(cells: string[], cols: Columns): string[] {
  if (cols.date !== 0 || cleanCell(cells[0]) !== '') return cells
  const second = cleanCell(cells[1])
  return second.length <= 20 && parseDateIn(second) !== null ? cells.slice(1) : cells
}

/**
 * A row at the top of a page with one column missing before a title and a sentence ("" | "Clean
 * Air Zone – Feasibility Study" | "The Committee to be consulted …"): a new agenda item's action
 * under the same date, in place as extracted. Without this, its title would be taken for an action
 * whose date and item are both carried down, and its action for the update.
 */
function startsAtItem(cells: string[], cols: Columns): boolean {
  const text = cells.map(c => cleanCell(c))
  if (cols.date !== 0 || cols.item !== 1 || cols.action !== 2 || text[0] !== '') return false
  const [item = '', action = ''] = text.slice(1)
  const titleLike = /^[A-Z0-9]/.test(item) && !endsSentence(item) && item.split(/\s+/).length <= 12
  return titleLike && /^[A-Z]/.test(action) && endsSentence(action) && text.slice(3).every(c => c === '')
}

// The meeting a group of actions is from, where the table has no date column.
// ("**Committee – 14 June 2023**": the body and its meeting's date.)
const MEETING_ROW =
  /^\W*(?:meeting\s+(?:held\s+)?(?:on|of)|meeting\s*:|actions?\s+from\s+(?:the\s+)?meeting\s+(?:held\s+)?on|(?:committee|panel|board|commission|sub-committee)\s*[–—:-](?=\s*\d))\s+/i

/** A "Meeting held on 16 November 2023" line over its actions: the date of the rows below. */
function meetingRow(raw: string, cols: Columns | null, state: State): boolean {
  // Cheap tests on the raw line first: cleaning every prose line of a pack is too slow.
  const heading = cols === null || cols.date >= 0 ? null : (meetingHeading(raw, 0) ?? monthHeading(raw, state))
  if (heading === null) return false
  // (The meeting's rows below it: a minute not dated after its number is of this meeting.)
  Object.assign(state, {
    date: heading.date,
    tableDate: heading.date,
    item: '',
    last: null,
    lastCells: [],
    meetingSeen: true,
  })
  return true
}

const MONTH_GROUP =
  /^\W*(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})\W*$/i

/**
 * "**June 2022**" over a month's actions, in a table with no date column: the date of the meeting
 * that month, the one the pack names most (`meetingsByMonth`).
 */
function monthHeading(raw: string, state: State): { date: string; at: number } | null {
  if (raw.length > 40) return null
  const m = MONTH_GROUP.exec(cleanCell(raw))
  const month = m === null ? null : parseDateIn(`1 ${m[1] ?? ''} ${m[2] ?? ''}`)?.slice(0, 7)
  const date = month == null ? undefined : state.monthMeetings?.().get(month)
  return date === undefined ? null : { date, at: 0 }
}

// "The table below lists the actions agreed at the Board's meeting on 17 October 2024, and …".
const AGREED_AT =
  /\bactions?\s+agreed\s+at\s+(?:the\s+)?[\w'’ ()&,-]{0,80}?\bmeeting\s+(?:held\s+)?on\s+(?:\w+day,?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/i

/** The meeting a sentence introducing a table says its actions were agreed at: the rows' date. */
function agreedAt(raw: string, at: number): { date: string; at: number } | null {
  const m = /agreed/i.test(raw) ? AGREED_AT.exec(raw) : null
  const date = m ? parseDateIn(m[1] ?? '') : null
  return date === null ? null : { date, at }
}

/** A "Meeting held on 16 November 2023" heading's date, where a line is one. */
function meetingHeading(raw: string, at: number): { date: string; at: number } | null {
  // Cheap tests on the raw line first: cleaning every prose line of a pack is too slow.
  if (raw.length > 90 || !/meeting|committee|panel|board|commission/i.test(raw)) return null
  const text = cleanCell(raw)
  const date = MEETING_ROW.test(text) ? parseDateIn(text.replace(MEETING_ROW, '')) : null
  return date === null ? null : { date, at }
}

/**
 * A table with neither date nor item column ("Ref | Action | Lead | Timescale | Progress") is a
 * tracker only under rows naming its meetings; without them it is some plan's actions.
 */
function undated(cols: Columns, state: State): boolean {
  return cols.date < 0 && cols.item < 0 && state.meetingSeen !== true
}

// ("Minute OSP 5/21: Council Tax Support Scheme 2022/23 (meeting of 17 June 2021)", the committee's letters first.)
const MINUTE_GROUP =
  /^\W*minute\s+(?:no\.?\s*)?(?:[A-Z]{1,6}\s)?[\w/.]{1,10}\s*[:–—-]\s*(\S.{2,140}?)(?:\s*\(meeting\s+(?:held\s+)?(?:of|on)\s+[^)]+\))?$/i

/**
 * "**Fly-tipping Enforcement**" across a table with no column for the item: the item of the actions
 * below it (again at the top of the next page, "(continued)").
 */
function itemRow(padded: string, cols: Columns | null, state: State): boolean {
  const raw = padded.trim()
  if (cols === null || cols.item >= 0 || raw.length > 150) return false
  // ("Item: COVID-19 Winter Plan and NHS 111 First", labelled, the bold left off.)
  const labelled = /^\W*(?:agenda\s+)?item\s*:\s*(\S.{2,140})$/i.exec(cleanCell(raw))?.[1]
  // ("Minute 15: Sickness Absence and Employee Wellbeing", the minute that agreed the actions below.)
  const minuted = MINUTE_GROUP.exec(cleanCell(raw))?.[1]
  if (labelled !== undefined || minuted !== undefined) {
    Object.assign(state, { item: labelled ?? minuted, grouped: true })
    return true
  }
  if (!/^\W*\*\*[^*]{3,140}\*\*\W*$/.test(raw)) return false
  // ("**SCRUTINY COMMITTEE – ACTION TRACKER (continued)**": the table's own running header.)
  if (/\b(?:tracker|action\s+log|actions?\s+(?:arising|list))\b/i.test(raw)) return false
  // ("**Item 7 – Public Health Annual Report**": the agenda's number for it goes, as a minute's does.)
  state.item = cleanCell(raw)
    .replace(/\s*\(continued\)\s*$/i, '')
    .replace(/^(?:agenda\s+)?item\s+\d{1,2}[a-z]?\s*[–—:-]\s*(?=\S)/i, '')
  state.grouped = true
  return true
}

/** Prose lines between rows of one table: a broken sentence (lowercase start) joins the last cell. */
function addProse(text: string, state: State): boolean {
  const t = cleanCell(text)
  const last = state.last
  if (last === null || t === '') return false
  const cell = last.update !== null ? 'update' : 'action'
  const before = last[cell] ?? ''
  // A list in the cell printed as lines of their own: its bullets after "covering:", and their wraps.
  const bullet = /^\s*[•●▪◦]\s/.test(text) && /[:;]$|\b(?:and|or)$/.test(before)
  const goesOn = !endsSentence(before) && (/^[a-z]/.test(t) || state.inList)
  if (!bullet && !goesOn) return false
  last[cell] = joinText(before, t)
  state.inList = bullet || (state.inList && !endsSentence(t))
  return true
}

const MAX_GAP = 4
const COMPLETED_LIST = /^\W*(?:(?:actions?|items?)\s+(?:completed|closed|removed)|(?:completed|closed)\s+actions?)\b/i

/**
 * A first cell that labels a form-like table's row rather than dating an action ("Report of:",
 * "Lead Officer for the Inquiry"). Where the first column names the item, not its date, only a
 * label's colon tells: an item's title is words too.
 */
function isLabel(text: string, dated: boolean): boolean {
  if (text === '' || /\d/.test(text)) return false
  return /:\s*$/.test(text) || (dated && text.split(/\s+/).length >= 3)
}

/**
 * A row whose first cell ends in a colon but that carries an action of a sentence or more beside
 * it: an item's title wrapped before its subtitle ("Children's Social Care Performance Report:"),
 * not a form's label.
 */
function actionRow(cells: string[], cols: Columns): boolean {
  const filled = cells.filter(c => cleanCell(c) !== '').length
  return cols.date < 0 && filled >= 3 && cleanCell(cells[cols.action]).split(' ').length >= 4
}

/** The column a row of the table starts with: its date, or its minute where the meeting heads a group. */
function leadColumn(cols: Columns): number {
  return cols.date >= 0 ? cols.date : cols.item
}

/** A row of labelled values ("Chairman: Councillor … | Vice-Chairman: …"): the next paper's details, not an action. */
function allLabelled(cells: string[]): boolean {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  return filled.length >= 2 && filled.every(c => /^[A-Z][A-Za-z -]{1,30}:\s+\S/.test(c))
}

/** A row of short words and no dates: the header of the next table ("Status | Meaning"), not an action. */
function isOtherHeader(cells: string[], cols: Columns): boolean {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  // Its first cell filled, though a PDF's column stops may have set its words under other columns.
  return (
    (cleanCell(cells[leadColumn(cols)]) !== '' || cleanCell(cells[0]) !== '') &&
    filled.length >= 2 &&
    filled.every(c => !/\d|\.$/.test(c) && c.split(/\s+/).length <= 3)
  )
}

export function parseActionTracker(pages: PackPage[], warnings: ParseWarning[]): ParsedAction[] {
  const lines = toLines(pages)
  const out: ParsedAction[] = []
  const state: State = { date: '', item: '', last: null, lastCells: [], lastPage: 0, inList: false, headerAgain: false }
  // (Worked out when a tracker first needs it: most have a date column.)
  let byMonth: Map<string, string> | undefined
  state.monthMeetings = () => (byMonth ??= meetingsByMonth(lines.map(l => l.text)))
  let cols: Columns | null = null
  let width = 0
  let headerPage = 0
  let gap = 0
  let sawHeading: Line | null = null
  let headedBy: { date: string; at: number } | null = null
  // The header row just read, whose wrapped words may follow as a row of their own.
  let headerCells: string[] | null = null
  // Under "Actions completed and removed since the last meeting": the next table is not the tracker.
  let completedList = false
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as Line
    const cells = rowOf(line)
    if (cells === null) {
      if (line.text.length < 80 && /^\W*action\s+(tracker|log|record)\b/i.test(line.text)) sawHeading ??= line
      // (Not a sentence saying how the tracker is kept: "Completed actions are shown once, …".)
      const practice = /\b(?:are|is|will be)\s+(?:shown|listed|kept|included)\b/i.test(line.text)
      if (line.text.length < 120 && COMPLETED_LIST.test(line.text) && !practice) [cols, completedList] = [null, true]
      // "Appendix 3 – Executive Board extract": another document, unless the tracker's own.
      if (newAppendix(line.text) && !/action|tracker|log/i.test(line.text)) cols = null
      // ("## Meeting of 13 March 2024" over the first table, before any header: its rows' date.)
      if (cols === null) headedBy = meetingHeading(line.text, at) ?? agreedAt(line.text, at) ?? headedBy
      if (meetingRow(line.text, cols, state) || itemRow(line.text, cols, state)) continue
      // The row's cell wrapped where a PDF printed it narrow: "**Meeting held on 14" / "March 2019**".
      const next = lines[at + 1]
      if (next !== undefined && rowOf(next) === null && meetingRow(`${line.text} ${next.text}`, cols, state)) {
        at++
        continue
      }
      if (cols === null || isSeparatorRow(line.text) || isFurniture(line.text)) continue
      if (!addProse(line.text, state) && ++gap > MAX_GAP) cols = null
      continue
    }
    const whole = headerCells !== null ? withHeaderRest(headerCells, cells) : null
    headerCells = null
    if (whole !== null) {
      cols = trackerColumns(whole) ?? cols
      continue
    }
    const header = mayBeHeader(cells, 3) ? trackerColumns(cells) : null
    if (header !== null && completedList) {
      completedList = false
      continue
    }
    if (header !== null) {
      // The header again under rows already read: the page broke there, though nothing marks it.
      state.headerAgain = cols !== null && state.last !== null
      // (A new table's rows are no longer under the last table's group rows: "**Summary of complaints**".)
      if (!state.headerAgain) Object.assign(state, { meetingSeen: false, grouped: false })
      if (cols === null && headedBy !== null && at - headedBy.at <= 6)
        Object.assign(state, {
          date: headedBy.date,
          tableDate: headedBy.date,
          item: '',
          last: null,
          lastCells: [],
          meetingSeen: true,
        })
      headedBy = null
      cols = header
      width = rowWidth(cells)
      headerPage = line.page
      headerCells = cells
      gap = 0
      continue
    }
    if (cols === null || allEmpty(cells)) continue
    // "**Meeting held on 14 March 2019**" across the table, its other cells empty.
    const alone = cells.slice(1).every(c => c.trim() === '')
    if (alone && (meetingRow(cells[0] ?? '', cols, state) || itemRow(cells[0] ?? '', cols, state))) continue
    if (undated(cols, state)) continue
    // (Under the header repeated over a page, a meeting's cell of words is its item's rest.)
    const itemRest = cols.item < 0 && state.headerAgain && state.last !== null && cleanCell(cells[0]) === ''
    if (
      (isLabel(cleanCell(cells[leadColumn(cols)]), cols.date >= 0) && !actionRow(cells, cols) && !itemRest) ||
      isOtherHeader(cells, cols) ||
      allLabelled(cells)
    ) {
      cols = null // the next table ("Report of:", "Lead Officer for the Inquiry"), not a row of this one
      continue
    }
    gap = 0
    const atPageTop = state.last !== null && line.page > state.lastPage
    const unplaced = line.page > headerPage && (atPageTop || cleanCell(cells[0]) === '')
    const carried = [cols.date, cols.item]
    const placed = unplaced ? withoutFalseIndent(cells, cols) : cells
    const row =
      unplaced && !startsAtItem(placed, cols)
        ? alignBrokenRow(placed, width, atPageTop ? state.lastCells : [], carried)
        : placed
    addRow(row, cols, line, state, out, warnings)
  }
  // A tracker set out as a numbered list of labelled blocks, with no table.
  if (out.length === 0) out.push(...parseActionBlocks(pages))
  if (out.length === 0 && sawHeading !== null) {
    warnings.push({ page: sawHeading.page, message: 'Action tracker heading found but no tracker table understood' })
  }
  return out.map(finish)
}
