/**
 * Text clean-up for lines extracted from agenda-pack PDFs. Extraction leaves markdown bold markers,
 * list bullets, HTML table fragments and typographic punctuation that would defeat the structural
 * patterns the parsers rely on, so every line goes through `cleanLine` before it is matched.
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// Private-use glyphs are what Wingdings/Symbol bullets become when extracted.
const PRIVATE_USE = /[\uE000-\uF8FF]/g

/** Map unicode dashes, quotes and spaces to ASCII so patterns need only one spelling. */
export function normaliseUnicode(text: string): string {
  return text
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(PRIVATE_USE, '')
    .replace(/\u2026/g, '...')
}

/** Remove markdown bold/italic markers, including unbalanced ones left when bold spans lines. */
export function stripBold(text: string): string {
  // "**Complete***": bold closed after a footnote's asterisk, which stays ("Complete*").
  const marked = /(?:^|\s)\*\*[^*\s]/.test(text) ? text.replace(/(\w)\*\*\*(?=\W|$)/g, '$1\u2063') : text
  return marked
    .replace(/\*{2,}/g, '')
    .replace(/(^|\s)\*(\S)/g, '$1$2')
    .replace(/\u2063/g, '*')
}

/** How many bold markers (`**`) a line holds: an odd count leaves bold open onto the next line. */
export function countBold(text: string): number {
  return (text.match(/\*\*/g) ?? []).length
}

const BULLET_START = /^\s*[-•●▪◦○·]/

/** Remove a leading list bullet ("- ", "• ", "● ") that extraction adds to ordinary lines. */
export function stripBullet(text: string): string {
  // Both patterns start with a bullet; most lines have none, and a test is cheaper than two replaces.
  if (!BULLET_START.test(text)) return text
  return text.replace(/^\s*(?:[-•●▪◦○·]\s+)+/, '').replace(/^\s*[-•●▪◦○·]\s*$/, '')
}

/** Remove HTML tags and decode the few entities that appear in extracted table cells. */
export function stripHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
}

/** Replace markdown links `[text](url)` with their text; the URLs in packs are mostly dead. */
export function stripLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

const OTHER_SPACE = /[^\S ]/

/** Whitespace the collapse below would change: any but a lone space, two in a row, at either end. */
function untidy(text: string): boolean {
  // One pattern with all four cases tries each at every character; these are single scans.
  const last = text.length - 1
  return (
    last >= 0 &&
    (text.charCodeAt(0) === 32 || text.charCodeAt(last) === 32 || text.includes('  ') || OTHER_SPACE.test(text))
  )
}

/** Collapse runs of whitespace and trim. */
export function normaliseWhitespace(text: string): string {
  // Most lines are already tidy; testing allocates nothing, replacing and trimming does.
  return untidy(text) ? text.replace(/\s+/g, ' ').trim() : text
}

const FURNITURE = [
  /\b(?:Page|Tudalen) \d{1,4} (?:of|o) \d{1,4}\b/gi,
  /^\s*(?:Page|Tudalen) \d{1,4}\s*$/i,
  /^\s*-\s*\d{1,4}\s*-\s*$/,
  /^\s*Pag\s*$/,
]

/** Remove page furniture (footers such as "Page 46 of 100") from a line. */
export function stripFurniture(text: string): string {
  let out = text
  for (const pattern of FURNITURE) out = out.replace(pattern, ' ')
  return out
}

const PIPE_ROW = /^\s*(?:[-•]\s+)?\|/
const PIPE_RULE = /^[\s|:-]*$/

/**
 * A markdown table row (`| Report of: | Cabinet Member |`) read as prose: its cells side by side,
 * as a tab-separated row reads once its tabs are spaces; a rule row (`|--|--|`) reads as nothing.
 * Extraction writes the same table either way, so line patterns need only one spelling.
 */
export function stripPipeRow(text: string): string {
  const body = text.replace(PIPE_ROW, '')
  return PIPE_RULE.test(body) ? '' : body.replace(/\|\s*$/, '').replace(/\|/g, ' ')
}

/** Everything above, in the order that keeps each step's patterns valid. */
export function cleanLine(text: string): string {
  // Most lines are plain ASCII prose; skipping steps that cannot apply keeps big packs fast.
  let out = /[^\x20-\x7E]/.test(text) ? normaliseUnicode(text) : text
  if (out.includes('|') && PIPE_ROW.test(out)) out = stripPipeRow(out)
  if (out.includes('](')) out = stripLinks(out)
  if (out.includes('<') || out.includes('&')) out = stripHtml(out)
  if (/page|^\s*-/i.test(out)) out = stripFurniture(out)
  out = stripBullet(out)
  // A markdown heading ("## Membership"), as PDF-to-markdown converters mark larger type.
  if (out.startsWith('#')) out = out.replace(/^#{1,6}\s+/, '')
  if (out.includes('*')) out = stripBold(out)
  return normaliseWhitespace(out)
}

// Text that plainly breaks off: a trailing comma, colon, ampersand or bracket, or a little word.
// A small word in lower case, or in a heading's capitals: "… Six Months On", in title case, ends a title.
const SMALL_WORDS = 'and|or|of|the|a|an|to|for|in|on|at|by|with|from|into|include|including'
const DANGLING = new RegExp(`(?:[,:&(/–-]|\\b(?:${SMALL_WORDS}|${SMALL_WORDS.toUpperCase()}))\\s*$`)

/** True when text plainly breaks off, so whatever follows it carries it on ("… Director for"). */
export function breaksOff(text: string): boolean {
  return DANGLING.test(text)
}

/** True when a line has letters and none of them is lower case ("ACTION NOTES"). */
export function isUpperCase(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text)
}

/**
 * Text broken across lines joined again: with a space, but for a word hyphenated at the break
 * ("e-" + "mailed", "Part-" + "Time") or a range broken after its close-set dash ("2025–" + "2030"),
 * where a line broke with no space to keep. Shared by PDF extraction (a cell's wrapped lines) and
 * the text parser (cells carried on to the next line or page).
 */
export function joinBrokenLine(a: string, b: string): string {
  if (a === '') return b
  if (b === '') return a
  return /[A-Za-z0-9][-–]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? a + b : `${a} ${b}`
}
