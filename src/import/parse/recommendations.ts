/**
 * Recommendations from tracking reports ("Progress Report on Implementation: <inquiry>") and inquiry
 * reports: a table per recommendation `No. | Recommendation | Responsibility | Original Date For
 * Completion | <assessment>`, then "Evidence of Progress" prose or rows, then the next header. The
 * assessment column names who assessed: the executive ("Cabinet Member's Assessment") or the
 * committee ("Tracking Assessment" in the appendix of concluded recommendations).
 */
import {
  assessmentIn,
  describedLegend,
  numberedLegend,
  orderedLegend,
  paragraphLegend,
  ratingLegend,
  recordedAsLegend,
  type RatingLegend,
} from './assessment.ts'
import { breaksOff, cleanLine } from './clean.ts'
import {
  addToBullet,
  bulletRecommendation,
  goesOnBullet,
  startBullet,
  type RecommendationBullet,
} from './recommendation-bullets.ts'
import {
  blockNumber,
  numberedThat,
  givesNoDate,
  readBlockLine,
  startBlock,
  type RecommendationBlock,
} from './recommendation-blocks.ts'
import { carriesOnTitle, fillsWidth } from './lines.ts'
import { parseDateIn } from './table-dates.ts'
import {
  alignBrokenRow,
  allEmpty,
  cleanCell,
  findColumn,
  headerKey,
  isFurniture,
  isSectionHeading,
  isSeparatorRow,
  joinText,
  mayBeHeader,
  rowWidth,
  rowOf,
  splitRow,
  toLines,
  unfinished,
  withHeaderRest,
  type Line,
} from './table-utils.ts'
import type { PackPage, ParseWarning, ParsedRecommendation } from './types.ts'

interface Columns {
  number: number
  text: number
  responsibility: number
  completion: number
  concluded: number
  self: number
  committee: number
  /** A tracker of several inquiries names each row's ("Inquiry | No. | Recommendation | …"). */
  inquiry?: number
  /**
   * The meeting before this one the committee's column is dated to ("Committee's Assessment (20
   * March 2015)"): its ratings were given then.
   */
  committeeOn?: string | null
}

const DEFAULT_COLUMNS: Columns = {
  number: 0,
  text: 1,
  responsibility: 2,
  completion: 3,
  concluded: -1,
  self: -1,
  committee: 4,
}

// "Agreed status" beside "Officer RAG": the status the committee agrees, the officers' for information.
// "Tracking" beside "Cabinet Member's Self-Assessment": the tracking panel's, as "Tracking Assessment" is.
const COMMITTEE_RATING =
  /\b(?:panel|committee|commission|board|scrutiny|o&s|members?)\b.*\b(?:assess\w*|view|rating|decision|judge?ment|conclusion|b?rag|outcome)\b|\bassess\w*\b.*\b(?:panel|committee|commission|board)\b|^agreed (?:status|assessment|rating)\b|^tracking$/

// A column naming each row's inquiry: "Inquiry", "Review title", "Task group".
const AUDIT_HEAD = /^(?:internal\s+)?audit(?:\s+(?:area|title|report|review|name|assignment))?$/

const INQUIRY_HEAD = /^(?:scrutiny\s+)?(?:inquiry|review|task\s+(?:and\s+finish\s+)?group|review\s+group)(?:\s+title)?$/

/** Index of the last header cell matching `pattern` and not `unless`, or -1. */
function lastColumn(keys: string[], pattern: RegExp, unless: RegExp, taken: number[]): number {
  return keys.findLastIndex((k, i) => pattern.test(k) && !unless.test(k) && !taken.includes(i))
}

/** Column positions when `cells` is a recommendations table header, else null. */
export function recommendationColumns(cells: string[]): Columns | null {
  const keys = cells.map(headerKey)
  // "Audit | No. | Priority | Recommendation": the auditors' follow-up of their own, by audit.
  if (keys.some(k => AUDIT_HEAD.test(k))) return null
  // "No. | Recommendation | Priority | Agreed Action": an audit's findings ranked, with management's actions.
  // ("Agreed management action" too.)
  const managed = /^(?:agreed|management)(?:\s+management)?\s+(?:action|response)/
  if (keys.some(k => /^priority\b/.test(k)) && keys.some(k => managed.test(k))) return null
  // "Recommendation", "Task Group recommendation"; not a title's "Tracking of Recommendations", nor
  // an "Audit recommendation": the auditors' action plan, not a scrutiny inquiry's.
  const text = findColumn(
    keys,
    /^(?:(?!of\b)[a-z]+ ){0,3}recommendations?$|^recommendations?\b/,
    /\bno\.?$|number|\baudit\b/,
  )
  const number = findColumn(keys, /^(no\.?|number|ref\.?|rec\.?(\s*no\.?)?|#|recommendation\s*(no\.?|number))$/)
  if (text < 0) return number >= 0 ? (concludedColumns(keys, number) ?? assessedColumns(keys, number)) : null
  // ("Portfolio Holder response" is the executive's answer, not who is responsible.)
  const responsibility = findColumn(
    keys,
    /responsib|^lead|owner|portfolio|cabinet member$|^cabinet member\s*\/|^organi[sz]ation$|^officers?$/,
    /assess|response/,
  )
  const completion = findColumn(keys, /complet|due|target|timescale|deadline/, /concluded|assess/)
  const concluded = findColumn(keys, /concluded/)
  // The executive's own assessment: "Cabinet Member's Assessment", "OPCC assessment", "Officer assessment".
  const self = findColumn(
    keys,
    /(cabinet member|executive|portfolio holder|self|opcc|officers?|service|directorate|management)\b.*(?:assess|\bb?rag\b)|self-?assess/,
  )
  // The committee's, where a column names it ("Panel view", "O&S assessment") beside the executive's;
  // "Previous assessment (March 2019) | Assessment (September 2019)": this round's, not the last.
  const named = findColumn(keys, COMMITTEE_RATING, undefined, self >= 0 ? [self] : [])
  // ("Assessment June 2023 | Progress update November 2023 | Assessment": the last of them, this round's.)
  const assessed =
    named >= 0
      ? named
      : lastColumn(keys, /assess/, /previous|prior|last|earlier|original|comment/, self >= 0 ? [self] : [])
  // Councils without the word: "Status", "Progress rating", "RAG".
  // ("Status July 2023 | Status Feb 2024", "RAG (March 2022) | RAG (October 2022)": the later
  // round's, the last of them.)
  const statuses = keys.flatMap((k, i) => (/^(?:status|b?rag)\b.*\b\d{4}\)?$/.test(k) ? [i] : []))
  const committee =
    statuses.length >= 2 && assessed < 0 && self < 0
      ? (statuses.at(-1) ?? -1)
      : assessed >= 0 || self >= 0
        ? assessed
        : // "Previous Status | Current Status": the last round's beside this one's.
          // ("Rating at 8.3.05 | Progress at September 2005 | Proposed rating": this round's, the last.)
          lastColumn(
            keys,
            /\b(status|rating|b?rag|view)\b|^outcome$/,
            /response|update|previous|prior|last|earlier|original/,
            [],
          )
  // A status alone ("Recommendation | Current status") may be a narrative of progress, not a rating:
  // it counts beside an update column of its own ("Update … | Position status").
  const rated =
    assessed >= 0 || (committee >= 0 && findColumn(keys, /update|progress|evidence/, undefined, [committee]) >= 0)
  if (responsibility < 0 && completion < 0 && self < 0 && !rated) return null
  // "Rec | Summary of recommendation | Management response | Target date": the executive's answer
  // to the review, with nothing assessed, not the tracking of it.
  if (committee < 0 && self < 0 && findColumn(keys, /\bresponse\b/) >= 0) return null
  // A first column with no header of its own holds the numbers; "Desired Outcome" holds none.
  const numbered = number >= 0 ? number : text > 0 && (keys[0] ?? '') === '' ? 0 : -1
  // "Assessment | Recommendations", "Assessment | Number | Recommendations": a summary of which are
  // where, the assessment first.
  if ((numbered >= 0 && numbered === committee) || (committee === 0 && text > 0)) return null
  const inquiry = findColumn(keys, INQUIRY_HEAD)
  return {
    number: numbered,
    text,
    responsibility,
    completion,
    concluded,
    self,
    committee,
    ...(inquiry >= 0 && inquiry !== text ? { inquiry } : {}),
  }
}

const LEGEND_HEAD = /^(?:meaning|definition|description|explanation|criteria|what (?:this|it) means)$/

/**
 * The committee's assessments may be a table of their own, by number: `Rec. | Progress (RAG) | O&S
 * assessment | Reason`. Each row adds its assessment to the recommendation listed before.
 */
function assessedColumns(keys: string[], number: number): Columns | null {
  // "No. | Assessment | Meaning": the scale itself, each number defined.
  if (keys.some(k => LEGEND_HEAD.test(k))) return null
  const committee = findColumn(keys, /assess/, /cabinet member|executive|portfolio holder|self/)
  // "Proposed assessment | Number": how many are rated each way, no recommendation's number.
  if (committee >= 0 && committee < number) return null
  // "Assessment agreed on 12 March 2024": an earlier round, quoted from old minutes.
  if (committee < 0 || /\d{4}/.test(keys[committee] ?? '')) return null
  return { number, text: -1, responsibility: -1, completion: -1, concluded: -1, self: -1, committee }
}

/**
 * An appendix of concluded recommendations may list only their numbers: `No. | Date Concluded |
 * Tracking Assessment`. Each still states the committee's final assessment.
 */
function concludedColumns(keys: string[], number: number): Columns | null {
  const concluded = findColumn(keys, /concluded/)
  const committee = findColumn(keys, /assess/, /cabinet member|executive|portfolio holder|self/)
  if (concluded < 0 || committee < 0) return null
  // "Task group | No. | Subject | Concluded | Final assessment": each row's own inquiry.
  const inquiry = findColumn(keys, INQUIRY_HEAD)
  return {
    number,
    text: -1,
    responsibility: -1,
    completion: -1,
    concluded,
    self: -1,
    committee,
    ...(inquiry >= 0 ? { inquiry } : {}),
  }
}

// "R6(a)": a recommendation's parts, tracked apart, are numbered as "R06a".
const R_NUMBER = /^(?:R|Rec(?:ommendation)?\.?\s*(?:no\.?\s*)?)?\s*0*(\d{1,2})(?:([a-z]?)|\(([a-z])\))\.?$/i
// A review's or committee's own prefix ("EHE1" for Elective Home Education, "HASC/1" for the Health
// and Adult Social Care panel's series) names it; the number keeps it as printed.
// ("D1" for a dentistry review: one letter too, in a recommendations table.)
const PREFIXED = /^([A-QS-Z]|[A-Z]{2,6})[/.-]?(\d{1,2}[a-z]?)$/
// ("4.0" is a figure: "Energy use (kWh per visit) | 4.0 | 3.7".)
const DOTTED = /^\d{1,2}\.(?!0$)\d{1,2}[a-z]?$/
// "TFG1/R3": the third recommendation of a council's first task and finish group, kept as printed.
const GROUPED = /^[A-Z]{2,6}\d{1,2}[/.-]R?\d{1,2}[a-z]?$|^[A-Z]{2,6}\/\d{2}\/\d{1,3}[a-z]?$/

/**
 * "R4", "R04", "Rec 4", "4" → "R04"; null when the cell is not a recommendation number. Under a
 * "No." column (`bareDigits`), bare digits and a review's own prefix ("EHE1", kept as printed) too.
 */
export function recommendationNumber(printed: string, bareDigits: boolean): string | null {
  // "C1 (closed)": a concluded recommendation marked so beside its number.
  const cell = printed.replace(CLOSED_MARK, '')
  // "1.1", "4.3": numbered within the review's themes, kept as printed.
  if (bareDigits && (DOTTED.test(cell.trim()) || GROUPED.test(cell.trim()))) return cell.trim()
  const prefixed = PREFIXED.exec(cell.trim())
  if (prefixed && bareDigits && !/^rec$/i.test(prefixed[1] ?? '')) return cell.trim()
  const m = R_NUMBER.exec(cell.trim())
  if (!m) return null
  if (!/^r/i.test(cell.trim()) && !bareDigits) return null
  return `R${(m[1] ?? '').padStart(2, '0')}${(m[2] || m[3] || '').toLowerCase()}`
}

const CLOSED_MARK = /\s*\((?:closed|concluded|completed?|signed off)\)\s*$/i

/**
 * A table with no number column numbers each text in its first words: "1. That the Council …",
 * "R3 That …", "1.1 Every school should …" (numbered within its theme). The number needs its stop or its "R": "2,000 homes …" starts a text.
 */
function numberedText(text: string): { number: string; text: string } | null {
  const m =
    /^(?:(\d{1,2}(?:\.\d{1,2})?[a-z]?)[.):]?(?<=\d\.\d{1,2}[a-z]?|[.):])|(R\d{1,2}[a-z]?)[.):]?|recommendation\s+(\d{1,2}[a-z]?)\s*[–:.-]|rec\.?\s*(\d{1,2}[a-z]?)[.):]?)\s+(\S.*)$/i.exec(
      text,
    )
  const number = m === null ? null : recommendationNumber(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', true)
  return number === null ? null : { number, text: m?.[5] ?? '' }
}

// ("PART A: HOSPITAL DISCHARGE TASK GROUP", a part of the report given to it.)
// ("Home Care Market Task Group (Cabinet response 19 April 2018)": when it was answered, not its name.)
const REVIEW_NAME =
  /^\W*(?:(?:part|section|appendix|annex)\s+\w{1,3}\s*[:–-]\s*)?([A-Z][^.:;*]{3,80}?\s(?:scrutiny\s+review|task (?:and|&) finish group|task group|review group|scrutiny inquiry))(?:\s*\((?:cabinet|executive|mayor'?s?)\s+response\b[^)]*\))?\W*$/i

/**
 * A heading naming a review alone ("Temporary Accommodation Scrutiny Review"), its words capitalised
 * as a title's are and no sentence's: it heads that review's tracking.
 */
function namedAlone(text: string): boolean {
  const m = REVIEW_NAME.exec(text)
  if (m === null) return false
  const words = (m[1] ?? '').split(/\s+/).filter(w => w.length > 3)
  return words.every(w => /^[A-Z&(]/.test(w))
}

const TITLE = [
  // "CYP Panel – Inquiry into School Exclusions – Recommendation Tracker", a running header.
  /(?:^|[–-]\s*)(?:scrutiny\s+)?inquiry\s+into\s+(.{4,80}?)\s*[–-]\s*recommendations?\s+track(?:er|ing)\b/i,
  /progress\s+report\s+on\s+implementation\s*[:\-–]?\s*(.{6,})/i,
  /^\W*(?:subject\s*:\s*)?tracking(?:\s+report)?\s*[:\-–]\s*(.{6,})/i,
  /^\W*(?:inquiry|scrutiny inquiry|inquiry title|review)\s*[:\-–]\s*(.{6,})/i,
  // "Scrutiny Commission review: Tackling Loneliness … – Executive Response and Progress Update".
  /^\W*(?:scrutiny\s+|select\s+)?(?:commission|committee|panel|board)\s+(?:review|inquiry)\s*:\s*(.{6,}?)(?:\s+[–-]\s+(?:(?:executive|cabinet|mayor'?s?|management)\s+response|progress update|(?:\w+[- ]month\s+)?update)\b.*)?\W*$/i,
  // "Select Committee Inquiry into the Climate Emergency Response – Executive Response and Progress".
  /^\W*(?:select\s+committee\s+|scrutiny\s+)?inquiry\s+into\s+(.{6,}?)\s+[–-]\s+(?:(?:executive|cabinet|mayor'?s?)\s+response|progress|update)\b.*$/i,
  // "Inquiry into Fly-tipping and Environmental Enforcement (report published March 2017)".
  /^\W*(?:scrutiny\s+)?inquiry\s+into\s+(.{6,}?)\s*\((?:report\s+)?(?:published|agreed|completed)?[^)]*\b\d{4}\)(?:\s*\(continued\))?\W*$/i,
  // "Scrutiny Review of Temporary Accommodation for Homeless Families – twelve-month update".
  // ("… – Action Plan Update (February 2021)" too.)
  /^\W*(?:(?:appendix|annex)\s+\w{1,3}\s*[–:-]\s*)?((?:scrutiny|select committee|scrutiny (?:panel|committee))\s+(?:review|inquiry)\s+(?:of|into|on)\s+.{6,}?)\s+[–-]\s+(?:\w+[- ]month(?:ly)?\s+)?(?:action plan\s+)?(?:update|progress (?:update|report)|monitoring(?: report)?)(?:\s*\((?:[a-z]+\s+)?\d{4}\))?\W*$/i,
  // "Appendix 1 – Recommendation tracking: Hospital Discharge and Community Care (September 2021)".
  /^\W*(?:subject\s*:\s*|(?:appendix|annex)\s+\w{1,3}\s*[–:-]\s*)?recommendations?\s+(?:monitoring|tracking|tracker)\s*[:\-–]\s*(.{6,}?)(?:\s*\((?:[a-z]+\s+)?\d{4}\))?\W*$/i,
  // "Appendix 2: Progress with Recommendations – Getting Online: Tackling Digital Exclusion".
  /^\W*(?:appendix|annex)\s+\w{1,3}\s*[:\-–]\s*progress (?:with|on|against) (?:the )?recommendations\s*[:\-–]\s*(.{6,})/i,
  // Other councils name the review first: "Hospital Discharge Task and Finish Group – Tracking of
  // Recommendations", "… Review of Temporary Accommodation – Update on Implementation of
  // Recommendations", "…: Six-Month Monitoring of Recommendations", "Appendix 1 – …: progress
  // against recommendations", "Appendix A – Scrutiny Review of …: Executive Response and Action Plan".
  /^\W*(?:(?:report\s+)?(?:title|subject)\s*:\W*)?(?:(?:appendix|annex)\s+\w{1,3}\s*[–:-]\s*)?(.{6,}?)\s*(?:[–:-]\s*(?:(?:(?:\w+[- ]month\s+)?(?:tracking|monitoring|review)|(?:update|progress) on (?:the )?implementation) of|(?:\w+[- ]month\s+)?update on) (?:the )?recommendations|[–-]\s*implementation monitoring|[–:-]\s*progress (?:against|on|with) (?:the )?(?:outstanding )?recommendations|[–:-]\s*recommendations\s+(?:(?:and|&)\s+)?progress|[:–-]\s*recommendations? (?:track(?:ing|er)|monitoring|update)|[–:-]\s*(?:executive|cabinet(?:\s+member['’]s)?|mayor'?s?)\s+response\s+and\s+action\s+plan|[–:-]\s*nhs\s+response\b)\b/i,
  // "Appendix A – TFG1: Empty Homes Task and Finish Group": an appendix given to one review's tracking.
  // ("Table A: Surface Water Flooding Task and Finish Group" too.)
  /^\W*(?:appendix|annex|table)\s+\w{1,3}\s*[–:-]\s*((?!(?:the|terms|scope|report|minutes|notes|evidence|summary|findings|progress|update|implementation|management|executive|cabinet)\b)[A-Z].{4,80}?\s(?:task (?:and|&) finish group|review|inquiry)(?:\s+(?:of|into|on)\s+[A-Z].{3,80})?)\W*$/i,
  // "Appendix A – Tackling Fly-tipping Scrutiny Panel: action plan, updated October 2020".
  /^\W*(?:(?:appendix|annex|table)\s+\w{1,3}\s*[–:-]\s*)?([A-Z].{4,80}?\s(?:scrutiny\s+panel|task (?:and|&) finish group|(?:scrutiny\s+)?review|inquiry))\s*[:–-]\s*(?:(?:updated\s+)?action plan|progress|implementation|update|outcomes)\b.*$/i,
  // "SCRUTINY REVIEW OF RURAL TRANSPORT – SCRUTINY REVIEW ACTION PLAN": the review named first.
  /^\W*(?:(?:appendix|annex)\s+\w{1,3}\s*[–:-]\s*)?((?:scrutiny\s+)?(?:review|inquiry)\s+(?:of|into)\s+.{6,80}?)\s*[–:-]\s*(?:(?:scrutiny\s+)?review\s+)?(?:action\s+plan|monitoring|progress|implementation)\b.*$/i,
  // "Challenge Session on Access to GP Services – Action Plan Update (March 2024)".
  /^\W*((?:scrutiny\s+)?challenge\s+session\s+(?:on|into)\s+.{6,}?)\s*[–:-]\s*(?:action plan|progress|implementation|update)\b.*$/i,
  // "Agency Workers and Interim Spend Task Group – Task Group Recommendations – Progress Report, March 2024".
  /^\W*(.{6,}?(?:task\s+group|task (?:and|&) finish group|review|inquiry))\s*[–:-]\s*(?:(?:task\s+group\s+)?recommendations\s*[–:-]\s*)?progress\s+report\b.*$/i,
  // "Table 1: Review 1 – Supporting Unpaid Carers": the reviews a report tracks, numbered.
  /^\W*(?:table\s+\w{1,3}\s*[:.–-]\s*)?(?:scrutiny\s+)?(?:review|inquiry)\s+\d{1,2}\s*[:–-]\s*(.{6,}?)\W*$/i,
  // "5. Scrutiny Review of Support for Unpaid Carers (2019)": a section heading naming the review alone.
  /^\W*(?:\d{1,2}\.?\s+)?scrutiny\s+(?:review|inquiry)\s+(?:of|into)\s+((?:(?!\s[–-]\s)[^:]){6,}?)(?:\s*\(\d{4}(?:\/\d{2,4})?\))?\W*$/i,
  // "Appendix 2: Access to GP and Primary Care Services (2018) – outstanding recommendations".
  /^\W*(?:(?:appendix|annex)\s+\w{1,3}\s*[–:-]\s*)?(.{6,}?)(?:\s*\(\d{4}\))?\s*[–:-]\s*outstanding\s+recommendations\b/i,
  // "Review of Adult Skills (2018/19)": a review named with its year.
  /^\W*review\s+of\s+([A-Z].{3,80}?\s\(\d{4}(?:\/\d{2,4})?\))\W*$/i,
  // "Scrutiny review: Air Quality around Schools" alone, after the forms that say what of it follows.
  /^\W*scrutiny\s+review\s*:\s*(.{6,}?)(?:\s*\(continued\))?\W*$/i,
  // "**Temporary Accommodation Scrutiny Review**": a heading of the review's name alone (`namedAlone`).
  REVIEW_NAME,
  // "A. Adults and Health Scrutiny Board: Hospital Discharge and Reablement – Cabinet response 11
  // March 2025": a group row of a tracker of several boards' reviews, the board, then its review.
  /^\W*(?:[A-Z]\.\s+)?[A-Z][A-Za-z&,'’ ]{2,80}?\sscrutiny\s+(?:board|panel|committee|commission|sub-committee)\s*:\s*([A-Z].{5,120}?)(?:\s+[–—-]\s+.*)?$/i,
]

const TITLE_WORD =
  /implementation|tracking|inquiry|review|recommendation|task (?:and|&) finish|task group|scrutiny (?:panel|board)|challenge session/i

/** The inquiry a report line names, if it is a report title line. */
function inquiryTitle(text: string): string | null {
  // Every title pattern names one of these words: a cheap test spares most lines the patterns.
  if (text.length > 300 || !TITLE_WORD.test(text)) return null
  for (const pattern of TITLE) {
    const m = pattern.exec(text)
    // "Appendix 2 – Progress on implementation of recommendations" names no inquiry.
    // "Appendix 2 – Progress on …" and "Subject: Recommendation Tracking" name no inquiry.
    // "Appendices: Appendix A – Progress on recommendations; …" lists the papers.
    // "Recommendation tracking – position at July 2021" names the round, not the inquiry.
    if (/^(?:the\s+)?(?:position|progress|update|status)\b.{0,30}\b\d{4}\W*$/i.test(cleanCell(m?.[1]))) return null
    // "Appendix 1 – Progress on recommendations – October 2023 (continued)": the round's date, no inquiry.
    if (/^(?:[a-z]+\s+)?\d{4}(?:\s*\(continued\))?$/i.test(cleanCell(m?.[1]))) return null
    // "Scrutiny Board (Adults and Health) – Recommendation Tracking": the body that tracks, no inquiry.
    // ("Empty Homes Scrutiny Panel" is a review's own panel, and names it.)
    const body = cleanCell(m?.[1])
    if (
      /^(?:the\s+)?(?:overview\s+and\s+)?scrutiny\s+(?:board|committee|panel|commission)\b|\b(?:board|committee)\s*\([^)]*\)$/i.test(
        body,
      )
    )
      return null
    if (m && !/^(?:(?:appendix|annex)\s+\w{1,3}|subject|title|report)$|\bappendi(?:x|ces)\b/i.test(cleanCell(m[1])))
      return inquiryName(cleanCell(m[1]))
  }
  return null
}

/**
 * "Scrutiny Review of Temporary Accommodation", "Scrutiny Panel Review of …", "Select Committee
 * Review of …" name the inquiry "Temporary Accommodation", as other packs and its own details table do.
 */
function inquiryName(text: string): string {
  return (
    text
      .replace(/[.:]$/, '')
      // "Chairman, Car Parking Task and Finish Group", a report's signature: the group, not its chair.
      .replace(/^(?:vice[- ])?chair(?:man|woman|person)?\s*(?:,|of\s+the)\s+(?=[A-Z])/i, '')
      // "Item 6(a) – Young Carers Task and Finish Group": the agenda's number for the paper goes.
      .replace(/^(?:agenda\s+)?item\s+\d{1,2}(?:\.\d{1,2}|\s*\(?[a-z]\))?\s*[–:-]\s*(?=\S)/i, '')
      // "Recommendations of the Task and Finish Group on …: progress at July 2017": the group's name.
      .replace(/^recommendations\s+of\s+(?:the\s+)?(?=[A-Z])(.*?)(?:\s*:\s*progress\b.*)?$/i, '$1')
      // "TFG1: Empty Homes Task and Finish Group": the council's code for the group goes.
      .replace(/^[A-Z]{2,6}\d{1,2}\s*:\s*(?=\S)/, '')
      // "Scrutiny review: Air Quality around Schools".
      .replace(/^(?:scrutiny\s+)?(?:review|inquiry)\s*:\s*(?=\S)/i, '')
      // "Damp and Mould in Council Homes: Scrutiny Review": the review's name, not what it was.
      .replace(/\s*[:–-]\s*(?:scrutiny\s+)?(?:review|inquiry)$/i, '')
      // "Review of Roads Maintenance: outstanding recommendations": the list, not the review.
      // ("Inquiry into …: progress on recommendations (September 2025)" too.)
      .replace(
        /\s*[:–-]\s*(?:(?:outstanding|concluded|open|closed)|progress\s+(?:on|against|with)\s+(?:the\s+)?)\s*recommendations\b.*$/i,
        '',
      )
      // "…: Action Plan", "… – Action Plan": the paper, not the review.
      // (Its last word may be left on the line below by a PDF: "…: ACTION" / "PLAN".)
      .replace(/\s*[:–-]\s*action(?:\s+plan)?$/i, '')
      // "Digital Inclusion Scrutiny Review – "Bridging the Digital Divide"": its report's title after it.
      .replace(/\s+[–-]\s+["“][^"”]{3,80}["”]$/, '')
      // "… (reported to Cabinet 12 March 2025)": when it was reported, not its name.
      .replace(
        /\s*\((?:(?:reported|agreed|approved|considered|presented|endorsed)\s+(?:to|by|at)\s+)?cabinet\b[^)]*\)$/i,
        '',
      )
      .replace(
        /^(?:the\s+)?(?:scrutiny\s+|select\s+)?(?:panel\s+|committee\s+|commission\s+|board\s+)?(?:review|inquiry)\s+(?:of|into|on)\s+(?=\S)/i,
        '',
      )
  )
}

const EVIDENCE = /^(<[a-z]+>)?\W*evidence of progress/i

/**
 * A report's details table names the inquiry ("Inquiry: | Youth Employment and Skills"), or gives a
 * title that does ("Report title: | Hospital Discharge Task and Finish Group – Tracking of Recommendations").
 */
function namedInquiry(label: string, value: string): string | null {
  // "Review: Temporary Accommodation (2022/23)" across the table, above its recommendations.
  // ("Review: Youth Violence (2023) | Cabinet response: 12 March 2024", another label beside it.)
  const beside = value === '' || /^[A-Z][\w ']{2,30}:\s/.test(value)
  const spanning = beside ? /^(?:scrutiny\s+)?(?:review|inquiry)\s*:\s*(\S.{4,})$/i.exec(cleanCell(label)) : null
  if (spanning) return inquiryName(spanning[1] ?? '')
  // "Inquiry | 1 | 2 | … | Total": a summary's header, numbering the categories.
  if (!/[A-Za-z]{3}/.test(value)) return null
  if (INQUIRY_LABEL.test(label)) return inquiryName(value)
  return /^(?:report\s+)?(?:title|subject)(?:\s+of\s+report)?\s*:?$/i.test(label) ? inquiryTitle(value) : null
}

const INQUIRY_LABEL =
  /^(inquiry|scrutiny inquiry|inquiry title|(?:name|title) of (?:the )?(?:inquiry|review)|review|scrutiny review|review title)\s*:?$/i

// An inquiry report's running footer: its page number beside "Report of the … Committee, 10 January 2017".
const RUNNING_FOOTER = /^\d{1,3}\s+report of the\b.{0,120}\b(committee|scrutiny)\b/i

// The line under an inquiry report's title on its cover: the title is the line above it.
const REPORT_COVER = /^\W*a report from (the )?overview (and|&) scrutiny\b/i

// Lines that start another document or appendix: evidence text stops there.
const DOCUMENT_BREAK =
  /^\W*(appendix|annex)\b|work programme\b|^\W*report (of|to)\s*:|^\W*(date|title|subject)\s*:|^\W*birmingham city council\s*$|^\W*contact officer/i

interface State {
  cols: Columns | null
  title: string | null
  theme: string | null
  current: ParsedRecommendation | null
  mode: 'text' | 'evidence' | null
  sinceRow: number
  /**
   * Lines with text since the current recommendation's text last grew: a header row soon after a
   * text that stops short is the header repeated on the next page, whatever a reprint made of the
   * pages (the pack's own "Page 32 of 60" footer printed mid-page), and the text goes on under it.
   */
  sinceText: number
  /** The header row just read, whose wrapped words may follow as a row of their own. */
  header: string[] | null
  /** Page of the current recommendation's last row, to take the rest of its text from the next page. */
  rowPage: number
  /** The current recommendation's row as extracted, its wrapped and broken parts joined. */
  rowCells: string[]
  /** Columns of the table's header, to place the rest of a row broken by the page. */
  width: number
  warnedTitle: boolean
  /**
   * The current recommendation's row stopped after its text: the text had line breaks of its own
   * (a list "a) … b) …"), and its other cells follow on the line of the text's last part.
   */
  restToCome: boolean
  /** The last prose line went on with the current recommendation's text; its paragraph may run on. */
  joining: boolean
  /** The pack's key to its own rating words, if it prints one. */
  legend: RatingLegend
  /** Lines printed at the top of several pages (`runningHeaders`). */
  runningHeaders: ReadonlySet<string>
  /** The last appendix heading read ("Appendix 2"), to tell its repeats at the top of each page. */
  appendix: string | null
  /** Inquiries the pack names as tracked ("Tracking: Tackling Fly-Tipping …"), lower case. */
  tracked: string[]
  /** A recommendation set out as a block of labelled lines, being read. */
  block: RecommendationBlock | null
  /** Rows of another table numbered as recommendations are ("Rec. | Summary | Cabinet response"). */
  foreign: boolean
  /** The label of the current recommendation's last row of its own ("Response", "Update"), if any. */
  subRow: string | null
  /** A recommendation listed as a bullet, being read. */
  bullet: RecommendationBullet | null
  /** The agenda item whose report is being read, from its "Item 7" mark at the top of a page. */
  item: string | null
  /** The pack's meeting, to tell a column dated to an earlier one. */
  meetingDate: string | null
}

const ITEM_MARK = /^\W*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\W*$/i

/**
 * "Item 8" at the top of a page after item 7's pages starts another report: the table read before
 * it ends there, and a count of actions by status below it is no recommendation of item 7's.
 */
function startsAnotherItem(text: string, state: State): boolean {
  const item = ITEM_MARK.exec(cleanLine(text))?.[1]?.toLowerCase()
  if (item === undefined) return false
  if (state.item !== null && item !== state.item) Object.assign(state, { cols: null, current: null, title: null })
  state.item = item
  return true
}

/** The meeting before the pack's that a header names ("Committee's Assessment (20 March 2015)"), or null. */
function dateBefore(header: string | undefined, meetingDate: string | null): string | null {
  const dated = /\(([^)]*\d{4})\)/.exec(cleanCell(header))?.[1]
  const date = dated === undefined ? null : parseDateIn(dated)
  return date !== null && meetingDate !== null && date.length === 10 && date < meetingDate ? date : null
}

function cell(cells: string[], index: number): string {
  return index < 0 ? '' : cleanCell(cells[index])
}

function startRecommendation(number: string, cells: string[], line: Line, state: State, warnings: ParseWarning[]) {
  const cols = state.cols ?? DEFAULT_COLUMNS
  state.subRow = null
  if (state.title === null && !state.warnedTitle) {
    warnings.push({ page: line.page, message: `Recommendations: no inquiry title found before ${number}` })
    state.warnedTitle = true
  }
  const text = cell(cells, cols.text)
  if (text === '' && cols.text >= 0)
    warnings.push({ page: line.page, message: `Recommendations: ${number} has no recommendation text` })
  const rec: ParsedRecommendation = {
    inquiry: state.title ?? '',
    number,
    text,
    ...rowFields(cells, cols, state.legend),
    source_page: line.page,
    evidence: null,
    theme: state.theme,
  }
  state.current = rec
  state.mode = 'text'
  const later = Math.max(cols.responsibility, cols.completion, cols.self, cols.committee)
  state.restToCome = later > cols.text && text !== '' && cells.slice(cols.text + 1).every(c => cleanCell(c) === '')
  return rec
}

/** A recommendation's cells after its text: who, by when, and the assessments. */
function rowFields(cells: string[], cols: Columns, legend: RatingLegend) {
  const completion =
    cols.completion >= 0
      ? cell(cells, cols.completion)
      : labelledIn(cells, cols, DUE_LABEL) || labelledIn(cells, cols, PROMISED_BY)
  const responsible = cols.responsibility >= 0 ? cell(cells, cols.responsibility) : labelledIn(cells, cols, LEAD_LABEL)
  const concluded = cell(cells, cols.concluded)
  const self = cell(cells, cols.self)
  const committee = assessmentIn(cell(cells, cols.committee), legend)
  const selfAssessment = self === '' ? null : assessmentIn(self, legend)
  return {
    // "N/A" beside a recommendation not agreed: no one is responsible.
    responsibility: givesNoDate(responsible) ? null : responsible,
    completion_date: givesNoDate(completion) ? null : completion,
    // The assessment the pack states: the committee's where the table has its column (blank: not
    // yet assessed, even beside the executive's own), else the executive's.
    assessment: cols.committee >= 0 ? committee : selfAssessment,
    committee_assessed_on: cols.committeeOn ?? null,
    committee_assessment: committee,
    self_assessment: selfAssessment,
    date_concluded: concluded === '' ? null : parseDateIn(concluded),
  }
}

// A table with no columns for who and by when may say so in the response's cell: "Agreed. Lead
// officer: Environmental Health Manager. Target date: December 2014."
const LEAD_LABEL = /\b(?:lead(?:\s+officer)?|responsible(?:\s+officer)?)\s*:\s*([^.;]+?)\s*(?:[.;]|$)/i
const DUE_LABEL = /\b(?:target|due|completion|timescale|deadline)(?:\s+date)?\s*:\s*([^.;]+?)\s*(?:[.;]|$)/i
// Or only in the words of an accepted response: "Accepted (12 January 2023). … publish it by March 2023."
const PROMISED_BY =
  /^\W*(?:accepted|agreed)\b.*?\bby\s+((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\b/i

/** The value a label gives in one of the row's cells after its text, or ''. */
function labelledIn(cells: string[], cols: Columns, label: RegExp): string {
  for (const [i, c] of cells.entries()) {
    if (i === cols.text || i === cols.number) continue
    // ("Lead: …<br>Target date: …<br>Progress: …": a line each.)
    for (const part of wrappedParts(c.split(/<br\s*\/?>/i))) {
      const m = label.exec(cleanCell(part))
      if (m) return m[1] ?? ''
    }
  }
  return ''
}

/**
 * A cell's lines, each joined to the one before it unless it opens with a label: layout text wraps
 * a value at its column's width ("Agreed. Lead: Cabinet Member" / "for Housing and" / "Homelessness.
 * Timescale:" / "March 2022").
 */
function wrappedParts(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const text = cleanCell(part)
    const wraps = out.length > 0 && text !== '' && !/^[A-Z][A-Za-z ]{1,30}:/.test(text)
    if (wraps) out[out.length - 1] = `${out.at(-1)} ${text}`
    else out.push(part)
  }
  return out
}

// "R05", "R4, R6", "3 and 5": recommendations referred to by number only.
const REFERENCES_ONLY = /^(?:R\d{1,2}[a-z]?|\d{1,2}[a-z]?)(?:\s*(?:,|&|\/|and)\s*(?:R\d{1,2}[a-z]?|\d{1,2}[a-z]?))*$/i

/** The line that ends a recommendation's text, with the row's other cells beside it. */
function endRow(rec: ParsedRecommendation, cells: string[], cols: Columns, state: State): void {
  const row = [...Array.from({ length: cols.text }, () => ''), ...cells]
  Object.assign(rec, { text: joinText(rec.text, cell(row, cols.text)) }, rowFields(row, cols, state.legend))
  state.restToCome = false
}

/**
 * Prose lines among the first few of two pages or more ("Appendix 2", "Scrutiny Board (Adults and
 * Health) – Recommendation Tracking"): a running header, never the rest of a row the page broke.
 */
function runningHeaders(lines: Line[]): Set<string> {
  const seen = new Map<string, number>()
  // Rows of two cells anywhere: one printed mid-page too ("Scrutiny judgement | Fully achieved") is no header.
  const pairs = new Map<string, number>()
  let page = -1
  let taken = 0
  let blanks = 0
  for (const line of lines) {
    // A page starts at its own number, or after the run of blank lines a text with no page numbers
    // leaves between pages.
    if (line.page !== page || (blanks >= 2 && line.text.trim() !== '')) [page, taken] = [line.page, 0]
    blanks = line.text.trim() === '' ? blanks + 1 : 0
    // ("Select Committee – 10 July 2019 | Item 7", a header of two cells, is one too, as a page's first line.)
    const cells = line.text.split('\t').filter(c => c.trim() !== '').length
    if (cells === 2) pairs.set(cleanCell(line.text), (pairs.get(cleanCell(line.text)) ?? 0) + 1)
    // (A row under the page's first line ends its top: "Progress at 14 January 2025" several rows
    // down, on page after page, is a block's, no header.)
    if (cells >= 2 && taken > 0) taken = 4
    if (taken >= 4 || line.text.trim() === '' || cells > 2 || (cells === 2 && taken > 0)) continue
    taken++
    const text = cleanCell(line.text)
    seen.set(text, (seen.get(text) ?? 0) + 1)
  }
  // The marker that evidence follows stands at the top of many pages too, and is no header.
  const header = ([text, n]: [string, number]): boolean =>
    n >= 2 &&
    n >= (pairs.get(text) ?? 0) &&
    /^[A-Z0-9(]/.test(text) &&
    !/[,;]$/.test(text) &&
    text.length <= 100 &&
    !EVIDENCE.test(text)
  return new Set([...seen].filter(header).map(([text]) => text))
}

const TRACKED = /\btracking:\s*(.{6,}?)\s*(?:\(.*)?$/i

function trackedInquiries(lines: Line[]): string[] {
  const names = new Set<string>()
  for (const line of lines) {
    if (!line.text.includes('racking:')) continue
    const m = TRACKED.exec(cleanCell(line.text))
    if (m?.[1]) names.add(sameWords(m[1]))
  }
  return [...names]
}

const sameWords = (text: string): string => text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim()

/** A theme row naming an inquiry the pack tracks (the one a prefix of the other). */
function namesTracked(theme: string, tracked: readonly string[]): boolean {
  const t = sameWords(theme)
  return tracked.some(n => n.length >= 8 && (t.startsWith(n) || n.startsWith(t)))
}

/** A theme row ("B\tPolicies and Procedures", "C Multi-Agency Working") groups the recommendations after it. */
function themeOf(cells: string[]): string | null {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  const [first, second] = filled
  if (first === undefined || filled.length > 2) return null
  if (/^[A-Z]$/.test(first) && second !== undefined) return second
  const m = /^([A-Z])\s+([A-Z][\w&,'() -]{3,80})$/.exec(first)
  return m && second === undefined ? (m[2] ?? null) : null
}

function addEvidence(rec: ParsedRecommendation, text: string) {
  if (text !== '' && (rec.evidence?.length ?? 0) < 20_000) rec.evidence = joinText(rec.evidence ?? '', text)
}

function onRow(cells: string[], line: Line, state: State, out: ParsedRecommendation[], warnings: ParseWarning[]) {
  // "TRACKER – SEPTEMBER 2025 | Appendix A" at the top of the page a row broke over: no row of the table.
  const broken = state.current !== null && textGoesOn(state.current.text)
  if (broken && cells.length <= 3 && state.runningHeaders.has(cleanCell(line.text))) return
  state.joining = false
  const header = state.header
  state.header = null
  const whole = header !== null ? withHeaderRest(header, cells) : null
  if (whole !== null) {
    state.cols = recommendationColumns(whole) ?? state.cols
    return
  }
  if (mayBeHeader(cells)) {
    const columns = recommendationColumns(cells)
    // Another table numbered the same way ("Rec. | Summary | Cabinet response"): the last one is
    // over, and this one's rows are not recommendations with their texts.
    const another = header === null && columns === null
    // So is a summary headed in words of its own ("Review | Outstanding recommendations | Date of tracking").
    const inTable = state.cols !== null
    if (another && (/^(no\.?|rec\.?|ref\.?|number)$/.test(headerKey(cells[0])) || (inTable && wordsOnly(cells)))) {
      Object.assign(state, { cols: null, current: null, mode: null, foreign: true })
      return
    }
    if (columns !== null) {
      state.foreign = false
      state.cols = { ...columns, committeeOn: dateBefore(cells[columns.committee], state.meetingDate) }
      state.header = cells
      state.width = rowWidth(cells)
      // The header repeated at the top of the next page: the row it broke goes on under it. Where
      // the page break left no trace (a few blank lines), an unfinished text right above tells.
      const rec = state.current
      const broken = line.page > state.rowPage || (rec !== null && state.sinceText <= 6 && textGoesOn(rec.text))
      if (!(broken && state.mode === 'text')) state.current = null
      state.sinceRow = 0
      return
    }
  }
  if (state.foreign) return
  const cols = state.cols ?? DEFAULT_COLUMNS
  // Outside a recommendations table only a short "R04"-like first cell matters; skip cleaning the rest.
  if (state.cols === null && (cells[0]?.length ?? 0) > 30) return
  // "5. | Scrutiny Review of Support for Unpaid Carers (2019)": a numbered section naming the review.
  const titledSection = numberedSectionTitle(cells)
  if (titledSection !== null) {
    Object.assign(state, { title: titledSection, theme: null, current: null, cols: null })
    return
  }
  // "**Review of GP Access (2022)**" in a row of its own across the table: the review its rows are of.
  const alone = state.cols !== null && cells.filter(c => cleanCell(c) !== '').length === 1 ? cleanCell(cells[0]) : ''
  const reviewRow = alone !== '' ? inquiryTitle(alone) : null
  if (reviewRow !== null) {
    Object.assign(state, { title: reviewRow, theme: null, current: null })
    return
  }
  if (state.cols !== null && sectionRow(cells)) {
    Object.assign(state, { cols: null, current: null, mode: null })
    return
  }
  cells = withoutFalseIndent(cells, cols)
  const first = cell(cells, Math.max(cols.number, 0))
  if (RUNNING_FOOTER.test(cleanCell(cells.join(' ')))) return
  // "Review | Complete | Green | …": a summary's header, no details table naming the review.
  const filled = cells.filter(c => c.trim() !== '')
  // Its value may stand a column further on than the label's next ("Review: | | Flood Resilience").
  const value =
    cell(cells, Math.max(cols.number, 0) + 1) || (cleanCell(filled[0]) === first ? cleanCell(filled[1]) : '')
  const named = filled.length <= 3 ? namedInquiry(first, value) : null
  if (named !== null) {
    Object.assign(state, { title: named, theme: null, current: null })
    return
  }
  const embedded = state.cols !== null && cols.number < 0 ? numberedText(cell(cells, cols.text)) : null
  if (embedded !== null) cells = cells.map((c, i) => (i === cols.text ? embedded.text : c))
  const number = embedded?.number ?? recommendationNumber(first, state.cols !== null && cols.number >= 0)
  // A summary under the table ("Complete | 2"), its text cell empty, is no recommendation of it.
  const summary =
    state.cols !== null && cols.text >= 0 && cell(cells, cols.text) === '' && cells.filter(c => c.trim()).length <= 2
  const enough =
    (state.cols !== null && !summary) || (cells.filter(c => c.trim() !== '').length >= 3 && !figuresRow(cells))
  // "EHE1 | Assess the suitability … | … | R05": an action plan's row naming the recommendation it
  // serves, its "Inquiry Recommendation" cell a number alone, no recommendation of its own.
  if (number !== null && enough && REFERENCES_ONLY.test(cell(cells, cols.text))) {
    state.current = null
    return
  }
  if (number !== null && enough) {
    // Its inquiry named in its row, or left blank under the row that named it.
    const inquiry = cleanCell(cells[cols.inquiry ?? -1]).replace(/\s*\(continued\)$/i, '')
    if (inquiry !== '') Object.assign(state, { title: inquiryName(inquiry), theme: null })
    out.push(startRecommendation(number, cells, line, state, warnings))
    state.rowCells = [...cells]
    state.sinceRow = 0
    state.sinceText = 0
    state.rowPage = line.page
    return
  }
  if (state.current !== null && SUB_ROW.test(cleanCell(cells[0]))) {
    state.subRow = cleanCell(cells[0])
    return subRow(state.current, cells, state.legend)
  }
  // The rest of such a row the page broke, its label left behind on the page before.
  if (state.current !== null && state.subRow !== null && cleanCell(cells[0]) === '')
    return subRow(state.current, [state.subRow, ...cells.slice(1)], state.legend)
  const theme = state.cols !== null ? themeOf(cells) : null
  // ("**Review of GP Access (2022)**" across the table: a review named as one.)
  const reviewNamed = theme !== null && !namesTracked(theme, state.tracked) ? inquiryTitle(theme) : null
  if (theme !== null && (namesTracked(theme, state.tracked) || reviewNamed !== null)) {
    // "B | Tackling Fly-Tipping in Our Neighbourhoods": a second inquiry in the same table.
    Object.assign(state, { title: reviewNamed ?? theme, theme: null, current: null })
    return
  }
  if (theme !== null) {
    // The theme repeated at the top of the next page, the row it broke going on below it.
    const broken = state.current !== null && textGoesOn(state.current.text)
    if (theme !== state.theme && !broken) state.current = null
    state.theme = theme
    return
  }
  const open = state.current
  if (state.restToCome && open !== null && first !== '' && cells.length > 1) return endRow(open, cells, cols, state)
  const rec = state.current
  if (rec === null || allEmpty(cells)) return
  // The marker row may stand in any column (a table with a column of page-number debris before "No.").
  if (cells.some(c => EVIDENCE.test(c.trimStart()))) {
    state.mode = 'evidence'
    return
  }
  if (state.mode === 'evidence')
    addEvidence(
      rec,
      // Columns before "No." hold page-number debris, not evidence.
      cells
        .slice(Math.max(cols.number, 0))
        .map(c => cleanCell(c))
        .filter(Boolean)
        .join(' '),
    )
  else carryOn(rec, cells, line, state)
}

// A recommendation's row followed by rows of its own labelled in their first cell:
// "Response | Agreed – … | Lead: Head of HR | Target: October 2023", "Update | … | Panel RAG | Amber".
const SUB_ROW = /^(?:(?:cabinet |executive )?response|update|progress(?: update)?)$/i
const RATING_LABEL = /\b(?:rag|rating|assessment|status)$/i

function subRow(rec: ParsedRecommendation, cells: string[], legend: RatingLegend): void {
  const filled = cells.slice(1).map(c => cleanCell(c))
  for (const [k, text] of filled.entries()) {
    const lead = /^(?:lead(?: officer)?|responsib\w*)\s*:\s*(\S.*)$/i.exec(text)?.[1]
    const due = /^(?:target(?: date)?|due(?: date)?|deadline|timescale)\s*:\s*(\S.*)$/i.exec(text)?.[1]
    const rated = RATING_LABEL.test(text) && k > 0 ? (filled[k + 1] ?? '') : null
    if (lead !== undefined) rec.responsibility = givesNoDate(lead) ? null : lead
    else if (due !== undefined) rec.completion_date = givesNoDate(due) ? null : due
    else if (rated !== null && rated !== '') {
      const code = assessmentIn(rated, legend)
      Object.assign(rec, { assessment: code, committee_assessment: code })
    }
  }
  if (/^(?:update|progress)/i.test(cleanCell(cells[0]))) addEvidence(rec, filled[0] ?? '')
}

/**
 * A row with no number under a recommendation: more of its row, wrapped, or the rest of it on the
 * next page, where extraction could not see which columns it is in and the cells left unfinished
 * above tell (alignBrokenRow).
 */
function carryOn(rec: ParsedRecommendation, cells: string[], line: Line, state: State): void {
  const cols = state.cols ?? DEFAULT_COLUMNS
  const row = continuationRow(rec, cells, line, state, cols)
  // A row of its own that is no recommendation's (another table's, "Crowther Fold | 341 | 13"):
  // the recommendation's row is over, and no prose below carries it on.
  if (row === null) {
    if (line.page > state.rowPage || state.sinceRow > 2) state.current = null
    return
  }
  continueRecommendation(rec, row, cols, state.legend)
  state.rowCells = Array.from({ length: Math.max(state.rowCells.length, row.length) }, (_, i) =>
    joinText(state.rowCells[i] ?? '', row[i] ?? ''),
  )
  // "… Lead: Cabinet Member for" / "Housing. Timescale:" / "March 2022", the response's cell broken
  // by the page: who and by when it names, read whole.
  const lead = cols.responsibility < 0 ? labelledIn(state.rowCells, cols, LEAD_LABEL) : ''
  if (lead !== '' && !givesNoDate(lead)) rec.responsibility = lead
  const due = cols.completion < 0 ? labelledIn(state.rowCells, cols, DUE_LABEL) : ''
  if (due !== '' && !givesNoDate(due)) rec.completion_date = due
  // A rating wrapped in its cell ("Implemented" / "(late)", "No longer" / "applicable") is read whole.
  if (cell(row, cols.committee) !== '') {
    const { assessment, committee_assessment, self_assessment } = rowFields(state.rowCells, cols, state.legend)
    if (assessment !== null) Object.assign(rec, { assessment, committee_assessment, self_assessment })
  }
  state.rowPage = line.page
  state.sinceText = 0
}

/** The cells a row with no number adds to the recommendation's row, in its columns; null for none. */
function continuationRow(
  rec: ParsedRecommendation,
  cells: string[],
  line: Line,
  state: State,
  cols: Columns,
): string[] | null {
  if (cell(cells, Math.max(cols.number, 0)) === '')
    return line.page > state.rowPage ? alignBrokenRow(cells, state.width, state.rowCells, [cols.number]) : cells
  if (brokenNumberedText(rec, cells, line, state, cols)) return alignBrokenRow(cells, state.width, state.rowCells, [])
  return restOfBrokenText(rec, cells, line, state) ? textOnly(cells, cols) : null
}

/**
 * In a table whose texts carry their numbers ("2. That every nightly-paid …"), the rest of a row the
 * page broke starts in the text's own column: a row at the top of the next page whose first cell
 * carries the unfinished text on ("property used as temporary accommodation …").
 */
function brokenNumberedText(
  rec: ParsedRecommendation,
  cells: string[],
  line: Line,
  state: State,
  cols: Columns,
): boolean {
  if (cols.number >= 0 || state.mode !== 'text' || line.page <= state.rowPage) return false
  return carriesOnText(rec.text, cell(cells, cols.text), false, false)
}

/**
 * A row at the top of a page holding one cell, after a text that stops short: the rest of that
 * text, whichever column extraction put it in (it cannot see how many columns the row is missing
 * when nothing on the page lines up with it).
 */
function restOfBrokenText(rec: ParsedRecommendation, cells: string[], line: Line, state: State): boolean {
  if (state.mode !== 'text' || line.page <= state.rowPage) return false
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  return filled.length === 1 && carriesOnText(rec.text, filled[0] ?? '', true, false)
}

/** A row of one cell as a row with that text in the recommendation column. */
function textOnly(cells: string[], cols: Columns): string[] {
  const row = Array.from({ length: Math.max(cols.text + 1, 1) }, () => '')
  row[Math.max(cols.text, 0)] = cells.find(c => cleanCell(c) !== '') ?? ''
  return row
}

/**
 * A whole row at the top of a page set in from the margin (cell padding) with nothing above to line
 * up with: extraction marks it as missing a first column, but its number is there, one cell on, and
 * it has a cell more than the table has columns.
 */
function withoutFalseIndent(cells: string[], cols: Columns): string[] {
  const width = Math.max(...Object.values(cols)) + 1
  if (cols.number < 0 || cells.length <= width || cleanCell(cells[cols.number]) !== '') return cells
  const shifted = recommendationNumber(cleanCell(cells[cols.number + 1]), true)
  return shifted === null ? cells : [...cells.slice(0, cols.number), ...cells.slice(cols.number + 1)]
}

// A report titled on two lines: the review, then "TRACKING OF RECOMMENDATIONS – FIRST REPORT",
// "EXECUTIVE RESPONSE AND ACTION PLAN – PROGRESS AT OCTOBER 2023" or "Progress on recommendations –
// September 2019".
const TRACKING_HEADING =
  /^\W*(?:tracking of (?:the )?recommendations|(?:executive|cabinet) response and (?:action|implementation) plan|progress (?:on|against|with) (?:the )?recommendations\s*[–-])/i

function trackingTitle(lines: Line[], at: number, state: State): void {
  let i = at - 1
  while (i >= 0 && cleanLine(lines[i]?.text ?? '') === '') i--
  const above = cleanLine(lines[i]?.text ?? '')
  // In capitals, or naming the kind of review it was ("Task and Finish Review of Agency Staff, …").
  const named = above === above.toUpperCase() || /\b(?:review|inquiry|task (?:and finish )?group)\b/i.test(above)
  if (above.length < 6 || above.length > 120 || !named || /\d/.test(above)) return
  Object.assign(state, { title: inquiryName(above), theme: null, current: null })
}

// A details table about the inquiry: "Member who led the Inquiry:", "Date approved at City Council:".
const GENERIC_TRACKER =
  /^\W*recommendations?\s+(?:tracker|tracking|monitoring)(?:\s+report)?\s*[–—:,(-]?\s*(?:[a-z]+\s+)?\d{4}\W*$/i

const INQUIRY_DETAIL =
  /^(?:(?:member|chair|lead officer|officer)\b.{0,30}\b(?:inquiry|review|task (?:and|&) finish group)|date (?:approved|agreed)\b.{0,30}|date (?:progress )?last tracked)\s*:?$/i

/**
 * The inquiry a bold heading names over its details table ("**Getting Through: Customer Contact …**",
 * then "Date approved at City Council: | 6 September 2022"), else null.
 */
function headingOverDetails(lines: Line[], at: number, cells: string[]): string | null {
  if (!INQUIRY_DETAIL.test(cleanCell(cells[0]))) return null
  const text = lineAbove(lines, at, 8, line => {
    // The details table names it itself ("Review: | Delivery of Affordable Homes").
    if (line.includes('\t') && INQUIRY_LABEL.test(cleanCell(line.split('\t')[0]))) return 'stop'
    // ("**Recommendation Tracker – November 2022**" under the group's name: the paper, no inquiry.)
    const paper = GENERIC_TRACKER.test(line)
    return line === '' || line.includes('\t') || /^\W*(?:appendix|annex)\b/i.test(line) || isFurniture(line) || paper
  })
  // Bold as the seeds mark it, or a line of a PDF's text that reads as a heading (no sentence).
  const bold = text === null ? null : (/^\*\*([^*]{6,150})\*\*$/.exec(text) ?? /^([A-Z][^.*]{5,149})$/.exec(text))
  // "**Review information**" heads the details, and names no inquiry.
  const named = bold && !/\b(?:information|details|summary|background)$/i.test(bold[1] ?? '')
  return named ? (inquiryTitle(cleanCell(bold[1])) ?? inquiryName(cleanCell(bold[1]))) : null
}

/**
 * The first line above `at`, within `within` lines, that `passOver` does not pass over; null where
 * none is, or where `passOver` says to stop looking.
 */
function lineAbove(
  lines: Line[],
  at: number,
  within: number,
  passOver: (text: string) => boolean | 'stop',
): string | null {
  for (let i = at - 1; i >= Math.max(0, at - within); i--) {
    const text = lines[i]?.text.trim() ?? ''
    const verdict = passOver(text)
    if (verdict === 'stop') return null
    if (!verdict) return text
  }
  return null
}

/**
 * The inquiry a numbered table's bold heading names over a recommendations table ("**Table 1:
 * Ambulance Handover Delays and Patient Flow**", its details row between), else null.
 */
function tableHeading(lines: Line[], at: number, cells: string[]): string | null {
  if (!mayBeHeader(cells) || recommendationColumns(cells) === null) return null
  const text = lineAbove(lines, at, 6, line => line === '' || line.includes('\t') || isFurniture(line)) ?? ''
  // (Bold as the seeds mark it; a PDF's text carries no bold.)
  const m = /^(?:\*\*)?table\s+\w{1,3}\s*[:.–-]\s*([^*]{6,120}?)(?:\s*\(continued\))?(?:\*\*)?$/i.exec(text)
  return m ? (inquiryTitle(cleanCell(text)) ?? inquiryName(cleanCell(m[1]))) : null
}

/** A header of three or more short cells of words alone: another table's. */
function wordsOnly(cells: string[]): boolean {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  return filled.length >= 3 && filled.every(c => c.split(' ').length <= 4 && /^[A-Z][A-Za-z ']*$/.test(c))
}

/** The inquiry a numbered section's heading row names ("5. | Scrutiny Review of …"), else null. */
function numberedSectionTitle(cells: string[]): string | null {
  if (cells.length > 3 || !/^\W*\d{1,2}\.?\W*$/.test(cells[0] ?? '')) return null
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  // Only the review's name alone; "… – Follow-up Report on Recommendations" is the report's title.
  return filled.length === 2 && !/\s[–:-]\s/.test(filled[1] ?? '') ? inquiryTitle(filled[1] ?? '') : null
}

/** A report's next numbered section set out with a tab ("5.\tNext steps"): its tables are not ours. */
function sectionRow(cells: string[]): boolean {
  const filled = cells.map(c => cleanCell(c)).filter(c => c !== '')
  // ("1 | Purpose of this report" too; "1 | That the Council …" is a recommendation's row.)
  return (
    filled.length === 2 &&
    /^\d{1,2}\.?$/.test(filled[0] ?? '') &&
    !/^that\b/i.test(filled[1] ?? '') &&
    isSectionHeading(filled.join(' '))
  )
}

/** A row that may belong to a key of rating words: a short first cell, no digits (cheap tests first). */
function legendRow(line: string): string[][] {
  if (line.trimStart().startsWith('|')) return [splitRow(line)?.map(c => cleanCell(c)) ?? []]
  // A key set in from the margin (layout text) starts with an empty cell.
  const text = line.replace(/^\t+/, '')
  const tab = text.indexOf('\t')
  if (tab < 1 || tab > 40 || /\d/.test(text.slice(0, tab))) return []
  return [splitRow(text)?.map(c => cleanCell(c)) ?? []]
}

/** Reads a line into a recommendation listed as a bullet (`recommendation-bullets.ts`); false for other lines. */
function inBullet(line: Line, state: State, out: ParsedRecommendation[]): boolean {
  const open = state.bullet
  // A page's footer, and the blank lines around it, inside a bullet whose status is still to come.
  const unfinished = open !== null && !/\bstatus\s*:\s*\S/i.test(open.text)
  if (open !== null && (isFurniture(line.text) || (unfinished && line.text.trim() === ''))) return true
  if (open !== null && goesOnBullet(line.text)) {
    addToBullet(open, line.text)
    return true
  }
  closeBullet(state, out)
  state.bullet = startBullet(line.text, line.page)
  return state.bullet !== null
}

/** The bullet being read, done: its recommendation added to `out`. */
function closeBullet(state: State, out: ParsedRecommendation[]): void {
  const open = state.bullet
  if (open === null) return
  const number = recommendationNumber(open.number, true) ?? open.number
  out.push(bulletRecommendation(open, state.title ?? '', number, state.legend))
  state.bullet = null
}

/** Reads a line into a recommendation set out as a block (`recommendation-blocks.ts`); false for other lines. */
function inBlock(line: Line, state: State, out: ParsedRecommendation[]): boolean {
  // A running header between a block's lines is no part of its value.
  // ("Commission's RAG: Green", a label and its value, may open several pages without being one.)
  // ("Recommendation 3" at the top of a page in each of two reviews is the next block's heading.)
  // ("Appendix A: Recommendations, NHS Response and Assessment" is the appendix's heading, no label.)
  const header =
    state.runningHeaders.has(cleanCell(line.text)) &&
    (!/^[A-Za-z][\w '’/()-]{1,40}:\s+\S/.test(line.text) || /^\W*(?:appendix|annex)\b/i.test(line.text)) &&
    blockNumber(line.text) === null
  if (state.block !== null && header) return true
  if (state.block !== null && line.text.trim() === '') {
    state.block.blank = true
    return true
  }
  // Nor is the page's footer, or the appendix's heading again "(continued)" over the rest.
  if (state.block !== null && (isFurniture(line.text) || /\(continued\)\W*$/i.test(line.text))) return true
  if (state.block !== null) {
    const read = readBlockLine(state.block, line, state.legend)
    if (read === 'label') out.push(state.block.rec)
    if (read !== 'ended') return true
    state.block = null
  }
  const headed = blockNumber(line.text)
  const number = headed ?? (state.title !== null ? numberedThat(line.text) : null)
  if (number === null) return false
  state.block = startBlock(recommendationNumber(number, true) ?? number, state.title, line, state.legend)
  state.block.plain = headed === null
  // (Its labels may follow its text in the heading's own cell.)
  if (state.block.confirmed) out.push(state.block.rec)
  return true
}

/**
 * Outside a recommendations table, an "R1"-numbered row of figures ("R1 | Contact centre calls
 * answered within 3 minutes | 72% | 80% | 74% | Amber") is a performance indicator, not a recommendation.
 */
function figuresRow(cells: string[]): boolean {
  return cells.filter(c => /^\s*[£$]?\d[\d,.]*\s*(?:%|k|m|bn)?\s*$/i.test(cleanCell(c))).length >= 2
}

/** A continuation row of the recommendation's own row (its text ran on to the next page). */
function continueRecommendation(rec: ParsedRecommendation, cells: string[], cols: Columns, legend: RatingLegend) {
  rec.text = joinText(rec.text, cell(cells, cols.text))
  const responsibility = cell(cells, cols.responsibility)
  if (responsibility !== '') rec.responsibility = joinText(rec.responsibility ?? '', responsibility)
  const completion = cell(cells, cols.completion)
  if (completion !== '') rec.completion_date = joinText(rec.completion_date ?? '', completion)
  // The assessment cell of a row the page broke: printed on the part below the break.
  const { assessment, committee_assessment, self_assessment } = rowFields(cells, cols, legend)
  if (rec.assessment === null && assessment !== null)
    Object.assign(rec, { assessment, committee_assessment, self_assessment })
}

/** A title line with the lines below that carry it on, when the page width wrapped it. */
// Each page's lines, grouped in one pass and cleaned once per pack however many titles on it are read.
const pagesOfPack = new WeakMap<Line[], { lines: Map<number, Line[]>; cleaned: Map<number, string[]> }>()

function linesOfPage(lines: Line[], page: number): string[] {
  let pages = pagesOfPack.get(lines)
  if (pages === undefined) {
    pages = { lines: new Map(), cleaned: new Map() }
    for (const line of lines) {
      const on = pages.lines.get(line.page)
      if (on === undefined) pages.lines.set(line.page, [line])
      else on.push(line)
    }
    pagesOfPack.set(lines, pages)
  }
  let found = pages.cleaned.get(page)
  if (found === undefined) pages.cleaned.set(page, (found = (pages.lines.get(page) ?? []).map(l => cleanLine(l.text))))
  return found
}

function wrappedTitle(lines: Line[], at: number): string {
  const page = linesOfPage(lines, lines[at]?.page ?? 0)
  let text = lines[at]?.text ?? ''
  for (let j = at + 1; j <= at + 2; j++) {
    const next = cleanLine(lines[j]?.text ?? '')
    const full = fillsWidth(cleanLine(lines[j - 1]?.text ?? ''), page)
    if (!carriesOnTitle(cleanLine(text), next, cleanLine(lines[j + 1]?.text ?? '') === '', full)) break
    text = `${text} ${next}`
    // After a line filling the width, a shorter one is the paragraph's last.
    if (full && !fillsWidth(next, page)) break
  }
  return text
}

const ASSESSMENT_LINE = /^(?:tracking|committee(?:['’]s)?|panel(?:['’]s)?|scrutiny|o&s)\s+assessment\s*:\s*(\S.*)$/i

function onProse(line: Line, state: State, wrapped: () => string) {
  const text = line.text
  // Prose after another table's rows: that table is over (its page footer is no prose).
  if (state.foreign && text.trim() !== '' && !isFurniture(text)) state.foreign = false
  // An appendix's heading repeated at the top of its next page is a running header, no new document.
  const appendix = /^\W*(appendix|annex)\b/i.test(text) ? cleanCell(text) : null
  const runningHeader = appendix !== null && appendix === state.appendix
  if (appendix !== null && !runningHeader) Object.assign(state, { theme: null, appendix })
  // Another appendix's heading ends the table before it ("Appendix B – Car park income …").
  if (
    appendix !== null &&
    !runningHeader &&
    !/continued/i.test(appendix) &&
    state.cols !== null &&
    !TITLE_WORD.test(appendix)
  )
    Object.assign(state, { cols: null, current: null, mode: null })
  // Page furniture, not more of the text a page broke ("**Table 1: … (continued)**" too).
  if (runningHeader || /^\W*\*\*[^*]{3,150}\(continued\)\s*\*\*\s*$/i.test(text)) return
  // A title wrapped at the page's width may name its report only on its next line ("…: Six-Month
  // Monitoring of" / "Recommendations", "…: PROGRESS" / "ON RECOMMENDATIONS (OCTOBER 2019)").
  const titled =
    (/[:\-–]/.test(text) ||
      /^\W*(?:scrutiny\s+)?inquiry\s+into\b|^\W*(?:scrutiny\s+)?review\s+of\b/i.test(text) ||
      namedAlone(text)) &&
    (inquiryTitle(text) !== null ||
      (text.length < 120 &&
        !/\.\s*$/.test(text) &&
        /monitoring|tracking|progress|implementation|recommendations\s*[–-]\s*$/i.test(text)))
  const title = titled && !runningHeader ? inquiryTitle(wrapped()) : null
  if (title !== null) {
    // A running header's short form ("Tracking: Community Asset Transfer") keeps the full title
    // with its subtitle ("… – Making It Work for Communities").
    // ("Getting to Work Inquiry – Tracking of …" under "Scrutiny Inquiry – Getting to Work: Public …".)
    const full = state.title ?? ''
    const short = title.replace(/\s+(?:inquiry|review)$/i, '')
    const shortened = full.toLowerCase().startsWith(short.toLowerCase()) && /^\s*[–:-]/.test(full.slice(short.length))
    // The same title again over the rest of a row the page broke: the page's running header.
    const repeated =
      title.toLowerCase() === full.toLowerCase() && state.current !== null && textGoesOn(state.current.text)
    if (repeated) return
    if (!shortened) state.title = title
    state.theme = null
    state.current = null
    return
  }
  if (isSectionHeading(text) && !state.restToCome) {
    // A report's next numbered section ("5 Next Steps", "6 Forward Plan"): its tables are not ours.
    Object.assign(state, { cols: null, current: null, mode: null })
    return
  }
  const rec = state.current
  // Lines run on without a blank, except where the text plainly breaks off ("… complaints; and"):
  // a table's own spacing may set the row holding its last part apart.
  if (text.trim() === '') {
    state.joining = false
    if (!(rec !== null && breaksOff(rec.text))) state.restToCome = false
  }
  if (rec === null || isFurniture(text)) return
  const clean = cleanCell(text)
  // "Tracking Assessment: 2 – Achieved (Late)" on its own line under the evidence: the committee's.
  const assessed = ASSESSMENT_LINE.exec(clean)?.[1]
  if (assessed !== undefined) {
    const code = assessmentIn(assessed, state.legend)
    Object.assign(rec, { committee_assessment: code, assessment: code })
    state.mode = null
    return
  }
  // The report's running header: its title at the top of every page.
  if (clean.toLowerCase() === state.title?.toLowerCase() || state.runningHeaders.has(clean)) return
  if (/^evidence of progress/i.test(clean)) {
    state.mode = 'evidence'
  } else if (DOCUMENT_BREAK.test(clean) && !/\(continued\)/i.test(clean) && !runningHeader) {
    // "Appendix A (continued)" over the rest of the table is no new document.
    state.current = null
    state.mode = null
  } else if (state.mode === 'text' && state.restToCome) {
    rec.text = joinText(rec.text, clean)
    state.sinceText = 0
  } else if (state.mode === 'evidence' && !/^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(clean)) {
    addEvidence(rec, clean)
  } else if (state.mode === 'text' && carriesOnText(rec.text, clean, line.page > state.rowPage, state.joining)) {
    // The rest of a row broken by the page, alone at the top of the next one, or the last lines of
    // its text below the row's other cells: with nothing beside them, extraction could not see
    // they were in a table cell.
    rec.text = joinText(rec.text, clean)
    state.joining = true
    state.sinceText = 0
  } else if (state.mode === 'text' && !textGoesOn(rec.text) && PROSE_END.test(clean) && line.page === state.rowPage) {
    // A sentence of prose under a finished row (not a running header's title): the table is over,
    // and a table below it is another's.
    state.current = null
  }
}

const PROSE_END = /^.{40,}[.:]$/

/**
 * A recommendation's text that stops short: mid-sentence, or after a list item ending in a
 * semicolon ("d) … caseloads;"), which more items follow; a list's last item ends in a full stop.
 */
function textGoesOn(text: string): boolean {
  return unfinished(text) || /;\s*$/.test(text)
}

/**
 * True when a prose `line` below a recommendation's row is more of its text: on the next page (a row
 * the page broke) or starting in lower case, after a text that stops short; or in lower case right
 * under a line that already went on with it (`joining`), as the wrapped lines of its paragraph do
 * whatever that line ended with ("… (MASH)" / "team is undertaken;").
 */
function carriesOnText(text: string, line: string, nextPage: boolean, joining: boolean): boolean {
  if (isSectionHeading(line)) return false
  const lower = /^[a-z]/.test(line)
  return (joining && lower) || ((nextPage || lower) && textGoesOn(text))
}

// A recommendations table is over when this many lines pass without a recommendation row.
const CONTEXT_LINES = 400

/** Merge a recommendation listed twice (e.g. outstanding and again concluded) into its first entry. */
/** A number within its recommendation's inquiry, as a key: the same number in two inquiries differs. */
function numberIn(rec: ParsedRecommendation, number: string | number): string {
  return `${rec.inquiry.toLowerCase()}|${number}`
}

function dedupe(recs: ParsedRecommendation[]): ParsedRecommendation[] {
  const seen = new Map<string, ParsedRecommendation>()
  for (const rec of recs) {
    const key = numberIn(rec, rec.number)
    const earlier = seen.get(key)
    if (earlier === undefined) seen.set(key, rec)
    else {
      const committee = rec.committee_assessment ?? earlier.committee_assessment ?? null
      Object.assign(earlier, { committee_assessment: committee, assessment: committee ?? earlier.assessment })
    }
  }
  return withSelfAssessments([...seen.values()])
}

/**
 * "R1 | That the Council adopts a policy …" over its actions "1.1", "1.2" (a response and action
 * plan, a row an action): the actions are the Cabinet Member's, not recommendations of the review.
 */
function withoutActions(recs: ParsedRecommendation[]): ParsedRecommendation[] {
  const numbered = new Set(
    recs.flatMap(r => (/^R\d{2}$/.test(r.number) ? [numberIn(r, Number(r.number.slice(1)))] : [])),
  )
  return recs.filter(r => {
    const whole = /^(\d{1,2})\.\d{1,2}[a-z]?$/.exec(r.number)?.[1]
    return whole === undefined || !numbered.has(numberIn(r, Number(whole)))
  })
}

/**
 * "3 | That the Council supports the evening economy by:" over its parts "3a", "3b", "3c", each with
 * its own lead, date and rating: the stem is no recommendation of its own, where it has none of them.
 */
function withoutStems(recs: ParsedRecommendation[]): ParsedRecommendation[] {
  const parted = new Set(
    recs.flatMap(r => {
      const stem = /^(.*\d)[a-z]$/.exec(r.number)?.[1]
      return stem === undefined ? [] : [numberIn(r, stem)]
    }),
  )
  const bare = (r: ParsedRecommendation): boolean =>
    !r.responsibility && !r.completion_date && r.assessment === null && (r.self_assessment ?? null) === null
  return recs.filter(r => !(parted.has(numberIn(r, r.number)) && bare(r)))
}

/**
 * An inquiry whose committee has assessed none of its recommendations yet (its column left blank
 * for the meeting to fill in) states only the Cabinet Member's assessments: those are the ones the
 * pack gives. Where the committee has assessed some, a blank is one it has not.
 */
function withSelfAssessments(recs: ParsedRecommendation[]): ParsedRecommendation[] {
  const assessedByCommittee = new Set(
    recs.filter(r => (r.committee_assessment ?? null) !== null).map(r => r.inquiry.toLowerCase()),
  )
  for (const rec of recs) {
    if (rec.assessment === null && !assessedByCommittee.has(rec.inquiry.toLowerCase()))
      rec.assessment = rec.self_assessment ?? null
  }
  return recs
}

export function parseRecommendations(
  pages: PackPage[],
  warnings: ParseWarning[],
  meetingDate: string | null = null,
): ParsedRecommendation[] {
  const out: ParsedRecommendation[] = []
  const state: State = {
    cols: null,
    title: null,
    theme: null,
    current: null,
    mode: null,
    sinceRow: 0,
    sinceText: 0,
    header: null,
    rowPage: 0,
    rowCells: [],
    width: 0,
    warnedTitle: false,
    restToCome: false,
    joining: false,
    legend: new Map(),
    tracked: [],
    appendix: null,
    runningHeaders: new Set(),
    block: null,
    foreign: false,
    subRow: null,
    bullet: null,
    item: null,
    meetingDate,
  }
  const lines = toLines(pages)
  state.tracked = trackedInquiries(lines)
  state.runningHeaders = runningHeaders(lines)
  // A key that states its order outweighs what its rows' wording suggests.
  state.legend = new Map([
    ...paragraphLegend(lines.map(l => l.text)),
    ...recordedAsLegend(lines.map(l => l.text)),
    ...ratingLegend(lines.flatMap(l => legendRow(l.text))),
    // (A definition read whole outweighs a category's name found in it: "has not been fully achieved".)
    ...describedLegend(lines.map(l => l.text)),
    ...orderedLegend(lines.map(l => l.text)),
    ...numberedLegend(lines.map(l => l.text)),
  ])
  for (const [at, line] of lines.entries()) {
    if (line.text.trim() !== '') state.sinceText++
    if (++state.sinceRow > CONTEXT_LINES) {
      state.cols = null
      state.current = null
    }
    if (isSeparatorRow(line.text)) continue
    if (startsAnotherItem(line.text, state)) continue
    if (REPORT_COVER.test(line.text)) {
      const above = lines.slice(Math.max(0, at - 4), at).findLast(l => cleanLine(l.text) !== '')
      if (above !== undefined) Object.assign(state, { title: cleanCell(above.text), cols: null, current: null })
      continue
    }
    if (inBullet(line, state, out)) continue
    if (inBlock(line, state, out)) continue
    if (TRACKING_HEADING.test(line.text)) trackingTitle(lines, at, state)
    const cells = rowOf(line)
    const heading = cells !== null ? (headingOverDetails(lines, at, cells) ?? tableHeading(lines, at, cells)) : null
    // (The same heading again over the rest of a table the page broke leaves its row open.)
    if (heading !== null && heading !== state.title)
      Object.assign(state, { title: heading, theme: null, current: null })
    if (cells === null) onProse(line, state, () => wrappedTitle(lines, at))
    else onRow(cells, line, state, out, warnings)
  }
  closeBullet(state, out)
  return withoutActions(withoutStems(dedupe(out)))
}
