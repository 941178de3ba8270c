import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cleanCell } from './table-utils.ts'

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
