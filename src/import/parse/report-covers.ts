import { findDate, parseDate } from './dates.ts'
import { carriesOn, carriesOnTitle, fillsWidth, nextNonBlank, textAt } from './lines.ts'
import type { Line } from './lines.ts'

/** A report cover sheet found in the body of the pack, before its pages are worked out. */
export interface Cover {
  index: number
  page: number
  title: string
  report_of: string | null
  author: string | null
  date: string | null
}

type Label = 'report_of' | 'report_to' | 'subject' | 'title' | 'date' | 'author' | 'contact'

const LABELS: [Label, RegExp][] = [
  ['report_of', /^report of\s*:?\s*/i],
  ['report_to', /^report to\s*:\s*|^to\s*:\s*/i],
  ['subject', /^subject\s*:\s*/i],
  ['title', /^(?:report )?title\s*:\s*/i],
  ['date', /^(?:date of (?:meeting|report)|date)\s*:\s*/i],
  ['author', /^(?:\d+\.?\s+)?(?:report )?authors?(?:\(s\))?\s*:\s*/i],
  ['contact', /^(?:\d+\.?\s+)?contact officers?(?: details)?\s*:?\s*/i],
]
const ANCHORS = new Set<Label>(['report_of', 'report_to', 'subject'])
const WINDOW = 12

/** Which cover-sheet label a line starts with, and its value. */
export function labelOf(text: string): { label: Label; value: string } | null {
  for (const [label, pattern] of LABELS) {
    const m = pattern.exec(text)
    if (m) return { label, value: text.slice(m[0].length).trim() }
  }
  return null
}

/**
 * Report cover sheets: clusters of template labels (Report of / Report to / Subject, with Date,
 * Title, Report author) within a few lines of each other, in pack order.
 */
export function findCovers(lines: Line[], from: number): Cover[] {
  const covers: Cover[] = []
  for (let i = from; i < lines.length; i++) {
    const found = labelOf(textAt(lines, i))
    if (found === null || !ANCHORS.has(found.label)) continue
    const cover = coverAt(lines, i)
    if (cover === null) continue
    // The window looks back, so a later anchor can gather the fields of a cover already found:
    // never add it twice, and never step back (that looped for ever on a fuzzed pack).
    if ((covers.at(-1)?.index ?? -1) < cover.cover.index) covers.push(cover.cover)
    i = Math.max(i, cover.end)
  }
  return covers
}

interface Field {
  label: Label
  value: string
  index: number
  /** The last line of the value, which may wrap onto the lines below its label. */
  end: number
}

function coverAt(lines: Line[], anchor: number): { cover: Cover; end: number } | null {
  const fields = fieldsAround(lines, anchor)
  const labels = new Set(fields.map(f => f.label))
  const heading = textAt(lines, anchor)
  // A heading in capitals ("REPORT OF THE IMPROVEMENT QUARTET: ...") is a cover on its own.
  const uppercaseReportOf = /^REPORT OF /.test(heading) && heading.length < 250
  if (labels.size < 2 && !uppercaseReportOf) return null
  if (![...labels].some(l => ANCHORS.has(l) && l !== 'report_to') && !labels.has('title')) return null
  const first = Math.min(...fields.map(f => f.index))
  const last = Math.max(...fields.map(f => f.end))
  const value = (label: Label): string | null => fields.find(f => f.label === label)?.value || null
  const title = value('subject') ?? value('title') ?? titleAfter(lines, last)
  if (title === null) return null
  return {
    cover: {
      index: first,
      page: lines[first]?.page ?? 1,
      title,
      report_of: value('report_of'),
      author: value('author') ?? contactAfter(lines, last),
      date: parseDate(value('date') ?? '') ?? dateBefore(lines, first),
    },
    end: last,
  }
}

function fieldsAround(lines: Line[], anchor: number): Field[] {
  const fields: Field[] = []
  for (let i = Math.max(0, anchor - WINDOW); i < Math.min(lines.length, anchor + WINDOW); i++) {
    const found = labelOf(textAt(lines, i))
    if (found === null || fields.some(f => f.label === found.label)) continue
    // "Title:" under "Contact Officer:" is the officer's job title, not the report's.
    if (found.label === 'title' && labelOf(textAt(lines, i - 1))?.label === 'contact') continue
    // A contact block ends a cover; one above the anchor belongs to the previous document.
    if (found.label === 'contact') {
      if (i > anchor) break
      fields.length = 0
      continue
    }
    const { value, end } = withContinuation(lines, i, found.value)
    fields.push({ label: found.label, value, index: i, end })
  }
  return fields
}

// A value wraps when a bracket or bold marker is left open at the end of the line, or when the line
// below plainly carries it on (see `carriesOn`).
function withContinuation(lines: Line[], i: number, value: string): { value: string; end: number } {
  const parts = [value]
  let j = i
  const open = (): boolean => {
    const joined = parts.join(' ')
    if ((joined.match(/\(/g) ?? []).length > (joined.match(/\)/g) ?? []).length || oddBold(lines, i, j)) return true
    const next = textAt(lines, j + 1)
    return labelOf(next) === null && carriesOn(joined, next, textAt(lines, j + 2) === '')
  }
  while (open() && j < i + 3 && textAt(lines, j + 1) !== '') parts.push(textAt(lines, ++j))
  return { value: parts.join(' ').trim(), end: j }
}

function oddBold(lines: Line[], from: number, to: number): boolean {
  let count = 0
  for (let k = from; k <= to; k++) count += ((lines[k]?.raw ?? '').match(/\*\*/g) ?? []).length
  return count % 2 === 1
}

function titleAfter(lines: Line[], last: number): string | null {
  const next = nextNonBlank(lines, last + 1)
  const text = textAt(lines, next)
  if (next === -1 || next - last > 4 || labelOf(text) !== null || text.length > 250) return null
  return wrappedText(lines, next)
}

/** The line at `i` joined with the lines that carry it on, when the page width wrapped it. */
function wrappedText(lines: Line[], i: number): string {
  const page = lines.filter(l => l.page === lines[i]?.page).map(l => l.text)
  let text = textAt(lines, i)
  for (let j = i + 1; j <= i + 2; j++) {
    const next = textAt(lines, j)
    const full = fillsWidth(textAt(lines, j - 1), page)
    if (labelOf(next) !== null || !carriesOnTitle(text, next, textAt(lines, j + 1) === '', full)) break
    text = `${text} ${next}`
    // After a line filling the width, a shorter one is the paragraph's last.
    if (full && !fillsWidth(next, page)) break
  }
  return text
}

function contactAfter(lines: Line[], last: number): string | null {
  for (let i = last + 1; i < Math.min(lines.length, last + 150); i++) {
    const found = labelOf(textAt(lines, i))
    if (found?.label === 'report_of' || found?.label === 'subject') return null
    if (found?.label !== 'contact' && found?.label !== 'author') continue
    const value = found.value !== '' ? found.value : textAt(lines, nextNonBlank(lines, i + 1))
    return /@|^\d/.test(value) ? null : value
  }
  return null
}

function dateBefore(lines: Line[], first: number): string | null {
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const found = findDate(textAt(lines, i))
    if (found) return found.date
  }
  return null
}
