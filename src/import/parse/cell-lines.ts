/**
 * Plain `pdftotext` (without -layout), and some converters, write a table a cell a line: the
 * header's names a line each, then each row's cells in turn, a long cell wrapped over lines of its
 * own, nothing marking where one cell ends and the next begins:
 *
 *   Action No.           PCP 25/12
 *   Meeting              15/09/2025
 *   Minute               29. Estates Strategy Update
 *   Action               Confirm which police station front counters will remain
 *   Owner                open after April 2026, and their opening hours.
 *   Target date          Police and Crime Commissioner
 *   Update               December 2025
 *                        Response awaited
 *
 * Where the header names a tracker's, a recommendations table's or a programme's columns, each row
 * is read back into its cells by what each column holds (a date, a reference, a title, a sentence,
 * a name) and written as a tab-separated row, as the other extractions write tables, for the table
 * readers to read. A row that cannot be so read ends the table, its lines left as they are.
 */
import { trackerColumns } from './action-tracker.ts'
import { recommendationColumns } from './recommendations.ts'
import { headerKey, isFurniture } from './table-utils.ts'
import type { PackPage } from './types.ts'
import { programmeColumns } from './work-programme.ts'

type Kind = 'ref' | 'date' | 'status' | 'title' | 'name' | 'text'

const MAX_HEADER = 9
const DATE_LIKE =
  /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{4}(?:\s*\([^)]*\))?|tbc|tba|to be (?:confirmed|scheduled)|ongoing|n\/a|[–-])$/i
const KEY_HEAD = /^(?:meaning|definition|description|what (?:it|this) means)\b/i
const SMALL_WORD = /^(?:of|and|the|for|to|in|on|a|an|at|by|with|&|–|-|or)$/i

/** The pages with every table set out a cell a line rewritten a row a line. */
export function withCellLineTables(pages: PackPage[]): PackPage[] {
  if (!pages.some(p => /\n[A-Z][^\t\n]{0,30}\n[A-Z][^\t\n]{0,30}\n[A-Z][^\t\n]{0,40}\n/.test(p.text))) return pages
  let table: Kind[] | null = null
  let header: string[] = []
  // The header was printed again over a page: a row the page broke may go on under it.
  let again = false
  // Rows not read in a row: one (a row the page broke) is left as it is; two end the table.
  let unread = 0
  return pages.map(page => {
    const lines = page.text.split('\n')
    const out: string[] = []
    for (let i = 0; i < lines.length;) {
      // (A header under a table starts the next table: a key after its ratings' table, say.)
      const found = headerAt(lines, i)
      if (found !== null) {
        // (The same header over the next page, the table taken up again after a running title.)
        again = found.names.join('\t') === header.join('\t')
        ;[table, header, unread] = [found.kinds, found.names, 0]
        out.push(found.names.join('\t'))
        i += found.length
        continue
      }
      if (table === null) {
        out.push(lines[i] ?? '')
        i++
        continue
      }
      // The header printed again over the next page: passed over.
      if (header.every((name, k) => (lines[i + k] ?? '').trim() === name)) {
        i += header.length
        again = true
        continue
      }
      const text = (lines[i] ?? '').trim()
      // ("1", a row's number a line of its own, the row under it: no page's number.)
      const numbered = table[0] === 'ref' && /^\d{1,3}[a-z]?$/.test(text) && (lines[i + 1] ?? '').trim() !== ''
      if (text === '' || (isFurniture(text) && !numbered)) {
        out.push(lines[i] ?? '')
        i++
        continue
      }
      const end = blockEnd(lines, i, table)
      const block = lines.slice(i, end).map(l => l.trim())
      const cells = rowCells(block, table)
      // ("Commissioner has also agreed to" / …, under the header again: the last cell going on.)
      if (cells === null && again) {
        out.push(`${'\t'.repeat(table.length - 1)}${block.join(' ')}`)
        again = false
        i = end
        continue
      }
      again = false
      // (A block in lower case is the rest of a row the page broke: no row of its own.)
      const rest = cells === null && /^[a-z]/.test(block[0] ?? '')
      if (cells === null && !rest && ++unread >= 2) {
        table = null
        continue
      }
      if (cells === null) {
        out.push(...lines.slice(i, end))
        i = end
        continue
      }
      // (After lines left as they were, the header again, that the table's readers take it up again.)
      if (unread > 0 || rest) out.push(header.join('\t'))
      unread = 0
      out.push(cells.join('\t'))
      i = end
    }
    return { ...page, text: out.join('\n') }
  })
}

/** A header of three names or more a line each, naming a table a reader knows. */
function headerAt(lines: string[], i: number): { names: string[]; kinds: Kind[]; length: number } | null {
  // (Its first name under a title line or a blank; not a name picked out of a header's middle.)
  const above = (lines[i - 1] ?? '').trim()
  // ("Tracked: for the first time", a label's line of the table's details, may stand above.)
  const titled = isFurniture(above) || above.length > 45 || /\d{4}(?:\/\d{2})?$|:\s/.test(above)
  if (above !== '' && !titled) return null
  const names: string[] = []
  let j = i
  for (; j < lines.length && names.length < MAX_HEADER; j++) {
    const text = (lines[j] ?? '').trim()
    // ("Action No." ends in a full stop, as no sentence before a table does.)
    const sentence = /;$/.test(text) || (/\.$/.test(text) && !/\bno\.$/i.test(text))
    // ("Progress at August" / "2016": a name wrapped onto a line of its own.)
    if (names.length > 0 && /^(?:\d{4}(?:\/\d{2})?|[a-z].{0,30})$/.test(text)) {
      names[names.length - 1] = `${names.at(-1)} ${text}`
      continue
    }
    if (text === '' || text.length > 45 || text.includes('\t') || sentence || !/^[A-Z]/.test(text)) break
    names.push(text)
  }
  // The next line starts the first row: the header is all the short lines before a blank.
  // ("Status | Meaning | Scrutiny tracking category": the key to a table's ratings, two columns or more.)
  const key = names.length >= 2 && names.some(n => KEY_HEAD.test(n))
  if (names.length < 3 && !key) return null
  const known = trackerColumns(names) ?? recommendationColumns(names) ?? programmeColumns(names)
  if (known === null && !key) return null
  const kinds = key
    ? names.map((_, k): Kind => (k === 0 ? 'title' : 'text'))
    : names.map((name, k) => kindOf(headerKey(name), k === names.length - 1))
  // After its last name, a blank or the first row's number ("1") or date.
  const next = (lines[j] ?? '').trim()
  if (next !== '' && !startsRow(next, kinds[0])) return null
  return { names, kinds, length: j - i }
}

function kindOf(key: string, last: boolean): Kind {
  if (/^(?:action\s+)?(?:no\.?|ref\.?|reference|number|id|#)$/.test(key)) return 'ref'
  if (/\bdates?\b|^meeting$|^when$|deadline|timescale|^due$/.test(key)) return 'date'
  if (last && /^(?:status|rag|rating|assessment)\b/.test(key)) return 'status'
  if (/item|minute|topic|subject|title/.test(key)) return 'title'
  if (/owner|officer|lead|responsib|by whom|member/.test(key)) return 'name'
  return 'text'
}

/** Whether `text` is what a row's first cell of `kind` holds: its number, or its date. */
function startsRow(text: string, kind: Kind | undefined): boolean {
  return (
    (kind === 'ref' && /^\d{1,3}[a-z]?\.?$/.test(text)) || (kind === 'date' && DATE_LIKE.test(text) && /\d/.test(text))
  )
}

/** Where the row from line `i` ends: a blank line, or a line that starts the next row. */
function blockEnd(lines: string[], i: number, kinds: Kind[]): number {
  const first = kinds[0]
  let j = i + 1
  for (; j < lines.length; j++) {
    const text = (lines[j] ?? '').trim()
    if (text === '' || (isFurniture(text) && !/^\d{1,3}[a-z]?$/.test(text))) break
    // ("20/04/2016", "2" after a row's last line, no blank between: the next row's date or number.)
    if (j - i >= kinds.length && startsRow(text, first)) break
  }
  return j
}

/** The row's lines read back into its cells, or null where they do not fit the columns. */
function rowCells(lines: string[], kinds: Kind[]): string[] | null {
  const cells: string[] = []
  let at = 0
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c] as Kind
    const next = kinds[c + 1]
    const lastKind = kinds.at(-1)
    let end: number
    if (c === kinds.length - 1) end = lines.length
    else if (c === kinds.length - 2 && lastKind === 'status') end = lines.length - 1
    else end = cellEnd(lines, at, kind, next)
    if (end <= at || end > lines.length) return null
    cells.push(lines.slice(at, end).join(' '))
    at = end
  }
  return at === lines.length ? cells : null
}

/** Where the cell of `kind` from line `at` ends, the next column's kind telling where it starts. */
function cellEnd(lines: string[], at: number, kind: Kind, next: Kind | undefined): number {
  if (kind === 'ref' || kind === 'status') return at + 1
  if (kind === 'date') return DATE_LIKE.test(lines[at] ?? '') ? at + 1 : -1
  let j = at + 1
  // A cell before a date's goes on up to the date ("Police and Crime Commissioner and Chief" / "Constable").
  if (next === 'date') {
    while (j < lines.length && !DATE_LIKE.test(lines[j] ?? '')) j++
    return j
  }
  if (kind === 'title' || kind === 'name') {
    while (
      j < lines.length &&
      (inTitleCase(lines[j] ?? '') || /,$/.test(lines[j - 1] ?? '')) &&
      !endsSentence(lines[j - 1] ?? '')
    )
      j++
    return j
  }
  // A sentence's cell ends at a full stop, unless the next line goes on in lower case.
  while (j <= lines.length && !(endsSentence(lines[j - 1] ?? '') && !/^[a-z]/.test(lines[j] ?? ''))) j++
  return j
}

function endsSentence(line: string): boolean {
  return /[.!?]["”’)]?$|\]$/.test(line)
}

/** A title's or a name's line: its words capitalised, but for the small ones. */
function inTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter(w => /[A-Za-z]/.test(w) && !SMALL_WORD.test(w))
  if (endsSentence(line)) return false
  // ("for 2026/27": small words and figures only, a title's last words wrapped.)
  if (words.length === 0) return line.length <= 30
  // ("Ask the Commissioner for an update on": an action's first words, a verb telling what to do.)
  // (A title may open with such a word, "Review of Disrepair Claims": an action goes on in lower case.)
  // ("Invite the Chair to the Local Plan": a verb and its article, as no title opens.)
  const article = /^\S+\s+(?:the|a|an|all|members|officers)\s/i.test(line)
  if (IMPERATIVE.test(line) && (article || words.some(w => /^[a-z]/.test(w)))) return false
  return words.filter(w => /^[^a-z]*[A-Z0-9]/.test(w)).length / words.length >= 0.6
}

const IMPERATIVE =
  /^(?:ask|provide|arrange|confirm|include|explain|share|hold|circulate|write|invite|send|add|bring|seek|request|consider|review|agree|report|set|publish|update|investigate|clarify|check|establish|identify|ensure|look|liaise|contact|prepare|produce)\s/i
