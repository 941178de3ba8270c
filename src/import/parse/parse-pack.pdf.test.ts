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

function records(pack: ParsedPack) {
  return {
    agenda: pack.agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
    tracker: pack.action_tracker.map(a => [a.date, a.action]),
    recommendations: pack.recommendations.map(r => [r.number, r.assessment]),
    programme: pack.work_programme.map(w => [w.meeting_date, w.topic]),
  }
}

for (const name of SEEDS) {
  describe(`${name}: PDF path against text path`, async () => {
    const text = seed(name)
    const fromText = records(parsePack(text))
    const fromPdf = records(parsePack(await extractPdfText(await buildPdfFromText(text))))

    for (const key of ['agenda', 'tracker', 'recommendations', 'programme'] as const) {
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
