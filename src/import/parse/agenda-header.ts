import { COMPACT_SLOT, parseTimeSlot } from './dates.ts'
import { splitLeadingRange, splitTrailingRange } from './page-ranges.ts'
import type { PageRange } from './page-ranges.ts'

/** What one agenda item's heading line says. */
export interface ItemHeading {
  number: number
  title: string
  range: PageRange | null
  timeSlot: [string, string] | null
}

// "4 ACTION NOTES", "4. Action notes", "Item 4: ACTION NOTES"
const HEADING = /^(?:item\s+)?(\d{1,2})(?:\.|:|\))?\s+(\S.*)$/i
const NUMBER_ONLY = /^(?:item\s+)?(\d{1,2})[.:)]?$/i

/** Parse "[range] number title [range]"; null when the line is not shaped like an item heading. */
export function parseHeadingLine(
  text: string,
  pageCount: number | null,
  meetingStart: string | null,
): ItemHeading | null {
  const lead = splitLeadingRange(text, pageCount)
  const m = HEADING.exec(lead.text)
  if (!m) return null
  const rest = splitTrailingRange(m[2] ?? '', pageCount)
  const range = lead.range ?? rest.range
  return { number: Number(m[1]), ...titleAndSlot(rest.text, meetingStart), range }
}

/** The item number of a line holding only a number ("4", "4.") - the title is on the next line. */
export function parseNumberOnly(text: string): number | null {
  const m = NUMBER_ONLY.exec(text)
  return m ? Number(m[1]) : null
}

const PAREN_SLOT =
  /\(\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\)/i
const BARE_SLOT = /\s(\d{1,2}[.:]\d{2}\s*(?:-|to)\s*\d{1,2}[.:]\d{2})\s*$/i

/** Separate a time slot such as "(10.05 - 10.45)" from a title. */
export function titleAndSlot(
  text: string,
  meetingStart: string | null,
): { title: string; timeSlot: [string, string] | null } {
  const slotText = PAREN_SLOT.exec(text)?.[0] ?? COMPACT_SLOT.exec(text)?.[0] ?? BARE_SLOT.exec(text)?.[1] ?? null
  if (slotText === null) return { title: tidyTitle(text), timeSlot: null }
  const timeSlot = parseTimeSlot(slotText, meetingStart)
  // Not a slot after all ("(2016-2017)"): the brackets are the title's own.
  if (timeSlot === null) return { title: tidyTitle(text), timeSlot: null }
  return { title: tidyTitle(text.replace(slotText, ' ')), timeSlot }
}

/** Collapse spaces and drop the punctuation extraction leaves at the ends of a title. */
export function tidyTitle(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // "… (copy attached)": where the papers are, no part of the title.
      .replace(/\s*\((?:copy|copies|report)?\s*(?:attached|herewith|enclosed)\)\s*$/i, '')
      .replace(/^[\s\-:.*]+|[\s\-:*]+$/g, '')
      // ("To receive apologies for absence.": the item worded as a sentence, its full stop no part of it.)
      .replace(/(?<=[a-z)0-9])\.$/, '')
      .trim()
  )
}

/**
 * A title must read like a heading: letters, not too long, not a sentence that merely starts with
 * a number (body text and table rows do).
 */
export function plausibleTitle(title: string): boolean {
  if (title.length < 2 || title.length > 200 || !/[A-Za-z]{2}/.test(title)) return false
  // A title may open with its year ("2023/24 Quarter 1 Performance …"), not with other figures.
  if (!/^(?:[A-Za-z'"(&]|\d{4}(?:\/\d{2,4})?\s)/.test(title)) return false
  const letters = title.replace(/[^A-Za-z]/g, '')
  const upper = letters.replace(/[^A-Z]/g, '').length
  // Mostly capitals, or a short Title-case line without a full stop; or a few words closed by one
  // ("1  To receive apologies for absence.", as a Welsh council's agenda words its items).
  const words = title.split(' ').length
  const closed = words <= 10 && /[a-z0-9)]\.$/.test(title) && !/\.\s/.test(title)
  return upper / letters.length > 0.6 || (words <= 20 && !/\.\s*$/.test(title)) || closed
}
