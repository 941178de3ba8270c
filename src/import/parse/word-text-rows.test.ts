import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePack } from './parse-pack.ts'
import { withWordTextRows } from './word-text-rows.ts'

// As Word's "Save as Plain Text" writes a summons: each cell's later paragraphs on lines of their own.
const SUMMONS = [
  'You are requested to attend a meeting of the Audit and Scrutiny Committee on Tuesday, 21 November 2023 at 10.00 am.',
  '',
  'BUSINESS',
  '',
  'No.\tItem\tPages',
  '1.\tDeclarations of Interest',
  'Members are asked to declare any interests.\t',
  '2.\tMinute of Meeting held on 12 September 2023',
  'Submit Minute (copy herewith).\t4 – 8',
  '3.\tFollow-up of Scrutiny Review of Council House Repairs:',
  'Second Progress Report',
  'Submit report by Head of Housing (copy herewith).\t9 – 17',
  '',
  'Page 1',
  '',
  'Audit and Scrutiny Committee Members:',
  '',
  'Councillor Morag Dalziel (Chair); Councillor Iain Cruickshank (Vice Chair); Councillor Parveen Aslam.',
  '\f',
  'ACTION LOG',
  '',
  'Action no.\tMeeting date\tAction\tAction owner\tDue date\tUpdate\tRAG',
  'AS/23/01\t31/01/2023\tItem 6 – Fleet Management Internal Audit Report',
  'Head of Roads and Fleet to report on the roll-out of telematics.\tHead of Roads and Fleet\t21/03/2023',
  '12/09/2023\tJune 2023: Telematics fitted to 212 vehicles.',
  'November 2023: Roll-out complete.\tComplete',
  'AS/23/02\t21/03/2023\tItem 4 – Internal Audit Annual Plan 2023/24',
  'Chief Internal Auditor to include a review of the Welfare Fund.\tChief Internal Auditor\t19/03/2024\tIncluded in the plan.\tGreen',
  '',
  'Page 2',
  '',
  'AS/23/03\t21/03/2023\tItem 6 – Information Governance Annual Report',
  'Data Protection Officer to confirm the number of breaches.\tData Protection Officer\t13/06/2023\t\tRed',
].join('\n')

test("a row Word's plain text broke at its cell's paragraphs is one row again, the paragraphs apart", () => {
  const lines = withWordTextRows([{ number: 1, text: SUMMONS }])[0]?.text.split('\n') ?? []
  assert.ok(
    lines.includes(
      '3.\tFollow-up of Scrutiny Review of Council House Repairs:<br>Second Progress Report<br>Submit report by Head of Housing (copy herewith).\t9 – 17',
    ),
  )
})

test('rows of tabs that do not add up to the table, or open with a tab or a number, are left as they are', () => {
  const agenda = [
    'No.\tItem\tPages',
    '**1.\tApologies**',
    '**2.\tUrgent business**',
    '1.\tYmddiheuriadau',
    '\tApologies',
    '',
    'x',
  ].join('\n')
  assert.equal(
    withWordTextRows([{ number: 1, text: `${agenda}\n${agenda}\n${agenda}` }])[0]?.text,
    `${agenda}\n${agenda}\n${agenda}`,
  )
})

test("a pack saved as Word's plain text: the agenda's ranges, the members under their heading, the tracker's items", () => {
  const parsed = parsePack(SUMMONS)
  assert.deepEqual(
    parsed.agenda_items.map(a => [a.number, a.title, a.pages]),
    [
      [1, 'Declarations of Interest', null],
      [2, 'Minute of Meeting held on 12 September 2023', [4, 8]],
      [3, 'Follow-up of Scrutiny Review of Council House Repairs: Second Progress Report', [9, 17]],
    ],
  )
  assert.deepEqual(parsed.members, ['Morag Dalziel', 'Iain Cruickshank', 'Parveen Aslam'])
  assert.deepEqual(
    parsed.action_tracker.map(a => [a.date, a.agenda_item, a.action]),
    [
      [
        '2023-01-31',
        'Fleet Management Internal Audit Report',
        'Head of Roads and Fleet to report on the roll-out of telematics.',
      ],
      [
        '2023-03-21',
        'Internal Audit Annual Plan 2023/24',
        'Chief Internal Auditor to include a review of the Welfare Fund.',
      ],
      [
        '2023-03-21',
        'Information Governance Annual Report',
        'Data Protection Officer to confirm the number of breaches.',
      ],
    ],
  )
})
