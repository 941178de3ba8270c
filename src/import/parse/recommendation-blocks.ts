/**
 * Recommendations set out as blocks rather than rows, as many councils' monitoring reports print
 * them:
 *
 *   Recommendation 3
 *   That a named carers' lead is identified in each of the Council's three Community Resource Teams.
 *   Cabinet response:      Accepted
 *   Responsible officer:   Group Manager – Community Resource Teams
 *   Target date:           June 2023
 *   Progress:              Carers' leads were identified in …
 *   Scrutiny assessment:   Achieved (Late)
 *
 * A value runs on over the lines below its label (over a page break too) until the next label.
 */
import { assessmentIn, type RatingLegend } from './assessment.ts'
import { cleanCell, isFurniture, isSectionHeading, joinText, splitRow, type Line } from './table-utils.ts'
import { parseDateIn } from './table-dates.ts'
import type { ParsedRecommendation } from './types.ts'

// ("Rec 1:", the word shortened, too.)
const HEAD = /^\W*(?:recommendation|rec\.?)\s+(?:no\.?\s*)?(R?\d{1,2}[a-z]?)\s*[:.]?\W*$/i
// "**Recommendation 1:** That the Council creates …": the heading with the text after its colon, a
// recommendation's own words ("That …"), not a sentence about one.
// "Recommendation 3 – That …" too.
// ("**Recommendation 1** – That …", the number in bold before the dash.)
// ("Recommendation 1 | That …", a small table's first row, too.)
// ("**R4** That the Service …": its number in bold, alone or with the text.)
const HEAD_WITH_TEXT =
  /^\W*(?:recommendation\s+(?:no\.?\s*)?(R?\d{1,2}[a-z]?)\**(?:\s*(?::\W*|[–-])\s+|\t+)|\*\*(R\d{1,2}[a-z]?)\**\s+)(that\b.*)$/i
// Printed from its bold, a line of prose: "R4 That the Service …".
const PLAIN_HEAD = /^\s*(R\d{1,2}[a-z]?) +(that\b[^\t]*)$/i
// "1. That the Council adopts …": numbered alone, as a report's own recommendations are too; a block
// under a tracking report's title only (`numberedThat`).
// ("**3.** That …", its number in bold.)
const NUMBERED_THAT = /^\s*(?:\*\*)?(\d{1,2})\.(?:\*\*)? +(that\b[^\t]*)$/i

/** The number of a line "1. That …", a block's heading where a tracking report's title is above it. */
export function numberedThat(text: string): string | null {
  return NUMBERED_THAT.exec(text)?.[1] ?? null
}
const LABEL = /^([A-Za-z][A-Za-z '’/()0-9-]{1,40}):$/
// A label printed as a heading of its own, no colon after it: "Formal response (received 12 June
// 2017)", "Current position (July 2018)", its rating beside it in the next cell.
// ("Progress at 14 January 2025", "Update as at March 2024": each round's, dated.)
const HEADING_LABEL =
  /^((?:formal|cabinet|executive|mayor'?s?)\s+response|current\s+position|progress(?:\s+update)?(?:\s+(?:at|as\s+at|to)\s+\d{0,2}\s*[A-Z][a-z]+\s+\d{4})?|update\s+(?:at|as\s+at)\s+\d{0,2}\s*[A-Z][a-z]+\s+\d{4})\s*(?:\([^)]*\))?$/i
const EMPHASISED_LABEL = /^\s*\*([A-Za-z][A-Za-z '’/()0-9-]{1,40}:)\*\s+/

// "Lead: Chief Executive, Riverton Homes": a label with its value on the same line.
const INLINE_LABEL = /^([A-Za-z][A-Za-z '’/()0-9-]{1,40}):\s+(\S.*)$/

/** A completion cell that gives no date: empty, "N/A" (a recommendation not agreed), a dash. */
export function givesNoDate(text: string): boolean {
  return /^(?:|n\/?a|not applicable|none|-+|–)$/i.test(text.trim())
}

// 'officer': who leads under the member responsible, kept only where no member is named.
type Field = 'text' | 'responsibility' | 'officer' | 'completion_date' | 'assessment' | 'self' | 'evidence' | 'other'

/** A block being read: its recommendation, shown once a label confirms the layout. */
export interface RecommendationBlock {
  rec: ParsedRecommendation
  field: Field
  confirmed: boolean
  /** The committee's assessment has been read: the block's last field. */
  assessed: boolean
  /** The assessment's words as read, where they named no category: a rating wrapped before its bracket. */
  unrated?: string
  /** Where a table of the actions agreed ("Action | Lead | Deadline | Progress") gives who and by when. */
  actions?: { lead: number; due: number }
  /** Headed "1. That …" alone: a block only where its first paragraph's next is a label. */
  plain?: boolean
  /** A blank line was read since its last line of text. */
  blank?: boolean
}

/**
 * The number a block's heading line gives ("Recommendation 3"), or null for any other line. A block
 * may be a small table of its own, its number alone in the heading row: `| **R1** | |`.
 */
export function blockNumber(printed: string): string | null {
  const text = spelledOut(printed)
  if (withText(text)) {
    const m = HEAD_WITH_TEXT.exec(text)
    return m?.[1] ?? m?.[2] ?? PLAIN_HEAD.exec(text)?.[1] ?? null
  }
  const cells = /[\t|]/.test(text) ? splitRow(text)?.map(c => cleanCell(c)) : undefined
  // Printed from its table, the heading row's number is a line of its own: "**R1**". One in brackets
  // is a sentence's reference wrapped onto a line of its own: "(recommendation R5).".
  if (/^\W*\(.*\)\W*$/.test(text)) return null
  if (cells === undefined) return HEAD.exec(text)?.[1] ?? /^\W*(R\d{1,2}[a-z]?)\W*$/.exec(text)?.[1] ?? null
  if (cells.slice(1).some(c => c !== '')) return null
  const m = TABLE_HEAD.exec(cells[0] ?? '')
  return m === null ? null : (m[1] ?? m[2] ?? null)
}

// "R1", "Recommendation 1": a bare number would be any table's row.
const TABLE_HEAD = /^(?:recommendation\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)|(R\d{1,2}[a-z]?))\W*$/i

/**
 * "Rec 1:	That …", the word shortened before its colon, as "Recommendation 1: That …". (Without the
 * colon, "Rec 6 | That …" is a table's row, its number's cell.)
 */
function spelledOut(text: string): string {
  return text.replace(/^(\W*)rec\.?(\s+\d{1,2}[a-z]?:)/i, '$1Recommendation$2')
}

/**
 * Whether a heading line carries the recommendation's text after its number: a long line, or a short
 * one that introduces a list ("Recommendation 4: That the Council:", its parts "(a) …" below).
 */
function withText(text: string): boolean {
  return text.length >= 40 || (!/[\t|]/.test(text) && /:\W*$/.test(text) && HEAD_WITH_TEXT.test(text))
}

/** The text a block's heading line starts ("Recommendation 1: That …"), else ''. */
function headingText(printed: string): string {
  const text = spelledOut(printed)
  if (!withText(text) && !NUMBERED_THAT.test(text)) return ''
  return cleanCell(HEAD_WITH_TEXT.exec(text)?.[3] ?? PLAIN_HEAD.exec(text)?.[2] ?? NUMBERED_THAT.exec(text)?.[2] ?? '')
}

export function startBlock(
  number: string,
  inquiry: string | null,
  line: Line,
  legend: RatingLegend = new Map(),
): RecommendationBlock {
  // "**Recommendation 1** – That …<br>Lead: …<br>Target date: March 2024": labels in the heading's cell.
  // (The heading's cell alone where it holds the text: "| **Recommendation 8** – That … | |".)
  const cell = splitRow(line.text)?.[0] ?? line.text
  const [first = '', ...rest] = cell.split(/<br\s*\/?>/i)
  const labels = rest.length > 0 && rest.some(p => labelOf(cleanCell(p)) !== null) ? rest : []
  const rec: ParsedRecommendation = {
    inquiry: inquiry ?? '',
    number,
    text: labels.length > 0 ? headingText(first) : headingText(cell) || headingText(line.text),
    responsibility: null,
    completion_date: null,
    assessment: null,
    source_page: line.page,
    evidence: null,
  }
  const block: RecommendationBlock = { rec, field: 'text', confirmed: false, assessed: false }
  readParagraphs(
    block,
    labels.map(p => cleanCell(p)),
    legend,
  )
  return block
}

/** A paragraph that is a block's label: "Lead: Chief Officer Housing", "Formal response (April 2023)". */
function labelOf(paragraph: string): { label: string; value: string } | null {
  const heading = HEADING_LABEL.exec(paragraph)?.[1]
  if (heading !== undefined) return { label: heading, value: '' }
  const m = INLINE_LABEL.exec(paragraph)
  return m && BLOCK_LABEL.test(m[1] ?? '') ? { label: m[1] ?? '', value: m[2] ?? '' } : null
}

/**
 * A cell's paragraphs, each a label with its value, or the value going on: the block's fields read
 * in order. False where a label comes after the committee's assessment (the next round's, or the
 * next table's).
 */
function readParagraphs(block: RecommendationBlock, paragraphs: string[], legend: RatingLegend): boolean {
  for (const paragraph of paragraphs.filter(p => p !== '')) {
    const labelled = labelOf(paragraph)
    if (labelled === null) {
      append(block, paragraph, legend)
      continue
    }
    if (block.assessed) return false
    block.field = fieldOf(labelled.label)
    block.confirmed = true
    append(block, labelled.value, legend)
  }
  return true
}

/**
 * Reads one line into the block. Returns 'label' when the line was its first label (the block is
 * a recommendation after all), 'read' for any other line it took, 'ended' when the block is over.
 */
export function readBlockLine(
  block: RecommendationBlock,
  printed: Line,
  legend: RatingLegend,
): 'label' | 'read' | 'ended' {
  // ("*NHS response:* Accepted.", "**Status: Partially achieved**": a label in italics or bold.)
  const line = { ...printed, text: printed.text.replace(EMPHASISED_LABEL, '$1 ') }
  if (line.text.trim() === '' || isFurniture(line.text)) return 'read'
  // ("1. That the report be noted." then the minutes going on: no label, no block.)
  const unlabelled = block.plain === true && !block.confirmed && block.blank === true
  block.blank = false
  const plain = unlabelled ? cleanCell(line.text) : ''
  if (unlabelled && labelOf(plain) === null && !LABEL.test(plain)) return 'ended'
  // (The next "2. That …" too: resolutions numbered one after another, no label between, are no blocks.)
  if (isSectionHeading(line.text) || blockNumber(line.text) !== null || NUMBERED_THAT.test(line.text)) return 'ended'
  const raw = splitRow(line.text)
  // A heading label set under a value in its cell ("Director of …<br>Formal response (…)"): the
  // value ends there, and the lines below are that label's.
  const headed = raw?.map(untilHeadingLabel)
  const row = headed?.map(h => cleanCell(h.cell))
  const after = headed?.find(h => h.label !== null)?.label
  if (raw !== null && paragraphRow(block, raw)) {
    const first = !block.confirmed
    const paragraphs = raw.flatMap(c => c.split(/<br\s*\/?>/i).map(p => cleanCell(p)))
    if (!readParagraphs(block, paragraphs, legend)) return 'ended'
    return first && block.confirmed ? 'label' : 'read'
  }
  if (row !== undefined) {
    const read = readActionRow(block, row) ?? readLabelledCells(block, row, legend)
    if (after) block.field = fieldOf(after)
    if (read !== null) return read
  }
  const cells = row ?? labelled(cleanCell(line.text))
  // A block set out as a table labels its rows without a colon: "Lead | Head of Service".
  const heading = HEADING_LABEL.exec(cells[0] ?? '')?.[1]
  if (heading !== undefined && headingRating(block, heading, cells.slice(1), legend)) return 'read'
  const label = LABEL.exec(cells[0] ?? '')?.[1] ?? heading ?? (row !== undefined ? rowLabel(cells[0] ?? '') : undefined)
  if (label === undefined) {
    // Only prose, or a row with no label (a value the page broke), carries a value on; another row
    // is the next table ("4. | Summary"). An assessment is a word or two: prose after it is the
    // report going on.
    const goesOn = row === undefined ? cells.length === 1 : cells[0] === '' && block.confirmed
    // "Assessment: Not Achieved" / "(Insufficient Progress)": the rating wrapped before its bracket.
    if (goesOn && block.unrated !== undefined && /^\(/.test(cells[0] ?? '')) {
      append(block, `${block.unrated} ${cells[0]}`, legend)
      return 'read'
    }
    if (!goesOn || block.assessed) return 'ended'
    append(block, cells.filter(c => c !== '').join(' '), legend)
    return 'read'
  }
  // A label after the committee's assessment is the next table's ("Rating | Meaning", the key);
  // but "Progress at 11 March 2025" opens the next round, its assessment below (the last one read
  // is the recommendation's).
  if (block.assessed && (heading === undefined || fieldOf(label) !== 'evidence' || !/\d{4}/.test(heading)))
    return 'ended'
  block.assessed = false
  block.field = fieldOf(label)
  append(block, cells.slice(1).join(' '), legend)
  const first = !block.confirmed
  block.confirmed = true
  return first ? 'label' : 'read'
}

/**
 * A block's row of cells each labelled within ("Responsibility: … | Target date: …", "Panel view
 * (March 2023): On track | Panel view (September 2023): Complete (late)", the later round read
 * last), or its first row, the recommendation's text alone ("That the Commissioner …"). Null for
 * any other row.
 */
function readLabelledCells(block: RecommendationBlock, row: string[], legend: RatingLegend): 'label' | 'read' | null {
  const filled = row.filter(c => c !== '')
  if (filled.length === 1 && block.rec.text === '' && /^that\b/i.test(filled[0] ?? '')) {
    block.rec.text = filled[0] ?? ''
    return 'read'
  }
  const pairs = filled.map(c => INLINE_LABEL.exec(c))
  if (filled.length === 0 || pairs.some(m => m === null || !BLOCK_LABEL.test(m[1] ?? ''))) return null
  for (const m of pairs) {
    block.field = fieldOf(m?.[1] ?? '')
    append(block, m?.[2] ?? '', legend)
  }
  const first = !block.confirmed
  block.confirmed = true
  return first ? 'label' : 'read'
}

/**
 * The table of actions agreed under a recommendation: its header (`Action | Lead | Deadline |
 * Progress`), then a row an action, the last one's lead and deadline the recommendation's. Also the
 * rest of the recommendation's text, its row broken by the page ("delivered jointly with …"). Null
 * for any other row.
 */
function readActionRow(block: RecommendationBlock, row: string[]): 'read' | null {
  const filled = row.filter(c => c !== '')
  if (!block.confirmed && filled.length === 1 && /^[a-z]/.test(filled[0] ?? '') && !/[.:]$/.test(block.rec.text)) {
    block.rec.text = joinText(block.rec.text, filled[0] ?? '')
    return 'read'
  }
  if (/^actions?(?:\s+(?:agreed|planned))?$/i.test(row[0] ?? '') && row.length >= 3) {
    const lead = row.findIndex(c => fieldOf(c) === 'responsibility')
    const due = row.findIndex(c => fieldOf(c) === 'completion_date')
    if (lead < 0 && due < 0) return null
    block.actions = { lead, due }
    return 'read'
  }
  const cols = block.actions
  if (cols === undefined || filled.length < 3 || INLINE_LABEL.test(row[0] ?? '')) return null
  if (cols.lead >= 0 && row[cols.lead]) block.rec.responsibility = row[cols.lead] ?? null
  if (cols.due >= 0 && row[cols.due])
    block.rec.completion_date = givesNoDate(row[cols.due] ?? '') ? null : (row[cols.due] ?? null)
  return 'read'
}

/**
 * A block's row set out as paragraphs in its cells: "**Formal response (April 2023)**<br>Agreed. …",
 * "… | **Position Status: 4**" (the rating in the cell beside), or the rest of a cell the page broke
 * ("expects to bring …<br><br>Previous position status (March 2024): 4").
 */
function paragraphRow(block: RecommendationBlock, cells: string[]): boolean {
  const [first = '', ...others] = cells.map(c => c.split(/<br\s*\/?>/i).map(p => cleanCell(p)))
  // (A label alone in its cell, "Current position (July 2018) | Category 2", is a row of labels; a
  // label over other lines of its cell, "Responsibility: …<br>Formal response (…)", layout text's.)
  const opens = HEADING_LABEL.test(first[0] ?? '') && first.length > 1
  const labelBeside = others.some(c => c.some(p => labelOf(p) !== null))
  const goesOn = /^[a-z]/.test(first[0] ?? '') && !block.assessed && (first.length > 1 || labelBeside)
  return opens || goesOn
}

/** A cell's lines up to a heading label printed in it, and that label. */
function untilHeadingLabel(cell: string): { cell: string; label: string | null } {
  const parts = cell.split(/<br\s*\/?>/i)
  const at = parts.findIndex((p, k) => k > 0 && HEADING_LABEL.test(cleanCell(p)))
  if (at < 0) return { cell, label: null }
  return { cell: parts.slice(0, at).join('<br>'), label: HEADING_LABEL.exec(cleanCell(parts[at]))?.[1] ?? null }
}

/**
 * "Current position (July 2018) | Category 2": the position's heading with the rating beside it,
 * the block's last field (what follows is the position's narrative and the last round's rating).
 */
function headingRating(block: RecommendationBlock, label: string, rest: string[], legend: RatingLegend): boolean {
  const code = assessmentIn(rest.filter(c => c !== '').join(' '), legend)
  if (code === null || /response/i.test(label)) return false
  Object.assign(block.rec, { assessment: code, committee_assessment: code })
  Object.assign(block, { assessed: true, field: 'other', confirmed: true })
  return true
}

/** A table row's first cell as a block's label ("Recommendation", "Panel assessment"), else undefined. */
function rowLabel(cell: string): string | undefined {
  // ("Update (January 2020)": the date in brackets is the label's own.)
  const plain = cell.replace(/\s*\([^)]*\d{4}\)$/, '')
  // ("Date | March 2020" in a recommendation's small table: the date it is due.)
  if (/^date$/i.test(plain.trim())) return 'Due date'
  return plain.length <= 40 && !/\d/.test(plain) && (BLOCK_LABEL.test(plain) || /^recommendation$/i.test(plain))
    ? cell
    : undefined
}

/** A prose line as cells: "Lead:" and its value where it opens with a label a block uses. */
function labelled(text: string): string[] {
  const m = INLINE_LABEL.exec(text)
  // ("Recommendation: That …", the text's own label.)
  return m && (BLOCK_LABEL.test(m[1] ?? '') || /^recommendation$/i.test(m[1] ?? '')) ? [`${m[1]}:`, m[2] ?? ''] : [text]
}

// The labels a block is made of, those it reads (`fieldOf`) and those it passes over.
// ("Action | …", "Date | March 2020": a small table's rows under the recommendation.)
const BLOCK_LABEL =
  /assess|rating|status|view|\brag\b|judgement|response|decision|accepted|agreed|responsib|lead|officer|owner|portfolio|(?:executive|cabinet)\s+member|target|complet|timescale|due|deadline|progress|update|evidence|^actions?(?:\s+(?:agreed|proposed|planned))?$|^by(?:\s+when)?$/i

const EARLIER_ROUND = /^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s*:\s*/

function fieldOf(label: string): Field {
  // The earlier round's or the executive's own assessment beside the committee's.
  if (/assess|rating|status|view/i.test(label) && /previous|prior|last/i.test(label)) return 'other'
  if (/assess|rating|status|view/i.test(label) && /cabinet|self|executive|officer/i.test(label)) return 'self'
  if (/assess|rating|status|\bview\b|\brag\b|judgement/i.test(label)) return 'assessment'
  // "Revised due date: September 2025": the original date is the one tracked against.
  if (/revised|new\s+(?:due|target)/i.test(label)) return 'other'
  if (/response|decision|accepted|agreed/i.test(label)) return 'other'
  // "Executive Member | Cabinet Member for Skills" over "Lead officer | Head of Skills": the member.
  if (/^(?:executive|cabinet)\s+member$/i.test(label.trim())) return 'responsibility'
  if (/^lead\s+officer$/i.test(label.trim())) return 'officer'
  if (/responsib|lead|officer|owner|portfolio/i.test(label)) return 'responsibility'
  // ("By: October 2020" too.)
  if (/target|complet|timescale|due|deadline|^\s*by(?:\s+when)?\s*$/i.test(label)) return 'completion_date'
  if (/progress|update|evidence/i.test(label)) return 'evidence'
  return /^recommendation$/i.test(label) ? 'text' : 'other'
}

function append(block: RecommendationBlock, value: string, legend: RatingLegend): void {
  const { rec, field } = block
  if (value === '' || field === 'other') return
  // ("Lead: N/A" for a recommendation not accepted: no one.)
  if ((field === 'responsibility' || field === 'officer') && givesNoDate(value)) return
  if (field === 'officer') {
    if (!rec.responsibility) rec.responsibility = value
    return
  }
  if (field === 'self') {
    rec.self_assessment = assessmentIn(value, legend)
  } else if (field === 'assessment') {
    // "15.11.2011: 6 – In Progress": the rating the committee gave at an earlier meeting.
    const earlier = EARLIER_ROUND.exec(value)
    const code = assessmentIn(earlier === null ? value : value.slice(earlier[0].length), legend)
    const on = earlier === null ? null : parseDateIn(earlier[0].replace(/:\s*$/, ''))
    Object.assign(rec, { assessment: code, committee_assessment: code, committee_assessed_on: on })
    block.assessed = true
    block.unrated = code === null ? value : undefined
  } else if (field === 'completion_date') {
    // "December 2022 Revised target date (agreed March 2023): September 2023": the date tracked against.
    const original = value.split(/\s+revised\b/i)[0] ?? value
    rec.completion_date = givesNoDate(original) ? null : original
  } else rec[field] = joinText(rec[field] ?? '', value)
}
