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
import type { ParsedRecommendation } from './types.ts'

const HEAD = /^\W*recommendation\s+(?:no\.?\s*)?(R?\d{1,2}[a-z]?)\s*[:.]?\W*$/i
const LABEL = /^([A-Za-z][A-Za-z '’/()-]{1,40}):$/

/** A completion cell that gives no date: empty, "N/A" (a recommendation not agreed), a dash. */
export function givesNoDate(text: string): boolean {
  return /^(?:|n\/?a|none|-+|–)$/i.test(text.trim())
}

type Field = 'text' | 'responsibility' | 'completion_date' | 'assessment' | 'evidence' | 'other'

/** A block being read: its recommendation, shown once a label confirms the layout. */
export interface RecommendationBlock {
  rec: ParsedRecommendation
  field: Field
  confirmed: boolean
}

/** The number a block's heading line gives ("Recommendation 3"), or null for any other line. */
export function blockNumber(text: string): string | null {
  return text.length < 40 ? (HEAD.exec(text)?.[1] ?? null) : null
}

export function startBlock(number: string, inquiry: string | null, line: Line): RecommendationBlock {
  const rec: ParsedRecommendation = {
    inquiry: inquiry ?? '',
    number,
    text: '',
    responsibility: null,
    completion_date: null,
    assessment: null,
    source_page: line.page,
    evidence: null,
  }
  return { rec, field: 'text', confirmed: false }
}

/**
 * Reads one line into the block. Returns 'label' when the line was its first label (the block is
 * a recommendation after all), 'read' for any other line it took, 'ended' when the block is over.
 */
export function readBlockLine(
  block: RecommendationBlock,
  line: Line,
  legend: RatingLegend,
): 'label' | 'read' | 'ended' {
  if (line.text.trim() === '' || isFurniture(line.text)) return 'read'
  if (isSectionHeading(line.text) || blockNumber(line.text) !== null) return 'ended'
  const cells = splitRow(line.text)?.map(c => cleanCell(c)) ?? [cleanCell(line.text)]
  const label = LABEL.exec(cells[0] ?? '')?.[1]
  if (label === undefined) {
    // Only prose carries a value on; a row of cells is the next table ("4. | Summary").
    if (cells.length > 1) return 'ended'
    append(block, cells[0] ?? '', legend)
    return 'read'
  }
  block.field = fieldOf(label)
  append(block, cells.slice(1).join(' '), legend)
  const first = !block.confirmed
  block.confirmed = true
  return first ? 'label' : 'read'
}

function fieldOf(label: string): Field {
  if (/assess|rating|status/i.test(label)) return 'assessment'
  if (/response|accepted|agreed/i.test(label)) return 'other'
  if (/responsib|lead|officer|owner|portfolio/i.test(label)) return 'responsibility'
  if (/target|complet|timescale|due|deadline/i.test(label)) return 'completion_date'
  if (/progress|update|evidence/i.test(label)) return 'evidence'
  return 'other'
}

function append(block: RecommendationBlock, value: string, legend: RatingLegend): void {
  const { rec, field } = block
  if (value === '' || field === 'other') return
  if (field === 'assessment') {
    const code = assessmentIn(value, legend)
    Object.assign(rec, { assessment: code, committee_assessment: code })
  } else if (field === 'completion_date') rec.completion_date = givesNoDate(value) ? null : value
  else rec[field] = joinText(rec[field] ?? '', value)
}
