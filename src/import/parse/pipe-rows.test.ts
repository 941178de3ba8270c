import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withBarePipeRowsAsTabs } from './pipe-rows.ts'

const TRACKER = [
  'No. | Date of meeting | Agenda item | Action | Officer / Member | Update | Status',
  ...Array.from(
    { length: 8 },
    (_, k) => `${k + 1} | 13/09/2022 | Item ${k + 1} | Action ${k + 1} | Officer | Done. | Complete`,
  ),
]

test('a pack that sets its cells apart with " | " has them read as tab-separated rows', () => {
  const text = [...TRACKER, 'Page 26 of 32', ' |  |  | ten shifts a month. |  | A reply is awaited. | '].join('\n')
  const rows = withBarePipeRowsAsTabs(text).split('\n')
  assert.equal(rows[0], 'No.\tDate of meeting\tAgenda item\tAction\tOfficer / Member\tUpdate\tStatus')
  assert.equal(rows[1], '1\t13/09/2022\tItem 1\tAction 1\tOfficer\tDone.\tComplete')
  assert.equal(rows[9], 'Page 26 of 32')
  // The rest of a row the page broke: its first cells empty, in their columns.
  assert.deepEqual(rows[10]?.split('\t'), ['', '', '', 'ten shifts a month.', '', 'A reply is awaited.', ''])
})

test('a stray " | " or two, and markdown tables, are left as they are', () => {
  const stray = ['Page 3 | Agenda', 'Meeting | 8 November 2022', 'Some prose.'].join('\n')
  assert.equal(withBarePipeRowsAsTabs(stray), stray)
  const markdown = ['| Ref | Action |', '|---|---|', ...TRACKER.slice(0, 2).map(r => `| ${r} |`)].join('\n')
  assert.equal(withBarePipeRowsAsTabs(markdown), markdown)
})
