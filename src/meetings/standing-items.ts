import type { StandingKind } from './meetings.table.ts'

// Order matters: "action notes" must be tried before the looser "notes" words of other items.
const RULES: Array<[RegExp, StandingKind]> = [
  [/recording|webcast/i, 'recording_notice'],
  [/^apologies/i, 'apologies'],
  [/declarations? of interest/i, 'declarations'],
  [/action tracker/i, 'action_tracker'],
  [/action notes|^minutes/i, 'action_notes'],
  [/work programme/i, 'work_programme'],
  [/call[- ]in|councillor call for action|petitions/i, 'call_in_petitions'],
  [/urgent business/i, 'urgent_business'],
  [/authority to chair/i, 'authority_to_chair'],
  [/date of (the )?next meeting/i, 'next_meeting'],
  [/exclusion of the public|private business|exempt information/i, 'exempt_resolution'],
]

/** Which standing item (if any) an agenda item's title names, in any council's wording. */
export function standingKindOf(title: string): StandingKind | null {
  return RULES.find(([pattern]) => pattern.test(title.trim()))?.[1] ?? null
}
