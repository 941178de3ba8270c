import { findActionNotes } from './action-notes.ts'
import type { FoundActionNotes } from './action-notes.ts'
import { parseActionTracker } from './action-tracker.ts'
import { parseAgendaItems } from './agenda-items.ts'
import { englishLabels, isBilingual } from './bilingual.ts'
import { withCellLineTables } from './cell-lines.ts'
import { withHtmlHeadingsAsBold, withHtmlTablesAsRows } from './html-tables.ts'
import { withBarePipeRows } from './pipe-rows.ts'
import { withGridTablesAsRows } from './grid-tables.ts'
import { withDashedTablesAsRows } from './dashed-tables.ts'
import { withoutMarkdownEscapes } from './markdown-escapes.ts'
import { withWordTextRows } from './word-text-rows.ts'
import { withOcrDigits } from './ocr-digits.ts'
import { withSpacedCells } from './spaced-cells.ts'
import { PackParseError } from './errors.ts'
import { parseFrontSheet } from './front-sheet.ts'
import { columnStops, fromLayoutText, isLayoutText } from './layout-text.ts'
import type { FrontSheet } from './front-sheet.ts'
import { splitLines, toLines } from './lines.ts'
import type { Line } from './lines.ts'
import { listedMembership } from './membership.ts'
import { splitPagesWithWarnings, withoutWatermarks } from './pages.ts'
import { parseRecommendations } from './recommendations.ts'
import { parseReports } from './reports.ts'
import { withColumnCells } from './column-cells.ts'
import { withoutSavedWebPages } from './saved-web-pages.ts'
import { rememberingCells } from './table-utils.ts'
import { coverageWarnings } from './coverage.ts'
import type { PackPage, ParsedActionNotes, ParsedPack, ParseWarning } from './types.ts'
import { parseWorkProgramme } from './work-programme.ts'

/**
 * Parse an agenda pack's text (or its pages) into structured records. Never throws on odd input:
 * what is not understood becomes a warning. Throws `PackParseError` only when the text has no
 * agenda at all, which means it is not an agenda pack.
 */
export function parsePack(input: string | PackPage[]): ParsedPack {
  return rememberingCells(() => readPack(input))
}

function readPack(input: string | PackPage[]): ParsedPack {
  const warnings: ParseWarning[] = []
  // (Word's plain text breaks a row at its cells' paragraphs; a PDF's text, from word positions, never.)
  const given =
    typeof input === 'string'
      ? withColumnCells(withSpacedCells(withWordTextRows(withOcrDigits(pagesOf(input, warnings)))))
      : withOcrDigits(input)
  const read = withCellLineTables(
    withColumns(singleSpaced(withPlainBullets(withPlainSpaces(withBarePipeRows(withoutWatermarks(given)))))),
  )
  const bilingual = isBilingual(read)
  const pages = bilingual ? englishLabels(read) : read
  const lines = toLines(pages)
  const exactPages = typeof input !== 'string' || input.includes('\f')
  const front = parseFrontSheet(lines)
  const agenda = parseAgendaItems(lines, { ...agendaScope(front, pages, exactPages), bilingual }, warnings)
  if (agenda.items.length === 0) notAPack(front, warnings)
  const members = membershipOf(front.members, lines)
  const notes = findActionNotes(lines, agenda.pagesAfter, members)
  const lastPage = pages.at(-1)?.number ?? 1
  const recommendations = guarded('recommendations', warnings, () =>
    parseRecommendations(pages, warnings, front.meeting.date),
  )
  const reports = parseReports(lines, { from: agenda.end, items: agenda.items, exactPages, lastPage }, warnings)
  const pack: ParsedPack = {
    committee: front.committee,
    meeting: front.meeting,
    members,
    agenda_items: agenda.items,
    reports,
    action_notes: committeesNotes(notes, members),
    action_tracker: guarded('action tracker', warnings, () => parseActionTracker(pages, warnings)),
    recommendations: recommendations.filter(r => r.text !== ''),
    concluded_recommendations: recommendations.filter(r => r.text === ''),
    work_programme: guarded('work programme', warnings, () => parseWorkProgramme(pages, warnings, front.meeting.date)),
    warnings,
    council: front.council,
    action_notes_all: notes.map(publicNotes),
  }
  warnings.push(...frontSheetWarnings(front, lines), ...coverageWarnings(pack))
  return pack
}

/**
 * The front sheet's membership, or the pack's "Chair: / Deputy Chair: / Committee Members: /
 * Representatives:" block where the front sheet lists none or only some of the same people (its
 * councillors without the chair or the co-opted representatives).
 */
function membershipOf(onFrontSheet: string[], lines: Line[]): string[] {
  const listed = listedMembership(lines)
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
  const covers = onFrontSheet.every(name => listed.some(other => same(name, other)))
  return onFrontSheet.length === 0 || (covers && listed.length > onFrontSheet.length) ? listed : onFrontSheet
}

/** Text written with its layout has its table columns found from where its words stand. */
function withColumns(pages: PackPage[]): PackPage[] {
  if (!isLayoutText(pages)) return pages
  const stops = columnStops(pages.flatMap(p => p.text.split('\n')))
  return pages.map(p => fromLayoutText(p, stops))
}

function pagesOf(text: string, warnings: ParseWarning[]): PackPage[] {
  const split = splitPagesWithWarnings(
    withHtmlHeadingsAsBold(markdownTablesAsRows(withHtmlTablesAsRows(withoutSavedWebPages(text)))),
  )
  warnings.push(...split.warnings)
  return split.pages
}

/**
 * Pandoc's Markdown tables (grid, multiline, simple) as the tab-separated rows every reader knows,
 * then its escapes taken off (after: an escape's backslash counts in a grid's column widths).
 */
function markdownTablesAsRows(text: string): string {
  return withoutMarkdownEscapes(withDashedTablesAsRows(withGridTablesAsRows(text)))
}

const UNICODE_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/
const UNICODE_SPACES = new RegExp(UNICODE_SPACE.source, 'g')

/**
 * No-break and other unicode spaces as plain spaces, once for the whole pack: extraction leaves
 * them between words ("19\u00A0October 2022"), where every date and heading pattern expects a space.
 */
function withPlainSpaces(pages: PackPage[]): PackPage[] {
  return pages.map(p => (UNICODE_SPACE.test(p.text) ? { ...p, text: p.text.replace(UNICODE_SPACES, ' ') } : p))
}

// Word's bullets set in the Symbol or Wingdings font extract as private-use characters ("\uF0B7").
const SYMBOL_BULLETS = /[\uF0B7\uF0A7\uF076\uF0D8\uF0FC]/g

/** Bullets of a private-use character as "•", the bullet every list pattern knows. */
function withPlainBullets(pages: PackPage[]): PackPage[] {
  return pages.map(p => (/[\uF000-\uF0FF]/.test(p.text) ? { ...p, text: p.text.replace(SYMBOL_BULLETS, '•') } : p))
}

/**
 * Some extractors write a blank line after every line, so a blank line no longer ends a paragraph
 * and every wrapped heading or value looks like two. Such a pack (no two lines ever adjacent) is
 * read with single blank lines removed and longer runs, its real paragraph breaks, kept as one.
 */
function singleSpaced(pages: PackPage[]): PackPage[] {
  if (!doubleSpaced(pages)) return pages
  return pages.map(p => ({
    ...p,
    text: p.text.replace(/\n(?: *\n)+/g, run => (run.split('\n').length > 3 ? '\n\n' : '\n')),
  }))
}

function doubleSpaced(pages: PackPage[]): boolean {
  let lines = 0
  let adjacent = 0
  for (const page of pages) {
    let before = false
    for (const line of splitLines(page.text)) {
      const blank = /^ *$/.test(line)
      if (!blank) lines++
      if (!blank && before) adjacent++
      before = !blank
    }
  }
  return lines >= 50 && adjacent <= lines * 0.02
}

function agendaScope(front: FrontSheet, pages: PackPage[], exactPages: boolean) {
  return {
    start: front.agendaStart,
    meetingStart: front.meeting.start_time,
    pageCount: exactPages && pages.length > 1 ? (pages.at(-1)?.number ?? null) : null,
    stopTexts: new Set(front.council !== null ? [front.council] : []),
  }
}

function notAPack(front: FrontSheet, warnings: ParseWarning[]): void {
  if (!front.hasAgendaHeading) {
    throw new PackParseError('This does not look like an agenda pack: no agenda (numbered items) was found.')
  }
  warnings.push({ page: null, message: 'An agenda heading was found but no numbered agenda items under it' })
}

/**
 * The pack's own minutes are the previous meeting's: of several, those naming most of the
 * committee's members present (another body's minutes, appended to a report, name others), and of
 * those the latest.
 */
function committeesNotes(notes: FoundActionNotes[], members: readonly string[]): ParsedActionNotes | null {
  const surnames = new Set(members.map(surnameOf))
  const ours = (n: FoundActionNotes): number => n.present.filter(name => surnames.has(surnameOf(name))).length
  const best = Math.max(0, ...notes.map(ours))
  const sorted = notes
    .filter(n => ours(n) === best)
    .sort((a, b) => (a.meeting_date ?? '').localeCompare(b.meeting_date ?? ''))
  const last = sorted.at(-1)
  return last === undefined ? null : publicNotes(last)
}

const surnameOf = (name: string): string => name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''

function publicNotes(notes: FoundActionNotes): ParsedActionNotes {
  const { start: _start, end: _end, ...rest } = notes
  return rest
}

// The table parsers are written separately; a bug in one must not lose the rest of the pack.
function guarded<T>(section: string, warnings: ParseWarning[], parse: () => T[]): T[] {
  try {
    return parse()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    warnings.push({ page: null, message: `The ${section} could not be parsed: ${reason}` })
    return []
  }
}

function frontSheetWarnings(front: FrontSheet, lines: Line[]): ParseWarning[] {
  const page = lines[0]?.page ?? null
  const missing: string[] = []
  if (front.committee === null) missing.push('committee name')
  if (front.meeting.date === null) missing.push('meeting date')
  if (front.meeting.start_time === null) missing.push('start time')
  if (front.meeting.venue === null) missing.push('venue')
  return missing.map(what => ({ page, message: `Front sheet: ${what} not found` }))
}
