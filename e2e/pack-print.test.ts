/**
 * The importer on PDFs from a second producer (issue 4, accuracy on packs not seen): each seed pack
 * printed by Chromium (test/support/print-pack.ts), extracted and parsed, must give the records the
 * seed text gives. Fields left out: reports' pages (the print is paginated afresh, so a report starts
 * on another page than in the original pack) and a recommendation's full text (one seed row is half
 * markdown, printed as prose after its table).
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { extractPdfText } from '../src/import/pdf/extract.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'
import type { ParsedPack } from '../src/import/parse/types.ts'
import { seedPacks } from '../test/support/pack-variants.ts'
import { printPack } from '../test/support/print-pack.ts'
import { launchChromium } from './browser.ts'

const tidy = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()

function records(pack: ParsedPack) {
  return {
    'front sheet': [pack.committee, pack.meeting.date, pack.meeting.start_time, tidy(pack.meeting.venue)],
    'agenda items': pack.agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot, tidy(i.attendees)]),
    reports: pack.reports.map(r => [tidy(r.title), tidy(r.report_of), tidy(r.author), r.date]),
    'action notes': (pack.action_notes_all ?? []).map(n => [
      n.meeting_date,
      n.present,
      n.apologies,
      n.resolutions.map(r => [r.item, tidy(r.text)]),
    ]),
    'action tracker': pack.action_tracker.map(a => [a.date, tidy(a.agenda_item), tidy(a.action), tidy(a.update)]),
    recommendations: pack.recommendations.map(r => [tidy(r.inquiry), r.number, tidy(r.responsibility), r.assessment]),
    'work programme': pack.work_programme.map(w => [w.meeting_date, tidy(w.topic), tidy(w.type), tidy(w.lead_officer)]),
  }
}

describe('packs printed by Chromium read as their text does', () => {
  let browser: Browser
  before(async () => {
    browser = await launchChromium()
  })
  after(async () => {
    await browser.close()
  })

  // Word's cell margins, and the tighter padding of a web page's tables: a narrower column gutter,
  // header rows wrapping and broken by the page.
  const cases = seedPacks().flatMap(seed => ['5.4pt', '3pt'].map(padding => ({ ...seed, padding })))
  for (const { name, text, padding } of cases) {
    test(`${name}, tables padded ${padding}`, async () => {
      const pages = await extractPdfText(await printPack(browser, text, padding))
      assert.ok(pages.length >= 20, `printed on ${pages.length} pages`)
      const expected = records(parsePack(text))
      const found = records(parsePack(pages))
      for (const [type, list] of Object.entries(expected)) {
        assert.deepEqual(found[type as keyof typeof found], list, `${type} differ`)
      }
    })
  }
})
