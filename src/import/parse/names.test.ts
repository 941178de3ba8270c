import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitNames } from './names.ts'

test('names printed with initials keep them, the full stops no end of a sentence', () => {
  assert.deepEqual(splitNames('Councillor R. D. Ashdown (Chairman)'), ['R. D. Ashdown'])
  assert.deepEqual(splitNames('Councillors A. J. Brannigan, Mrs S. Cawthorne and G. Whitlam.'), [
    'A. J. Brannigan',
    'S. Cawthorne',
    'G. Whitlam',
  ])
})

test("a name the line's end broke, after its initial or at its hyphen, is one name", () => {
  const printed = 'Councillors Mrs P. Kettleby, D. Ellwood, K. Lister-\nJones, M. Nuttall and Mrs E.\nDinsdale'
  assert.deepEqual(splitNames('Revd Canon\nJudith Amberley (Diocesan Representative)'), ['Judith Amberley'])
  assert.deepEqual(splitNames(printed), ['P. Kettleby', 'D. Ellwood', 'K. Lister-Jones', 'M. Nuttall', 'E. Dinsdale'])
})
