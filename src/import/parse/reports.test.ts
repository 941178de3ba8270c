import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toLines } from './lines.ts'
import { parseReports } from './reports.ts'
import type { ParsedAgendaItem, ParseWarning } from './types.ts'

const item = (number: number, title: string, pages: [number, number]): ParsedAgendaItem =>
  ({ number, title, pages, time_slot: null, attendees: null }) as ParsedAgendaItem

// A cover sheet, then a page of the report's text.
const cover = (page: number, subject: string) => ({
  number: page,
  text: [
    'Report to: Sustainability and Transport O&S Committee',
    `Subject: ${subject}`,
    'Report of: Scrutiny Officer',
    ...Array.from({ length: 20 }, (_, i) => `${i + 1}.1 The report sets out the position.`),
  ].join('\n'),
})

describe('parseReports', () => {
  const items = [
    item(5, 'ACTION TRACKER', [9, 12]),
    item(6, 'CLEAN AIR ZONE – PROGRESS UPDATE', [13, 38]),
    item(10, 'WORK PROGRAMME', [39, 45]),
  ]

  it('files a work programme report under the work programme item, and no other report under a standing item', () => {
    const pages = [
      cover(10, 'Outstanding Actions'),
      cover(13, 'Clean Air Zone – Progress Update'),
      cover(39, 'Committee – Work Programme 2018/19'),
    ]
    const warnings: ParseWarning[] = []
    const reports = parseReports(toLines(pages), { from: 0, items, exactPages: true, lastPage: 45 }, warnings)
    assert.deepEqual(
      reports.map(r => [r.title, r.agenda_item, r.pages]),
      [
        ['Outstanding Actions', null, [10, 12]],
        ['Clean Air Zone - Progress Update', 6, [13, 38]],
        ['Committee - Work Programme 2018/19', 10, [39, 45]],
      ],
    )
    assert.deepEqual(
      warnings.map(w => w.page),
      [10],
    )
  })
})
