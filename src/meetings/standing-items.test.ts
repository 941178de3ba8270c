import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { standingKindOf } from './standing-items.ts'

describe('standingKindOf', () => {
  const cases: Array<[string, string | null]> = [
    ['NOTICE OF RECORDING/WEBCAST', 'recording_notice'],
    ['APOLOGIES', 'apologies'],
    ['DECLARATIONS OF INTERESTS', 'declarations'],
    ['ACTION NOTES', 'action_notes'],
    ['MINUTES OF THE LAST MEETING', 'action_notes'],
    ['ACTION TRACKER', 'action_tracker'],
    ['WORK PROGRAMME', 'work_programme'],
    ['REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', 'call_in_petitions'],
    ['OTHER URGENT BUSINESS', 'urgent_business'],
    ['AUTHORITY TO CHAIR AND OFFICERS', 'authority_to_chair'],
    ['DATE OF THE NEXT MEETING', 'next_meeting'],
    ['EXCLUSION OF THE PUBLIC', 'exempt_resolution'],
    ['YOUTH SERVICE (10.45 - 11.25)', null],
    ['SEND ACCELERATED PROGRESS PLAN', null],
  ]
  for (const [title, kind] of cases) test(`${title} → ${kind}`, () => assert.equal(standingKindOf(title), kind))
})
