import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withDashedTablesAsRows } from './dashed-tables.ts'
import { parsePack } from './parse-pack.ts'

// As pandoc 2.17 writes a Word table of plain cells with set widths (`pandoc -t markdown`).
const MULTILINE = [
  '  ------------------------------------------------------------------------',
  '  No.     Agenda item       Action                       Response / update',
  '  ------- ----------------- ---------------------------- -----------------',
  '  1       Temporary         Provide the number of        Circulated on 3',
  '          accommodation     families in bed and          April 2024.',
  '                            breakfast for more than six  ',
  '                            weeks.                       ',
  '',
  '  2       Budget            Share the savings list.      ',
  '  ------------------------------------------------------------------------',
]

test("a multiline table's rows are read a line each, each cell's wrapped lines joined, cells set apart by tabs", () => {
  const text = ['Action tracker', '', ...MULTILINE, '', 'The Committee is asked to note it.'].join('\n')
  assert.deepEqual(withDashedTablesAsRows(text).split('\n'), [
    'Action tracker',
    '',
    'No.\tAgenda item\tAction\tResponse / update',
    '1\tTemporary accommodation\tProvide the number of families in bed and breakfast for more than six weeks.\tCirculated on 3 April 2024.',
    '2\tBudget\tShare the savings list.\t',
    '',
    'The Committee is asked to note it.',
  ])
})

test('a simple table (a row a line) is read to the blank line after it', () => {
  const text = ['  No.   Item', '  ----- --------', '  1     Budget', '  2     Waste', '', 'Prose.'].join('\n')
  assert.deepEqual(withDashedTablesAsRows(text).split('\n'), ['No.\tItem', '1\tBudget', '2\tWaste', '', 'Prose.'])
})

test("a page's footer inside a multiline table stays a line, ending the row there", () => {
  const broken = [...MULTILINE.slice(0, 5), '', 'Page 12', ...MULTILINE.slice(5)]
  const rows = withDashedTablesAsRows(broken.join('\n')).split('\n')
  assert.equal(rows[2], 'Page 12')
  assert.equal(rows[3], '\t\tbreakfast for more than six weeks.\t')
})

test('dashes that open no table are left as they are: a rule never closed, a signature line', () => {
  const unclosed = MULTILINE.slice(0, -1).join('\n')
  assert.equal(withDashedTablesAsRows(unclosed), unclosed)
  const signature = ['Signed', '---------- ----------', '', 'Chair'].join('\n')
  assert.equal(withDashedTablesAsRows(signature), signature)
})

test("a pack converted by pandoc has its multiline table's tracker rows read as records", () => {
  const pack = [
    '# Overview and Scrutiny Committee',
    '',
    'Date: Tuesday, 9 April 2024',
    '',
    '## AGENDA',
    '',
    '1. Apologies for Absence',
    '',
    '2. Action Tracker (Pages 2 - 3)',
    '\f',
    '## Action Tracker',
    '',
    '  --------------------------------------------------------------------',
    '  Meeting date   Agenda item     Action                 Update',
    '  ------------ ----------------- ---------------------- --------------',
    '  12 March     Temporary         Provide the number of  Circulated on',
    '  2024         accommodation     families in B&B.       3 April 2024.',
    '',
    '  12 March     Budget            Share the savings',
    '  2024                           list.',
    '  --------------------------------------------------------------------',
  ].join('\n')
  assert.deepEqual(
    parsePack(pack).action_tracker.map(a => [a.date, a.agenda_item, a.action, a.update]),
    [
      [
        '2024-03-12',
        'Temporary accommodation',
        'Provide the number of families in B&B.',
        'Circulated on 3 April 2024.',
      ],
      ['2024-03-12', 'Budget', 'Share the savings list.', null],
    ],
  )
})
