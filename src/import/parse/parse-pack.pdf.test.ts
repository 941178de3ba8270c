import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { buildPdfFromText } from '../pdf/build-test-pdf.ts'
import { extractPdfText } from '../pdf/extract.ts'
import { parsePack } from './parse-pack.ts'
import type { ParsedPack } from './types.ts'

// The PDF path must read a pack as the text path does: each seed is printed to a PDF (tables as real
// columns whose cells wrap, rows broken across pages), extracted again and parsed, and the records
// compared with those parsed from the seed text itself.
const SEEDS = [
  'pack-2016-04-20-education-vulnerable-children.txt',
  'pack-2016-07-20-schools-children-families.txt',
  'pack-2023-05-17-education-childrens-social-care.txt',
]

function seed(name: string): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')
}

// Every field but the reports' pages (the test PDF is paginated afresh, so a report starts on another
// page than in the original pack) and two a test PDF cannot carry over faithfully: a recommendation's
// full text (one seed row is half markdown, which the PDF prints as prose) and a work programme lead
// officer beside a cell broken by the page, when both cells could be the one the rest carries on.
const tidy = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()

function records(pack: ParsedPack) {
  return {
    'front sheet': [pack.committee, pack.meeting.date, pack.meeting.start_time, tidy(pack.meeting.venue)],
    agenda: pack.agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot, tidy(i.attendees)]),
    reports: pack.reports.map(r => [tidy(r.title), tidy(r.report_of), tidy(r.author), r.date]),
    'action notes': (pack.action_notes_all ?? []).map(n => [
      n.meeting_date,
      n.present,
      n.apologies,
      n.resolutions.map(r => [tidy(r.item), tidy(r.text)]),
    ]),
    tracker: pack.action_tracker.map(a => [a.date, tidy(a.agenda_item), tidy(a.action), tidy(a.update)]),
    recommendations: pack.recommendations.map(r => [
      tidy(r.inquiry),
      r.number,
      tidy(r.responsibility),
      tidy(r.completion_date),
      r.assessment,
    ]),
    programme: pack.work_programme.map(w => [w.meeting_date, tidy(w.topic), tidy(w.type)]),
  }
}

for (const name of SEEDS) {
  describe(`${name}: PDF path against text path`, async () => {
    const text = seed(name)
    const fromText = records(parsePack(text))
    const fromPdf = records(parsePack(await extractPdfText(await buildPdfFromText(text))))

    for (const key of Object.keys(fromText) as (keyof typeof fromText)[]) {
      test(`the same ${key}`, () => {
        assert.deepEqual(fromPdf[key], fromText[key])
      })
    }

    test('finds something to compare', () => {
      assert.ok(fromText.agenda.length > 0)
      assert.ok(fromText.programme.length > 0)
    })
  })
}
