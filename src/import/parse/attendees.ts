/**
 * Who attends an agenda item. Item bodies mix a description of the business ("To note the action
 * tracker.") with the people invited to present it; only the latter are attendees.
 */

// Standing-item boilerplate and descriptions of the business, never a list of people.
const DESCRIPTION =
  /^(to\s|the chair(man|person)? (to|will)|chair(man|person)? to|members are|members will|if\s|'|"|\(|the committee|this item|please note|none)/i
const ATTENDANCE =
  /\b(in attendance|attend(s|ing|ance)?|available|invited|present(ing)?|to (provide|present|give|introduce|report|update)|on-?line\s*:)/i
const ROLE =
  /\b(cabinet member|director|commissioner|officer|manager|head of|chief executive|leader|councillor|cllr|chair of|lead)\b/i
const NAMED = /^(?:(?:cllr|councillor|dr|mr|mrs|ms|miss|professor|prof)\.?\s)?[A-Z][a-z'-]+(?: [A-Z][A-Za-z'-]+)+,/

/** The paragraphs naming people who attend, joined by newlines, or null when there are none. */
export function attendeesOf(paragraphs: string[]): string | null {
  const people = paragraphs.filter(isAttendance)
  return people.length > 0 ? people.join('\n') : null
}

function isAttendance(paragraph: string): boolean {
  if (DESCRIPTION.test(paragraph)) return false
  return ATTENDANCE.test(paragraph) || ROLE.test(paragraph) || NAMED.test(paragraph)
}
