/**
 * The same agenda pack as other extraction tools and templates would write it (issue 4, accuracy on
 * packs not seen). Packs reach us through many PDF-to-text tools, each writing tables, spacing and
 * punctuation its own way, and from years of templates that head the same columns in other words;
 * a parser tuned to one tool's or one year's habits fails on the next. Each variant below changes
 * only how the pack is written, never what it says, so a parser that understands the structure
 * reads the same records from every variant as from the original.
 *
 * Used by `parse-pack.variants.test.ts` (every record must survive) and `bench/accuracy.ts` (F1 per
 * list, for people).
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { ParsedPack } from '../../src/import/parse/types.ts'

const SEEDS = new URL('../../../shared/seeds/', import.meta.url)

export function seedPacks(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter(n => n.endsWith('.txt'))
    .sort()
    .map(name => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') }))
}

const eachLine =
  (change: (line: string) => string) =>
  (text: string): string =>
    text.split('\n').map(change).join('\n')

const isTableRow = (line: string): boolean => line.includes('\t') || line.trimStart().startsWith('|')

/** Every third space between words as a no-break space, as some tools write justified text. */
function noBreakSpaces(text: string): string {
  let n = 0
  return text.replace(/(\w) (\w)/g, (all, a: string, b: string) => (++n % 3 === 0 ? `${a}\u00a0${b}` : all))
}

/** Prose lines over 100 characters broken at a space within 60–90 characters, as the page width did. */
function wrapProse(line: string): string {
  return isTableRow(line) || line.length < 100 ? line : line.replace(/(.{60,90}?) /g, '$1\n')
}

// The seeds' table headings, and how other councils' templates head the same columns.
const TRACKER = 'Date\tAgenda Item\tAction\tUpdate'
const OUTSTANDING = "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment"
const CONCLUDED =
  'No.\tRecommendation\tResponsibility\tDate Concluded by Overview and Scrutiny Committee\tTracking Assessment'
const PROGRAMME = 'Item/ Topic\tType\tAims and Objectives\tLead Officer\tWitnesses\tVisits\tAdditional Information'
const SESSIONS = 'Date / Location All at 2 pm\tSession / Outcome\tOfficers / Attendees'
const SESSIONS_2 = 'All at 2 pm in Committee Rooms 3 & 4\tSession / Outcome\tOfficers / Attendees'
const HEADINGS: Record<string, [string, string]> = {
  [TRACKER]: ['Meeting Date\tItem\tAction Agreed\tProgress Update', 'Meeting\tSubject\tAgreed Action\tResponse'],
  [OUTSTANDING]: [
    'Rec No.\tRecommendation\tLead Responsibility\tTarget Date for Completion\tExecutive Assessment',
    'Ref\tRecommendation\tResponsible Cabinet Member\tDue Date\tAssessment',
  ],
  [CONCLUDED]: [
    'Rec No.\tRecommendation\tLead Responsibility\tDate Concluded\tCommittee Assessment',
    'Ref\tRecommendation\tResponsible Cabinet Member\tConcluded\tAssessment',
  ],
  [PROGRAMME]: [
    'Topic\tType of Item\tAims\tLead Officer(s)\tWitnesses\tVisits\tNotes',
    'Subject\tFormat\tPurpose\tOfficer\tWitnesses\tVisits\tComments',
  ],
  [SESSIONS]: ['Meeting Date\tSession\tOfficers Attending', 'Date\tTopic\tAttendees'],
  [SESSIONS_2]: ['Meeting\tSession\tOfficers Attending', 'Date\tTopic\tAttendees'],
}

const otherHeadings = (which: 0 | 1) => eachLine(l => HEADINGS[l]?.[which] ?? l)

/** A RAG status column after the last of the tracker's and recommendation tables' columns. */
function statusColumn(text: string): string {
  let width = 0
  return eachLine(l => {
    if (l === TRACKER || l === OUTSTANDING || l === CONCLUDED) {
      width = l.split('\t').length
      return `${l}\tStatus`
    }
    const cells = l.split('\t')
    return width > 0 && cells.length === width ? `${l}\t${cells[0]?.trim() ? 'Green' : ''}` : l
  })(text)
}

export const VARIANTS: Record<string, { what: string; write: (text: string) => string }> = {
  'pipe tables': {
    what: 'tables as markdown pipe rows instead of tab-separated rows',
    write: eachLine(l => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l)),
  },
  'no markup': {
    what: 'no bold markers, underline tags or dash bullets',
    write: eachLine(l =>
      l
        .replace(/\*\*/g, '')
        .replace(/<\/?u>/g, '')
        .replace(/^- /, ''),
    ),
  },
  'round bullets': { what: '"• " bullets instead of "- "', write: eachLine(l => l.replace(/^- /, '• ')) },
  'CRLF line ends': { what: 'Windows line endings', write: t => t.replace(/\n/g, '\r\n') },
  'curly quotes': {
    what: 'typographic apostrophes and en dashes',
    write: t => t.replace(/'/g, '\u2019').replace(/ - /g, ' \u2013 '),
  },
  'no-break spaces': { what: 'every third space between words a no-break space', write: noBreakSpaces },
  'wrapped prose': { what: 'long prose lines wrapped at the page width', write: eachLine(wrapProse) },
  'no blank lines': { what: 'no blank lines between paragraphs', write: t => t.replace(/\n\s*\n/g, '\n') },
  'double spaced': { what: 'a blank line after every line', write: t => t.replace(/\n/g, '\n\n') },
  'other headings': { what: 'tables headed as other templates head them', write: otherHeadings(0) },
  'terse headings': { what: 'tables headed in a word or two ("Meeting", "Ref")', write: otherHeadings(1) },
  'status column': { what: 'a RAG status column added to the tracker and recommendations', write: statusColumn },
  indented: { what: 'every line indented two spaces', write: eachLine(l => (l.trim() === '' ? l : `  ${l}`)) },
  'trailing spaces': { what: 'two spaces at the end of every line', write: eachLine(l => `${l}  `) },
}

const tidy = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()

/**
 * A pack's records as comparable keys, one list per record type: what a reader would check, with
 * whitespace (which a wrapped line changes) collapsed. `reportPages: false` leaves out where each
 * report starts, for a pack printed afresh on other pages.
 */
export function recordKeys(pack: ParsedPack, opts: { reportPages?: boolean } = {}): Record<string, string[]> {
  const pages = (r: ParsedPack['reports'][number]): unknown => (opts.reportPages === false ? null : r.pages)
  const key = (...parts: unknown[]): string => JSON.stringify(parts)
  return {
    'front sheet': [key(tidy(pack.committee), pack.meeting.date, pack.meeting.start_time, tidy(pack.meeting.venue))],
    'agenda items': pack.agenda_items.map(i => key(i.number, tidy(i.title), i.pages, i.time_slot)),
    reports: pack.reports.map(r => key(tidy(r.title), tidy(r.report_of), tidy(r.author), r.date, pages(r))),
    'action notes': (pack.action_notes_all ?? []).flatMap(n => [
      key(n.meeting_date, n.present, n.apologies),
      ...n.resolutions.map(r => key(tidy(r.item), tidy(r.text))),
    ]),
    'action tracker': pack.action_tracker.map(a =>
      key(a.date, tidy(a.agenda_item), tidy(a.action), tidy(a.update), a.has_update),
    ),
    recommendations: pack.recommendations.map(r =>
      key(tidy(r.inquiry), r.number, tidy(r.text), tidy(r.responsibility), tidy(r.completion_date), r.assessment),
    ),
    'work programme': pack.work_programme.map(w =>
      key(w.meeting_date, tidy(w.topic), tidy(w.type), tidy(w.lead_officer)),
    ),
  }
}

/** F1 of `found` against `truth` (multisets of keys); 1 when both are empty. */
export function f1(truth: readonly string[], found: readonly string[]): number {
  if (truth.length === 0 && found.length === 0) return 1
  const left = [...truth]
  let hits = 0
  for (const key of found) {
    const at = left.indexOf(key)
    if (at >= 0) {
      hits++
      left.splice(at, 1)
    }
  }
  if (hits === 0) return 0
  const precision = hits / found.length
  const recall = hits / truth.length
  return (2 * precision * recall) / (precision + recall)
}
