/**
 * The same agenda pack as other extraction tools would write it (issue 4, accuracy on packs not
 * seen). Councils' packs reach us through many PDF-to-text tools, and each writes a pack's tables,
 * spacing and punctuation its own way; a parser tuned to one tool's habits fails on the next. Each
 * variant below changes only how the text is written, never what it says, so a parser that
 * understands the structure reads the same records from every variant as from the original.
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
  indented: { what: 'every line indented two spaces', write: eachLine(l => (l.trim() === '' ? l : `  ${l}`)) },
  'trailing spaces': { what: 'two spaces at the end of every line', write: eachLine(l => `${l}  `) },
}

const tidy = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()

/**
 * A pack's records as comparable keys, one list per record type: what a reader would check, with
 * whitespace (which a wrapped line changes) collapsed.
 */
export function recordKeys(pack: ParsedPack): Record<string, string[]> {
  const key = (...parts: unknown[]): string => JSON.stringify(parts)
  return {
    'front sheet': [key(tidy(pack.committee), pack.meeting.date, pack.meeting.start_time, tidy(pack.meeting.venue))],
    'agenda items': pack.agenda_items.map(i => key(i.number, tidy(i.title), i.pages, i.time_slot)),
    reports: pack.reports.map(r => key(tidy(r.title), tidy(r.report_of), tidy(r.author), r.date, r.pages)),
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
