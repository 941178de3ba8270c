/**
 * Recommendations listed as bullets, each with who, by when and its status run on after a dash:
 *
 *   • R1: That the Council appoints a dedicated Empty Homes Officer, funded from the income of the
 *   long-term empty homes premium — Lead: Head of Housing Options; Due: January 2024; Status:
 *   Completed late
 *     Update (May 2024): The Empty Homes Officer started on 4 March 2024 …
 *
 * The bullet's lines are read whole, then parted at the dash before its first label.
 */
import { assessmentIn, type RatingLegend } from './assessment.ts'
import { givesNoDate } from './recommendation-blocks.ts'
import { cleanCell, joinText } from './table-utils.ts'
import type { ParsedRecommendation } from './types.ts'

const BULLET = /^\s*[•●▪]\s*(R\d{1,2}[a-z]?)\s*[:.–-]\s*(that\b.*)$/i
const FIELDS = /\s+[—–-]\s+(?=(?:lead|responsib\w*|owner)\s*:)/i

/** A bullet being read: its number and the text of its lines so far. */
export interface RecommendationBullet {
  number: string
  text: string
  page: number
}

/** The bullet a line starts, else null. */
export function startBullet(line: string, page: number): RecommendationBullet | null {
  // (The raw line: cleaning takes the bullet off.)
  const m = BULLET.exec(line.replace(/\*\*/g, ''))
  return m ? { number: m[1] ?? '', text: cleanCell(m[2]), page } : null
}

/** True when `line` goes on with the bullet: not blank, not its update, not the next bullet. */
export function goesOnBullet(line: string): boolean {
  const text = cleanCell(line)
  return text !== '' && !/^update\b/i.test(text) && !/^\s*[•●▪]/.test(line) && !line.includes('\t')
}

export function addToBullet(bullet: RecommendationBullet, line: string): void {
  bullet.text = joinText(bullet.text, cleanCell(line))
}

/** The recommendation a finished bullet states. */
export function bulletRecommendation(
  bullet: RecommendationBullet,
  inquiry: string,
  number: string,
  legend: RatingLegend,
): ParsedRecommendation {
  const [text = '', fields = ''] = bullet.text.split(FIELDS)
  const field = (label: RegExp): string => label.exec(fields)?.[1]?.trim() ?? ''
  const lead = field(/(?:lead|responsib\w*|owner)\s*:\s*([^;]+)/i)
  const due = field(/(?:due|target(?:\s+date)?|deadline)\s*:\s*([^;]+)/i)
  const status = field(/(?:status|assessment|rating)\s*:\s*([^;]+)/i)
  const assessment = status === '' ? null : assessmentIn(status, legend)
  return {
    inquiry,
    number,
    text: text.replace(/\s*[—–-]\s*$/, ''),
    responsibility: givesNoDate(lead) ? null : lead,
    completion_date: givesNoDate(due) ? null : due,
    assessment,
    committee_assessment: assessment,
    self_assessment: null,
    date_concluded: null,
    source_page: bullet.page,
    evidence: null,
    theme: null,
  }
}
