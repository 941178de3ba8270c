import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Role } from '../accounts/accounts.table.ts'
import { approvalRefusal, canSeeDraft, notesStatus, suggestedAlsoPresent, visibleRecord } from './rules.ts'

const as = (role: Role) => ({ id: 1, email: '', displayName: '', role })

describe('notesStatus', () => {
  const cases: Array<[string, 'draft' | 'approved', number | null, 'draft' | 'approved']> = [
    ['a draft typed in', 'draft', null, 'draft'],
    ['approved at a later meeting', 'approved', null, 'approved'],
    ['imported from a pack', 'draft', 7, 'approved'],
  ]
  for (const [name, status, file, expected] of cases) {
    test(`${name} counts as ${expected}`, () => assert.equal(notesStatus({ status, source_file_id: file }), expected))
  }
})

describe('approvalRefusal', () => {
  const cases: Array<[string, 'draft' | 'approved' | null, string | null]> = [
    ['2026-10-01', null, 'Save the draft action notes before approving them'],
    ['2026-10-01', 'approved', 'These action notes have already been approved'],
    ['2026-11-23', 'draft', 'Action notes can only be approved after the meeting'],
    ['2026-12-01', 'draft', 'Action notes can only be approved after the meeting'],
    ['2026-11-22', 'draft', null],
  ]
  for (const [meetingDate, status, refusal] of cases) {
    test(`notes of ${meetingDate} (${status ?? 'none'}) on 2026-11-23: ${refusal ?? 'approved'}`, () =>
      assert.equal(approvalRefusal(meetingDate, '2026-11-23', status), refusal))
  }
})

describe('who sees drafts and exempt records', () => {
  const viewers: Array<[string, ReturnType<typeof as> | null, boolean]> = [
    ['the public', null, false],
    ['a report author', as('report_author'), false],
    ['a member', as('member'), true],
    ['a scrutiny officer', as('scrutiny_officer'), true],
    ['an admin', as('admin'), true],
  ]
  for (const [name, user, entitled] of viewers) {
    test(`${name} ${entitled ? 'sees' : 'does not see'} drafts and exempt notes`, () => {
      assert.equal(canSeeDraft(user), entitled)
      assert.equal(visibleRecord({ is_exempt: true, item_is_exempt: false }, user), entitled)
      assert.equal(visibleRecord({ is_exempt: false, item_is_exempt: true }, user), entitled)
      assert.equal(visibleRecord({ is_exempt: false, item_is_exempt: null }, user), true)
    })
  }
})

test('suggestedAlsoPresent lists officers then attendees, each once, without blanks', () => {
  assert.deepEqual(suggestedAlsoPresent(['Ruth Kendall, Scrutiny Officer'], ['Naomi Osei', null, ' ', 'Naomi Osei']), [
    'Ruth Kendall, Scrutiny Officer',
    'Naomi Osei',
  ])
})
