/**
 * The two small tables printed with a work programme: the Cabinet Forward Plan
 * (`ID Number | Title | [Cabinet Member] | Proposed Date of Decision`) and outstanding tracking
 * (`Inquiry | Outstanding Recommendations | Date of Tracking`). Not part of `ParsedPack` yet.
 */
import { parseDateIn } from './table-dates.ts'
import {
  cleanCell,
  findColumn,
  headerKey,
  isSectionHeading,
  isSeparatorRow,
  joinText,
  mayBeHeader,
  rowOf,
  toLines,
} from './table-utils.ts'
import type { PackPage, ParseWarning } from './types.ts'

export interface ParsedForwardPlanItem {
  reference: string
  title: string
  portfolio: string | null
  decision_date: string | null
  source_page: number
}

export interface ParsedOutstandingTracking {
  inquiry: string
  recommendations: string
  tracking: string | null
  source_page: number
}

type Columns = Record<string, number>

/** Rows of every table whose header `columns` accepts, until a prose gap or another header. */
function tableRows(pages: PackPage[], columns: (keys: string[]) => Columns | null) {
  const rows: { cells: string[]; cols: Columns; page: number }[] = []
  let cols: Columns | null = null
  let gap = 0
  for (const line of toLines(pages)) {
    const cells = rowOf(line)
    if (cells === null) {
      if (cols === null || line.text.trim() === '' || isSeparatorRow(line.text)) continue
      // A numbered section heading ("4 Inquiry Schedule") or a run of prose ends the table.
      if (isSectionHeading(line.text) || ++gap > 3) cols = null
      continue
    }
    const header = mayBeHeader(cells) ? columns(cells.map(headerKey)) : null
    if (header !== null) [cols, gap] = [header, 0]
    else if (cols !== null) rows.push({ cells, cols, page: line.page })
  }
  return rows
}

function forwardPlanColumns(keys: string[]): Columns | null {
  const reference = findColumn(keys, /^(id|ref)/)
  const title = findColumn(keys, /^title$|subject|decision$/)
  const date = findColumn(keys, /date/)
  if (reference < 0 || title < 0 || date < 0) return null
  return { reference, title, date, portfolio: findColumn(keys, /cabinet member|portfolio/) }
}

export function parseForwardPlan(pages: PackPage[], warnings: ParseWarning[]): ParsedForwardPlanItem[] {
  const out: ParsedForwardPlanItem[] = []
  for (const { cells, cols, page } of tableRows(pages, forwardPlanColumns)) {
    const get = (key: string): string => cleanCell(cells[cols[key] ?? -1])
    const [reference, title] = [get('reference'), get('title')]
    if (reference === '' && title === '') continue
    if (reference === '' || title === '') {
      warnings.push({ page, message: `Forward plan: incomplete row "${cells.join(' | ')}"` })
      continue
    }
    const date = get('date')
    out.push({
      reference,
      title,
      portfolio: get('portfolio') || null,
      decision_date: parseDateIn(date),
      source_page: page,
    })
  }
  return out
}

function trackingColumns(keys: string[]): Columns | null {
  const inquiry = findColumn(keys, /^inquiry/)
  const recommendations = findColumn(keys, /outstanding/)
  if (inquiry < 0 || recommendations < 0) return null
  return { inquiry, recommendations, tracking: findColumn(keys, /tracking|date/, /outstanding/) }
}

export function parseOutstandingTracking(pages: PackPage[], warnings: ParseWarning[]): ParsedOutstandingTracking[] {
  const out: ParsedOutstandingTracking[] = []
  for (const { cells, cols, page } of tableRows(pages, trackingColumns)) {
    const get = (key: string): string => cleanCell(cells[cols[key] ?? -1])
    const [inquiry, recommendations, tracking] = [get('inquiry'), get('recommendations'), get('tracking')]
    const last = out[out.length - 1]
    if (inquiry === '' && last !== undefined) {
      // A continuation row of the inquiry above.
      last.recommendations = joinText(last.recommendations, recommendations)
      if (tracking !== '') last.tracking = joinText(last.tracking ?? '', tracking)
    } else if (inquiry !== '') {
      out.push({ inquiry, recommendations, tracking: tracking || null, source_page: page })
    } else if (recommendations !== '') {
      warnings.push({ page, message: `Outstanding tracking: row without an inquiry "${recommendations}"` })
    }
  }
  return out
}
