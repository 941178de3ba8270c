import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { extractPdfText } from '../import/pdf/extract.ts'
import { onTracker, statusOn } from './action-tracker.ts'
import { formDate, parseFormDate } from '../web/form-fields.ts'
import { tablePdf } from './table-pdf.ts'

describe('parseFormDate', () => {
  const cases: Array<[string, string | null]> = [
    ['5/4/2023', '2023-04-05'],
    ['05/04/2023', '2023-04-05'],
    ['5.4.2023', '2023-04-05'],
    ['2023-04-05', '2023-04-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2023', null],
    ['2023-4-5', null],
    ['4 May 2023', null],
    ['', null],
    ['1/1/1800', null],
  ]
  for (const [text, expected] of cases)
    test(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(parseFormDate(text), expected))

  test('reads back every date it shows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), d => {
        const iso = d.toISOString().slice(0, 10)
        assert.equal(parseFormDate(formDate(iso)), iso)
      }),
    )
  })
})

describe('the action tracker rules', () => {
  const done = { id: 1, raisedOn: '2024-01-10', status: 'done', closedOn: '2024-02-01' } as const
  const open = { id: 2, raisedOn: '2024-01-10', status: 'open', closedOn: null } as const
  const later = { id: 3, raisedOn: '2024-04-01', status: 'open', closedOn: null } as const

  test('an action is open until the date it was closed', () => {
    assert.equal(statusOn(done, '2024-01-31'), 'open')
    assert.equal(statusOn(done, '2024-02-01'), 'done')
    assert.equal(statusOn(open, '2030-01-01'), 'open')
  })

  test('the tracker lists open actions and those closed since the previous meeting, not later ones', () => {
    assert.deepEqual(onTracker([done, open, later], '2024-03-01', '2024-01-20'), [done, open])
    assert.deepEqual(onTracker([done, open, later], '2024-03-01', '2024-02-10'), [open])
    assert.deepEqual(onTracker([done, open], '2024-03-01', null), [done, open])
  })
})

describe('tablePdf', () => {
  test('every row reaches the PDF, over several pages with the header repeated, whatever the characters', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [`Row ${i + 1}`, `${'long text '.repeat(i % 7)}🙂 Łódź ’quoted’`])
    const bytes = await tablePdf({
      title: 'Test document',
      sections: [
        {
          heading: 'Section',
          columns: [
            { header: 'Name', width: 1 },
            { header: 'Detail', width: 3 },
          ],
          rows,
        },
      ],
    })
    const pages = await extractPdfText(bytes)
    assert.ok(pages.length > 1)
    const text = pages.map(p => p.text).join('\n')
    for (let i = 1; i <= 60; i++) assert.match(text, new RegExp(`Row ${i}\\b`))
    for (const page of pages) assert.match(page.text, /Name/)
    assert.match(pages.at(-1)!.text, new RegExp(`Page ${pages.length} of ${pages.length}`))
  })
})
