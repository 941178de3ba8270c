import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import { parseScheduleGrid } from './schedule-grid.ts'
import { splitPages } from './pages.ts'

const KEY = [
  'Scrutiny Work Items Key:\tPSR – Policy/Service Review<br>DB – Development Briefings\tPM – Performance Monitoring<br>RT – Recommendation Tracking',
]

test('reads a schedule set out a month a column: each item under its meeting, its kind from the key', () => {
  const text = [
    'Work Schedule for 2018/2019 Municipal Year',
    '\t\tJune\t\tJuly\tAugust',
    'Meeting date\t19 June 2018\t\t17 July 2018\t\tNo Scrutiny Board meeting scheduled',
    '',
    'Agenda items\tScrutiny Board Terms of Reference (DB)\t\tCouncil Housing Growth Programme – progress<br>update (PM)',
    '',
    '\tCo-opted Members (DB)\t\tRecommendation Tracking – Fly-tipping (RT)',
    '',
    // A line of one cell, its column lost: under the first meeting, wrapped over two lines.
    'Performance Report – Environment and',
    'Communities (PM)',
    '',
    'Working group\t\t\tCouncil Housing Repairs and Voids inquiry –<br>scoping (3 July 2018)',
    ...KEY,
    'Page 16',
    'Meeting date\t19 March 2019\t\t16 April 2019',
    'Agenda items\tInquiry into Council Housing Repairs and Voids<br>– final report (PSR)\t\tEnd of Year Statement 2018/19',
    'Site visits',
    'Items to be scheduled',
    '',
    '\t•\tSelective Licensing – evaluation of the Kirkholme scheme (PM)',
    '',
    'Appendix 2',
  ].join('\n')
  assert.deepEqual(
    parseScheduleGrid([{ number: 19, text }]).map(i => [i.meeting_date, i.topic, i.type]),
    [
      ['2018-06-19', 'Scrutiny Board Terms of Reference', 'Development Briefings'],
      ['2018-07-17', 'Council Housing Growth Programme - progress update', 'Performance Monitoring'],
      ['2018-06-19', 'Co-opted Members', 'Development Briefings'],
      ['2018-07-17', 'Recommendation Tracking - Fly-tipping', 'Recommendation Tracking'],
      ['2018-06-19', 'Performance Report - Environment and Communities', 'Performance Monitoring'],
      ['2019-03-19', 'Inquiry into Council Housing Repairs and Voids - final report', 'Policy/Service Review'],
      ['2019-04-16', 'End of Year Statement 2018/19', null],
      [null, 'Selective Licensing - evaluation of the Kirkholme scheme', 'Performance Monitoring'],
    ],
  )
})

test('a pack with no "Meeting date" row across its columns has no grid', () => {
  const text = ['Meeting date: 19 June 2018', 'Agenda items\tScrutiny Board Terms of Reference (DB)', ...KEY].join('\n')
  assert.deepEqual(parseScheduleGrid([{ number: 1, text }]), [])
})

describe('a programme set out as themes down the side and months across', () => {
  const text = [
    '**WORK PROGRAMME 2022/23**',
    'Meeting dates 2022/23: 21 June 2022; 26 July 2022; 15 November 2022; 17 January 2023.',
    '',
    '| Theme | Jun 22 (held) | Jul 22 (held) | Nov 22 | Jan 23 |',
    '|---|---|---|---|---|',
    '| **Corporate and Finance** | Portfolio Holder for Finance – Annual Report [Holding to account]<br>Lead: Councillor Linda Marsh | | Corporate Risk Register [Performance]<br>Lead: Lorraine Ho, Risk Officer | |',
    '| **Housing** | | | | Homelessness Strategy 2023–2028 [Pre-decision] |',
    '',
    'Page 39',
    '',
    '| Theme | Jun 22 (held) | Jul 22 (held) | Nov 22 | Jan 23 |',
    '|---|---|---|---|---|',
    '| | | | | Lead: Angela Whitfield, Head of Housing<br><br>Community Safety Partnership Annual Report [Annual report]<br>Lead: TBC |',
    '',
    "Chair's briefings are informal and not open to the public.",
    '| Requested by | Date requested | Comment |',
    '|---|---|---|',
    '| Councillor Janet Greaves | 21 June 2022 | Held over. |',
  ].join('\n')

  it("reads each theme's items under the meeting of their month, each with its kind and lead, a row the page broke mended", () => {
    assert.deepEqual(
      parseScheduleGrid(splitPages(text)).map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        ['2022-06-21', 'Portfolio Holder for Finance - Annual Report', 'Holding to account', 'Councillor Linda Marsh'],
        ['2022-11-15', 'Corporate Risk Register', 'Performance', 'Lorraine Ho, Risk Officer'],
        ['2023-01-17', 'Homelessness Strategy 2023-2028', 'Pre-decision', 'Angela Whitfield, Head of Housing'],
        ['2023-01-17', 'Community Safety Partnership Annual Report', 'Annual report', null],
      ],
    )
  })
})
