import assert from 'node:assert/strict'
import { test } from 'node:test'
import { alignBrokenRow, cleanCell, isSectionHeading, joinText, splitRow, withHeaderRest } from './table-utils.ts'

test('a footnote mark extracted as a plain digit is dropped from a cell', () => {
  assert.equal(
    cleanCell('reviews training in the light of this report. 5'),
    'reviews training in the light of this report.',
  )
  assert.equal(cleanCell('the Centre (CEOP)4 and how to use it'), 'the Centre (CEOP) and how to use it')
  assert.equal(cleanCell('web site\u00b2 be developed'), 'web site be developed')
})

test('numbers that are part of the text stay', () => {
  assert.equal(cleanCell('Priority 5'), 'Priority 5')
  assert.equal(cleanCell('from year 6 upwards'), 'from year 6 upwards')
  assert.equal(cleanCell('(see section 4) 12 schools'), '(see section 4) 12 schools')
  assert.equal(cleanCell('Score: 4.5'), 'Score: 4.5')
})

test('a cell of dashes is a ruled line, not text', () => {
  assert.equal(cleanCell('---'), '')
  assert.equal(cleanCell('- -'), '')
  assert.equal(cleanCell('Update - none'), 'Update - none')
})

test('the wrapped words of a header row set apart as a row join the header', () => {
  const header = ['No.', 'Recommendation', 'Responsibility', 'Original Date For', "Cabinet Member's"]
  assert.deepEqual(withHeaderRest(header, ['', '', '', 'Completion', 'Assessment']), [
    'No.',
    'Recommendation',
    'Responsibility',
    'Original Date For Completion',
    "Cabinet Member's Assessment",
  ])
  // A table's rows are not header words: a first cell, a sentence, a date or a theme.
  assert.equal(withHeaderRest(header, ['R01', 'That the report be noted.', '', '', '']), null)
  assert.equal(withHeaderRest(header, ['', '', '', 'July 2015', '']), null)
  assert.equal(withHeaderRest(header, ['B', 'Policies and Procedures']), null)
  assert.equal(withHeaderRest(header, ['', '', 'Ongoing.', '']), null)
})

test('"no." wrapped under "Minute" is the header\'s', () => {
  const header = ['Meeting date', 'Minute', 'Action', 'Officer', 'Progress']
  assert.deepEqual(withHeaderRest(header, ['', 'no.']), ['Meeting date', 'Minute no.', 'Action', 'Officer', 'Progress'])
  assert.equal(withHeaderRest(header, ['', 'done.']), null)
})

test("a header's wrapped words may include the date its assessment column was made on", () => {
  const header = ['No.', 'Recommendation', 'Original Date For', "Cabinet Member's", "Committee's Assessment"]
  assert.deepEqual(withHeaderRest(header, ['', '', 'Completion', 'Assessment', '(17 October 2017)']), [
    'No.',
    'Recommendation',
    'Original Date For Completion',
    "Cabinet Member's Assessment",
    "Committee's Assessment (17 October 2017)",
  ])
  // A date alone, unbracketed, is a row's completion date.
  assert.equal(withHeaderRest(header, ['', '', '', '', '17 October 2017']), null)
})

test('the rest of a row broken by the page goes to the cells that broke off, not to short labels', () => {
  const above = [
    'SENDIASS',
    'Update Report',
    'To consider the report published for the',
    'Sue Harrison, Director,',
    'None',
  ]
  const rest = ['', 'meeting on 30 November.', 'Children and Families']
  assert.deepEqual(alignBrokenRow(rest, 5, above, [0]), [
    '',
    '',
    'meeting on 30 November.',
    'Children and Families',
    '',
  ])
})

test('the rest of a row whose first cell broke off starts in the first column, then goes to the open cells', () => {
  const above = [
    'Winter 2017/18 – Review of',
    'Update Report',
    'To review how the health and care system performed',
    'Maxine Tolley, Assistant Director,',
    'Representatives of the three acute trusts and',
    'None',
    'Follows up the 21 November',
  ]
  const rest = ['System Performance', 'over the winter.', 'Specialist Care Services', 'the CCGs', '2017 item.']
  assert.deepEqual(alignBrokenRow(rest, 7, above, []), [
    'System Performance',
    '',
    'over the winter.',
    'Specialist Care Services',
    'the CCGs',
    '',
    '2017 item.',
  ])
  // A new row under a finished first cell keeps its cells where they are.
  const finished = ['Budget.', ...above.slice(1)]
  assert.deepEqual(alignBrokenRow(rest, 7, finished, []), rest)
})

test('the rest of a row plainly cut by the page goes on its unfinished cells, its first cell too', () => {
  const above = [
    'HTST / Children and Young People',
    'Update Report',
    'Update on the service delivered in Sep 2022.',
    'Sue Harrison, Director,',
    'Sue Harrison, Director, Children and Families John Elsegood, Interim',
    'None Required',
  ]
  const rest = ['Travel Service Update', 'Children and Families', "Lead Birmingham Children's Travel Service"]
  assert.deepEqual(alignBrokenRow(rest, 7, above, []), [
    'Travel Service Update',
    '',
    '',
    'Children and Families',
    "Lead Birmingham Children's Travel Service",
    '',
    '',
  ])
  // Above a row whose cells all end whole, the same cells are a new row.
  const whole = ['Home to School Transport', 'Update Report', 'Update.', 'Sue Harrison', 'John Elsegood', 'None']
  assert.deepEqual(alignBrokenRow(rest, 7, whole, []), rest)
})

test('the rest of a row with empty cells between its pieces stays where extraction put them', () => {
  // Chromium broke the row across pages; the text and the update go on, the lead above looks unfinished.
  const above = [
    '1',
    'That the Council publishes a placement policy setting out how households are matched to accommodation,',
    'Yes',
    'Ruth Adeyemi-Clarke, Director of Housing Needs and Homelessness',
    'December 2023',
    'The policy was published on 15 December 2023.',
    'Blue',
  ]
  const rest = ['', 'including the factors taken into account.', '', '', '', 'Officers propose that it is closed.']
  assert.deepEqual(alignBrokenRow(rest, 7, above, [0]), rest)
})

test('the rest of a row in lower case goes on the longest cell of prose, not a date extraction set it under', () => {
  const above = [
    '5',
    'That gully cleansing on all A and B roads is increased from once to twice a year from April 2017.',
    'Cabinet Member for Highways and Transport',
    'April 2017',
    'Not funded in the 2017/18 budget. The risk-based programme in recommendation 6 will target',
    'Cannot be implemented',
  ]
  // Chromium's PDF: nothing else on the page's top line shows the columns, so the tabs mislead.
  const rest = ['', '', '', 'gullies on A and B roads with a history of flooding.']
  assert.deepEqual(alignBrokenRow(rest, 6, above, [0]), [
    '',
    '',
    '',
    '',
    'gullies on A and B roads with a history of flooding.',
    '',
  ])
  // In capitals, the rest may start a cell of its own: it stays where extraction set it.
  const capital = ['', '', '', 'Gullies on A and B roads.']
  assert.deepEqual(alignBrokenRow(capital, 6, above, [0]), capital)
})

test('the rest of a row placed by extraction under the cells it goes on stays where it stands', () => {
  const above = [
    'Youth Justice Plan',
    'Consultation',
    'To discuss the priorities prior',
    'Seamus Gaynor,',
    'Dionne McAndrew, AD,',
    'None Required',
  ]
  const rest = [
    '',
    '',
    'to the plan going to Cabinet.',
    "Head of Executive, Children's Trust",
    'Vulnerable Young People',
  ]
  assert.deepEqual(alignBrokenRow(rest, 7, above, []), rest)
})

test('joined lines mend a word hyphenated or a range broken after its close-set dash, not a spaced dash', () => {
  assert.equal(joinText('information e-', 'mailed'), 'information e-mailed')
  assert.equal(joinText('Homelessness Prevention Strategy 2025–', '2030'), 'Homelessness Prevention Strategy 2025–2030')
  assert.equal(
    joinText('Sustainability and Transformation Partnership –', 'Progress'),
    'Sustainability and Transformation Partnership – Progress',
  )
})

test('a line break inside a hyphenated word joins it again; other breaks are spaces', () => {
  assert.equal(
    cleanCell('to provide real-<br>time passenger information'),
    'to provide real-time passenger information',
  )
  assert.equal(cleanCell('Head of Bus Services,<br>with the councils'), 'Head of Bus Services, with the councils')
})

test('the rest of a row broken by the page goes to its longest open cells, not to a name with its post', () => {
  const above = [
    '**5.** That the Council pays the cost of travel to school for all children placed more than two miles from their',
    'Partially agreed. The Council will pay the travel costs of a parent accompanying a child who is',
    'Travel support scheme to start at the beginning of the school year, run by Housing Needs',
    'Lorraine Achebe, Head of Housing Needs and Lettings',
    'September 2023',
    'The travel support scheme began on 4 September 2023. By 20 October, 186 children had received travel',
    'Complete',
  ]
  const rest = [
    'school, until the family is rehoused.',
    'placed more than two miles away.',
    "with Children's Services.",
    'support, at a forecast cost of £96,000.',
  ]
  assert.deepEqual(alignBrokenRow(rest, 7, above, []), [
    'school, until the family is rehoused.',
    'placed more than two miles away.',
    "with Children's Services.",
    '',
    '',
    'support, at a forecast cost of £96,000.',
    '',
  ])
})

test('a lettered section heading, in bold or printed without, ends a table; a sentence does not', () => {
  assert.ok(isSectionHeading('**B. Substantial variations notified by NHS bodies**'))
  assert.ok(isSectionHeading('C. Visits and briefings'))
  assert.ok(isSectionHeading('6 Forward Plan for Cabinet Decisions'))
  assert.ok(!isSectionHeading('A. The Council agreed the plan.'))
  assert.ok(!isSectionHeading('B.\tSubstantial variations'))
})

test("cleanCell drops a list's hyphen bullets after its line breaks, not a title's dash wrapped alone", () => {
  assert.equal(
    cleanCell('Provide MMR2 uptake figures:<br>- by GP cluster; and<br>- for the last four quarters.'),
    'Provide MMR2 uptake figures: by GP cluster; and for the last four quarters.',
  )
  assert.equal(
    cleanCell('Adult Social Care Charging Policy<br>- Scoping of Working Group'),
    'Adult Social Care Charging Policy - Scoping of Working Group',
  )
})

test('a cell a converter repeats across the whole row (a group heading spanning it) is read once, in the first column', () => {
  const group = '| Minute 15: Sickness Absence | Minute 15: Sickness Absence | Minute 15: Sickness Absence |'
  assert.deepEqual(
    splitRow(group)?.map(cell => cell.trim()),
    ['Minute 15: Sickness Absence', '', ''],
  )
  // Two columns that happen to agree are a row of the table.
  assert.deepEqual(
    splitRow('| Yes | Yes |')?.map(cell => cell.trim()),
    ['Yes', 'Yes'],
  )
  assert.deepEqual(splitRow('Blue\tBlue\tGreen'), ['Blue', 'Blue', 'Green'])
})
