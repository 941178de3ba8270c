import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseActionTracker } from './action-tracker.ts'
import { withColumnCells } from './column-cells.ts'

const column = (name: string, cells: string[][]): string[] => [name, '', ...cells.flatMap(c => [...c, ''])]

describe('a ruled table plain text reads a column at a time', () => {
  const page24 = [
    'ACTION TRACKER – EDUCATION AND SKILLS SCRUTINY COMMITTEE',
    '',
    ...column('Date', [
      ['12 November', '2015'],
      ['10 March', '2016'],
    ]),
    ...column('Action', [
      ['Min. 52 – Welsh in Education Strategic Plan: Annual Review', 'Provide a breakdown of the rate of transfer.'],
      ['Min. 25 – Estyn Post-Inspection Action Plan', 'Report the Committee’s concerns about the vacant post in the'],
    ]),
    ...column('Responsible Officer', [
      ['Martyn Beynon, Head of School', 'Improvement'],
      ['Llinos Harries, Scrutiny Officer'],
    ]),
    ...column('Progress', [['Circulated on 3 December 2015.', 'Complete.'], ['Letter sent on 21 March 2016;']]),
    'Glanmorfa County Council',
    '',
    'Page 24',
  ].join('\n')
  const page25 = [
    ...column('Date', [
      ['10 March', '2016'],
      ['10 March', '2016'],
    ]),
    ...column('Action', [
      ['Porthgarw cluster, to the Cabinet Member.'],
      ['Min. 26 – 21st Century Schools Programme: Band B', 'Share the condition survey scores.'],
      ['Min. 29 – Forward Work Programme 2015/16', 'Arrange a joint meeting on young carers.'],
    ]),
    ...column('Responsible Officer', [
      ['Paul Ridd, Schools Modernisation Manager'],
      ['Llinos Harries, Scrutiny Officer'],
    ]),
    ...column('Progress', [
      ['a response has not yet been received.'],
      ['–'],
      ['Provisionally arranged for 9 June 2016.'],
    ]),
    'Glanmorfa County Council',
    '',
    'Page 25',
  ].join('\n')
  const pages = withColumnCells([
    { number: 24, text: page24 },
    { number: 25, text: page25 },
  ])

  it('writes it back a row a line, the rest of a row the page broke first on the next page', () => {
    assert.deepEqual(
      pages[1]?.text.split('\n').filter(l => l.includes('\t')),
      [
        'Date\tAction\tResponsible Officer\tProgress',
        '\tPorthgarw cluster, to the Cabinet Member.\t\ta response has not yet been received.',
        '10 March<br>2016\tMin. 26 – 21st Century Schools Programme: Band B<br>Share the condition survey scores.\tPaul Ridd, Schools Modernisation Manager\t–',
        '10 March<br>2016\tMin. 29 – Forward Work Programme 2015/16<br>Arrange a joint meeting on young carers.\tLlinos Harries, Scrutiny Officer\tProvisionally arranged for 9 June 2016.',
      ],
    )
  })

  it('reads as a tracker whose actions name their minute and item', () => {
    assert.deepEqual(
      parseActionTracker(pages, []).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2015-11-12',
          'Welsh in Education Strategic Plan: Annual Review',
          'Provide a breakdown of the rate of transfer.',
          'Circulated on 3 December 2015. Complete.',
        ],
        [
          '2016-03-10',
          'Estyn Post-Inspection Action Plan',
          "Report the Committee's concerns about the vacant post in the Porthgarw cluster, to the Cabinet Member.",
          'Letter sent on 21 March 2016; a response has not yet been received.',
        ],
        ['2016-03-10', '21st Century Schools Programme: Band B', 'Share the condition survey scores.', null],
        [
          '2016-03-10',
          'Forward Work Programme 2015/16',
          'Arrange a joint meeting on young carers.',
          'Provisionally arranged for 9 June 2016.',
        ],
      ],
    )
  })

  it('leaves prose of short paragraphs as it is', () => {
    const text = ['Purpose', '', 'To note the report.', '', 'Background', '', 'The Committee met in March.'].join('\n')
    assert.equal(withColumnCells([{ number: 3, text }])[0]?.text, text)
  })
})
