/**
 * Hold-out packs (test/fixtures/holdout/): agenda packs written by hand, in the seeds' extraction
 * styles but about other committees and years, by people who had not seen the parser, each with an
 * answer key typed from the pack (not from any program's output). The `.notes.md` beside each key
 * records the readings a reader might dispute. Content and people are fictional.
 *
 * Keys compare what the issue asks for (issue 4): agenda items, action tracker rows,
 * recommendations with their assessment and work programme rows. Comparison ignores case, runs of
 * spaces and the kind of dash or quote, which extraction tools change; tracker dates compare as
 * dates and recommendation numbers as numbers, since the keys keep them as printed; inquiries
 * compare without the words for the kind of body that held them (`asInquiry`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { recommendationNumber } from '../../src/import/parse/recommendations.ts'
import { parseDateIn } from '../../src/import/parse/table-dates.ts'
import type {
  ParsedAction,
  ParsedActionNotes,
  ParsedAgendaItem,
  ParsedRecommendation,
  ParsedWorkProgrammeItem,
} from '../../src/import/parse/types.ts'

const DIR = new URL('../fixtures/holdout/', import.meta.url)

/** The answer key's shape: the JSON, the fields the keys hold. */
export interface HoldoutKey {
  committee: string
  meeting: { date: string; start_time: string; venue: string }
  agenda_items: Pick<ParsedAgendaItem, 'number' | 'title' | 'pages' | 'time_slot'>[]
  action_tracker: Pick<ParsedAction, 'date' | 'agenda_item' | 'action' | 'update' | 'has_update'>[]
  recommendations: Pick<
    ParsedRecommendation,
    'inquiry' | 'number' | 'text' | 'responsibility' | 'completion_date' | 'assessment'
  >[]
  work_programme: Pick<ParsedWorkProgrammeItem, 'meeting_date' | 'topic' | 'type' | 'lead_officer'>[]
  /** Added to the keys later (and so optional): the membership listed, and who the action notes name. */
  members?: string[]
  action_notes?: Pick<ParsedActionNotes, 'meeting_date' | 'present' | 'apologies'> | null
}

/** Records of a list the parser is known to read otherwise than the key, with the reason. */
export type KnownMisses = Record<string, { why: string; missing: string[]; extra: string[] }>

export function holdoutPacks(): HoldoutPack[] {
  return readdirSync(DIR)
    .filter(n => n.endsWith('.txt'))
    .sort()
    .map(n => readHoldout(new URL(n, DIR)))
}

export interface HoldoutPack {
  name: string
  text: string
  key: HoldoutKey
  misses: KnownMisses
}

/** A pack (`<name>.txt`) with the key (`<name>.expected.json`) and any known misses beside it. */
export function readHoldout(pack: URL): HoldoutPack {
  const base = pack.href.replace(/\.txt$/, '')
  const name = base.slice(base.lastIndexOf('/') + 1)
  const read = (suffix: string): string => readFileSync(new URL(`${base}${suffix}`), 'utf8')
  const key = JSON.parse(read('.expected.json')) as HoldoutKey
  const misses = existsSync(new URL(`${base}.misses.json`)) ? (JSON.parse(read('.misses.json')) as KnownMisses) : {}
  return { name, text: read('.txt'), key, misses }
}

/** Text as compared: case, runs of spaces and the kind of dash or quote ignored. */
export const same = (text: string | null | undefined): string =>
  (text ?? '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—‐]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

const asDate = (text: string): string => parseDateIn(text) ?? text

// The parser gives every recommendation the canonical "R04", so that one inquiry's numbers match
// from pack to pack; keys keep the number as printed ("R4", "4").
const asNumber = (text: string): string => recommendationNumber(text, true) ?? text

// Keys written blind name an inquiry with or without the words for the kind of body that held it
// ("Scrutiny Review of Temporary Accommodation", "Planning Enforcement Task and Finish Group",
// "Task and Finish Review: Elective Home Education"); the inquiry is the same, so they compare without.
const asInquiry = (text: string): string =>
  same(text)
    .replace(
      /^(?:the )?(?:scrutiny |select )?(?:panel |committee |commission |board )?(?:review|inquiry) (?:of|into|on) /,
      '',
    )
    .replace(/^task and finish (?:review|group): /, '')
    .replace(/ (?:task and finish group|task group|inquiry)$/, '')

/** One string per record of each list the issue measures, from a key or from the parser's output. */
export function holdoutRecords(
  pack: Pick<
    HoldoutKey,
    'agenda_items' | 'action_tracker' | 'recommendations' | 'work_programme' | 'members' | 'action_notes'
  >,
): Record<string, string[]> {
  const key = (...parts: unknown[]): string => JSON.stringify(parts)
  const notes = pack.action_notes
  return {
    'agenda items': pack.agenda_items.map(i => key(i.number, same(i.title), i.pages, i.time_slot)),
    'action tracker': pack.action_tracker.map(a =>
      key(asDate(a.date), same(a.agenda_item), same(a.action), same(a.update), a.has_update),
    ),
    recommendations: pack.recommendations.map(r =>
      key(
        asInquiry(r.inquiry),
        asNumber(r.number),
        same(r.text),
        same(r.responsibility),
        same(r.completion_date),
        r.assessment,
      ),
    ),
    'work programme': pack.work_programme.map(w =>
      key(w.meeting_date, same(w.topic), same(w.type), same(w.lead_officer)),
    ),
    // Lists a key may not hold yet are left out, not counted as found wanting.
    ...(pack.members === undefined ? {} : { members: pack.members.map(same) }),
    ...(notes === undefined
      ? {}
      : {
          'action notes': notes
            ? [
                ...notes.present.map(n => key(notes.meeting_date, 'present', same(n))),
                ...notes.apologies.map(n => key(notes.meeting_date, 'apologies', same(n))),
              ]
            : [],
        }),
  }
}

/** What the key holds that the parser did not find, and what it found that the key does not hold. */
/** The front sheet's fields as records, compared as the lists are ("front sheet" in `.misses.json`). */
export function frontSheetRecords(sheet: {
  committee: string | null
  meeting: { date: string | null; start_time: string | null; venue: string | null }
}): string[] {
  return [
    ['committee', same(sheet.committee)],
    ['date', sheet.meeting.date],
    ['start time', sheet.meeting.start_time],
    ['venue', same(sheet.meeting.venue)],
  ].map(field => JSON.stringify(field))
}

export function difference(truth: readonly string[], found: readonly string[]): { missing: string[]; extra: string[] } {
  const extra = [...found]
  const missing: string[] = []
  for (const record of truth) {
    const at = extra.indexOf(record)
    if (at >= 0) extra.splice(at, 1)
    else missing.push(record)
  }
  return { missing, extra }
}
