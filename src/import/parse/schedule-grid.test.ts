import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseScheduleGrid } from './schedule-grid.ts'

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
