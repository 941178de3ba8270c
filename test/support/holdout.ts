/**
 * Hold-out packs (test/fixtures/holdout/): agenda packs written by hand, in the seeds' extraction
 * styles but about other committees and years, by people who had not seen the parser, each with an
 * answer key typed from the pack (not from any program's output). The `.notes.md` beside each key
 * records the readings a reader might dispute. Content and people are fictional.
 *
 * Keys compare what the issue asks for (issue 4): agenda items, action tracker rows,
 * recommendations with their assessment and work programme rows. Comparison ignores case, runs of
 * spaces and the kind of dash or quote, which extraction tools change; tracker dates compare as
 * dates, since the keys keep them as printed.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { parseDateIn } from '../../src/import/parse/table-dates.ts'

const DIR = new URL('../fixtures/holdout/', import.meta.url)

/** The answer key's shape: the JSON, as much of it as the keys hold. */
export interface HoldoutKey {
  committee: string
  meeting: { date: string; start_time: string; venue: string }
  agenda_items: { number: number; title: string; pages: [number, number] | null; time_slot: [string, string] | null }[]
  action_tracker: { date: string; agenda_item: string; action: string; update: string | null; has_update: boolean }[]
  recommendations: {
    inquiry: string
    number: string
    text: string
    responsibility: string | null
    completion_date: string | null
    assessment: number | null
  }[]
  work_programme: { meeting_date: string | null; topic: string; type: string | null; lead_officer: string | null }[]
}

export function holdoutPacks(): { name: string; text: string; key: HoldoutKey }[] {
  return readdirSync(DIR)
    .filter(n => n.endsWith('.txt'))
    .sort()
    .map(n => {
      const name = n.replace(/\.txt$/, '')
      const key = JSON.parse(readFileSync(new URL(`${name}.expected.json`, DIR), 'utf8')) as HoldoutKey
      return { name, text: readFileSync(new URL(n, DIR), 'utf8'), key }
    })
}

const same = (text: string | null | undefined): string =>
  (text ?? '')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—‐]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

const asDate = (text: string): string => parseDateIn(text) ?? text

/** One string per record of each list the issue measures, from a key or from the parser's output. */
export function holdoutRecords(
  pack: Pick<HoldoutKey, 'agenda_items' | 'action_tracker' | 'recommendations' | 'work_programme'>,
): Record<string, string[]> {
  const key = (...parts: unknown[]): string => JSON.stringify(parts)
  return {
    'agenda items': pack.agenda_items.map(i => key(i.number, same(i.title), i.pages, i.time_slot)),
    'action tracker': pack.action_tracker.map(a =>
      key(asDate(a.date), same(a.agenda_item), same(a.action), same(a.update), a.has_update),
    ),
    recommendations: pack.recommendations.map(r =>
      key(same(r.inquiry), r.number, same(r.text), same(r.responsibility), same(r.completion_date), r.assessment),
    ),
    'work programme': pack.work_programme.map(w =>
      key(w.meeting_date, same(w.topic), same(w.type), same(w.lead_officer)),
    ),
  }
}
