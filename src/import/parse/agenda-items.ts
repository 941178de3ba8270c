import { parseHeadingLine, parseNumberOnly, plausibleTitle, titleAndSlot, tidyTitle } from './agenda-header.ts'
import { findDate, noonAsClock, parseTime, parseTimeSlot } from './dates.ts'
import type { ItemHeading } from './agenda-header.ts'
import { attendeesOf } from './attendees.ts'
import { breaksOff, cleanLine, countBold, isUpperCase } from './clean.ts'
import { nextNonBlank, paragraphs, textAt } from './lines.ts'
import type { Line } from './lines.ts'
import { parseRangeLine, splitLeadingRange, splitTrailingRange } from './page-ranges.ts'
import { isFurniture, splitRow } from './table-utils.ts'
import type { PageRange } from './page-ranges.ts'
import type { ParsedAgendaItem, ParseWarning } from './types.ts'

/** Where the agenda may be and what is known about the pack, for `parseAgendaItems`. */
export interface AgendaScope {
  start: number
  meetingStart: string | null
  /**
   * Last page of the file when its pages are known to be the pack's own (a PDF). Printed ranges are
   * not rejected for running past it (an agenda may be published apart from its reports, or a pack
   * may be renumbered); they are kept with a warning. It only ends the agenda at the first report.
   */
  pageCount: number | null
  /** Lines that, once an item has been seen, mean the front sheet is over (the council's name). */
  stopTexts: Set<string>
  /** A Welsh council's bilingual pack: each title in Welsh, then in English on the line below. */
  bilingual?: boolean
}

interface Heading extends ItemHeading {
  index: number
  page: number
  /** Index of the last line of the heading (titles wrap). */
  end: number
  /** The time a "Time" column gives the item to start ("10.35"), its slot running to the next one's. */
  startsAt?: string
  /** A table row's title as its own row gives it, before the rows that wrap it on. */
  firstRow?: string
  /** The page a "Page" column gives the item's papers to start on, where it gives no range. */
  startPage?: number
}

interface RangeMark {
  index: number
  range: PageRange
  /** "(Pages 15 - 22)", naming its pages as ModernGov prints them under the item they belong to. */
  named: boolean
}

/** Parsed items plus the line index where the agenda ended. */
export interface AgendaResult {
  items: ParsedAgendaItem[]
  end: number
  /**
   * The first line of the page after the last item's: where the minutes may start at the latest.
   * The agenda is known to end only after a long stretch with no item (`end`), which may run into
   * minutes headed by nothing but the body and the date.
   */
  pagesAfter: number
}

// A body this long without a new item means we have run past the front sheet.
const MAX_GAP = 60
// ModernGov stamps "Agenda Item 6" at the top of an item's papers; minutes open with who was "PRESENT:".
const STOP =
  /^(minutes of|minutes$|action notes$|present\s*:|agenda item \d{1,2}$|report of\s*:|report to\s*:|subject\s*:)/i

/** Numbered agenda items with page ranges, time slots and attendees, from `scope.start` on. */
export function parseAgendaItems(lines: Line[], scope: AgendaScope, warnings: ParseWarning[]): AgendaResult {
  const scan = scanAgenda(lines, scope, warnings)
  withSlotsFromStarts(lines, scan, scope.meetingStart)
  const ranges = assignRanges(lines, scan.headings, scan.ranges)
  rangesFromStarts(scan.headings, ranges, scope.pageCount ?? lines.at(-1)?.page ?? 1)
  const items = scan.headings.map((h, k) => {
    const next = scan.headings[k + 1]?.index
    const body = lines.slice(h.end + 1, next ?? scan.end).filter(l => parseRangeLine(l.text) === null)
    return toItem(h, ranges.get(h.index) ?? subItemRanges(body), next === undefined ? lastItemBody(body) : body)
  })
  checkRanges(items, scope.pageCount, warnings)
  const last = scan.headings.at(-1)
  const next = last === undefined ? -1 : lines.findIndex((l, i) => i > last.end && l.page > last.page)
  return { items, end: scan.end, pagesAfter: next === -1 ? scan.end : Math.min(next, scan.end) }
}

/**
 * An item printed as lettered or numbered parts, each with its pages ("a. Actions and Recommendations Tracker
 * (Pages 24 - 25)", "(b) Forward Work Programme (Pages 26 - 31)", "7.2 …"), runs over all of them.
 */
function subItemRanges(body: Line[]): PageRange | null {
  const ranges = body.flatMap(l => {
    // The range before the part, as a pack that prints ranges in the margin does: "36 - 39 (a) …",
    // "40 (b) …".
    const before = splitLeadingRange(l.text).range ?? singlePageBefore(l.text)
    const text = before === null ? l.text : l.text.replace(/^[\d\s–-]+(?=\()/, '')
    if (!/^(?:\(?[a-h][.)]|\d{1,2}\.\d{1,2}\.?)\s+\S/i.test(text)) return []
    const range = before ?? splitTrailingRange(text).range ?? pageCell(l)
    return range === null ? [] : [range]
  })
  if (ranges.length === 0) return null
  return [Math.min(...ranges.map(r => r[0])), Math.max(...ranges.map(r => r[1]))]
}

/** A part's one page in a cell of its own ("(b) | Forward Plan of Key Decisions | 27"). */
function pageCell(line: Line): PageRange | null {
  const cells = line.raw
    .split('\t')
    .map(c => cleanLine(c))
    .filter(c => c !== '')
  const last = cells.at(-1) ?? ''
  return cells.length >= 3 && /^\d{1,4}$/.test(last) ? [Number(last), Number(last)] : null
}

/** "40 (b) Extract from the Forward Plan": one page printed before a lettered part. */
function singlePageBefore(text: string): PageRange | null {
  const m = /^(\d{1,4})\s+\([a-h]\)\s/.exec(text)
  return m ? [Number(m[1]), Number(m[1])] : null
}

/**
 * Nothing marks where the last item's text ends and the first report begins when the text has no
 * page breaks, so the last body stops at the first heading-like line after its first paragraph.
 */
function lastItemBody(body: Line[]): Line[] {
  let seenText = false
  for (let i = 0; i < body.length; i++) {
    const text = body[i]?.text ?? ''
    if (text === '') continue
    const above = body[i - 1]?.text
    // With no blank lines (a PDF spacing paragraphs by a few points), a finished sentence ends one.
    const startsParagraph = above === undefined || above === '' || /[.:;-]['"]?$/.test(above)
    if (seenText && startsParagraph && looksLikeHeading(text)) return body.slice(0, i)
    seenText = true
  }
  return body.slice(0, 12)
}

function looksLikeHeading(text: string): boolean {
  return text.length < 90 && !/[.:;,'")-]$/.test(text) && !/^(to|and|or|the chair)\b/i.test(text)
}

function toItem(h: Heading, range: PageRange | null, body: Line[]): ParsedAgendaItem {
  const paras = paragraphs(body)
  return {
    number: h.number,
    title: h.title,
    pages: range,
    time_slot: h.timeSlot,
    attendees: attendeesOf(paras),
    source_page: h.page,
    description: paras.length > 0 ? paras.join('\n') : null,
  }
}

interface Scan {
  headings: Heading[]
  ranges: RangeMark[]
  end: number
}

const NAMED_RANGE = /^\W*(?:\(\s*)?(?:tudalen(?:nau)?\s*\/\s*)?pages?\b/i

function scanAgenda(lines: Line[], scope: AgendaScope, warnings: ParseWarning[]): Scan {
  const headings: Heading[] = []
  const ranges: RangeMark[] = []
  let sinceLast = 0
  let firstFrom: number | null = null
  for (let i = scope.start; i < lines.length; i++) {
    const line = lines[i]
    if (line === undefined || line.text === '') continue
    const stop = atStop(line, scope) && !runningHeader(lines, i, headings.at(-1)?.number ?? 0, scope)
    if (headings.length > 0 && (stop || ++sinceLast > MAX_GAP)) return { headings, ranges, end: i }
    if (
      firstFrom !== null &&
      scope.pageCount !== null &&
      line.page >= firstFrom &&
      numberedFromCover(headings, firstFrom)
    )
      return { headings, ranges, end: i }
    const heading = headingAt(lines, i, headings.at(-1)?.number ?? null, scope, warnings)
    if (heading !== null) {
      headings.push(heading)
      if (heading.range !== null) firstFrom ??= heading.range[0]
      i = heading.end
      sinceLast = 0
      continue
    }
    // "To receive the Commissioner's report …⇥(Pages 15 - 22)": the range in the summary's last cell.
    const lastCell = cleanLine(line.raw.split('\t').at(-1) ?? '')
    const alone = parseRangeLine(line.text)
    const inCell = alone === null && /\t/.test(line.raw) && NAMED_RANGE.test(lastCell) ? parseRangeLine(lastCell) : null
    const range = alone ?? inCell
    if (range !== null) {
      ranges.push({ index: i, range, named: inCell !== null || NAMED_RANGE.test(line.text) })
      firstFrom ??= range[0]
    }
  }
  return { headings, ranges, end: lines.length }
}

/**
 * Whether the pack numbers its pages from its front sheet, as the file does, so that the agenda ends
 * where the first item's papers begin. A pack that numbers from the first page after its agenda
 * (CMIS and ModernGov often do: "Minutes  1 - 8") gives ranges starting on or before the agenda's
 * own page, which say nothing of where the agenda ends.
 */
function numberedFromCover(headings: Heading[], firstFrom: number): boolean {
  return firstFrom > (headings[0]?.page ?? 1)
}

// A heading starts with a capital: "minutes of the meeting." in lower case is a sentence wrapped
// onto a line of its own, not the minutes starting.
function atStop(line: Line, scope: AgendaScope): boolean {
  return scope.stopTexts.has(line.text) || (/^[A-Z]/.test(line.text) && STOP.test(line.text))
}

/**
 * The council's name at the top of the agenda's next page ("RIVERTON CITY COUNCIL" / "SCRUTINY
 * MANAGEMENT BOARD – 9 JUNE 2025"), the next item right below it: a running header, not the next
 * document (Birmingham's minutes open with the council's name too).
 */
function runningHeader(lines: Line[], at: number, previous: number, scope: AgendaScope): boolean {
  let seen = 0
  for (let j = at + 1; j < lines.length && seen < 4; j++) {
    const text = textAt(lines, j)
    if (text === '') continue
    seen++
    const heading = parseHeadingLine(text, null, scope.meetingStart)
    // "15 MARCH, 2017" under the council's name is the minutes' date, not item 15.
    if (heading !== null) return heading.number === previous + 1 && findDate(text) === null
  }
  return false
}

function acceptableNumber(n: number, previous: number | null, title: string): boolean {
  if (previous === null) return n >= 1 && n <= 3
  return n === previous + 1 || (n === previous + 2 && isUpperCase(title))
}

function headingAt(
  lines: Line[],
  i: number,
  previous: number | null,
  scope: AgendaScope,
  warnings: ParseWarning[],
): Heading | null {
  const row = tableHeading(lines, i, scope)
  // A title wrapped as a line of its own rather than into the table's next row carries on as any does.
  // A title wrapped over rows may run long: its first row tells whether it is a heading.
  if (row !== null && acceptableNumber(row.number, previous, row.title) && plausibleTitle(row.firstRow ?? row.title))
    return row.end > i ? row : withContinuation(lines, row, scope)
  const text = textAt(lines, i)
  // "3) If so, to formally pass the following resolution:-": a sentence leading into what follows.
  if (/,.*:-?\s*$/.test(text)) return null
  const parsed = parseHeadingLine(text, null, scope.meetingStart)
  const heading = parsed ?? numberThenTitle(lines, i, scope)
  if (heading === null || !acceptableNumber(heading.number, previous, heading.title)) return null
  if (!plausibleTitle(heading.title)) return null
  const end = parsed === null ? nextNonBlank(lines, i + 1) : i
  const found = { ...heading, index: i, end, page: lines[i]?.page ?? 1 }
  const english = scope.bilingual ? englishTitle(lines, found, scope) : null
  const wrapped = english !== null ? { ...found, ...english } : withContinuation(lines, found, scope)
  if (previous !== null && wrapped.number === previous + 2) {
    warnings.push({ page: lines[i]?.page ?? null, message: `Agenda item ${previous + 1} not found` })
  }
  return wrapped
}

const BREAK = /<br\s*\/?>/i
// ("**Joint Health Scrutiny Review of Stroke Services:** **Tracking of Recommendations** (11.30 am – …": bold runs one after another.)
const BOLD_THEN_TEXT = /^\s*((?:\*\*[^*]+\*\*\s*)+?)\s+(?:[^*\s<]|\*[^*\s])/

/** A line's cells as printed: set apart by tabs, or a markdown table's pipes. */
function rawCells(line: Line | undefined): string[] {
  const raw = line?.raw ?? ''
  return (raw.trimStart().startsWith('|') ? splitRow(raw) : null) ?? raw.split('\t')
}

/**
 * An agenda set out as a table, `Item No. | Subject | Page No.`: the subject cell holds the title
 * (bold) and, after a line break, what the item is for; a title too long for its cell wraps into the
 * next row, whose number cell is empty.
 */
function tableHeading(lines: Line[], i: number, scope: AgendaScope): Heading | null {
  const row = withNumberApart(rawCells(lines[i]))
  // A "Time" column before the number: the time the item is expected to start, or empty.
  const timed = row.length >= 3 && START_TIME.test(cleanLine(row[0] ?? '')) && /^\s*\d{1,2}\.?\s*$/.test(row[1] ?? '')
  const skip = wardCells(timed ? row.slice(1) : row)
  const cells = subjectFirst(timed ? row.slice(1) : row, skip)
  // Three cells at least, the last for pages (empty where the item has none, and then maybe left
  // out by extraction, where the subject's line break still tells the table).
  const table =
    timed ||
    cells.length + skip >= 3 ||
    (cells.length === 2 && (BREAK.test(cells[1] ?? '') || BOLD_THEN_TEXT.test(cells[1] ?? '')))
  const number = table ? parseNumberOnly(cleanLine(cells[0] ?? '')) : null
  if (number === null || cleanLine(cells[1] ?? '') === '') return null
  const heading = tableRow(lines, i, number, cells, { timed, skip }, scope)
  // The time the item starts, in a first column or a last ("No. | Item | Lead | Time": "1.05pm"),
  // or before the pages' ("No. | Item | Lead | Time | Pages").
  const last =
    cells.length >= 3
      ? cells
          .slice(2)
          .slice(-2)
          .map(c => cleanLine(c))
          .reverse()
      : []
  const time = last.find((c, k) => START_ONLY.test(c) && (k === 0 || last[0] === '' || PAGES_CELL.test(last[0] ?? '')))
  const startsAt = timed ? parseTime(cleanLine(row[0] ?? '')) : time !== undefined ? parseTime(time) : null
  return startsAt === null ? heading : { ...heading, startsAt }
}

// "| **6. Cabinet Member Questions**<br>An opportunity … | 9 - 19 |": the number leads its title.
const NUMBERED_SUBJECT = /^\s*(\*\*)?\s*(\d{1,2})\.?\s+(?=[A-Z*])/

/**
 * An `Item | Page` table whose item cell starts with the item's number, as the `No. | Subject |
 * Page` table it stands for: the number a cell of its own, the title (bold as printed) after it.
 */
function withNumberApart(row: string[]): string[] {
  const [first = '', ...rest] = row
  const numbered = rest.length >= 1 ? NUMBERED_SUBJECT.exec(first) : null
  if (numbered === null || (rest.length === 1 && !PAGES_OR_EMPTY.test(cleanLine(rest[0] ?? '')))) return row
  return [numbered[2] ?? '', `${numbered[1] ?? ''}${first.slice(numbered[0].length)}`, ...rest]
}

const PAGES_OR_EMPTY = /^(?:(?:pages?\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?)?$/i

const START_ONLY = /^\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?$/i
const PAGES_CELL = /^(?:pages?\s*)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?$/i
const START_TIME = /^(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?$/i

/**
 * Cells between the number and the subject: a column of the wards an item affects ("Beckside;"),
 * left empty for most items ("Item No | Ward/Equal Opportunities | Item Not Open | … | Page No").
 */
function wardCells(cells: string[]): number {
  // ("8 | All Wards | | **HOUSING REPAIRS …** | 25 - 31", "9 | Eastmoor; Skelby | Appendix 2<br>10.4(3) |
  // **…**": a subject set in bold, after the wards and the exempt paragraphs, not the last cell.)
  const bold = cells.findIndex((c, k) => k >= 2 && k < cells.length - 1 && /^\s*\*\*/.test(c))
  if (bold > 1 && !cells.slice(1, bold).some(c => /^\s*\*\*/.test(c))) return bold - 1
  let skip = 0
  while (skip + 2 < cells.length && /^(?:|.*;)$/.test(cleanLine((cells[skip + 1] ?? '').split(BREAK)[0] ?? ''))) skip++
  return skip
}

/** The row with `skip` cells after its first left out, its subject second. */
function subjectFirst(cells: string[], skip: number): string[] {
  return skip === 0 ? cells : [cells[0] ?? '', ...cells.slice(1 + skip)]
}

/** The item in a row of a table agenda (its number read), and a wrapped title's rest in the next. */
function tableRow(
  lines: Line[],
  i: number,
  number: number,
  cells: string[],
  { timed, skip }: { timed: boolean; skip: number },
  scope: AgendaScope,
): Heading {
  const subject = cells[1] ?? ''
  let title = titleOfCell(subject)
  // "**Minutes** (Pages 5 - 11)": the range after the bold title, in its cell.
  let range = rangeIn(cells.slice(2)) ?? splitTrailingRange(cleanLine(subject)).range
  let end = i
  for (let joined = 0; joined < 3 && !BREAK.test(subject); joined++) {
    // The next row, past a blank line a PDF's cell spacing may leave, or past the page's footer
    // where the page broke the row.
    const j = nextRowLine(lines, end)
    const next = subjectFirst(rawCells(lines[j]).slice(timed ? 1 : 0), skip)
    const rest = cleanLine((next[1] ?? '').split(BREAK)[0] ?? '')
    if (next.length < 2 || cleanLine(next[0] ?? '') !== '' || !wrapsTitle(title, rest)) break
    // A bilingual pack's next row is the title in English, not more of the Welsh one.
    title = scope.bilingual && joined === 0 ? rest : `${title} ${rest}`
    range ??= rangeIn(next.slice(2))
    end = j
  }
  const { title: tidy, timeSlot } = titleAndSlot(title, scope.meetingStart)
  // A "Timing" column: "5.45 pm – 6.30 pm"; the slot on a line of the subject's cell ("…<br>(6.20 pm
  // – 7.05 pm)"); or on a line of its own under the title.
  const slot =
    timeSlot ??
    slotIn(cells.slice(2), scope.meetingStart) ??
    slotAfterBold(subject, scope.meetingStart) ??
    slotIn(subject.split(BREAK).slice(1), scope.meetingStart) ??
    labelledSlotIn(subject, scope.meetingStart)
  const { below, near } = underTitle(lines, end)
  // The slot in the subject's cell of the next row, the item's other cells going on beside it
  // ("| Time: 11.00 – 11.40 | Tom Ellery, Director of Bus Services |").
  const under = subjectFirst(rawCells(lines[below]).slice(timed ? 1 : 0), skip)
  const slotText =
    under.length >= 2 && cleanLine(under[0] ?? '') === '' ? cleanLine(under[1] ?? '') : textAt(lines, below)
  const alone = slot === null && near ? slotAlone(slotText, scope.meetingStart) : null
  const startsAt = slot === null && alone === null && near ? approxStart(textAt(lines, below)) : undefined
  return {
    number,
    title: tidy,
    firstRow: titleAndSlot(titleOfCell(subject), scope.meetingStart).title,
    range,
    timeSlot: slot ?? alone,
    index: i,
    end: alone === null && startsAt === undefined ? end : below,
    page: lines[i]?.page ?? 1,
    ...(startsAt === undefined ? {} : { startsAt }),
    ...(range === null ? startPageIn(cells.slice(2)) : {}),
  }
}

/**
 * The line under a heading's last line, past a blank line and the heading's underline ("-------",
 * as a typed pack underlines it), and whether it is near enough to be the heading's own.
 */
function underTitle(lines: Line[], end: number): { below: number; near: boolean } {
  const first = nextNonBlank(lines, end + 1)
  const underlined = /^[-=_]{3,}$/.test(textAt(lines, first))
  const below = underlined ? nextNonBlank(lines, first + 1) : first
  return { below, near: below <= end + (underlined ? 4 : 2) }
}

/** "**Urgent and Emergency Care** (10.40 am – 11.30 am) To review …": the slot right after the bold title. */
function slotAfterBold(subject: string, meetingStart: string | null): [string, string] | null {
  const bracket = /^\s*(?:\*\*[^*]+\*\*\s*)+(\([^()]{5,40}\))/.exec(subject)?.[1]
  return bracket === undefined ? null : titleAndSlot(`Item ${cleanLine(bracket)}`, meetingStart).timeSlot
}

/** The line after `end` that may carry its row on: past a blank line, or a page's footer to the next page. */
function nextRowLine(lines: Line[], end: number): number {
  let j = end + 1
  while (
    j < end + 5 &&
    (lines[j]?.text === '' || (isFurniture(lines[j]?.text ?? '') && lines[j]?.page === lines[end]?.page))
  )
    j++
  // Past a footer, only onto the next page.
  return j > end + 2 && lines[j]?.page === lines[end]?.page ? end + 1 : j
}

/** "Item | Subject | Page" with "5" in the last cell: the page the item's papers start on. */
function startPageIn(cells: string[]): { startPage: number } | object {
  const last = cleanLine(cells.filter(c => cleanLine(c) !== '').at(-1) ?? '')
  return /^\d{1,4}$/.test(last) ? { startPage: Number(last) } : {}
}

/**
 * An agenda that gives each item only the page its papers start on ("Item | Subject | Page"): each
 * item runs to the page before the next item's papers, the last to the pack's last page. Only where
 * no item has a range and the start pages rise, so a stray figure in a last cell reads as nothing.
 */
function rangesFromStarts(headings: Heading[], ranges: Map<number, PageRange>, lastPage: number): void {
  const started = headings.filter(h => h.startPage !== undefined)
  const starts = started.map(h => h.startPage ?? 0)
  if (ranges.size > 0 || started.length < 2 || starts.some((p, k) => k > 0 && p <= (starts[k - 1] ?? 0))) return
  if ((starts.at(-1) ?? 0) > lastPage) return
  started.forEach((h, k) => ranges.set(h.index, [starts[k] ?? 0, (starts[k + 1] ?? lastPage + 1) - 1]))
}

/** The English title under a bilingual item's Welsh one ("1.\tYmddiheuriadau am Absenoldeb" / "\tApologies for Absence"). */
function englishTitle(
  lines: Line[],
  heading: Heading,
  scope: AgendaScope,
): Pick<Heading, 'title' | 'timeSlot' | 'range' | 'end'> | null {
  const j = heading.end + 1
  const text = textAt(lines, j)
  if (!/^\t+\S/.test(lines[j]?.raw ?? '') || !wrapsTitle('', text)) return null
  const { title, timeSlot } = titleAndSlot(text, scope.meetingStart)
  const { text: english, range } = splitTrailingRange(title)
  return { title: tidyTitle(english), timeSlot: heading.timeSlot ?? timeSlot, range: heading.range ?? range, end: j }
}

const PART = /^\(?[a-h]\)(?:\s|$)|^\(?[ivx]{1,4}\)(?:\s|$)|^\d{1,2}\.\d/i

/**
 * Whether a row under a title's row carries the title on: in title case, or after words that break
 * off ("… Hospital Discharge and" / "Intermediate Care Inquiry …"). A row of a sentence says what
 * the item is for ("To review the Panel's work programme …", "Report by …(copy attached).").
 */
function wrapsTitle(title: string, rest: string): boolean {
  // A lettered or numbered part ("(a)", "7.1") is the item's own, not more of its title; nor is
  // whose paper it is ("Report of the Director of Environment and Transport (pre-decision").
  if (PART.test(rest) || WHOSE_PAPER.test(rest)) return false
  if (rest === '' || /[\w)]\.$/.test(rest) || slotAlone(rest, null) !== null) return false
  return inTitleCase(rest) || breaksOff(title)
}

/**
 * The title of a subject cell: its first line, and the lines after it while they go on in title
 * case ("Exempt Information – Possible Exclusion of the Press" / "and Public"); the summary below
 * ("To consider a report of …") is a sentence.
 */
function titleOfCell(subject: string): string {
  // "**Action Log** Indicative timing: …": the bold title and what follows it run on in one line, as
  // a PDF's cell's lines extract.
  const bold = BOLD_THEN_TEXT.exec(subject)
  if (bold) return cleanLine(bold[1] ?? '')
  const parts = subject.split(BREAK)
  let title = cleanLine(parts[0] ?? '')
  for (let k = 1; k < parts.length; k++) {
    // A title set in bold ends with its bold: "**Portfolio Holder Update**<br>Councillor Yvonne …".
    const previous = parts[k - 1] ?? ''
    // (Unless the bold goes on in lower case on the next line: "**… – 12 month**<br>**update (7.40 – 8.30pm)**".)
    // (Or in a bold line of its own under a bold line: "**…, Cost and the Housing**<br>**Options Improvement Plan**".)
    const boldGoesOn = /^\s*\*\*\s*[a-z]/.test(parts[k] ?? '') || boldLineUnder(previous, parts[k] ?? '')
    if (/\*\*\s*$/.test(previous) && !breaksOff(cleanLine(previous)) && !boldGoesOn) break
    const part = cleanLine(parts[k] ?? '')
    // ("… QUARTER 2 (JULY<br>TO SEPTEMBER 2021)": a bracket goes on to its close.)
    const closes = /\([^)]*$/.test(title) && /^[^(]*\)/.test(part)
    if (!inTitleCase(part) && !boldGoesOn && !closes) break
    title = `${title} ${part}`
  }
  return title
}

/** A cell's line wholly in bold under another, no label or time: the title's words going on. */
function boldLineUnder(previous: string, line: string): boolean {
  const bold = /^\s*\*\*[^*]+\*\*\s*$/
  return bold.test(previous) && bold.test(line) && !/[:\d]/.test(line) && cleanLine(line).length <= 60
}

const MINOR_WORDS = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|vs?)$/

function inTitleCase(text: string): boolean {
  if (text === '' || text.length > 80 || /[.;:]$/.test(text) || isUpperCase(text)) return false
  return text.split(/\s+/).every(word => !/^[a-z]/.test(word) || MINOR_WORDS.test(word))
}

function slotIn(cells: string[], meetingStart: string | null): [string, string] | null {
  for (const c of cells) {
    const text = cleanLine(c)
    const slot = slotAlone(text, meetingStart)
    if (slot !== null) return slot
  }
  return null
}

function rangeIn(cells: string[]): PageRange | null {
  for (const c of cells) {
    const range = parseRangeLine(cleanLine(c))
    if (range !== null) return range
  }
  return null
}

// pdftotext without -layout puts the number and the title on separate lines.
function numberThenTitle(lines: Line[], i: number, scope: AgendaScope): ItemHeading | null {
  const n = parseNumberOnly(textAt(lines, i))
  if (n === null) return null
  const at = nextNonBlank(lines, i + 1)
  const titleLine = textAt(lines, at)
  if (parseRangeLine(titleLine) !== null) return null
  // "Minutes (Pages 1 - 5)"; or the range set on its own line between a wrapped title's lines, the
  // right-hand column read between them ("… Group: 12-Month" / "(Pages 8 - 15)" / "Review of Recommendations").
  const { text, range } = splitTrailingRange(titleLine)
  const between = range === null ? parseRangeLine(textAt(lines, at + 1)) : null
  const rest = textAt(lines, at + 2)
  if (between !== null && !/[.:;]$/.test(text) && inTitleCase(rest) && rest.length <= 60)
    return { number: n, ...titleAndSlot(`${text} ${rest}`, scope.meetingStart), range: between }
  // Or the title wrapped onto a second line, the range under both ("… Private Rented Sector Housing"
  // / "Conditions and Fly-tipping …" / "(Pages 16 - 20)").
  const second = textAt(lines, at + 1)
  const under = range === null && between === null ? parseRangeLine(rest) : null
  const whose = WHOSE_PAPER.test(second)
  if (under !== null && !whose && !/[.:;]$/.test(text) && inTitleCase(second) && second.length <= 80)
    return { number: n, ...titleAndSlot(`${text} ${second}`, scope.meetingStart), range: under }
  return { number: n, ...titleAndSlot(text, scope.meetingStart), range }
}

// ("Report of the Police and Crime Commissioner" under the title says whose paper it is.)
const WHOSE_PAPER = /^(?:(?:joint\s+)?reports?|presented|introduced)\s+(?:of|by|from)\b/i

// A heading wraps when its bold marker is left open, or when capitals run on to the next line
// (a PDF keeps no bold markers: there, capitals are all there is).
function withContinuation(lines: Line[], heading: Heading, scope: AgendaScope): Heading {
  let { title, end, timeSlot, range } = heading
  let open = countBold(lines[end]?.raw ?? '') % 2 === 1
  for (let joined = 0; joined < 3; joined++) {
    const j = continuationAt(lines, end, title)
    if (j === null) break
    const next = textAt(lines, j)
    // A time slot wrapped after its start time ("(11.30 –" / "11.50)"): the heading ends with it.
    if (timeSlot === null && OPEN_SLOT.test(title) && SLOT_END.test(next)) {
      const whole = titleAndSlot(`${title} - ${next}`, scope.meetingStart)
      return { ...heading, title: whole.title, timeSlot: whole.timeSlot, end: j }
    }
    // The slot alone on the next line ("(11.30 – 11.50)"), the title having filled the width; or
    // the item's first lettered part ("(a) Select Committee Work Programme 23 - 26").
    if (/^\d{1,2}\b/.test(next) || PART.test(next)) break
    const wrappedToRange = rangeEnding(lines, { ...heading, title, timeSlot }, end, j, scope.meetingStart)
    if (wrappedToRange !== null) {
      ;({ title, range, end, timeSlot } = wrappedToRange)
      break
    }
    const more = titleAndSlot(next, scope.meetingStart)
    // "INQUIRY FOR CITY COUNCIL (3.30pm – 4.10pm)": the slot's "pm" does not make the line prose.
    // A title that plainly breaks off ("… Inquiry – Tracking of") goes on in a short line set close.
    const dangling =
      (breaksOff(title) || lineBreaksOff(lines[end])) &&
      (j === end + 1 || /:$/.test(titleCellOf(lines[end]))) &&
      more.title.length <= 60 &&
      !/[.:;]$/.test(more.title)
    // A title's last words wrapped onto the line its slot closes ("… and Local Welfare" / "Assistance (7.10pm – 7.55pm)").
    const slotted = timeSlot === null && more.timeSlot !== null && j === end + 1 && inTitleCase(more.title)
    if (!open && !dangling && !slotted && !(isUpperCase(title) && isUpperCase(more.title))) break
    // tidyTitle dropped a dash the line ended with: it joins the two halves ("PARTNERSHIP –").
    // (Or its title's cell did, the range printed after it: "Review of … Provision –⇥11 - 19".)
    const dashed = /\s[-–—]\s*(?:\*\*)?\s*$/.test(textAt(lines, end)) || /\s[-–—]$/.test(titleCellOf(lines[end]))
    const dash = dashed && !/[-–—]$/.test(title) ? ' -' : ''
    const colon = !dash && !title.endsWith(':') && /:$/.test(titleCellOf(lines[end])) ? ':' : ''
    title = tidyTitle(`${title}${dash}${colon} ${more.title}`)
    timeSlot ??= more.timeSlot
    end = j
    open = open !== (countBold(lines[j]?.raw ?? '') % 2 === 1)
    if (!open && (!isUpperCase(more.title) || more.timeSlot !== null)) break
  }
  // The slot alone on a line under the title ("(11.30 – 11.50)", "4.10pm – 4.30pm", "(1110-1140)"),
  // after a blank or not.
  const { below, near } = underTitle(lines, end)
  const alone = textAt(lines, below)
  // (Or on the first line of the summary's cell, as layout text joins them: "Indicative timing: …<br>To comment …".)
  const firstLine = /<br/i.test(lines[below]?.raw ?? '')
    ? cleanLine((lines[below]?.raw ?? '').split(/<br\s*\/?>/i)[0] ?? '')
    : alone
  const slot = timeSlot === null && near ? slotAlone(firstLine, scope.meetingStart) : null
  if (slot !== null) [timeSlot, end] = [slot, below]
  // "Approx 6.15pm" under the title: when the item starts, its slot running to the next one's start.
  const approx = slot === null && near ? approxStart(alone) : undefined
  if (approx !== undefined) end = below
  return { ...heading, title, end, timeSlot, range, startsAt: approx ?? heading.startsAt }
}

/**
 * A title that wraps onto a line ending in the item's page range, printed after the title
 * ("Hospital Discharge Task and Finish Group – Tracking of" / "Recommendations (Pages 31 - 36)"):
 * the next line, set close, carries the heading on whatever its case.
 */
function rangeEnding(
  lines: Line[],
  heading: Heading,
  end: number,
  j: number,
  meetingStart: string | null,
): Heading | null {
  if (heading.range !== null || j !== end + 1) return null
  const rest = splitTrailingRange(textAt(lines, j))
  if (rest.range === null || rest.text.length > 80 || /[.:;]$/.test(rest.text)) return null
  // "… ACTION PLANS:" / "PROGRESS UPDATE (8.50 – 9.30PM) (PAGES 25 - 34)": the colon kept, the slot read.
  const colon = !heading.title.endsWith(':') && /:$/.test(titleCellOf(lines[end])) ? ':' : ''
  const whole = titleAndSlot(`${heading.title}${colon} ${rest.text}`, meetingStart)
  return { ...heading, title: whole.title, timeSlot: heading.timeSlot ?? whole.timeSlot, range: rest.range, end: j }
}

/** A heading line's title as printed, without the range after it ("… Group:\t(Pages 25 - 32)"). */
function titleCellOf(line: Line | undefined): string {
  const cells = (line?.raw ?? '').split('\t').map(c => cleanLine(c))
  const last = cells.filter(c => c !== '' && parseRangeLine(c) === null).at(-1) ?? ''
  return splitTrailingRange(last).text.trim()
}

/** Whether a heading's line breaks off before the range printed after its title. */
function lineBreaksOff(line: Line | undefined): boolean {
  return breaksOff(titleCellOf(line))
}

/**
 * The line that may carry a heading on: the next one, or, when the heading plainly breaks off
 * ("… SERVICE INTEGRATION AND") at the foot of a page, the first line of the next page, past the
 * blank the page's footer left.
 */
function continuationAt(lines: Line[], end: number, title: string): number | null {
  const next = lines[end + 1]
  if (next === undefined || parseRangeLine(next.text) !== null) return null
  if (next.text !== '') return end + 1
  const after = nextNonBlank(lines, end + 1)
  const overPage = after > 0 && (lines[after]?.page ?? 0) > (lines[end]?.page ?? 0)
  // On the same page, a blank a PDF's spacing left (the page range beside the title's first line
  // made it taller) sets capitals apart from the capitals they carry on, or a title that breaks
  // off at its colon ("… Group:" / "Six-Month Monitoring of Recommendations") from its rest.
  const rest = textAt(lines, after)
  const colon = /:$/.test(titleCellOf(lines[end])) && inTitleCase(rest)
  const spaced = after === end + 2 && ((isUpperCase(title) && isUpperCase(rest)) || colon)
  const cut = breaksOff(title) || lineBreaksOff(lines[end])
  return (overPage || spaced) && cut && parseRangeLine(rest) === null ? after : null
}

// "… *Indicative timing: 2.10pm – 2.50pm* Dominic Achterberg, …": a labelled slot within the cell's text.
// ("Time allocated: 7.10 pm – 8.00 pm", "Time slot: …" too.)
const LABELLED_SLOT =
  /\b(?:timings?|times?)(?:\s+(?:allocated|allowed|slot))?\s*:\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[–—-]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)/i

function labelledSlotIn(cell: string, meetingStart: string | null): [string, string] | null {
  const m = LABELLED_SLOT.exec(cleanLine(cell))
  return m === null ? null : slotAlone(m[1] ?? '', meetingStart)
}

/** The slot a line holds and nothing else ("(11.30 – 11.50)", "Approximate timing: 10.15am – 11.15am"). */
function slotAlone(line: string, meetingStart: string | null): [string, string] | null {
  const text = noonAsClock(line.replace(SLOT_LABEL, ''))
  const { title, timeSlot } = titleAndSlot(text, meetingStart)
  if (!SLOT_LINE.test(text) && (timeSlot === null || /[A-Za-z]/.test(title))) return null
  return parseTimeSlot(text.replace(/[–—]/g, '-'), meetingStart)
}

// A line holding only a time slot: "(11.30 – 11.50)", "4.10pm – 4.30pm".
const SLOT_LINE =
  /^\(?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)?\W*$/i
// ("(Approx. 7.10 pm – 7.45 pm)": the word alone before the slot.)
const SLOT_LABEL =
  /^\(?\s*(?:(?:(?:approximate|estimated|indicative|suggested)\s+)?(?:timings?|times?)(?:\s+(?:allocated|allowed|slot))?\s*:\s*|approx(?:imately|\.)?\s+)/i
const OPEN_SLOT = /\(\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?$/i
const APPROX_START = /^\(?(?:approx(?:imately|\.)?|at|from|about)\s+(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\)?$/i

/** The time an item is expected to start, printed alone under its title ("Approx 6.15pm"). */
function approxStart(text: string): string | undefined {
  const m = APPROX_START.exec(text)
  return m === null ? undefined : (parseTime(m[1] ?? '') ?? undefined)
}
const SLOT_END = /^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)/i

/**
 * Ranges printed on their own line sit either just before their item (the right-hand column
 * extracted first) or just after its heading. Which one a pack does is decided by which neighbour
 * the ranges touch more often; each range then goes to the item on that side.
 */
const STAMP = /^\W*agenda\s+item\s+(\d{1,2})\W*$/i

/**
 * Whether the ranges go with the item above them (true) or below (false), by the pages the pack
 * stamps "Agenda Item N" on: each range starts on its own item's stamped page. Null where the
 * stamps do not tell (too few, or as many either way).
 */
function stampsSay(lines: Line[], headings: Heading[], marks: RangeMark[]): boolean | null {
  const stamps = new Map<number, number>()
  for (const line of lines) {
    const n = line.text.length < 30 ? STAMP.exec(line.text)?.[1] : undefined
    if (n !== undefined && !stamps.has(Number(n))) stamps.set(Number(n), line.page)
  }
  if (stamps.size < 2) return null
  const startsOn = (h: Heading | undefined, m: RangeMark): boolean =>
    h !== undefined && stamps.get(h.number) === m.range[0]
  const above = marks.filter(m => startsOn(headingBefore(headings, m.index), m)).length
  const below = marks.filter(m => startsOn(headingAfter(headings, m.index), m)).length
  // (Most of the ranges must agree: a PDF's page numbers may run ahead of those printed.)
  const most = (n: number): boolean => n >= 2 && n * 2 > marks.length
  return most(above) && above > below * 2 ? true : most(below) && below > above * 2 ? false : null
}

function assignRanges(lines: Line[], headings: Heading[], marks: RangeMark[]): Map<number, PageRange> {
  const byIndex = new Map<number, PageRange>()
  for (const h of headings) if (h.range !== null) byIndex.set(h.index, h.range)
  const before = marks.filter(m => headings.some(h => h.index === nextNonBlank(lines, m.index + 1))).length
  const after = marks.filter(m => headings.some(h => adjacentAfter(lines, h, m.index))).length
  // "(Pages 5 - 10)" names its pages as ModernGov prints them under the item they belong to, past the
  // item's summary; a bare "5 - 10" is the right-hand column, read before its item.
  const bracketed = marks.length > 0 && marks.every(m => m.named)
  // The pack's own "Agenda Item 5" stamps at the top of each item's papers settle it where they
  // disagree with the layout ("5 - 8" under item 3's summary, right above item 4).
  const stamped = stampsSay(lines, headings, marks)
  const rangesAfter = stamped ?? (bracketed || after > before)
  // The range nearest its heading is the item's own: the first after it, or the last before it.
  const leftOver: RangeMark[] = []
  for (const mark of rangesAfter ? marks : [...marks].reverse()) {
    const target = rangesAfter
      ? (headingUnder(lines, headings, mark) ?? headingBefore(headings, mark.index))
      : headingAfter(headings, mark.index)
    if (target === undefined) continue
    if (byIndex.has(target.index)) leftOver.push(mark)
    else byIndex.set(target.index, mark.range)
  }
  // Another range in the same gap is the papers of the item's second report ("(b) Cultural Compact"),
  // printed on from the first: it extends the item above it.
  // An item with none of its own whose parts' ranges are printed under it, before each part ("6.
  // Budget Monitoring" / "20 - 24" / "(a) Revenue …" / "25 - 27" / "(b) Capital …"), runs over them.
  for (const mark of leftOver.sort((a, b) => a.index - b.index)) {
    const above = headingBefore(headings, mark.index)
    const own = above === undefined ? undefined : byIndex.get(above.index)
    if (above !== undefined && own === undefined && !rangesAfter) byIndex.set(above.index, mark.range)
    else if (above !== undefined && own !== undefined && mark.range[0] === own[1] + 1) {
      byIndex.set(above.index, [own[0], mark.range[1]])
    }
  }
  return byIndex
}

/**
 * "(Pages 5 - 10)" set apart from the item above by a blank line and on the line straight above the
 * next item's heading is that item's, printed over it.
 */
function headingUnder(lines: Line[], headings: Heading[], mark: RangeMark): Heading | undefined {
  if (lines[mark.index - 1]?.text !== '') return undefined
  return headings.find(h => h.index === mark.index + 1)
}

function adjacentAfter(lines: Line[], h: Heading, index: number): boolean {
  return nextNonBlank(lines, h.end + 1) === index
}

function headingBefore(headings: Heading[], index: number): Heading | undefined {
  return headings.filter(h => h.index < index).at(-1)
}

function headingAfter(headings: Heading[], index: number): Heading | undefined {
  return headings.find(h => h.index > index)
}

/**
 * Slots from a "Time" column of start times: each item runs to the next item given a time, the
 * last to the time set against "Close". An item with no time of its own (deferred) has no slot.
 */
function withSlotsFromStarts(lines: Line[], scan: Scan, meetingStart: string | null): void {
  const timed = scan.headings.filter(h => h.startsAt !== undefined)
  if (timed.length < 2) return
  timed.forEach((h, k) => {
    // The next item's start, or a break or the close set in the time column before it ("11.25 | Comfort break").
    const next = timed[k + 1]
    const pause = lines
      .slice(h.index + 1, next?.index ?? scan.end + 1)
      .map(pauseTime)
      .find(t => t !== null)
    const end = pause ?? next?.startsAt
    if (h.timeSlot !== null || end === null || end === undefined || h.startsAt === undefined) return
    h.timeSlot = parseTimeSlot(`${h.startsAt} - ${end}`, meetingStart)
  })
}

const PAUSE_ROW = /^[\d.:\sapm]+\t+\W*(?:close|(?:comfort\s+|lunch\s+)?break|lunch|adjournment)\b/i
const PAUSE = /^\W*(?:close|(?:comfort\s+|lunch\s+)?break|lunch|adjournment)\b/i

/**
 * The time a row of the agenda's table sets for a break or the close: "11.25 | Comfort break", or
 * "| | *Comfort break* | | 3.40 pm | |", its time in the start times' column. Null for any other line.
 */
function pauseTime(line: Line): string | null {
  if (PAUSE_ROW.test(line.raw)) return parseTime(cleanLine(line.raw.split('\t')[0] ?? ''))
  const cells = rawCells(line).map(c => cleanLine(c))
  if (!cells.some(c => PAUSE.test(c) && c.length < 40)) return null
  const time = cells.find(c => START_ONLY.test(c))
  return time === undefined ? null : parseTime(time)
}

function checkRanges(items: ParsedAgendaItem[], pageCount: number | null, warnings: ParseWarning[]): void {
  let last = 0
  for (const item of items) {
    if (item.pages === null) continue
    if (pageCount !== null && pageCount > 1 && item.pages[1] > pageCount) {
      warnings.push({
        page: item.source_page ?? null,
        message: `Agenda item ${item.number} pages ${item.pages[0]} - ${item.pages[1]} run past the last page of the file (${pageCount}): the pack may be incomplete or numbered differently`,
      })
    }
    if (item.pages[0] <= last) {
      warnings.push({
        page: item.source_page ?? null,
        message: `Agenda item ${item.number} pages overlap earlier items`,
      })
    }
    last = item.pages[1]
  }
}
