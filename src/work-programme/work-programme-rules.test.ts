import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { meetingDeadlines, municipalYearOf } from './work-programme-rules.ts'

describe('work programme rules', () => {
  test('the municipal year runs from May to April', () => {
    assert.deepEqual(municipalYearOf('2026-11-23'), {
      start: 2026,
      label: '2026/27',
      startsOn: '2026-05-01',
      endsOn: '2027-04-30',
    })
    assert.equal(municipalYearOf('2027-04-30').label, '2026/27')
    assert.equal(municipalYearOf('2027-05-01').label, '2027/28')
    assert.equal(municipalYearOf('2099-06-01').label, '2099/00')
  })

  test('report and publication deadlines come from the publication rule', () => {
    // 17 May 2023: publication by Tue 9 May; two working days earlier, over the Coronation bank holiday, Thu 4 May.
    assert.deepEqual(meetingDeadlines('2023-05-17'), { reports: '2023-05-04', publication: '2023-05-09' })
  })

  test('deadlines are unknown, not guessed, where bank holidays are not known', () => {
    assert.deepEqual(meetingDeadlines('2045-05-17'), { reports: null, publication: null })
  })
})
