import { cleanLine } from './clean.ts'
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

/** Group non-blank lines into paragraphs; a bullet in the raw text also starts a new paragraph. */
export function paragraphs(lines: Line[]): string[] {
  const out: string[] = []
  let current: string[] = []
  const flush = (): void => {
    if (current.length > 0) out.push(current.join(' '))
    current = []
  }
  for (const line of lines) {
    if (line.text === '') flush()
    else {
      if (/^\s*[-•●▪]\s/.test(line.raw)) flush()
      current.push(line.text)
    }
  }
  flush()
  return out
}
