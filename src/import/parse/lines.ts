import { breaksOff, cleanLine, isUpperCase } from './clean.ts'
import type { PackPage } from './types.ts'

/** One line of the pack: `text` cleaned for matching, `raw` as extracted, and its page. */
export interface Line {
  text: string
  raw: string
  page: number
}

/** Every line of every page, in order; blank lines are kept because they separate paragraphs. */
export function toLines(pages: PackPage[]): Line[] {
  const lines: Line[] = []
  for (const page of pages) {
    for (const raw of splitLines(page.text)) lines.push({ text: cleanLine(raw), raw, page: page.number })
  }
  return lines
}

/** Lines of a text with any line endings; extracted PDF text has only `\n`, which splits faster. */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n')
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]?.text !== '') return i
  return -1
}

/** Index of the previous non-blank line at or before `from`, or -1. */
export function previousNonBlank(lines: Line[], from: number): number {
  for (let i = from; i >= 0; i--) if (lines[i]?.text !== '') return i
  return -1
}

/** The line's text, or '' past either end, so callers need no undefined checks. */
export function textAt(lines: Line[], index: number): string {
  return lines[index]?.text ?? ''
}

/**
 * Group non-blank lines into paragraphs. A bullet in the raw text also starts a new paragraph, and so
 * does a capital after a line ending a sentence or a colon, for text with no blank lines between
 * paragraphs (a PDF whose paragraphs are spaced by a few points). An en dash starting a line within
 * a sentence is the sentence's dash wrapped onto the line, not a bullet.
 */
export function paragraphs(lines: Line[]): string[] {
  const out: string[] = []
  let current: string[] = []
  const flush = (): void => {
    if (current.length > 0) out.push(current.join(' '))
    current = []
  }
  for (const line of lines) {
    if (line.text === '') {
      flush()
      continue
    }
    const previous = current.at(-1)
    const wrappedDash = previous !== undefined && /^\s*[–—]\s/.test(line.raw) && !/[.:;]$/.test(previous)
    if (
      /^\s*[-•●▪]\s/.test(line.raw) ||
      (previous !== undefined && /[.:;]$/.test(previous) && /^[A-Z0-9]/.test(line.text))
    )
      flush()
    current.push(wrappedDash ? `- ${line.text}` : line.text)
  }
  flush()
  return out
}

// Lines that start something of their own: a numbered heading, a bullet, an address or a table row.
const OWN_START = /^\s*(?:\d+(?:\.\d+)*\.?\s|[-•●▪]\s)|@|\t|^\s*\|/

/**
 * True when `next` (a cleaned line) is the rest of a heading or value `text` wrapped onto a second
 * line by the page width: it starts in lower case, or `text` breaks off, or both are in capitals and
 * `next` ends its paragraph (a capitals heading; two capitals lines running on into a paragraph are
 * more likely a heading and a title). A line starting afresh in mixed case is a line of its own
 * ("Report of: A" above "Cllr B, Cabinet Member" names two people).
 */
export function carriesOn(text: string, next: string, nextEndsParagraph: boolean): boolean {
  if (next === '' || text === '' || OWN_START.test(next)) return false
  if (/^[a-z]/.test(next) || breaksOff(text)) return true
  return nextEndsParagraph && isUpperCase(text) && isUpperCase(next)
}

/**
 * `carriesOn` for a title, where every word may start with a capital: a line no longer than the title
 * line and ending its paragraph is also the title's rest ("… Tackling Child Sexual" / "Exploitation");
 * so is any line after a title line that filled the page's width (`full`), which mostly only a wrap
 * ends. Never a heading of the report the title opens: a title about as long as the page is wide
 * also fills it, and where paragraphs are spaced by a few points, not a blank line, its first
 * heading sits right under it.
 */
export function carriesOnTitle(text: string, next: string, nextEndsParagraph: boolean, full = false): boolean {
  if (carriesOn(text, next, nextEndsParagraph)) return true
  if (next === '' || OWN_START.test(next) || REPORT_HEADING.test(next)) return false
  if (full) return true
  return nextEndsParagraph && next.length <= text.length && !/[.;]$/.test(next)
}

// Headings of the report a title line opens, which a short line under the title may be.
const REPORT_HEADING =
  /^\W*(review information|background|introduction|summary|purpose( of (the )?report)?|recommendations?|evidence of progress|appendix\b.*)\W*$/i

/**
 * True when `line` ran to the width its page wraps prose at: as long as most of the page's long
 * lines, near the longest. Text with a paragraph to a line (the seed packs) has no such width.
 */
export function fillsWidth(line: string, page: readonly string[]): boolean {
  const width = pageWidth(page)
  return line.length >= 0.85 * width && line.length <= 1.1 * width
}

// A page's width, measured once however many of its lines are asked about.
const widths = new WeakMap<readonly string[], number>()

function pageWidth(page: readonly string[]): number {
  const known = widths.get(page)
  if (known !== undefined) return known
  const lengths = page
    .filter(t => !t.includes('\t') && t.length >= 40)
    .map(t => t.length)
    .sort((a, b) => a - b)
  const width = lengths.length < 8 ? Infinity : (lengths[Math.floor(lengths.length * 0.9)] ?? Infinity)
  widths.set(page, width)
  return width
}
