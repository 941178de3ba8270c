import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { runCli } from '../../test/support/run-cli.ts'
import { deadlineReport } from './deadline-command.ts'

describe('scrutiny deadline', () => {
  const cases: Array<[string, string, string]> = [
    ['a Wednesday meeting in an ordinary week', '2023-05-17', '2023-05-09'],
    ['the Coronation bank holiday does not count', '2023-05-16', '2023-05-05'],
    ['Christmas Day and the substitute Boxing Day do not count', '2026-12-29', '2026-12-17'],
    ['Christmas, Boxing Day and New Year’s Day do not count', '2025-01-06', '2024-12-24'],
    ['Good Friday and Easter Monday do not count', '2027-03-30', '2027-03-18'],
  ]
  for (const [name, meeting, latest] of cases) {
    test(`${name}: meeting ${meeting}, publish by ${latest}`, () => {
      const [first, ...rest] = deadlineReport(meeting).trimEnd().split('\n')
      assert.equal(first, latest)
      assert.equal(rest.filter(line => /working day \d/.test(line)).length, 5)
    })
  }

  test('lists the days it skipped and why', () => {
    const report = deadlineReport('2027-03-30')
    assert.match(report, /Friday 26 March 2027\s+bank holiday, not counted/)
    assert.match(report, /Saturday 27 March 2027\s+weekend, not counted/)
  })

  test('prints the date on its first line and exits 0', async () => {
    const result = await runCli(['deadline', '2023-05-17'])
    assert.equal(result.code, 0, result.stderr)
    assert.equal(result.stdout.split('\n')[0], '2023-05-09')
  })

  for (const bad of ['2023-02-30', 'next-week', '2035-01-01']) {
    test(`refuses "${bad}" with one error line and a non-zero exit`, async () => {
      const result = await runCli(['deadline', bad])
      assert.notEqual(result.code, 0)
      assert.equal(result.stdout, '')
      assert.match(result.stderr, /^Error: [^\n]+\n$/)
    })
  }
})
