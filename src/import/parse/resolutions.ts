import { isUpperCase } from './clean.ts'
import type { Line } from './lines.ts'
import type { ParsedResolution } from './types.ts'

const RESOLVED = /^(?:\d{1,4}\s+)?resolved\b\s*(?:that\b)?\s*[:;.-]*\s*-?\s*/i
// The closing line of the minutes, which may follow the last decision with no blank line between.
export const ENDED = /^the meeting (?:ended|closed|finished|concluded)\b/i
const NUMBERED_HEADING = /^\d{1,3}\.?\s+(?=[A-Z])/

/** Each RESOLVED decision with the heading of the item it was made under. */
export function resolutionsOf(lines: Line[]): ParsedResolution[] {
  const out: ParsedResolution[] = []
  let item = ''
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? ''
    const heading = headingAt(lines, i)
    if (heading !== null) {
      item = heading.title
      i = heading.end
      continue
    }
    if (!RESOLVED.test(text)) continue
    const { body, end } = resolutionText(lines, i)
    if (body !== '') out.push({ item, text: body })
    i = end
  }
  return out
}

/** An item heading: capitals (possibly wrapped over lines), optionally numbered "4. ACTION NOTES". */
function headingAt(lines: Line[], i: number): { title: string; end: number } | null {
  const text = lines[i]?.text ?? ''
  if (!isHeading(text)) return null
  const parts = [text.replace(NUMBERED_HEADING, '')]
  let end = i
  while (isHeading(lines[end + 1]?.text ?? '') && parts.length < 4) {
    end++
    parts.push(lines[end]?.text ?? '')
  }
  return { title: parts.join(' '), end }
}

function isHeading(text: string): boolean {
  if (RESOLVED.test(text) || text.length > 200) return false
  const words = text.replace(NUMBERED_HEADING, '')
  return isUpperCase(words) && words.replace(/[^A-Z]/g, '').length >= 5
}

// The decision runs until the next heading, minute number or RESOLVED; later paragraphs belong to
// it only while they continue a list ("That:" followed by bullets).
function resolutionText(lines: Line[], start: number): { body: string; end: number } {
  const parts: string[] = []
  const first = (lines[start]?.text ?? '').replace(RESOLVED, '')
  if (first !== '') parts.push(first)
  let end = start
  let blank = false
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]?.text ?? ''
    if (text === '') {
      blank = true
      continue
    }
    if (headingAt(lines, i) !== null || RESOLVED.test(text) || /^\d{1,4}$/.test(text) || ENDED.test(text)) break
    if (blank && parts.length > 0 && !continuesList(parts.at(-1) ?? '', lines[i]?.raw ?? '')) break
    const previous = parts.at(-1)
    // A sentence wrapped by the page width goes on in lower case: one line of the decision, not two.
    if (!blank && previous !== undefined && /[^.:;]$/.test(previous) && /^[a-z]/.test(text)) {
      parts[parts.length - 1] = `${previous} ${text}`
    } else parts.push(text)
    end = i
    blank = false
  }
  return { body: parts.join('\n'), end }
}

function continuesList(previous: string, raw: string): boolean {
  return /:-?$/.test(previous) || /^\s*([-•●▪]|\(?[a-z0-9]{1,2}[.)])\s/i.test(raw)
}
