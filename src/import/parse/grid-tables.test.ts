import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withGridTablesAsRows } from './grid-tables.ts'
import { parsePack } from './parse-pack.ts'

// As pandoc 2.17 writes a Word table whose cells hold paragraphs (`pandoc -t markdown`).
const TRACKER = `Action tracker

+-----------------+-----------------+-----------------+-----------------+
| No.             | Agenda item     | Action          | Response /      |
|                 |                 |                 | update          |
+=================+=================+=================+=================+
| 1               | Temporary       | Provide the     | Circulated on 3 |
|                 | accommodation   | number of       | April 2024.     |
|                 |                 | families in bed |                 |
|                 |                 | six weeks.      |                 |
|                 |                 |                 |                 |
|                 |                 | Include         |                 |
|                 |                 | children.       |                 |
+-----------------+-----------------+-----------------+-----------------+
| 2               | Budget          | Share the       |                 |
|                 |                 | savings list.   |                 |
+-----------------+-----------------+-----------------+-----------------+

The Committee is asked to note the tracker.`

test("a grid table's rows are read a line each, each cell's wrapped lines joined, cells set apart by tabs", () => {
  const lines = withGridTablesAsRows(TRACKER).split('\n')
  assert.deepEqual(lines, [
    'Action tracker',
    '',
    'No.\tAgenda item\tAction\tResponse / update',
    '1\tTemporary accommodation\tProvide the number of families in bed six weeks.<br>Include children.\tCirculated on 3 April 2024.',
    '2\tBudget\tShare the savings list.\t',
    '',
    'The Committee is asked to note the tracker.',
  ])
})

test("a page's footer inside a grid table ends the row there; the table goes on after it", () => {
  const broken = [
    '+------+------------------+',
    '| 7    | Provide the      |',
    '',
    'Page 12',
    '',
    '|      | figures by ward. |',
    '+------+------------------+',
  ].join('\n')
  assert.deepEqual(withGridTablesAsRows(broken).split('\n'), [
    '7\tProvide the',
    '',
    'Page 12',
    '',
    '\tfigures by ward.',
  ])
})

test('a cell spanning two columns keeps its text whole in the first of them', () => {
  const spanning = [
    '+-----+-----+-----+',
    '| A   | B   | C   |',
    '+-----+-----+-----+',
    '| Spanning  | D   |',
    '+-----+-----+-----+',
  ].join('\n')
  assert.deepEqual(withGridTablesAsRows(spanning).split('\n'), ['A\tB\tC', 'Spanning\t\tD'])
})

test('prose ends a grid table, so a markdown pipe table after it is left as it is', () => {
  const text = ['+----+----+', '| a  | b  |', '+----+----+', 'Some prose.', '| x | y |'].join('\n')
  assert.deepEqual(withGridTablesAsRows(text).split('\n'), ['a\tb', 'Some prose.', '| x | y |'])
  const plain = 'No tables here: 3+-4 is not a border.'
  assert.equal(withGridTablesAsRows(plain), plain)
})

test("a pack converted by pandoc has its grid table's tracker rows read as records", () => {
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
    '+------------+---------------+-------------------+----------------+',
    '| Meeting    | Agenda item   | Action            | Update         |',
    '| date       |               |                   |                |',
    '+============+===============+===================+================+',
    '| 12 March   | Temporary     | Provide the       | Circulated on  |',
    '| 2024       | accommodation | number of         | 3 April 2024.  |',
    '|            |               | families in B&B.  |                |',
    '+------------+---------------+-------------------+----------------+',
    '| 12 March   | Budget        | Share the savings |                |',
    '| 2024       |               | list.             |                |',
    '+------------+---------------+-------------------+----------------+',
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

test("an agenda in a grid table: each item's title in bold apart from the note under it, its slot read from 'Time allocated'", () => {
  const pack = [
    'Overview and Scrutiny Committee',
    '',
    'Wednesday 13 November 2024 at 7.00 pm',
    '',
    '+------+----------------------------------------------------+---------+',
    '| Item | Business                                           | Pages   |',
    '+======+====================================================+=========+',
    '| 1\\.  | **Apologies for Absence**                          |         |',
    '+------+----------------------------------------------------+---------+',
    '| 2\\.  | **Temporary Accommodation Scrutiny Review:         | 9 - 18  |',
    '|      | Tracking of Recommendations**                      |         |',
    '|      |                                                    |         |',
    '|      | *Time allocated: 7.10 pm – 8.00 pm*                |         |',
    '|      |                                                    |         |',
    '|      | Councillor Joanna Petrakis will attend.            |         |',
    '+------+----------------------------------------------------+---------+',
  ].join('\n')
  assert.deepEqual(
    parsePack(pack).agenda_items.map(a => [a.number, a.title, a.pages, a.time_slot]),
    [
      [1, 'Apologies for Absence', null, null],
      [2, 'Temporary Accommodation Scrutiny Review: Tracking of Recommendations', [9, 18], ['19:10', '20:00']],
    ],
  )
})

test("a grid whose first cell spans rows, a border under the later columns only, reads a row each, the span's cell empty below", () => {
  const text = [
    '+------------+----------------------------+--------------+',
    '| Meeting    | Item                       | Type         |',
    '+============+============================+==============+',
    '| 14 October | Review of Public Toilet    | Tracking     |',
    '| 2003       | Provision                  |              |',
    '|            +----------------------------+--------------+',
    '|            | Performance Monitoring     | Performance  |',
    '+------------+----------------------------+--------------+',
  ].join('\n')
  assert.deepEqual(withGridTablesAsRows(text).split('\n'), [
    'Meeting\tItem\tType',
    '14 October 2003\tReview of Public Toilet Provision\tTracking',
    '\tPerformance Monitoring\tPerformance',
  ])
})

test("a spanning cell's note on the partial border's line, and its rest below, are no part of the rows under it", () => {
  const text = [
    '+----------------------+--------------------------+',
    '| Meeting              | Topic                    |',
    '+======================+==========================+',
    '| **11 March 2025**    | Carers Strategy          |',
    '| Report deadline: 27  +--------------------------+',
    '| February 2025        | Public Health Report     |',
    '+----------------------+--------------------------+',
  ].join('\n')
  assert.deepEqual(withGridTablesAsRows(text).split('\n'), [
    'Meeting\tTopic',
    '**11 March 2025**\tCarers Strategy',
    '\tPublic Health Report',
  ])
})
