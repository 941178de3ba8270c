import { cleanLine, isUpperCase } from './clean.ts'
import { findDate } from './dates.ts'
import { nextNonBlank, textAt } from './lines.ts'
import type { Line } from './lines.ts'
import { splitNames, withKnownNames } from './names.ts'
import { isFurniture } from './table-utils.ts'
import { ENDED, resolutionsOf } from './resolutions.ts'
import type { ParsedActionNotes } from './types.ts'

/** Action notes with where they sit in the pack and who else attended. */
export interface FoundActionNotes extends ParsedActionNotes {
  also_present: string[]
  start: number
  end: number
}

// Their heading, or a line naming the meeting that ends in it ("1400 hours on Wednesday 13th
// February 2019, Committee Room 6, Council House – Action Notes").
const START =
  /^((minutes?|action notes) of (a |the )?(?:(?:virtual|remote|hybrid|special|extraordinary) )?(meeting|proceedings)|minutes$|action notes$|notes of (a |the )?meeting|minutes? of the .{3,120}? held (?:on|at|in)\b)|\s[-–—]\s*(action notes|minutes)$/i
// Scottish minutes list those present as the "Sederunt".
// "Councillors in Attendance:" lists the members present (officers and others in attendance are apart).
const PRESENT = /^(?:present|sederunt|councillors\s+(?:in\s+attendance|present)|members\s+present)\b\s*:?\s*-?\s*/i
const ALSO_PRESENT =
  /^(also present|in attendance|officers present|officers(?=\s*:)|also in attendance|also attending|(?:members|officers|others) in attendance|other (?:councillors|members) present|[A-Za-z]+(?: [A-Za-z]+){0,3} in attendance(?=\s*:))\b\s*:?\s*-?\s*/i
// "Apologies", "12. APOLOGIES", "CYP.21 APOLOGIES" (a minute numbered with the committee's letters).
const APOLOGIES_HEADING = /^((?:[A-Z]{1,5}\.?\s?)?\d{1,3}\.?\s+)?apologies\b/i
const MAX_LENGTH = 1500

/** Every set of action notes (minutes) in the pack, in order; `members` helps part names run together. */
export function findActionNotes(lines: Line[], from: number, members: readonly string[] = []): FoundActionNotes[] {
  const starts: number[] = []
  for (let i = from; i < lines.length; i++) {
    // A cheap test first: the heading's pattern is slow to fail on every line of a pack.
    const text = textAt(lines, i)
    // (A heading wrapped over lines: "MINUTES OF THE … SUB-COMMITTEE" / "HELD ON TUESDAY 19 NOVEMBER 2019 …".)
    const wrapped = /^\W*minutes\s+of\s+the\b/i.test(text)
      ? `${text} ${textAt(lines, i + 1)} ${textAt(lines, i + 2)}`
      : ''
    if (/minute|notes/i.test(text) && (START.test(text) || (wrapped !== '' && START.test(wrapped)))) starts.push(i)
    else if (/^present\s*:/i.test(text)) untitledStart(lines, i, starts)
  }
  const found: FoundActionNotes[] = []
  for (const [k, start] of starts.entries()) {
    const notes = parseNotesAt(lines, start, starts[k + 1] ?? lines.length, members)
    if (notes !== null) found.push(notes)
  }
  return found
}

/**
 * Minutes headed only by the body and the date ("SCRUTINY BOARD (ADULTS AND HEALTH)" / "TUESDAY,
 * 20TH FEBRUARY, 2018" / "PRESENT: …"): they start at that date, when no heading started them.
 */
function untitledStart(lines: Line[], present: number, starts: number[]): void {
  const last = starts.at(-1)
  if (last !== undefined && present - last <= 40) return
  for (let j = present - 1; j >= Math.max(0, present - 6); j--) {
    // The date alone on its line, as a heading: not a sentence that mentions one.
    const text = textAt(lines, j)
    if (text.length < 60 && !/[.;]$/.test(text) && findDate(text) !== null) {
      starts.push(j)
      return
    }
  }
}

function parseNotesAt(
  lines: Line[],
  start: number,
  limit: number,
  members: readonly string[],
): FoundActionNotes | null {
  const present = findIndex(lines, start, Math.min(limit, start + 40), t => PRESENT.test(t))
  // (The key's star is read from the line as printed: cleaning takes a lone "*" off.)
  if (present === -1 || STAR_KEY.test(lines[present]?.raw.trim() ?? ''))
    return starredAt(lines, start, limit) ?? registerAt(lines, start, limit)
  const end = notesEnd(lines, present, limit)
  const also = findIndex(lines, present + 1, Math.min(end, present + 30), t => ALSO_PRESENT.test(t))
  // Apologies listed between those present and those also present end the present.
  const presentEnd = Math.min(blockEnd(lines, present + 1, end), also === -1 ? end : also)
  const alsoEnd = also === -1 ? also : blockEnd(lines, also + 1, end)
  const named = namesIn(lines, present, presentEnd, PRESENT, members)
  return {
    meeting_date: meetingDate(lines, start, present),
    present: withKnownNames(
      [...new Set([...chairAbove(lines, present), ...named, ...coOpteesBelow(lines, present, end)])],
      members,
    ),
    also_present: also === -1 ? [] : namesIn(lines, also, alsoEnd, ALSO_PRESENT),
    apologies: withKnownNames(apologiesIn(lines, present, end), members),
    resolutions: resolutionsOf(lines.slice(present, end)),
    source_page: lines[start]?.page ?? null,
    start,
    end,
  }
}

// "Chair | Councillor Rosalind Achterberg" over "Councillors in Attendance | …"; "Co-optees | Dr …" below.
const CHAIR_ROW = /^\W*chair(?:man|person)?\s*(?::\s*|\t+)(\S.*)$/i
const CO_OPTEES_ROW = /^\W*co-?opt(?:ees?|ed\s+members?)(?:\s+(?:present|in\s+attendance))?\s*(?::\s*|\t+)(\S.*)$/i

/** The chair named on the line right above those present, a label of its own. */
function chairAbove(lines: Line[], present: number): string[] {
  let i = present - 1
  while (i > 0 && textAt(lines, i) === '') i--
  const m = CHAIR_ROW.exec(lines[i]?.raw ?? '')
  return m ? splitNames(cleanLine(m[1] ?? '')) : []
}

/** Co-optees listed on a line of their own near those present, after the apologies, say. */
function coOpteesBelow(lines: Line[], present: number, end: number): string[] {
  for (let i = present + 1; i < Math.min(end, present + 12); i++) {
    const m = CO_OPTEES_ROW.exec(lines[i]?.raw ?? '')
    if (m) return splitNames(cleanLine(m[1] ?? ''))
  }
  return []
}

// An attendance register, a row a member: "Cllr Graham Gorringe | Apologies – substitute: …".
const REGISTER =
  /^\W*(?:member|name|councillor)s?\W*\t+\W*(?:attendance|attended|status|present(?:\s*\/\s*(?:apologies|absent))?)\W*$/i

/** The register's header printed again within a few lines of `from` (its next page), else null. */
function registerGoesOn(lines: Line[], from: number, limit: number): number | null {
  let seen = 0
  for (let j = from; j < limit && seen <= 2; j++) {
    const raw = lines[j]?.raw ?? ''
    if (REGISTER.test(raw)) return j
    if (raw.trim() === '') continue
    if (raw.includes('\t') || raw.length > 80) return null
    seen++
  }
  return null
}

/**
 * The register's next row at or after `from`: past blank lines and page furniture (a PDF printed
 * from a table spaces its rows and breaks it over a page), or under its header printed again.
 */
function nextRegisterRow(lines: Line[], from: number, limit: number): number | null {
  let j = from
  while (j < Math.min(limit, from + 6) && isFurniture(lines[j]?.raw ?? '')) j++
  if ((lines[j]?.raw ?? '').includes('\t') && j < limit) return j
  const header = registerGoesOn(lines, from, limit)
  return header !== null && (lines[header + 1]?.raw ?? '').includes('\t') ? header + 1 : null
}

/** Notes whose attendance is a register table rather than a "Present:" list. */
function registerAt(lines: Line[], start: number, limit: number): FoundActionNotes | null {
  let at = start
  while (at < Math.min(limit, start + 40) && !REGISTER.test(lines[at]?.raw ?? '')) at++
  if (at >= Math.min(limit, start + 40)) return null
  const present: string[] = []
  const apologies: string[] = []
  let i = at + 1
  for (let row = nextRegisterRow(lines, i, limit); row !== null; row = nextRegisterRow(lines, row + 1, limit)) {
    const [who = '', status = ''] = (lines[row]?.raw ?? '').split('\t').map(c => cleanLine(c))
    const names = splitNames(who)
    if (/^present\b/i.test(status)) present.push(...names)
    else if (/^apolog/i.test(status)) apologies.push(...names)
    i = row + 1
  }
  const end = notesEnd(lines, i, limit)
  return {
    meeting_date: meetingDate(lines, start, at),
    present,
    also_present: [],
    apologies,
    resolutions: resolutionsOf(lines.slice(i, end)),
    source_page: lines[start]?.page ?? null,
    start,
    end,
  }
}

// "(* = Present at the meeting)": the members listed below it, those present starred.
// "(* = Present at the meeting)", "PRESENT (Present = *)".
const STAR_KEY = /^\(?\s*\*\s*=?\s*present\b|^present\s*\(\s*present\s*=\s*\*\s*\)/i
const STARRED = /^\s*\*\s*(?=\S)/

/**
 * Notes that list every member under its group's label ("Elected Members:", "Co-opted Members:",
 * "Substitute Members:"), starring those present; the list ends at "In attendance" or the first
 * minute. Apologies are the minute's sentence.
 */
function starredAt(lines: Line[], start: number, limit: number): FoundActionNotes | null {
  // (Read as printed: cleaning takes the lone star of "PRESENT (Present = *)" off.)
  const key = findIndex(lines, start, Math.min(limit, start + 40), (t, raw) => STAR_KEY.test(t) || STAR_KEY.test(raw))
  if (key === -1) return starredAbove(lines, start, limit)
  const present: string[] = []
  let i = key + 1
  for (; i < Math.min(limit, key + 80); i++) {
    const raw = lines[i]?.raw ?? ''
    const text = textAt(lines, i)
    if (ALSO_PRESENT.test(text) || MINUTE_HEADING.test(text) || /^\d{1,3}\/\d{2}\b/.test(text)) break
    if (STARRED.test(raw.replace(/^\W*?(?=\*)/, '')))
      present.push(...splitNames(cleanLine(raw.replace(/^\s*\*\s*/, ''))))
  }
  return starredNotes(lines, { start, key, after: i, end: notesEnd(lines, i, limit) }, present, i)
}

/** Notes read from a starred list: its date from above the key, its resolutions after the list. */
function starredNotes(
  lines: Line[],
  at: { start: number; key: number; after: number; end: number },
  present: string[],
  apologiesFrom: number,
): FoundActionNotes {
  return {
    meeting_date: meetingDate(lines, at.start, at.key),
    present,
    also_present: [],
    apologies: apologiesIn(lines, apologiesFrom, at.end),
    resolutions: resolutionsOf(lines.slice(at.after, at.end)),
    source_page: lines[at.start]?.page ?? null,
    start: at.start,
    end: at.end,
  }
}

// "* Denotes Member present" under the tables of members, each present one's cell starred.
const STAR_KEY_BELOW = /^\W*\*\s*denotes\s+(?:members?|councillors?)\s+present\b/i

/**
 * Notes whose tables list every member, a cell each, those present starred ("| | * Amara Nwachukwu |
 * Dawn Ekwueme |"), the key below them ("* Denotes Member present"). Apologies are their own line.
 */
function starredAbove(lines: Line[], start: number, limit: number): FoundActionNotes | null {
  const key = findIndex(lines, start, Math.min(limit, start + 40), (_, raw) => STAR_KEY_BELOW.test(raw))
  if (key === -1) return null
  const present = lines
    .slice(start, key)
    .flatMap(line => (line.raw.includes('|') ? line.raw.split('|') : line.raw.split('\t')))
    // (Layout text gathers a column's names into one cell, a line each: "* Tom Alderney<br>* Imran Sheikh".)
    .flatMap(cell => cell.split(/<br\s*\/?>/i))
    .flatMap(printed => {
      // (Bold taken off, and a label before the star: "**Chair:** * Councillor Bernadette Kinsella".)
      const cell = printed.replace(/\*\*/g, '').replace(/^[^*:]{1,40}:\s*(?=\*)/, '')
      if (!STARRED.test(cell.replace(/^[^*\w]*/, ''))) return []
      // ("* Jonah Petrakis (VC)", "* Lucy Tremlett (1)": the role or reserve's mark after the name.)
      return splitNames(cleanLine(cell.replace(/^[^*]*\*\s*/, '').replace(/\s*\([^)]*\)$/, '')))
    })
  return starredNotes(lines, { start, key, after: key, end: notesEnd(lines, key, limit) }, present, start)
}

function findIndex(lines: Line[], from: number, to: number, test: (text: string, raw: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(textAt(lines, i), lines[i]?.raw.trim() ?? '')) return i
  return -1
}

function notesEnd(lines: Line[], from: number, limit: number): number {
  const cap = Math.min(limit, from + MAX_LENGTH)
  const ended = findIndex(lines, from, cap, t => ENDED.test(t))
  return ended === -1 ? cap : ended + 1
}

// The date is in the "held on ..." line after the heading, or in the lines just above it.
function meetingDate(lines: Line[], start: number, present: number): string | null {
  // The heading may wrap inside the date ("… HELD ON THURSDAY, 19" / "SEPTEMBER 2019").
  const heading = findDate(
    lines
      .slice(start, present)
      .map(l => l.text)
      .join(' '),
  )
  if (heading) return heading.date
  for (let i = start - 1; i >= Math.max(0, start - 10); i--) {
    const text = textAt(lines, i)
    if (ENDED.test(text) || /^chair(man|person)?$/i.test(text)) break
    const found = findDate(text)
    if (found) return found.date
  }
  return null
}

// The attendance block runs until a heading, a numbered minute or a sentence about the public.
function blockEnd(lines: Line[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const text = textAt(lines, i)
    if (ALSO_PRESENT.test(text) || APOLOGIES_HEADING.test(text) || MINUTE_HEADING.test(text)) return i
    if (/^there (were|was)\b/i.test(text) || /^(notice of|declarations?|minutes)\b/i.test(text)) return i
    if (isUpperCase(text) && text.length > 12 && !/[,:]/.test(text)) return i
  }
  return limit
}

/**
 * Names listed from `from` to `to`. A line break may end a name ("Samera Ali - Parent Governor" on
 * lines of their own) or fall inside one, where the page width wrapped a list ("… Martin" /
 * "Straker-Welds, …"): two lines are read as one when together they name more people than apart
 * (a name cut in two is no name at either end).
 */
const OBSERVER = /^[A-Za-z ]{0,40}\bobservers?\b[^:]{0,30}:/i
const PRESENT_LABEL = /^(?:co-?opted\s+|independent\s+)?members?\s+(?:also\s+)?present\s*[–:-]\s*/i
// A minute's numbered heading ("84 Appeals Against Refusal …", "12. APOLOGIES") ends the list above it.
const MINUTE_HEADING = /^\d{1,3}\.?\s+(?:[A-Z]{3}|[A-Z][a-z]+\s+(?:[A-Z]|of\s|and\s|for\s))/

const BROKEN_NAME = /(?:^|,|\band)\s*(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+[A-Z][\w'’-]+$/
const SURNAME_GOES_ON = /^(?!(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?)\b)[A-Z][\w'’-]+(?=$|,|\s+and\b|\s+\()/

function namesIn(lines: Line[], from: number, to: number, label: RegExp, members: readonly string[] = []): string[] {
  // "Co-opted Member present – Dr J Marriner": a label of its own within the list.
  // "Youth Council Observer: Ellie Madden": an observer is no member present.
  const texts = lines
    .slice(from, to)
    .flatMap(cellLines)
    .map(t => t.replace(PRESENT_LABEL, '').replace(COUNCIL_PREFIX, ''))
    .map(t => (OBSERVER.test(t) ? '' : t))
  texts[0] = (texts[0] ?? '').replace(label, '')
  const logical: string[] = []
  for (const text of texts) {
    const last = logical.at(-1)
    if (text === '') logical.push('')
    // A double-barrelled name broken at its hyphen ("Rukhsana Malik-" / "Doyle, …") is one name.
    else if (last && /[A-Za-z]-$/.test(last)) logical[logical.length - 1] = `${last}${text}`
    else if (last && splitNames(`${last} ${text}`).length > splitNames(last).length + splitNames(text).length)
      logical[logical.length - 1] = `${last} ${text}`
    // A name broken after its first name ("… and Mr Peter" / "Vickery") is one name.
    else if (last && BROKEN_NAME.test(last) && SURNAME_GOES_ON.test(text))
      logical[logical.length - 1] = `${last} ${text}`
    else logical.push(text)
  }
  return splitNames(logical.filter(t => t !== '').join('\n'), members)
}

/**
 * A line as the texts of its names: its cells' own lines, where layout text kept them apart as
 * "<br>" (two columns of names, or one list wrapped), each a text the names are read across.
 */
function cellLines(line: Line): string[] {
  if (!/<br\s*\/?>/i.test(line.raw)) return [asList(line)]
  return line.raw
    .split('\t')
    .flatMap(cell => cell.split(/<br\s*\/?>/i))
    .map(part => cleanLine(part))
    .filter(part => part !== '')
}

/** A line's text; a grid of names (one a cell: "M J Evans (Chairperson)\tA R Beynon") as a list. */
function asList(line: Line): string {
  return line.raw.includes('\t')
    ? line.raw
        .split('\t')
        .map(c => cleanLine(c))
        .filter(c => c !== '')
        .join(', ')
    : line.text
}

function listedOnLabel(text: string): boolean {
  return /^\W*apologies(?:\s+for\s+absence)?\s*:\s*\S/i.test(text) && !/(?:,|\band)\s*$/.test(text)
}

function apologiesIn(lines: Line[], from: number, to: number): string[] {
  const heading = findIndex(lines, from, to, t => APOLOGIES_HEADING.test(t))
  if (heading === -1) return []
  const grid = gridUnder(lines, heading, to)
  if (grid.length > 0) return splitNames(grid.map(asList).join(', '))
  const texts: string[] = []
  // Names bulleted a line each ("- Councillor Owen Pritchard (substituted by …)") are apart however many.
  let bullets = 0
  for (let i = heading; i < to && texts.length - bullets < 4; i++) {
    const text = textAt(lines, i)
    // "Dunholm City Council – Councillor Kevin Marsh" / "Tresk Valley Council – none": a joint
    // committee's apologies a council a line.
    const byCouncil = i > heading ? COUNCIL_PREFIX.exec(text) : null
    if (byCouncil !== null) {
      const rest = text.slice(byCouncil[0].length)
      if (!/^none\b/i.test(rest)) texts.push(`, ${rest}`)
      bullets++
      continue
    }
    if (/^\s*[-•]\s+\S/.test(lines[i]?.raw ?? '') && BULLETED_NAME.test(text) && i > heading) {
      texts.push(`, ${text}`)
      bullets++
      continue
    }
    if (bullets > 0 && text !== '') break
    // "Apologies:⇥Councillors Patricia Gillingham and Gwen Tamplin", the list whole on its label's
    // line: a paragraph after it ("Two members of the public were present.") is another matter.
    if (i > heading && text === '' && listedOnLabel(textAt(lines, heading))) break
    if (i > heading && text !== '' && isUpperCase(text) && text.length > 8) break
    // The next label ("In attendance:", "Co-optees | …") starts another list.
    const label = /^[A-Z][A-Za-z -]{1,30}:/.test(text) || /^[A-Z][A-Za-z -]{1,30}\t/.test(lines[i]?.raw ?? '')
    if (i > heading && (ALSO_PRESENT.test(text) || label)) break
    // (A minute's numbered paragraph under the heading, "62 Apologies for absence were …", is its text.)
    if (MINUTE_HEADING.test(text) && i > heading && !(i === nextNonBlank(lines, heading + 1) && text.length > 80)) break
    // A sentence after names a line each ("Councillor Okonjo gave apologies for lateness …") is not one of them.
    if (text.length > 40 && !ONE_A_LINE.test(text) && ONE_A_LINE.test(texts.at(-1) ?? '')) break
    if (text !== '') texts.push(text)
  }
  // "Apologies:" as a heading above the names, its colon left behind.
  return apologyNames(
    texts
      .map((text, k) =>
        text.startsWith(', ') || (k > 0 && ONE_A_LINE.test(text) && ONE_A_LINE.test(texts[k - 1] ?? ''))
          ? `, ${text.replace(/^, /, '')}`
          : ` ${text}`,
      )
      .join('')
      .trim()
      .replace(APOLOGIES_HEADING, '')
      // ("Apologies for absence: Councillors …": the label's words with it.)
      .replace(/^\s*(?:for\s+absence\s*)?[:–-]\s*/i, ''),
  )
}

// "Lindenshire County Council – ": whose members a joint committee's line names.
const COUNCIL_PREFIX = /^[A-Z][A-Za-z' ]{2,60}\b(?:Council|Authority)\s*[–—-]\s+/

// "- Councillor Owen Pritchard (substituted by Councillor Ann Maddox)", "- Stephen Vasey": a name, bulleted.
const BULLETED_NAME =
  /^(?:(?:[Cc]ouncillor|[Cc]llr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s*\([^)]{3,80}\))?$/

// "Councillor Joanna Fairbairn" / "Councillor Mehreen Aslam": names a line each, under the heading.
const ONE_A_LINE = /^(?:[Cc]ouncillor|[Cc]llr|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}$/

/** The rows of names set out in columns under a heading alone on its line ("Apologies for Absence"). */
function gridUnder(lines: Line[], heading: number, to: number): Line[] {
  if (!/^(\d{1,3}\.?\s+)?apologies(\s+for\s+absence)?\s*:?$/i.test(textAt(lines, heading))) return []
  const rows: Line[] = []
  for (let i = nextNonBlank(lines, heading + 1); i > 0 && i < to && lines[i]?.raw.includes('\t'); i++) {
    rows.push(lines[i] as Line)
  }
  // "62 | Apologies for absence were submitted on behalf of …": the minute's numbered paragraph, no grid.
  const paragraph = rows.length === 1 && /^\s*\d{1,4}\.?\t+\S.{40,}$/.test(rows[0]?.raw ?? '')
  // Layout text sets a minute's paragraph in from the margin, a tab before each line ("⇥Apologies
  // for absence were received from …"): a sentence, no grid of names.
  const sentence = rows.some(row => /\b(?:apologies|were|was)\s+(?:for|received|submitted|given)\b/i.test(row.raw))
  return paragraph || sentence ? [] : rows
}

/** Names from "Apologies were submitted on behalf of Councillors A, B and C for their ...". */
export function apologyNames(text: string): string[] {
  // "Cllr Susan Tideswell, substituted by Cllr Brian Whitcombe; Cllr Elaine Brookfield, no substitute":
  // the substitute attended.
  const plain = text
    .replace(/\b(cllrs?|dr|mr|mrs|ms|prof|st)\./gi, '$1')
    // ("Councillor Owen Pritchard (substituted by Councillor Ann Maddox)": the substitute in brackets.)
    .replace(/\s*\((?:substituted|replaced)\s+by\s+[^)]*\)/gi, '')
    // ("Councillor Sandra Pugh (Councillor Lee Whitfield substituting)".)
    .replace(/\s*\([^)]*\bsubstituting\)/gi, '')
    .replace(/,?\s*(?:substituted by|replaced by)\s+[^;.]*/gi, '')
    .replace(/,?\s*no substitute\b/gi, '')
  // (Not at an initial's full stop: "Councillors Mrs H. Greatorex, Ms F. Okonedo".)
  const sentence = plain.replace(/^\s*\d{1,4}\s+/, '').split(/(?<!\b[A-Z])\.\s/)[0] ?? ''
  if (/^\s*(none|no apologies|there were no)\b/i.test(sentence)) return []
  // ("1. Apologies for Absence and Attendance by Reserve Members Apologies … were received from …":
  // the heading's "by" is no one's.)
  const received = /\b(?:on behalf of|received from|submitted from)\b/i.test(sentence)
  const list = received
    ? sentence.replace(/^.*?\b(?:on behalf of|received from|submitted from)\s*:?[\s,]+/i, '')
    : sentence.replace(/^.*?\b(?:from|by)\s*:?[\s,]+/i, '')
  // "…, and from Councillor Peter Fairbrother for lateness": one apologising for lateness attended.
  // ("…; also Councillor Stuart Fairclough for lateness", "…, and from the co-opted Member Councillor Owen Prys".)
  const absent = list
    .split(/,?\s+and\s+(?:from|by|on behalf of)\s+|;\s*(?:also\s+)?/i)
    .filter(part => !/\bfor\s+(?:(?:his|her|their)\s+)?lateness\b/i.test(part))
    // "…; Councillor Brian Hollis substituted for Councillor Timothy Ledger": the substitute attended.
    .filter(part => !/\bsubstitut(?:ed|ing)\s+for\b/i.test(part))
    .map(part => part.replace(/^(?:the\s+)?co-?opted\s+members?\s+/i, ''))
  return splitNames(absent.map(part => part.replace(/\bfor (their|his|her|the|lateness|absence)\b.*$/i, '')).join(', '))
}
