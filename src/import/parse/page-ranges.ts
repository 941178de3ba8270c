/** Page ranges as agenda front sheets print them ("25 - 74", "Pages 5 to 16", "(Pages 5 - 16)", "(Page 13)"). */

export type PageRange = [number, number]

const RANGE = String.raw`(\d{1,4})\s*(?:-|to)\s*(\d{1,4})`
// "Pages", and in a Welsh council's bilingual pack "Tudalennau / Pages" (or "Tudalen" alone).
const PAGES = String.raw`(?:(?:tudalen(?:nau)?\s*\/\s*)?pages?|tudalen(?:nau)?)`
const STANDALONE = new RegExp(`^(?:${PAGES}\\s*)?${RANGE}$`, 'i')
// ModernGov prints the range after the title, in brackets, naming the pages; one page is "(Page 13)".
// The word is required: a bare "Page 13" is a page's own footer, "(2022 - 23)" a title's years.
const BRACKETED = String.raw`\(\s*pages?\s*(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?\s*\)`
const BRACKETED_ALONE = new RegExp(`^${BRACKETED}$`, 'i')
const BRACKETED_AFTER = new RegExp(`^(.*\\S)\\s*${BRACKETED}$`, 'i')

function bracketed(m: RegExpExecArray | null, at: number, pageCount: number | null): PageRange | null {
  if (m === null) return null
  const from = Number(m[at])
  return plausibleRange(from, m[at + 1] === undefined ? from : Number(m[at + 1]), pageCount)
}

/**
 * A range is plausible when it runs forwards and is not a span of years ("2022 - 2023") that
 * happens to end a title.
 */
export function plausibleRange(from: number, to: number, pageCount: number | null = null): PageRange | null {
  if (from < 1 || to < from || to - from > 1500) return null
  if (from >= 1990 && to <= 2100) return null
  if (pageCount !== null && pageCount > 1 && to > pageCount) return null
  return [from, to]
}

/** A line that is nothing but a page range, as the right-hand column of an agenda extracts. */
export function parseRangeLine(text: string, pageCount: number | null = null): PageRange | null {
  const m = STANDALONE.exec(text)
  return m ? plausibleRange(Number(m[1]), Number(m[2]), pageCount) : bracketed(BRACKETED_ALONE.exec(text), 1, pageCount)
}

// The title is the shortest text before the range, so that the word "Pages" goes with the range.
const TRAILING = new RegExp(`^(.*?\\S)\\s+(?:${PAGES}\\s*)?${RANGE}$`, 'i')

/** A range at the very end of `text`, returning the text before it. */
export function splitTrailingRange(
  text: string,
  pageCount: number | null = null,
): { text: string; range: PageRange | null } {
  const m = TRAILING.exec(text)
  const range = m ? plausibleRange(Number(m[2]), Number(m[3]), pageCount) : null
  if (m && range) return { text: m[1] ?? '', range }
  const b = BRACKETED_AFTER.exec(text)
  const inBrackets = bracketed(b, 2, pageCount)
  if (b && inBrackets) return { text: b[1] ?? '', range: inBrackets }
  // "Executive Forward Plan: October 2005 to January 2006  Page 31": one page, named as a range is.
  const one = ONE_PAGE_AFTER.exec(text)
  const page = one ? plausibleRange(Number(one[2]), Number(one[2]), pageCount) : null
  return one && page ? { text: one[1] ?? '', range: page } : { text, range: null }
}

// (In capitals, as an agenda sets it: "… on page 4" ends a sentence.)
const ONE_PAGE_AFTER = /^(.*?\S)\s+Page\s+(\d{1,4})$/

/** A range at the very start of `text` ("5 - 10 6 TERMS OF REFERENCE"), returning the rest. */
export function splitLeadingRange(
  text: string,
  pageCount: number | null = null,
): { text: string; range: PageRange | null } {
  const m = new RegExp(`^(?:${PAGES}\\s*)?${RANGE}\\s+(\\S.*)$`, 'i').exec(text)
  const range = m ? plausibleRange(Number(m[1]), Number(m[2]), pageCount) : null
  return m && range ? { text: m[3] ?? '', range } : { text, range: null }
}
