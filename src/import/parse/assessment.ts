/**
 * The recommendation tracking scale (DESIGN.md): a code 1-6 printed as "2 - Achieved (Late)",
 * "2- Achieved (Late). Work will be ongoing." or only by its category name.
 */
import { cleanLine } from './clean.ts'
import { isFurniture, splitRow } from './table-utils.ts'

const CATEGORIES: [RegExp, number][] = [
  [/insufficient\s+progress/i, 5],
  [/obstacle/i, 4],
  [/progress\s+made/i, 3],
  [/\bin\s+progress\b/i, 6],
  [/achieved\W{0,4}late/i, 2],
  [/achieved\W{0,4}fully|fully\s+achieved/i, 1],
  // "Achieved" alone, as a status column prints Achieved (Fully) beside "Achieved late".
  [/^\W*achieved\W*$/i, 1],
]

/** The assessment code stated in `text`, or null when it states none. */
export function assessmentCode(text: string): number | null {
  const lead = /^\s*(?:category\s*)?([1-6])(?![\d/.,%]|\s*(?:st|nd|rd|th|am|pm)\b|\s+[a-z]{3,}\s+\d{4})/i.exec(text)
  if (lead) return Number(lead[1])
  return categoryNamed(text)
}

function categoryNamed(printed: string): number | null {
  const text = unabbreviated(printed)
  for (const [pattern, code] of CATEGORIES) if (pattern.test(text)) return code
  return null
}

/** The scale's names as trackers shorten them: "Not Ach. (PM)", "Ach. (Late)", "Not Achieved (IP)", "In Prog.". */
function unabbreviated(text: string): string {
  if (!/\b(?:ach|prog)\b|\((?:PM|IP)\)/i.test(text)) return text
  return text
    .replace(/\bach\b\.?/gi, 'Achieved')
    .replace(/\bin\s+prog\b\.?/gi, 'In Progress')
    .replace(/\(PM\)/g, '(Progress Made)')
    .replace(/\(IP\)/g, '(Insufficient Progress)')
}

/** A pack's own rating words, each with the category its key says it stands for. */
export type RatingLegend = ReadonlyMap<string, number>

// ("✔Complete", its symbol printed without the space, is "✔ Complete".)
const ratingKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[–—‐]/g, '-')
    .replace(/^\s*([^\p{L}\p{N}\s(-])(?=\p{L})/u, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * A council that rates recommendations in words of its own ("On track", "Delayed") may print a key
 * pairing each word with a category: `On track | Work is in progress … (In progress) | Green`. From
 * rows of cells: a short first cell, and a later cell naming one category. A word the key pairs
 * with two categories is left out.
 */
export function ratingLegend(rows: readonly string[][]): RatingLegend {
  const legend = new Map<string, number>()
  const ambiguous = new Set<string>()
  for (const [first = '', ...rest] of rows) {
    // (A word or a few, qualified after a dash: "Complete – after target date", "Not started – not yet due".)
    const words = first.split(/\s+/).filter(w => !/^[–—-]$/.test(w))
    if (first === '' || first.length > 40 || /\d/.test(first) || words.length > 6) continue
    // ("Partially achieved | R4 | 1": a summary of which are where and how many, no key.)
    if (rest.some(c => /\bR\d{1,2}\b/.test(c))) continue
    // A cell that is a category's name outweighs a description that mentions one ("Work is in
    // progress but the target date has passed | Not Achieved (Progress Made)").
    const named = rest.find(c => c.length <= 45 && !/[.;]/.test(c) && categoryNamed(c) !== null)
    const code = named !== undefined ? categoryNamed(named) : rest.map(categoryNamed).find(c => c !== null)
    if (code === undefined || code === null) continue
    const word = ratingKey(first)
    if (legend.has(word) && legend.get(word) !== code) ambiguous.add(word)
    legend.set(word, code)
  }
  for (const word of ambiguous) legend.delete(word)
  return legend
}

/**
 * A key that explains its ratings in words of its own, then says in a sentence which categories
 * they stand for, in order: "Blue | Completed by the due date…", …, "Grey | Cannot be delivered…",
 * then "These six ratings correspond to the six assessment categories (Achieved (Fully), Achieved
 * (Late), In Progress, …)". The ratings are the rows of two cells or more just above the sentence.
 */
export function orderedLegend(lines: readonly string[]): RatingLegend {
  const legend = new Map<string, number>()
  lines.forEach((line, at) => {
    if (line.length < 60 || !/\bcorrespond/i.test(line)) return
    const codes = categoriesInOrder(paragraphFrom(lines, at))
    if (codes.length < 3) return
    // The rows nearest the sentence, as many as it names categories: above it, or below it
    // ("in the order below"), under their header.
    const above = ratingsAbove(lines, at).slice(-codes.length)
    const below = ratingsBelow(lines, at)
    const words =
      /\bbelow\b/i.test(paragraphFrom(lines, at)) && below.length === codes.length + 1 ? below.slice(1) : above
    if (words.length !== codes.length || words.some(w => w === '' || w.length > 30)) return
    words.forEach((word, k) => legend.set(ratingKey(word), codes[k] ?? 0))
  })
  return legend
}

/** The paragraph starting at line `at`: its lines up to a blank or a table row. */
function paragraphFrom(lines: readonly string[], at: number): string {
  const parts = [lines[at] ?? '']
  for (let i = at + 1; i < lines.length && i <= at + 4; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '' || line.includes('\t')) break
    parts.push(line)
  }
  return parts.join(' ')
}

/** First cells of the run of table rows below the paragraph at line `at`, its header first. */
function ratingsBelow(lines: readonly string[], at: number): string[] {
  let i = at + 1
  while (i < lines.length && i - at < 8 && !(lines[i] ?? '').includes('\t')) i++
  const words: string[] = []
  const row = (k: number): boolean => (lines[k] ?? '').includes('\t')
  // A PDF may set blank lines between the rows (then between the header and the first row too),
  // and break the table over a page; otherwise a blank line ends it.
  let spaced: boolean | null = null
  while (row(i)) {
    words.push(firstCell(lines[i] ?? ''))
    let next = i + 1
    while (next < i + 6 && next < lines.length && isFurniture(lines[next] ?? '')) next++
    const skipped = lines.slice(i + 1, next)
    spaced ??= skipped.length > 0
    i = spaced || skipped.some(l => l.trim() !== '') ? next : i + 1
  }
  return words
}

const firstCell = (line: string): string => cleanLine(line.split('\t')[0] ?? '')

/** The categories a sentence names, in the order it names them. */
function categoriesInOrder(text: string): number[] {
  const found: [number, number][] = []
  for (const [pattern, code] of CATEGORIES) {
    const m = new RegExp(pattern.source, 'gi')
    for (const hit of text.matchAll(m)) found.push([hit.index ?? 0, code])
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, code]) => code)
}

/** First cells of the run of table rows closest above line `at` (blank lines between them allowed). */
function ratingsAbove(lines: readonly string[], at: number): string[] {
  let i = at - 1
  while (i >= 0 && at - i < 6 && !(lines[i] ?? '').includes('\t')) i--
  const words: string[] = []
  // A PDF may set a blank line between the rows.
  const row = (k: number): boolean => (lines[k] ?? '').includes('\t')
  for (; i >= 0 && (row(i) || (lines[i]?.trim() === '' && row(i - 1))); i--) {
    if (row(i)) words.unshift(firstCell(lines[i] ?? ''))
  }
  return words
}

/** A key's word with a note after it ("Behind target – revised date February 2025"): the longest such word's code. */
function qualifiedRating(key: string, legend: RatingLegend): number | undefined {
  let found: [string, number] | undefined
  for (const [word, code] of legend) {
    if (key.length > word.length && key.startsWith(word) && /^\s*[-,;:.(]/.test(key.slice(word.length)))
      if (found === undefined || word.length > found[0].length) found = [word, code]
  }
  return found?.[1]
}

const LAST_ROUND = /\s*\((?:previous(?:ly)?\b[^)]*|(?:[A-Z][a-z]+\s+)?\d{4}\s*:[^)]*)\)\s*$/

/** The assessment `text` states, in the scale's own terms or in the words of the pack's key. */
export function assessmentIn(printed: string, legend: RatingLegend): number | null {
  // "Complete – late (March 2023: On track)": the last round's assessment in brackets after this one.
  // ("4*": a footnote's mark after it, where the key gives "B*" no meaning of its own.)
  const marked = printed.replace(LAST_ROUND, '')
  const text = legend.has(ratingKey(marked)) ? marked : marked.replace(/\s*[*†‡]+\s*$/, '')
  if (text.trim() === '') return null
  // "Category 2": the pack's own numbered position.
  const position = /^\s*(?:category|position)\s+([1-6])\s*$/i.exec(text)?.[1]
  if (position !== undefined && legend.has(position)) return assessmentIn(position, legend)
  // "4 – Slipped (revised date …)", "On course (category 3)": the pack's own numbered position.
  const numbered = /^\s*([1-6])\s*[–-]\s|\(category\s+([1-6])\)/i.exec(text)
  const place = numbered?.[1] ?? numbered?.[2]
  if (place !== undefined && legend.has(place)) return assessmentIn(place, legend)
  // "Implemented late (2)": the words, then the number of the category they stand for.
  const after = /\(([1-6])\)\s*$/.exec(text)?.[1]
  if (after !== undefined) return legend.has(after) ? assessmentIn(after, legend) : Number(after)
  const qualified = qualifiedRating(ratingKey(text), legend)
  // "Complete (late)": the key's word for done, done late.
  const late = qualified === 1 && /[(–-]\s*late\b/i.test(text) ? 2 : qualified
  const own = legend.get(ratingKey(text)) ?? late
  // A bare number is the pack's own position where it numbers them otherwise (`numberedLegend`; 0
  // is none); words are the scale's where they name a category, else the pack's key's.
  if (own !== undefined && /^\d$/.test(text.trim())) return own === 0 ? null : own
  // The key's own words that qualify a name of the scale ("In progress – behind target") are the key's.
  if (own !== undefined && own !== 0 && legend.has(ratingKey(text)) && /\s-\s/.test(ratingKey(text))) return own
  const code = assessmentCode(text) ?? (own === undefined || own === 0 ? null : own)
  return code ?? misread(ratingKey(text), legend)
}

/**
 * A key's word with one letter misread, as OCR reads a scanned page ("Progressinq" for
 * "Progressing"): the word's category, where one word of the key is so near and it is long enough
 * that no other rating is.
 */
function misread(word: string, legend: RatingLegend): number | null {
  if (word.length < 6) return null
  const near = [...legend].filter(
    ([key]) => key.length === word.length && [...key].filter((c, k) => c !== word[k]).length === 1,
  )
  return near.length === 1 && (near[0]?.[1] ?? 0) > 0 ? (near[0]?.[1] ?? null) : null
}

/**
 * A council's own numbered positions, defined one a row ("2 | Achieved. The recommendation has been
 * implemented in full …", "6 | Not for review this session. The date … has not yet been reached"),
 * each read for the category it describes: a key from "1" to "6" to the scale's code (0 for a
 * position that is no category, such as "Stop monitoring"). Empty where the positions are the
 * scale's own, as most packs print it.
 */
export function numberedLegend(printed: readonly string[]): RatingLegend {
  // ("| 4 | Not fully implemented (Progress made acceptable …) |": a converter's table, as tabs.)
  const lines = printed.map(l =>
    /^\s*\|/.test(l)
      ? (splitRow(l)
          ?.map(c => c.trim())
          .join('\t') ?? l)
      : l,
  )
  for (let i = 0; i < lines.length; i++) {
    const rows = /^[\t ]*1(?:\s*[–-]\s+[^\t]+)?\t/.test(lines[i] ?? '') ? numberedRows(lines, i) : []
    const texts = rows.length === 6 ? rows : positionsInColumns(lines, i)
    // Six recommendations numbered 1 to 6 ("1 | That a risk-based …") define nothing either.
    if (texts.length < 6 || texts.some(t => /^that\b/i.test(t))) continue
    const codes = texts.map(positionCategory)
    // Six numbered lines of something else (an agenda's first items) define nothing.
    if (codes.filter(code => code !== null).length < 4) continue
    if (codes.every((code, k) => code === null || code === k + 1)) return new Map()
    return new Map(codes.map((code, k) => [String(k + 1), code ?? 0]))
  }
  return new Map()
}

/** "1 | Achieved …", "2 | …" a row each from line `i`: their texts in order. */
function numberedRows(lines: readonly string[], i: number): string[] {
  const texts: string[] = []
  for (let j = i; j < Math.min(lines.length, i + 40) && texts.length < 6; j++) {
    const row = numberedRow(lines[j] ?? '')
    if (row === null) continue
    if (row.n !== texts.length + 1) break
    texts.push(row.text)
  }
  return texts
}

const POSITION_CELL = /^([1-6])\s*[–-]\s+(\S.*)$/

/**
 * Positions set out in columns, a cell each ("1 – Recommendation achieved | 3 – Not fully implemented
 * (obstacle) | 5 – …" / "2 – … | 4 – … | 6 – …"), from the line whose first cell is the first.
 */
function positionsInColumns(lines: readonly string[], i: number): string[] {
  if (!/^[\t ]*1\s*[–-]\s+\S.*\t/.test(lines[i] ?? '')) return []
  const texts: string[] = []
  for (const line of lines.slice(i, i + 4))
    for (const cell of line.split('\t')) {
      const m = POSITION_CELL.exec(cleanLine(cell))
      if (m) texts[Number(m[1]) - 1] = m[2] ?? ''
    }
  return texts.filter(t => t !== undefined).length === 6 ? texts : []
}

/** "2 | Achieved. …", or "2 – Delivered late | The recommendation has been …": its number and words. */
function numberedRow(line: string): { n: number; text: string } | null {
  const cells = line.split('\t').map(c => cleanLine(c))
  while (cells[0] === '') cells.shift()
  const [first = '', ...rest] = cells
  const m = /^([1-6])(?:\s*[–-]\s+(\S.*))?$/.exec(first)
  if (m === null || (m[2] !== undefined && rest.length === 0)) return null
  const text = [m[2] ?? '', ...rest].join(' ').trim()
  return /^[A-Za-z]/.test(text) ? { n: Number(m[1]), text } : null
}

// What a rating's definition says, most particular first: "not fully implemented (progress made
// not acceptable)" is insufficient progress, "not fully implemented (obstacle)" an obstacle, "fully
// implemented, but after the target date" late.
const POSITIONS: [RegExp, number][] = [
  [
    /not\s+(?:been\s+)?(?:acceptable|sufficient|satisfactory|satisfied)|insufficient|unsatisfactory|\blittle\s+(?:or\s+no\s+)?progress|not\s+(?:been\s+)?enough\s+progress|\bnot\s+progressing\b|\boff\s+track\b/i,
    5,
  ],
  [
    /obstacle|outside\s+(?:the\s+)?[\w']+\s+control|cannot\s+be\s+(?:implemented|delivered|achieved|carried\s+out)|no\s+longer\s+be\s+carried\s+out/i,
    4,
  ],
  [
    /progress\s+(?:made|(?:is\s+)?acceptable)|(?:good|real|reasonable|significant)\s+progress|progress\s+(?:has\s+been|is\s+being)\s+made|\b(?:missed|slipped|behind)\b[^.]{0,30}\bprogressing\b|^\W*part(?:ially\b|\s+of\s+the\s+recommendation)/i,
    3,
  ],
  [
    /not\s+(?:yet\s+)?(?:been\s+)?reached|(?:not\s+yet|has\s+not)\s+passed|not\s+yet\s+due|not\s+for\s+review|in\s+progress|under\s*way/i,
    6,
  ],
  [
    /achieved\W{0,4}late|\bimplemented\s+late\b|after\s+(?:the|its)\s+(?:agreed\s+)?(?:target|due|completion)\s+date|after\s+the\s+agreed\s+(?:timescale|deadline)/i,
    2,
  ],
  [
    /^\W*(?:(?:recommendation\s+)?achieved|implemented\s+in\s+full|fully\s+(?:implemented|achieved))\b|(?<!\bnot\s)\bfully\s+implemented\b|\b(?:implemented|carried\s+out|completed|delivered)\s+in\s+full\b|\b(?:implemented|completed|delivered|carried\s+out)\s+(?:in\s+full\s+)?(?:by|within)\s+(?:the|its)\s+(?:agreed\s+)?(?:target\s+date|due\s+date|date\s+(?:given|agreed|set)|timescale|deadline)|(?<!\bnot\s+(?:been\s+)?)\bachieved\s+(?:by|within)\s+(?:the|its)\s+(?:agreed\s+)?(?:target\s+date|due\s+date|timescale|deadline)/i,
    1,
  ],
]

/** What a rating's definition describes, else what its own words say ("Cannot be implemented"). */
function describedCategory(word: string, definition: string): number | null {
  return positionCategory(ownSentences(definition)) ?? positionCategory(word)
}

/**
 * A definition without its sentences that define another word ("… implemented in full within the
 * agreed timescale. Where it has been implemented in full but after the agreed timescale, the
 * status is shown as Complete (late).").
 */
function ownSentences(definition: string): string {
  const sentences = definition.split(/(?<=[.;])\s+(?=[A-Z])/)
  const own = sentences.filter(s => !/\b(?:is|are|be)\s+(?:shown|rated|recorded|marked)\s+as\b/i.test(s))
  return own.length > 0 ? own.join(' ') : definition
}

function positionCategory(text: string): number | null {
  for (const [pattern, code] of POSITIONS) if (pattern.test(text)) return code
  return null
}

/**
 * A key that defines each of the pack's own rating words in a sentence naming no category
 * ("Completed | The recommendation has been fully implemented by the target date", "On target | Work
 * is under way and the target date has not yet passed"): each definition read for the category it
 * describes. It counts only as a key of four rows or more that describe as many categories.
 */
// '4.2 "Completed" means that the recommendation has been fully implemented …'.
const QUOTED_DEFINITION = /^\s*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?["“]([^"”]{2,60})["”]\s+means\s+(?:that\s+)?(\S.{10,})$/i
const KEY_HEADER = /^(?:meaning|definition|description|what (?:it|this) means)\b/i
// ("- **Partially achieved** = Not Achieved (Progress Made) (3) – …", the word set equal to a category.)
const BOLD_DEFINITION = /^\s*(?:[-•]\s+)?\*\*([^*]{2,60}?)\*\*\s*[–—:=-]\s+(\S.{10,})$/
// '3.4 **Blue – Implemented.** The evidence shows …': a colour with its name in bold, in a numbered paragraph.
const NAMED_COLOUR =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\*\*([A-Z][A-Za-z]{2,15})\s+[–—-]\s+([^*]{2,50}?)\**\s+(\S.{10,})$/
// (Its word may have a dash of its own: "Partly implemented – satisfactory progress – the date …".)
// ("Blue – Achieved: the action was completed …", its bold lost in a PDF's text, too.)
const DASH_DEFINITION =
  /^(?!.*\t)\s*(?:[-•]\s+)?([A-Z][A-Za-z ()'-]{1,38}?(?:\s[–—]\s[a-z][A-Za-z ]{1,30}?)?)\s+[–—]\s+((?:the|a|an|this|work|progress|it|all|(?:[Nn]ot\s+)?[Aa]chieved|[Ii]n\s+progress)\b.{10,})$/

export function describedLegend(lines: readonly string[]): RatingLegend {
  const legend = new Map<string, number>()
  let run: [string, string][] = []
  const close = (): void => {
    const coded = run.map(([word, definition]) => [word, ratingDescribed(word, definition)] as const)
    const codes = coded.map(([, code]) => code).filter(code => code !== null)
    // (Two words may both mean work under way before its date: "On target", "Not started – not due".)
    const others = codes.filter(code => code !== 6)
    if (codes.length >= 4 && new Set(others).size === others.length && codes.length >= run.length - 1)
      for (const [word, code] of coded) if (code !== null) legend.set(ratingKey(word), code)
    run = []
  }
  // A PDF may space a table's rows with blank lines; otherwise a blank line ends the table.
  let spaced = false
  let blank = false
  // A page's footer right after the key's first row hides how its rows are spaced (the blank line
  // before its first row may be the paragraph's): the gap between its second and third rows tells.
  let spacingOpen = false
  let wraps = 0
  for (const printed of lines) {
    if (printed.trim() === '') {
      blank = true
      continue
    }
    // "**Completed** – the recommendation has been implemented …": a definition set out as prose,
    // in bold or, printed to PDF, without.
    const named = NAMED_COLOUR.exec(printed)
    const prose =
      BOLD_DEFINITION.exec(printed) ??
      DASH_DEFINITION.exec(printed) ??
      QUOTED_DEFINITION.exec(printed) ??
      (named && [named[0], named[1], `${named[2]}. ${named[3]}`])
    const line = prose ? `${prose[1]}\t${prose[2]}` : printed
    // A page's footer between two rows: the key goes on over the page. Cheaply first: prose, or a
    // row whose first cell is long or holds a figure, is no rating's (most of a pack).
    const row = /[\t|]/.test(line)
    // (The blank line before the footer is the page's, not the key's spacing between rows.)
    if (!row && run.length > 0 && isFurniture(line)) {
      blank = run.length >= 2 && spaced
      spacingOpen ||= run.length === 1
      continue
    }
    // Such a definition wrapped at the page's width: its next lines go on, up to the next
    // definition or a numbered paragraph.
    const open = run.at(-1)
    if (!row && open !== undefined && wraps > 0 && !blank && !/^\s*\d/.test(line)) {
      open[1] = `${open[1]} ${cleanLine(line)}`
      wraps--
      continue
    }
    wraps = prose !== null ? 3 : 0
    const lead = /^[\t|]/.test(line) ? '' : line.slice(0, line.search(/[\t|]|$/))
    if (!row || lead.length > 60 || /\d/.test(lead)) {
      close()
      blank = false
      continue
    }
    const [word = '', ...rest] = splitRow(line)?.map(c => cleanLine(c)) ?? []
    const definition = rest.join(' ').trim()
    const last = run.at(-1)
    // A definition wrapped onto a line of its own, the rating's cell left empty.
    if (word === '' && definition !== '' && last !== undefined && !blank) last[1] = `${last[1]} ${definition}`
    // The key's own header ("Colour | Meaning | What happens next") defines nothing.
    else if (KEY_HEADER.test(definition)) close()
    else if (word === '' || word.length > 60 || /\d/.test(word) || definition.split(/\s+/).length < 4) close()
    else {
      if (run.length === 2 && spacingOpen) spaced = blank
      else if (run.length >= 2 && blank !== spaced) close()
      if (run.length !== 1) spacingOpen = false
      if (run.length === 1) spaced = blank
      run.push([word, definition])
    }
    blank = false
  }
  close()
  return legend
}

const QUOTED_WORD = /["“]([A-Z][^"”]{1,40})["”]/g
// "* HOSC RAG key. Blue: delivered by the date … Green: not yet delivered, but …": a word and its colon.
const COLON_WORD = /(?:^|[.;]\s+|\*\s*)([A-Z][A-Za-z]{2,15}(?:\s+[–-]\s+[a-z][a-z ]{2,25})?):\s/g
// "A recommendation is rated Green when …. Amber means that …": a colour defined in a sentence.
// ("… for the Panel to agree: Green means …", after a colon too.)
const MEANS_WORD = /(?:\brated\s+|(?:^|[.;:]\s+))([A-Z][a-z]{2,12})\s+(?:means|when)\b/g
// "… as follows: Blue is recorded as Achieved (Fully), …; Green is recorded as In Progress; …": each
// word with the scale's own name, its definition starting at the verb.
// "B = completed by the target date (Achieved); G = on track …": a letter or word and its definition.
const EQUALS_WORD = /(?:^|[.;:]\s+(?:and\s+)?)([A-Z][A-Za-z]{0,15})\s+=\s+/g
// "Green – the recommendation has been achieved by the target date. Green (late) – …": a word, a
// dash, and its definition in lower case.
const DASH_WORD = /(?:^|[.;:]\s+)([A-Z][a-z]{2,12}(?:\s+\([a-z]{3,10}\))?)\s+[–—-]\s+(?=[a-z])/g
const RECORDED_WORD = /(?:^|[.;:]\s+(?:and\s+)?)([A-Z][a-z]{2,12})(?=\s+is\s+(?:recorded|entered|reported)\s+as\s)/g

const COLOUR = /^(?:red|amber|green|blue|black|purple|grey|gray|white|yellow)$/i

/**
 * How many words a paragraph must define to be a key: four, or the three colours of a RAG scale
 * ("Green means …; Amber means …; Red means …").
 */
function fewest(found: readonly RegExpMatchArray[]): number {
  return found.length === 3 && found.every(m => COLOUR.test(m[1] ?? '')) ? 3 : 4
}

/**
 * A key written as one paragraph of prose, each rating in quotes with its definition after it: 'A
 * recommendation is "Fully implemented" when it has been carried out in full by its due date, and
 * "Implemented late" when … "Not yet due" means that the due date has not yet been reached.' It
 * counts as a key where four quoted words or more describe as many categories.
 */
export function paragraphLegend(lines: readonly string[]): RatingLegend {
  for (const line of paragraphs(lines)) {
    if (line.length < 200) continue
    const byQuotes = (line.match(/["“]/g)?.length ?? 0) >= 4
    // (Cheaply first: most paragraphs say neither word.)
    const means = !byQuotes && /\b(?:means|when)\b/.test(line) ? [...line.matchAll(MEANS_WORD)] : []
    const byMeans = means.length >= fewest(means)
    const byRecord = !byQuotes && !byMeans && /\bis (?:recorded|entered|reported) as\b/.test(line)
    const byEquals = !byQuotes && !byMeans && !byRecord && [...line.matchAll(EQUALS_WORD)].length >= 4
    const byDash =
      !byQuotes && !byMeans && !byRecord && !byEquals && /\b(?:rag|status|rating)\b/i.test(line)
        ? [...line.matchAll(DASH_WORD)].length >= 4
        : false
    if (!byQuotes && !byMeans && !byRecord && !byEquals && !byDash && !/\bkey\b/i.test(line)) continue
    const words = byQuotes
      ? QUOTED_WORD
      : byMeans
        ? MEANS_WORD
        : byRecord
          ? RECORDED_WORD
          : byEquals
            ? EQUALS_WORD
            : byDash
              ? DASH_WORD
              : COLON_WORD
    const quoted = [...line.matchAll(words)]
    const least = fewest(quoted)
    if (quoted.length < least) continue
    const coded = quoted.map((m, k) => {
      const definition = line.slice((m.index ?? 0) + m[0].length, quoted[k + 1]?.index ?? line.length)
      return [m[1] ?? '', ratingDescribed(m[1] ?? '', definition)] as const
    })
    const codes = coded.flatMap(([, code]) => (code === null ? [] : [code]))
    if (codes.length >= least && new Set(codes).size === codes.length)
      return new Map(coded.flatMap(([word, code]) => (code === null ? [] : [[ratingKey(word), code]])))
  }
  return new Map()
}

// "Implemented is recorded as Achieved (Fully), Partly Implemented as Not Achieved (Progress Made), …
// and Not Yet Due as In Progress": the pack's words, each with the scale's name, in one sentence.
const RECORDED_PAIR =
  /(?:^|,\s*|\s+and\s+|:\s*)([A-Z][A-Za-z]*(?: [A-Z][a-z]+){0,3})\s+(?:is\s+(?:recorded|entered|reported)\s+)?as\s+((?:Not\s+)?Achieved\s*\([^)]*\)|In\s+Progress)/g

/** A key in one sentence pairing each word with the scale's own name, three pairs or more. */
export function recordedAsLegend(lines: readonly string[]): RatingLegend {
  for (const line of paragraphs(lines)) {
    if (line.length < 80 || !/\bis (?:recorded|entered|reported) as\b/.test(line)) continue
    const pairs = [...line.matchAll(RECORDED_PAIR)].flatMap(m => {
      const code = categoryNamed(m[2] ?? '')
      return code === null ? [] : [[ratingKey(m[1] ?? ''), code] as const]
    })
    if (pairs.length >= 3 && new Set(pairs.map(([, c]) => c)).size === pairs.length) return new Map(pairs)
  }
  return new Map()
}

/** Lines of prose joined into their paragraphs, as a PDF wraps them at the page's width. */
function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = []
  let open = ''
  for (const line of lines) {
    const text = line.trim()
    // A numbered paragraph ("4.2 The Panel assesses …", "4.1 | Each recommendation …") starts one
    // of its own, though a PDF leaves no blank line before it.
    const numbered = /^\d{1,2}(?:\.\d{1,2})+\s/.test(text)
    if (text === '' || line.includes('\t') || isFurniture(text) || numbered) {
      if (open !== '') out.push(open)
      open = line.includes('\t') || numbered ? text : ''
    } else open = open === '' ? text : `${open} ${text}`
  }
  if (open !== '') out.push(open)
  return out
}

function ratingDescribed(word: string, definition: string): number | null {
  // '"Implemented" (1 – achieved in full by the date agreed)': the scale's number, stated.
  // ("3 – Not Achieved (Progress Made)⇥The target date has passed …": stated in a cell of its own.)
  const stated =
    /^[\s"”]*(?:\(\s*([1-6])\s*(?:[–—:-]|\))|([1-6])\s*[–—-]\s+(?:achieved|not\s+achieved|in\s+progress)\b)/i
      .exec(definition)
      ?.slice(1)
      .find(n => n !== undefined)
  if (stated !== undefined) return Number(stated)
  // '"On track" means In Progress – …': the scale's own name, straight after "means".
  // ('Green is recorded as In Progress' too.)
  const named = /^\W*(?:means|is\s+(?:recorded|entered|reported)\s+as)\s+(?:that\s+)?([^,;–]{3,45})/i.exec(
    definition,
  )?.[1]
  const category = named === undefined ? null : categoryNamed(named)
  if (category !== null) return category
  // "Implemented after the target date" names lateness as the scale's "(Late)" does.
  if (/\blate\b|\bafter\s+the\s+(?:target|due|agreed)\b/i.test(word)) return 2
  // "In progress – behind target": the scale's name qualified, the definition says which category.
  if (/\s[-–—]\s/.test(word)) return describedCategory(word, definition) ?? categoryNamed(word)
  return categoryNamed(word) ?? describedCategory(word, definition)
}
