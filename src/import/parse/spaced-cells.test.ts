import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withSpacedCells } from './spaced-cells.ts'
import type { PackPage } from './types.ts'

const rows = (pages: PackPage[]): string[][] =>
  pages.flatMap(p => p.text.split('\n')).flatMap(l => (l.includes('\t') ? [l.split('\t')] : []))

describe('tables OCR set out with spaces', () => {
  it('writes a programme a row a line with tabs: a row without its date under the last columns, a wide gap an empty cell, a wrapped lead joined', () => {
    const text = [
      'Meeting  Item  Type  Lead Officer',
      '22 Nov 2005  Affordable Housing Review: Scoping Document  Review  Scrutiny Officer',
      '(reports by 9.11.05)  Corporate Equality Scheme 2006-2009  Pre-decision  Head of Policy and',
      'Performance',
      'Riverside Car Park Toilets  Monitoring  Head of Technical Services',
      '25 Apr 2006  Scrutiny Annual Report 2005/06    Scrutiny Officer',
    ].join('\n')
    assert.deepEqual(rows(withSpacedCells([{ number: 32, text }])), [
      ['Meeting', 'Item', 'Type', 'Lead Officer'],
      ['22 Nov 2005', 'Affordable Housing Review: Scoping Document', 'Review', 'Scrutiny Officer'],
      ['(reports by 9.11.05)', 'Corporate Equality Scheme 2006-2009', 'Pre-decision', 'Head of Policy and Performance'],
      ['', 'Riverside Car Park Toilets', 'Monitoring', 'Head of Technical Services'],
      ['25 Apr 2006', 'Scrutiny Annual Report 2005/06', '', 'Scrutiny Officer'],
    ])
  })

  it('writes a tracker a cell a paragraph as rows, a row cut short by the page mended on the page it starts on', () => {
    const page1 = [
      'Date of meeting  Minute  Subject  Action  Responsible  Progress',
      '',
      '07.06.05',
      '',
      'SC.6',
      '',
      'Housing Benefit Performance',
      '',
      'Head of Revenues to provide monthly',
      'figures to all Members.',
      '',
      'Head of Revenues and Benefits',
      '',
      '12.07.05',
      '',
      'SC.14',
      '',
      'Car Park Usage',
      '',
      'Head of Technical Services to provide',
      'occupancy figures for the',
      '',
      'Head of Technical Services',
      '',
      'Figures were sent to Members in',
      '',
      '28',
    ].join('\n')
    const page2 = [
      'Date of meeting  Minute  Subject  Action  Responsible  Progress',
      '|',
      'Cattle Market car park on market days.',
      '',
      'August 2005. Complete.',
    ].join('\n')
    const read = withSpacedCells([
      { number: 28, text: page1 },
      { number: 29, text: page2 },
    ])
    assert.deepEqual(rows(read).slice(1), [
      [
        '07.06.05',
        'SC.6',
        'Housing Benefit Performance',
        'Head of Revenues to provide monthly figures to all Members.',
        'Head of Revenues and Benefits',
        '',
      ],
      [
        '12.07.05',
        'SC.14',
        'Car Park Usage',
        'Head of Technical Services to provide occupancy figures for the Cattle Market car park on market days.',
        'Head of Technical Services',
        'Figures were sent to Members in August 2005. Complete.',
      ],
    ])
    assert.ok(read[0]?.text.includes('12.07.05\tSC.14'), 'the broken row is written on the page it starts on')
  })

  it("writes a key's words and their meanings, wrapped over lines, a row each", () => {
    const text = [
      'PROGRESS RATING KEY',
      '',
      'On track  The target date has not yet been reached.',
      'Completed after target  The recommendation has been fully implemented, but after the target',
      'date. Sign off.',
    ].join('\n')
    assert.deepEqual(rows(withSpacedCells([{ number: 16, text }])), [
      ['On track', 'The target date has not yet been reached.'],
      ['Completed after target', 'The recommendation has been fully implemented, but after the target date. Sign off.'],
    ])
  })

  it('leaves text whose tables are marked with tabs as it is', () => {
    const text = 'Meeting  Item  Type  Lead Officer\n22 Nov 2005\tScoping\tReview\tScrutiny Officer'
    assert.equal(withSpacedCells([{ number: 1, text }])[0]?.text, text)
  })
})

describe("plain text's unruled programme, a cell a paragraph", () => {
  const header = ['Date', '', 'Item', '', 'Officer', '', 'Type (Pre-decision / Monitoring / Information)', '']
  const page28 = [
    'Forward Work Programme 2016/17',
    '',
    ...header,
    '16 June 2016',
    '',
    '21st Century Schools Programme: Band B – draft Strategic Outline',
    'Programme',
    '',
    'Paul Ridd, Schools Modernisation Manager',
    '',
    'Pre-decision',
    '',
    'Youth Service Review',
    '',
    'TBC',
    '',
    'Pre-decision',
    '',
    '10 November 2016',
    '',
    'Task and Finish Group: Pupil Attendance –',
    '',
    'Kevin Probert, Principal',
    '',
    'Glanmorfa County Council',
    '',
    'Page 28',
  ].join('\n')
  const page29 = [
    ...header,
    'final review of outstanding recommendations',
    '',
    'Education Welfare Officer',
    '',
    'Monitoring',
    '',
    'To be scheduled',
    '',
    'Elective Home Education',
    '',
    'Alison Gwilt, Head of Inclusion Services',
    '',
    'Information',
    '',
    'Glanmorfa County Council',
    '',
    'Page 29',
  ].join('\n')
  const page30 = [
    'Appendix 2',
    '',
    'Cabinet Forward Plan – extract',
    '',
    'Glanmorfa County Council',
    '',
    'Page 30',
  ].join('\n')
  const pages = withSpacedCells([
    { number: 28, text: page28 },
    { number: 29, text: page29 },
    { number: 30, text: page30 },
  ])

  it("reads the header's names a paragraph each, a meeting's later items without its date, a row the page broke mended cell by cell", () => {
    assert.deepEqual(rows(pages), [
      ['Date', 'Item', 'Officer', 'Type (Pre-decision / Monitoring / Information)'],
      [
        '16 June 2016',
        '21st Century Schools Programme: Band B – draft Strategic Outline Programme',
        'Paul Ridd, Schools Modernisation Manager',
        'Pre-decision',
      ],
      ['', 'Youth Service Review', 'TBC', 'Pre-decision'],
      [
        '10 November 2016',
        'Task and Finish Group: Pupil Attendance – final review of outstanding recommendations',
        'Kevin Probert, Principal Education Welfare Officer',
        'Monitoring',
      ],
      ['To be scheduled', 'Elective Home Education', 'Alison Gwilt, Head of Inclusion Services', 'Information'],
    ])
  })

  it('ends the table at a page that does not print its header again', () => {
    assert.match(pages[2]?.text ?? '', /^Appendix 2$/m)
  })
})
