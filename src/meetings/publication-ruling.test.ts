import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { publicationRuling, type LateReason } from './publication-ruling.ts'

// Meeting on Wednesday 17 May 2023: publication by Tuesday 9 May (see publication-deadline.test.ts).
const MEETING = '2023-05-17'
const urgent: LateReason = { kind: 'special_urgency', text: 'Decision needed before the contract ends' }

describe('publicationRuling', () => {
  const cases: Array<[string, string, LateReason | null, string]> = [
    ['well before the deadline', '2023-04-20', null, 'in time'],
    ['on the deadline', '2023-05-09', null, 'in time'],
    ['a day late, no reason', '2023-05-10', null, 'refused: lateReasonKind'],
    ['a day late, reason kind but no words', '2023-05-10', { kind: 'late_item', text: '  ' }, 'refused: lateReason'],
    ['a day late, with a reason', '2023-05-10', urgent, 'late'],
    ['on the day of the meeting, with a reason', '2023-05-17', urgent, 'late'],
    ['after the meeting, even with a reason', '2023-05-18', urgent, 'refused: form'],
  ]
  for (const [name, today, reason, expected] of cases) {
    test(name, () => {
      const ruling = publicationRuling(MEETING, today, reason)
      const outcome = ruling.ok ? (ruling.late ? 'late' : 'in time') : `refused: ${ruling.field}`
      assert.equal(outcome, expected)
      assert.equal(ruling.deadline, '2023-05-09')
    })
  }
})
