import assert from 'node:assert/strict'
import { test } from 'node:test'
import { carriesOn, carriesOnTitle } from './lines.ts'

test('a line carries on a wrapped value when it starts in lower case or the value breaks off', () => {
  assert.equal(carriesOn('Sexual Health Treatment & Prevention Services delivered', 'by Aquarius', false), true)
  assert.equal(carriesOn('Sue Harrison (Director for', 'Children and Families)', false), true)
  assert.equal(carriesOn('We Need to Get It Right: A', 'Health Check into the Council', false), true)
})

test('a line starting afresh in mixed case is a line of its own', () => {
  assert.equal(
    carriesOn('Dr Justin Varney, Director for Public Health', 'Cllr Khan, Cabinet Member, Health & Social Care', true),
    false,
  )
  assert.equal(carriesOn('Report title', '1 Purpose', true), false)
  assert.equal(carriesOn('Helen Ellis (Director for SEND and Inclusion)', 'helen.ellis@birmingham.gov.uk', true), false)
  assert.equal(carriesOn('Anything', '', true), false)
})

test('two capitals lines are one heading only when the second ends its paragraph', () => {
  const heading = 'REPORT OF THE IMPROVEMENT QUARTET: COUNCILLOR JOHN CLANCY, COUNCILLOR'
  assert.equal(carriesOn(heading, 'BRIGID JONES, MARK ROGERS AND PETER HAY', true), true)
  assert.equal(carriesOn(heading, "CHILDREN'S SOCIAL CARE: IMPROVEMENT AND CHALLENGES", false), false)
})

test('a title also carries on in title case onto a shorter last line', () => {
  assert.equal(
    carriesOnTitle("Health Check into the Council's Role in Tackling Child Sexual", 'Exploitation', true),
    true,
  )
  assert.equal(
    carriesOnTitle("Health Check into the Council's Role in Tackling Child Sexual", 'Exploitation', false),
    false,
  )
  assert.equal(
    carriesOnTitle(
      'Progress Report on Implementation: Early Help',
      'Review Information, with the dates approved and tracked before',
      true,
    ),
    false,
  )
  assert.equal(carriesOnTitle('Progress Report on Implementation: Early Help', 'See below.', true), false)
})

test('a report heading right under a title as wide as the page is not the title wrapping', () => {
  const title = 'Progress Report on Implementation: Tackling Loneliness and Social Isolation in Older People'
  assert.equal(carriesOnTitle(title, 'Review Information', false, true), false)
  assert.equal(carriesOnTitle(title, 'Evidence of Progress', true, true), false)
  assert.equal(carriesOnTitle(title, 'in Birmingham', false, true), true)
  assert.equal(carriesOnTitle(title, 'Across the City', false, true), true)
})
