import { findDate, parseTime } from './dates.ts'
import { breaksOff, cleanLine, countBold } from './clean.ts'
import { nextNonBlank, textAt } from './lines.ts'
import type { Line } from './lines.ts'
import { splitNames } from './names.ts'
import { splitRow } from './table-utils.ts'
import type { ParsedMeeting } from './types.ts'

/** What the front sheet says above its agenda. */
export interface FrontSheet {
  council: string | null
  committee: string | null
  meeting: ParsedMeeting
  members: string[]
  /** First line after the "AGENDA" heading (or of the first item when there is no heading). */
  agendaStart: number
  hasAgendaHeading: boolean
}

// The agenda heading may be letter-spaced ("A G E N D A"), or name its public part ("AGENDA - PART I").
const AGENDA = /^agenda(?::|[-–—]part(?:i|1|one|a)\b.*)?$/i
const HEADER_LIMIT = 200
const COUNCIL = /\b(council|borough|county|authority)\b/i
const COMMITTEE = /\b(committee|scrutiny|panel|board|commission|cabinet|sub-committee)\b/i
// "To: All Members of the Overview and Scrutiny Committee", the names one a line below it.
const MEMBERS =
  /^(?:to:\s*(?:all\s+)?(?:the\s+)?members of\b.*$|\W*members\s+of\s+the\b.*$|(?:committee|commission|panel|board)\s+membership\b.*$|(committee\s+|elected\s+)?(membership|members|councillors|cllrs)\b\s*:?\s*-?\s*)/i
const SENTENCE_ABOUT_MEMBERS =
  /^\W*(?:members|councillors)\s+(?:who|of\s+the\s+public|are|should|may|will|must|wishing|attending|were|is|can|need)\b/i
// "County Councillor Rosalind Kemble": a shire's members, set out in two columns.
const HONORIFIC_START = /^(?:(?:county|borough|district|city)\s+)?(?:councillors?|cllrs?\.?|dr|mr|mrs|ms|miss)\s/i

/** Council, committee, meeting date/time/venue and membership from the top of the pack. */
export function parseFrontSheet(lines: Line[]): FrontSheet {
  const heading = findAgendaHeading(lines)
  const agendaStart = heading === -1 ? firstItemLine(lines) : heading + 1
  const header = lines.slice(0, Math.max(0, heading === -1 ? agendaStart : heading))
  const summons = header.findIndex((_, i) => summonsDate(sentenceAt(header, i)))
  const dateIndex = summons !== -1 ? summons : meetingDateLine(header, lines)
  const council = header.find(l => isCouncilLine(l.text))?.text ?? null
  const onFrontSheet = membersOf(header)
  // A notice headed "AGENDA" first: the committee under the heading, the meeting's details at the
  // foot of the page, below the agenda.
  const below = dateIndex === -1 && summons === -1 && heading !== -1 ? detailsBelowAgenda(lines, heading) : -1
  const committee = committeeName(header, dateIndex === -1 ? header.length : dateIndex, council, lines)
  return {
    council,
    committee:
      committee ??
      (below !== -1 ? committeeUnderAgenda(lines, heading) : null) ??
      (summons !== -1 ? committeeNoticed(sentenceAt(header, summons)) : null),
    meeting:
      summons !== -1
        ? summonedWithDetails(header, summons)
        : below !== -1
          ? meetingOf(lines, below)
          : meetingOf(header, dateIndex),
    members: onFrontSheet.length > 0 ? onFrontSheet : membershipAfterAgenda(lines, agendaStart),
    agendaStart,
    hasAgendaHeading: heading !== -1,
  }
}

/** A "Date: Tuesday, 12 March 2019" line on the agenda's first page, below the agenda, or -1. */
function detailsBelowAgenda(lines: Line[], heading: number): number {
  const page = lines[heading]?.page
  for (let i = heading + 1; i < lines.length && lines[i]?.page === page; i++) {
    const text = textAt(lines, i)
    if (/^\W*date\s*:/i.test(text) && findDate(text) !== null) return i
  }
  return -1
}

// "Notice is hereby given that a meeting of the Policy and Scrutiny Committee will be held in …".
const NOTICED =
  /\bmeeting of (?:the\s+)?([A-Z][A-Za-z&,'’ -]{2,80}?\b(?:Committee|Panel|Board|Commission|Sub-Committee))\s+(?:will|is to|to)\s+be\s+held\b/

/** The committee a notice's sentence names, where no heading does. */
function committeeNoticed(sentence: string): string | null {
  return NOTICED.exec(sentence)?.[1] ?? null
}

/** The committee named on the line under the agenda's heading ("ECONOMY AND … SCRUTINY PANEL"). */
function committeeUnderAgenda(lines: Line[], heading: number): string | null {
  const text = textAt(lines, nextNonBlank(lines, heading + 1))
  return /\b(?:committee|panel|board|commission)\b/i.test(text) && !/\t/.test(text) && text.length < 120 ? text : null
}

/**
 * The agenda's heading: the first, or where the pack's title page says "Agenda" above the meeting's
 * details and the agenda itself comes later under a heading of its own, the one its first item follows.
 */
function findAgendaHeading(lines: Line[]): number {
  const limit = Math.min(lines.length, HEADER_LIMIT)
  const headings: number[] = []
  for (let i = 0; i < limit; i++) if (AGENDA.test(textAt(lines, i).replace(/\s+/g, ''))) headings.push(i)
  const first = headings[0] ?? -1
  if (headings.length < 2 || firstItemWithin(lines, first, 12)) return first
  return headings.find(h => firstItemWithin(lines, h, 12)) ?? first
}

function firstItemWithin(lines: Line[], heading: number, span: number): boolean {
  for (let i = heading + 1; i < Math.min(lines.length, heading + span); i++)
    if (/^(?:item\s+)?1[.:)]?(?:\s|$)/i.test(textAt(lines, i))) return true
  return false
}

function firstItemLine(lines: Line[]): number {
  const limit = Math.min(lines.length, HEADER_LIMIT)
  for (let i = 0; i < limit; i++) if (/^(?:item\s+)?1[.:)]?(\s+[A-Z].*)?$/i.test(textAt(lines, i))) return i
  return 0
}

// A letter summoning members ("You are summoned to a meeting of … to be held in the Council
// Chamber, Civic Offices … on Thursday, 7 March 2024 at 2.00 pm."): its own date is the letter's.
const SUMMONS = /\b(?:summoned|summons you|requested to attend|(?:to|will) be held (?:in|at))\b/i

/**
 * A sentence summoning members to the meeting, with its date: in the same sentence, not a later one
 * ("…will be held in person in the Council Chamber. … booked … by 12 noon on Tuesday, 7 September").
 */
function summonsDate(text: string): boolean {
  const m = SUMMONS.exec(text)
  if (m === null) return false
  const sentence = text.slice(m.index).split(/\.\s+(?=[A-Z])/)[0] ?? ''
  return findDate(sentence) !== null
}

/**
 * The summons's sentence from line `at`, over the lines a PDF wrapped it onto ("… which will be held
 * in" / "the Council Chamber, … on Wednesday, 9 July" / "2025 at 6.30 pm, …").
 */
function sentenceAt(header: Line[], at: number): string {
  let text = textAt(header, at)
  if (!SUMMONS.test(text) && !SUMMONED_OVER_LINES.test(text)) return text
  if (HELD_ON.test(text)) return detailsOnLines(header, at, text)
  // A letter may set the sentence's parts on lines of their own, a blank line between ("… a meeting
  // of the" / "**OVERVIEW AND SCRUTINY COMMITTEE**" / "to be held on" / "**Tuesday 18 September …**").
  const spaced = SUMMONED_OVER_LINES.test(text)
  for (let j = at + 1, seen = 0; seen < (spaced ? 6 : 3) && !/\.\s*$/.test(text); j++) {
    const next = textAt(header, j)
    if (next === '') {
      if (!spaced || j >= header.length) break
      continue
    }
    // Set apart, a part goes on the sentence in lower case ("to be held on", "in the Council
    // Chamber"), or as the value its last words ask for ("… meeting of the" / "**COMMITTEE**").
    if (spaced && !/^[a-z]/.test(next) && !/\b(?:of the|on|in|at)\s*$/i.test(text)) break
    text += ` ${next}`
    seen++
  }
  return text
}

// "… to be held on:", the date, time and venue below it a line each.
const HELD_ON = /\bheld\s+(?:on|at)\s*:\s*$/i

/**
 * The summons's sentence with the meeting's details set out below it a line each ("Thursday, 13
 * March 2025" / "10.00 am" / "Council Chamber, …"), written out as one sentence would give them.
 */
function detailsOnLines(header: Line[], at: number, text: string): string {
  let j = at + 1
  while (j < header.length && textAt(header, j) === '') j++
  const [date = '', time = '', venue = ''] = [0, 1, 2].map(k => textAt(header, j + k))
  if (findDate(date) === null) return text
  const timed = time.length < 20 && parseTime(time) !== null
  const place = timed && venue !== '' && venue.length < 120 && !/\.$/.test(venue) ? ` in ${venue}` : ''
  return `${text.replace(/:\s*$/, '')} ${date}${timed ? ` at ${time}` : ''}${place}`
}

// "You are summoned to attend a meeting of the": the sentence's first line, the committee on the next.
const SUMMONED_OVER_LINES = /\b(?:summoned|requested|invited) to attend an? (?:\w+ )?meeting of the\s*$/i

/** A letter's summons, its "Venue:" given apart in the meeting's details the one printed as such. */
function summonedWithDetails(header: Line[], summons: number): ParsedMeeting {
  const meeting = summonedMeeting(sentenceAt(header, summons), header[summons])
  return labelled(header, /venue/) === null ? meeting : { ...meeting, venue: withoutNote(labelledVenue(header)) }
}

function summonedMeeting(text: string, line: Line | undefined): ParsedMeeting {
  const found = findDate(text)
  const after = found ? text.slice(found.index + found.length) : ''
  const held = /\b(?:to|will) be held (?:in|at)\s+(?:the\s+)?(.+?),?\s+on\s+(?:\w+day,?\s+)?\d/i.exec(text)?.[1] ?? null
  // "…which will be held at 5.30pm on Monday, 9th June 2025 in Committee Room A, …, for the purpose":
  // the time before the date, the place after it.
  const heldAtTime = held !== null && parseTime(held) !== null && held.length < 12
  // "…to be held on Tuesday, 10th September, 2024 at 6.30 pm in the Council Chamber, …": both after it.
  const placeAfter =
    /^\W*(?:at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+)?in\s+(?:the\s+)?(.+?)(?:,?\s+(?:for the purpose|to transact|to consider|when the (?:following )?business)\b.*|\.)?$/i.exec(
      after,
    )?.[1]
  return {
    date: found?.date ?? null,
    start_time: parseTime(after) ?? (heldAtTime ? parseTime(held ?? '') : null),
    venue: heldAtTime || held === null ? (placeAfter ?? null) : held,
    source_page: line?.page ?? null,
  }
}

/**
 * The line giving the meeting's date: the first, but where a letter dates itself above the
 * meeting's details ("Date: 22 November 2022" / "Enquiries to: …", then "Date: Tuesday, 29 November
 * 2022" / "Time: 10.00 am"), the one its time follows.
 */
function meetingDateLine(header: Line[], lines: Line[]): number {
  const dates = header.flatMap((l, i) => (isMeetingDateLine(l.text) && !runningHeader(l.text, lines) ? [i] : []))
  const timed = dates.find(i => [1, 2].some(k => /^\W*(?:time|start)\s*:/i.test(textAt(header, i + k))))
  return timed ?? dates[0] ?? -1
}

/**
 * A page's running header naming the meeting ("Overview and Scrutiny Committee – 8 November 2022"),
 * printed above the front sheet's own date too: not where the meeting's details are.
 */
function runningHeader(text: string, lines: Line[]): boolean {
  // On three pages or more, two of them running: a front sheet repeated far apart (packs bound
  // together) is no running header.
  let seen = 0
  let running = false
  let last = -2
  for (const l of lines) {
    if (l.text !== text) continue
    running ||= l.page - last <= 1
    last = l.page
    if (++seen >= 3 && running) return true
  }
  return false
}

function isMeetingDateLine(text: string): boolean {
  return text.length < 200 && findDate(text) !== null && !/\breminded\b/i.test(text) && !ISSUE_DATE.test(text)
}

// The pack's own dates, not the meeting's: "Date of publication: Monday, 7 November 2022".
const ISSUE_DATE =
  /^\W*(?:date (?:of (?:publication|issue|despatch)|issued|published|despatched)|published|issued|despatched|dispatched)\b/i

function isCouncilLine(text: string): boolean {
  return COUNCIL.test(text) && text.length < 80 && !COMMITTEE.test(text) && !/[.;]$/.test(text)
}

// The committee's name may wrap; contiguous heading lines that mention a committee are joined.
function committeeName(header: Line[], before: number, council: string | null, lines: Line[]): string | null {
  const start = header.findIndex(
    (l, i) => i < before && isCommitteeLine(l.text, council) && !(findDate(l.text) && runningHeader(l.text, lines)),
  )
  if (start === -1) return null
  // ("To: The Chair and Members of the Place Scrutiny Committee": the committee, not whom the letter goes to.)
  const parts = [
    textAt(header, start).replace(
      /^to:\s*(?:all\s+)?(?:the\s+)?(?:chair(?:man)?\s+and\s+)?members of\s+(?:the\s+)?/i,
      '',
    ),
  ]
  // The name's first line, its bold left open ("**ADULT SOCIAL CARE AND HEALTH" / "OVERVIEW AND SCRUTINY PANEL**").
  // Or its first line breaking off ("Environment and Transport Overview and" / "Scrutiny Committee").
  const above = header[start - 1]?.raw ?? ''
  const first = textAt(header, start - 1)
  const brokenOff = breaksOff(first) && first.length < 80 && !isCouncilLine(first) && findDate(first) === null
  if ((countBold(above) % 2 === 1 && isContinuation(first)) || brokenOff) parts.unshift(first)
  for (let i = start + 1; i < before && isContinuation(textAt(header, i)); i++) parts.push(textAt(header, i))
  return parts.join(' ')
}

function isCommitteeLine(text: string, council: string | null): boolean {
  if (text === council || text.length > 150 || /\b(must|reminded|declare)\b/i.test(text)) return false
  // A letter's reference ("Our ref: Scrutiny/SSWH") names no committee; its addressees do not
  // either ("To: All Members of the Overview and Scrutiny Committee", read by `committeeName`).
  if (/^(?:our|your)\s+ref\b/i.test(text)) return false
  // "Contact: Lesley Gilmour, Committee Officer" and "Email: committee.services@…" name the officers
  // ("Please ask for: Owen Pritchard, Scrutiny Officer" too).
  if (
    /^\W*(?:contact|enquiries|clerk|e-?mail|tel(?:ephone)?|phone|please\s+ask\s+for|direct\s+line)\b|@|\b(?:committee|scrutiny) (?:officer|clerk|manager|services)\b/i.test(
      text,
    )
  )
    return false
  return COMMITTEE.test(text)
}

function isContinuation(text: string): boolean {
  // "NOTICE OF MEETING" under the name heads the notice; it is no part of the name.
  if (/^\W*(?:notice of (?:the )?meeting|summons|agenda)\W*$/i.test(text)) return false
  return text !== '' && text.length < 80 && !/[a-z]/.test(text) && findDate(text) === null
}

/**
 * The line's text, with the lines its bold runs on over where it wraps ("**Tuesday, 12th November,
 * 2024, 7.00 pm - Committee Room 1, Wickhamstead Civic" / "Centre, 40 Market Parade, … E19 4AX**").
 */
function boldRunOn(header: Line[], at: number): string {
  let text = textAt(header, at)
  let bold = countBold(header[at]?.raw ?? '')
  for (let j = at + 1; j <= at + 3 && bold % 2 === 1 && textAt(header, j) !== ''; j++) {
    text = `${text} ${textAt(header, j)}`
    bold += countBold(header[j]?.raw ?? '')
  }
  return text
}

function meetingOf(header: Line[], dateIndex: number): ParsedMeeting {
  const line = header[dateIndex]
  if (line === undefined) return { date: null, start_time: null, venue: null, source_page: null }
  const found = findDate(line.text)
  const after = found ? boldRunOn(header, dateIndex).slice(found.index + found.length) : ''
  // The time alone on the next line with text ("**7.00 pm**"), the venue on the line after it.
  const next = nextNonBlank(header, dateIndex + 1)
  const alone =
    next !== -1 && textAt(header, next).length < 20 && !/^\W*[A-Za-z]+\s*(?::|\t)/.test(header[next]?.raw ?? '')
  const timeAlone = alone ? parseTime(textAt(header, next)) : null
  const venueFrom = timeAlone !== null ? next + 1 : dateIndex + 1
  // "10.00 am, Tuesday, 6 December 2022": the time before the date, as Scottish notices print it.
  const before = found
    ? /^\W*(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)\W*(?:,|\s)/i.exec(line.text.slice(0, found.index))?.[1]
    : undefined
  return {
    date: found?.date ?? null,
    start_time:
      parseTime(after) ??
      (before === undefined ? null : parseTime(before)) ??
      parseTime(textAt(header, dateIndex + 1)) ??
      timeAlone ??
      labelledTime(header),
    venue: withoutNote(inlineVenue(after) ?? venueLines(header, venueFrom) ?? labelledVenue(header)),
    source_page: line.page,
  }
}

// "WEDNESDAY 20 JULY 2022 AT 10AM IN THE BMI, MARGARET STREET", "…, 7.00 pm - Committee Room 1,
// Civic Centre (watch the live meeting here)"
function inlineVenue(afterDate: string): string | null {
  const dashed = /^\W*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+[-–]\s+(\S.*?)(?:\s*\((?:watch|view|click)[^)]*\))?$/i.exec(
    afterDate,
  )
  if (dashed?.[1]) return dashed[1]
  const m = /\b(?:in|venue:?|at)\s+((?:the\s+)?[A-Za-z].*)$/i.exec(
    afterDate.replace(/\bat\s+\d[\d.:]*\s*(hours|hrs|am|pm)?/i, ''),
  )
  return m?.[1] ? withoutArticle(m[1].trim()) : null
}

/** "THE COUNCIL CHAMBER, SHIRE HALL" is the Council Chamber; "THE BMI" keeps the article of its name. */
function withoutArticle(venue: string): string {
  return venue.replace(/^the\s+(?=(?:council|committee|civic|town|guild|county|shire|conference|assembly)\b)/i, '')
}

const VENUE_LABEL = /^(?:in|at|(?:venue|place|location)\s*:?)\s+/i

/** A line as its cells set apart by tabs, a markdown table's row too. */
function cells(line: Line | undefined): string {
  const raw = line?.raw.trim() ?? ''
  return raw.startsWith('|')
    ? (splitRow(raw)
        ?.map(c => c.trim())
        .join('\t') ?? raw)
    : raw
}

function venueLines(header: Line[], from: number): string | null {
  let first = nextNonBlank(header, from)
  // "(A pre-meeting will take place for ALL Members at 1.00 pm)" between the date and the venue.
  if (/^\(.*\)$/.test(textAt(header, first))) first = nextNonBlank(header, first + 1)
  if (first === -1) return null
  const text = textAt(header, first)
  if (!VENUE_LABEL.test(text) && !/\b(room|house|hall|chamber|centre|center)\b/i.test(text)) return null
  const parts = [withoutArticle(text.replace(VENUE_LABEL, ''))]
  for (let i = first + 1; i < header.length && textAt(header, i) !== '' && !AGENDA.test(textAt(header, i)); i++) {
    // The next heading ("MEMBERSHIP") or a note ("(Watch the live meeting here)", "PLEASE NOTE: …")
    // set close below, with no blank line between.
    const next = textAt(header, i)
    // (Or the details' next label: "| **Webcast** | The public part of this meeting will be …".)
    const label = /^\W*[A-Z][A-Za-z ]{1,30}\W*(?::|\t)/.test(cells(header[i]))
    if (
      MEMBERS.test(next) ||
      /^\W*(?:membership|contact|please note)\b|^\(.*\)$/i.test(next) ||
      next.length > 100 ||
      label
    )
      break
    parts.push(textAt(header, i))
  }
  return parts.join(' ')
}

// "Date: … / Time: … / Venue: Council Chamber, County Hall" set out as labelled lines.
function labelledTime(header: Line[]): string | null {
  const time = labelled(header, /(?:start\s+)?time/)
  return time === null ? null : parseTime(cleanLine(time.value))
}

// "… DR4 1QA (hybrid meeting – Members may attend remotely via Microsoft Teams)": how to attend, not where.
const ATTENDANCE_NOTE = /\s*\((?=[^)]*\b(?:hybrid|remote(?:ly)?|online|teams|zoom|webcast|live\s*stream))[^)]*\)\s*$/i

const WATCH_NOTE =
  /\s+[–—-]\s+(?:members\s+of\s+the\s+public|the\s+public|you)\s+(?:can|may|will\s+be\s+able\s+to)\b.*$/i

function withoutNote(venue: string | null): string | null {
  // ("Remote meeting via Zoom – members of the public can watch …": how to watch, not where.)
  return venue === null ? null : venue.replace(ATTENDANCE_NOTE, '').replace(WATCH_NOTE, '')
}

function labelledVenue(header: Line[]): string | null {
  // "Venue: …", or a details table's "Place\t…".
  const venue = labelled(header, /venue|place|location/)
  if (venue === null) return venueUnderLabel(header)
  // A venue wrapped inside its bold ("**Council Chamber, Shire Hall, Castle Street," / "Wyvernbury**").
  const next = header[venue.index + 1]?.raw.trim() ?? ''
  const wraps = countBold(venue.value) % 2 === 1 || /,$/.test(venue.value.trim())
  return cleanLine(wraps && next !== '' && !/^[A-Za-z ]{1,30}:/.test(next) ? `${venue.value} ${next}` : venue.value)
}

/** "Place" alone on its line, the venue on the lines under it up to a blank line. */
function venueUnderLabel(header: Line[]): string | null {
  const at = header.findIndex(l => /^\W*(?:venue|place|location)\W*$/i.test(l.text))
  if (at === -1) return null
  const lines: string[] = []
  for (let i = at + 1; i < header.length && lines.length < 3 && textAt(header, i) !== ''; i++)
    lines.push(textAt(header, i))
  return lines.length === 0 ? null : lines.join(' ')
}

/** The first line labelled as `label` ("Time: 11:00", "Venue\tCivic Centre"): its value and index. */
function labelled(header: Line[], label: RegExp): { value: string; index: number } | null {
  const pattern = new RegExp(`^\\W*(?:${label.source})\\W*(?::\\s*|\\t+)(\\S.*)$`, 'i')
  for (const [index, line] of header.entries()) {
    // A markdown details table's row: "| **Venue:** | Council Chamber, … |".
    const cells = line.raw.trimStart().startsWith('|') ? splitRow(line.raw) : null
    const found = pattern.exec((cells?.map(c => c.trim()).join('\t') ?? line.raw).trim())?.[1]
    // (Up to the next label set beside it: "Venue:⇥Council Chamber, …⇥Email:⇥…", two columns of labels.)
    const value = found?.split(/\t+(?=[A-Za-z][A-Za-z -]{1,30}:(?:\t|\s|$))/)[0]
    if (value) return { value, index }
  }
  return null
}

/**
 * The membership under the heading that lists the most names: a letter's "To: the Members of …"
 * may list none, its membership table coming further down.
 */
function membersOf(header: Line[]): string[] {
  let best: string[] = []
  for (let start = 0; start < header.length; start++) {
    const text = header[start]?.text ?? ''
    // ("Members who wish to attend remotely are asked …", wrapped before "reminded": a sentence.)
    if (!MEMBERS.test(text) || /\breminded\b/i.test(text) || SENTENCE_ABOUT_MEMBERS.test(text)) continue
    const names = membersFrom(header, start)
    if (names.length > best.length) best = names
  }
  return best
}

/**
 * A notice whose first page goes straight to the agenda may list the membership after it, under a
 * heading of its own ("**Membership**", then "Councillor Eilidh Drummond (Convener)" a line each).
 */
function membershipAfterAgenda(lines: Line[], agendaStart: number): string[] {
  const end = Math.min(lines.length, agendaStart + HEADER_LIMIT)
  for (let i = agendaStart; i < end; i++) {
    // ("Circulation:-", a summons letter's list of whom it goes to, the committee's members first.)
    // ("Panel Members", "Audit and Scrutiny Committee Members:": a heading of the members alone.)
    const heading =
      /^\W*(?:(?:committee\s+)?membership(?:\s+\d{4}(?:\s*[–/-]\s*\d{2,4})?)?|circulation(?:\s+list)?|(?:[\w&'’ ]{0,60}\s)?(?:panel|committee|board|commission)\s+members)\W*$/i
    // ("Members: Councillor Alasdair Munro (Convener); Councillor …", the list run on after its label.)
    const inline = /^\W*members\s*:\s*(?:councillors?|cllrs?\.?)\s/i
    if (heading.test(textAt(lines, i)) || inline.test(textAt(lines, i))) return membersFrom(lines, i)
  }
  return []
}

function membersFrom(header: Line[], start: number): string[] {
  let list = textAt(header, start).replace(MEMBERS, '')
  let substitutes = false
  let substituteLines = false
  let namesOnly = false
  // The later columns of a members' table, each read down: names where the members are set out in
  // columns ("Councillors: | Co-opted Members:"), else ward, party or whom a member represents.
  const columns: string[][] = []
  for (let i = start + 1; i < header.length && i - start < 40; i++) {
    const text = textAt(header, i)
    // (Over a page break, the list goes on where the next page opens with its next group or a name.)
    if (text === '' && textAt(header, i + 1) === '' && !groupOverPage(header, i)) break
    // A group's substitutes named on their line ("Substitutes: Cllr A, Cllr B"), each council's
    // members listed in turn: the list goes on with the next group.
    // A substitutes' line ending in "and" or a comma goes on in the next.
    // "Substitutes:" alone right under a group's members, over its substitutes a name a line: passed
    // over up to the group's end, the next group going on. (Set apart, it ends the membership.)
    const inGroup = textAt(header, i - 1) !== '' && /^\W*(?:named\s+)?substitutes?(?:\s+members?)?\s*:\s*$/i.test(text)
    if (substituteLines || inGroup) {
      // (The next council's group goes on; another label, "Co-optees:", ends the list.)
      const nextCouncil = GROUP_HEADING.test(text) && /\b(?:council|borough|county|district)\b/i.test(text)
      if (!inGroup && /^\W*[A-Za-z][A-Za-z -]{2,40}:\W*$/.test(text)) break
      substituteLines = text !== '' && !nextCouncil
      if (substituteLines || text === '') continue
    }
    if (INLINE_SUBSTITUTES.test(text) || substitutes) {
      substitutes = /(?:,|\band)$/.test(text)
      if (!substitutes && !GROUP_HEADING.test(textAt(header, nextNonBlank(header, i + 1)))) break
      continue
    }
    substitutes = false
    // "Ex officio: the Chairman and Vice-Chairman of the County Council": offices, no one named;
    // the co-opted members may follow.
    if (/^\W*ex[- ]officio\b[^:]{0,30}:\s*the\b/i.test(text)) continue
    // ("Reserve Members:" over its own lines, the co-opted members after them: the list goes on there.)
    const coOptedAfter = RESERVES_HEADING.test(text) ? coOptedGroupAfter(header, i) : -1
    if (coOptedAfter !== -1) {
      i = coOptedAfter - 1
      continue
    }
    if (AGENDA.test(text.replace(/\s+/g, '')) || endsMembership(text)) break
    // A sentence about the committee after its members ("Healthwatch attends … as a non-voting observer.") ends the list.
    const sentence = text.length > 60 && /\.$/.test(text) && /\b(?:is|are|attends?|will|may)\b/.test(text)
    if (sentence && splitNames(list).length > 0) break
    // A letter's "To: All Members of …" names no one below it before its "Dear Councillor".
    if (/^(?:dear\b|membership\b)/i.test(text)) break
    // A table of members: names in its first column, then party or whom they represent; a co-opted
    // member named on the label's line, before whom they represent.
    // Whom each represents in brackets goes first, lest a comma after it read as a body's name.
    // ("Reverend Hilary Ashdown (Church of England" / "Diocesan Representative) and …": whom one
    // represents wrapped onto the next line goes too.)
    const coOpted = CO_OPTED_LINE.exec(text)?.[1]
      ?.replace(/\([^)]*\)/g, '')
      .replace(/\s*\([^)]*$/, '')
      .replace(REPRESENTS, '')
    // Under "Councillors:" every cell of the table is a councillor's name.
    if (/^(?:councillors|cllrs)\s*:$/i.test(text)) namesOnly = true
    const cells = splitRow(header[i]?.raw ?? '')
    cells?.slice(1).forEach((cell, k) => (columns[k] ??= []).push(cell))
    const above = textAt(header, i - 1)
    const wrappedBracket = CO_OPTED_LINE.test(above) && /\([^)]*$/.test(above) && /^[^()]*\)/.test(text)
    const name =
      coOpted ??
      (cells !== null ? linesOf([cells[0] ?? '']).join('\n') : wrappedBracket ? text.replace(/^[^()]*\)\s*/, '') : text)
    // A double-barrelled name broken at its hyphen ("Pilkington-" / "Moss") joins without a space.
    // (A co-opted member named on the label's line starts a list of their own.)
    list += (/[A-Za-z]-$/.test(list) ? '' : coOpted === undefined && wrapsOn(list, name) ? ' ' : '\n') + name
  }
  // "Councillors | Substitute Members": the substitutes' column is no one's membership.
  const heads = splitRow(header[start]?.raw ?? '')?.slice(1) ?? []
  const substituteColumn = (k: number): boolean => SUBSTITUTES_HEAD.test(cleanLine(heads[k] ?? ''))
  // ("Councillor Fiona Drummond (Convener) | Kirkmorven East": beside names each titled, a column's
  // untitled cells are their wards; its titled ones, "Independent Member: | Mrs Ailsa …", members.)
  const titled = (line: string): boolean => TITLED.test(line)
  const firstTitled = list.split('\n').filter(titled).length >= 3
  const named = columns
    .map(linesOf)
    .filter((lines, k) => !substituteColumn(k) && !SUBSTITUTES_HEAD.test(lines[0] ?? ''))
    .map(lines =>
      firstTitled && !namesOnly && !GROUP_HEADING.test(lines[0] ?? '') && lines.some(titled)
        ? lines.filter(titled)
        : lines,
    )
    .filter(lines => namesOnly || lines.some(namesAPerson))
  return splitNames([list, ...named.map(joinWrapped)].join('\n'))
}

/** Whether a page breaks after line `at`, the next page opening with a group of members or a member. */
function groupOverPage(header: Line[], at: number): boolean {
  const next = nextNonBlank(header, at + 1)
  let last = at
  while (last > 0 && textAt(header, last) === '') last--
  if (next === -1 || header[next]?.page === header[last]?.page) return false
  const text = textAt(header, next)
  return GROUP_HEADING.test(text) || namesAPerson(text)
}

// "Councillor Fiona Drummond", "Mrs Ailsa Corstorphine": a name with its title (not a column's "Councillor" head).
const TITLED = /^\W*(?:county\s+)?(?:councillor|cllr|mr|mrs|ms|miss|dr|revd?)\.?\s+[A-Z]/i

const SUBSTITUTES_HEAD = /^\W*(?:named\s+)?(?:substitutes?|reserves?)(?:\s+members?)?\W*$/i

/** A column's cells as lines: a cell's own line breaks ("<br>") part them too. */
function linesOf(cells: string[]): string[] {
  return cells
    .flatMap(c => c.split(/<br\s*\/?>/i))
    .map(c => cleanLine(c))
    .filter(c => c !== '')
}

/** A line naming a member by title or office ("Councillor Hext", "Revd Canon Ruth Akinwale", "… (Vice-Chair)"), or heading a column of members. */
function namesAPerson(line: string): boolean {
  return (
    HONORIFIC_START.test(line) ||
    /^(?:revd?|canon|prof(?:essor)?|sir|dame)\s/i.test(line) ||
    /\([^)]*\bchair/i.test(line) ||
    /^(?:co-?opted\s+members?|councillors)\b[^:]*:/i.test(line)
  )
}

/** A column's lines as names a line each, a bracket left open ("(Church of England") closed on the next. */
function joinWrapped(lines: string[]): string {
  return lines.reduce((text, line) => {
    const last = text.slice(text.lastIndexOf('\n') + 1)
    const open = (last.match(/\(/g) ?? []).length > (last.match(/\)/g) ?? []).length
    return text === '' ? line : `${text}${open ? ' ' : '\n'}${line}`
  }, '')
}

// The next group of a joint committee's members: "Ashcombe Council", "Co-opted Member (non-voting)".
const GROUP_HEADING =
  /^(?:(?=.{3,80}$)[^.,:]*\b(?:council|borough|county|district|co-?opted|co-?optees?|independent)\b[^.,]*$|\W*co-?opted\s+members?\b)/i
// "Co-opted Member (non-voting): Mr Oliver Brayfield, Eastmarch Association of Parish and Town Councils".
const CO_OPTED_LINE = /^\W*co-?opted\s+members?\s*(?:\([^)]*\))?\s*:\s*(.+)$/i
// Whom a co-opted member represents, after the name: ", Eastmarch Association of Parish Councils".
const REPRESENTS =
  /,(?!\s*(?:Councillors?|Cllr|Mr|Mrs|Ms|Miss|Dr)\b)\s*[^,]*\b(?:[Aa]ssociation|[Cc]ouncils?|Healthwatch|[Dd]iocese|[Gg]overnors?|[Bb]oard|[Tt]rust|[Ff]orum)\b[^,]*/g
const INLINE_SUBSTITUTES = /^\W*(?:named\s+)?substitutes?(?:\s+members?)?\W*:\W*(?:cllrs?|councillors?)\b/i

const RESERVES_HEADING = /^\W*(?:named\s+)?(?:substitutes?|reserves?)(?:\s+members?)?\s*:?\s*$/i

/** The line of a co-opted members' group after the reserves' group at `at` (a blank line between), else -1. */
function coOptedGroupAfter(header: Line[], at: number): number {
  let i = at + 1
  while (i < header.length && textAt(header, i) === '') i++
  while (i < header.length && textAt(header, i) !== '') i++
  const next = nextNonBlank(header, i)
  return next !== -1 && /^\W*co-?opted\s+members?\b/i.test(textAt(header, next)) ? next : -1
}

/** A label of what follows a membership on a front sheet ("Quorum: 4", "Contact: …", "Tel:") ends it. */
function endsMembership(text: string): boolean {
  // Substitutes, listed after the members, are not members.
  // Substitutes and ex officio members (the council's chairman, without a vote) are not the committee's.
  // Substitutes and observers without a vote ("Observer (non-voting): … Healthwatch") neither.
  // Cabinet Members invited to attend are not the committee's either.
  // Nor are the Cabinet Members "with responsibilities relevant to the Committee (not members of it)".
  // Nor those a circulation list copies in "For information:".
  if (
    /^\W*cabinet\s+members?\b|\(not\s+(?:a\s+)?members?\s+of\b|^\W*standing\s+invitations?\b|^\W*(?:copies\s+)?for\s+information\b/i.test(
      text,
    )
  )
    return true
  // Nor is a representative in a group of their own without a vote ("**Parent representative (non-voting)**").
  if (/^\W*[A-Za-z ]{3,40}\(non[- ]voting\)\W*$/i.test(text)) return true
  // ("Non-voting co-optees", the group so headed.)
  if (/^\W*non[- ]voting\s+[A-Za-z -]{3,40}$/i.test(text)) return true
  // Nor are standing invitees ("Standing invitees (non-voting)": a youth council's members).
  if (
    /^\W*(?:(?:named\s+)?substitutes?|reserves?(?:\s+members?)?|ex[- ]officio|(?:non[- ]voting\s+)?(?:co-?opted\s+)?observers?|invited\b|(?:standing\s+)?invitees\b)\b/i.test(
      text,
    )
  )
    return true
  // The officers who support the committee: "Committee Manager: …", "Scrutiny Officer: …".
  if (/^[A-Za-z ]{0,40}\b(?:manager|officer|clerk|advis[eo]r)\s*:/i.test(text)) return true
  return /^(?:quorum|(?:officer\s+)?contacts?(?: officers?)?|enquiries(?: to)?|tel(?:ephone)?|phone|e-?mail|published|issued|despatched|dispatched|web(?:site)?)\s*:/i.test(
    text,
  )
}

/**
 * A list of names printed across the page wraps where the line is full, even inside a name
 * ("…, Desmond Okoro, Rachel" / "Pennington and Tom Whitlock"): a line of a comma list that stops
 * without a comma or "and" goes on in the next, unless that starts anew with a label or a title.
 */
function wrapsOn(list: string, next: string): boolean {
  const last = list.slice(list.lastIndexOf('\n') + 1)
  if (!last.includes(',') || /(?:[,;]|\band)\s*$/i.test(last) || next === '') return false
  return !/^[A-Za-z][A-Za-z -]{0,40}:/.test(next) && !HONORIFIC_START.test(next)
}
