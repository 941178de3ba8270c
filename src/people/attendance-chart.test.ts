import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BACKGROUND, contrastRatio } from '../tracking/assessment-chart.ts'
import { ATTENDANCE_KINDS, attendanceChartSvg, countAttendance } from './attendance-chart.ts'

test('countAttendance counts each kind of record', () => {
  const counts = countAttendance([{ kind: 'present' }, { kind: 'present' }, { kind: 'apologies' }])
  assert.deepEqual(counts, { present: 2, also_present: 0, apologies: 1, substitute: 0, absent: 0 })
})

test('the chart is named by its figures, every bar labelled, names escaped', () => {
  const svg = attendanceChartSvg('attendance', 'A <b>& Co', countAttendance([{ kind: 'present' }, { kind: 'absent' }]))
  assert.match(svg, /role="img" aria-labelledby="attendance-title"/)
  assert.match(svg, /attendance at 2 meetings: Present 1, Present as a substitute 0, .*Absent 1\./)
  assert.match(svg, /A &#60;b&#62;&#38; Co/)
  assert.doesNotMatch(svg, /<b>/)
  for (const { label } of ATTENDANCE_KINDS) assert.ok(svg.includes(`>${label}</text>`), label)
})

test('a single meeting is "1 meeting"; no meetings draws no bars', () => {
  assert.match(attendanceChartSvg('a', 'X', countAttendance([{ kind: 'present' }])), /at 1 meeting:/)
  assert.doesNotMatch(attendanceChartSvg('a', 'X', countAttendance([])), /<rect/)
})

test('every bar colour has at least 3:1 contrast with the page (WCAG 2.2 non-text contrast)', () => {
  for (const { label, colour } of ATTENDANCE_KINDS) assert.ok(contrastRatio(colour, BACKGROUND) >= 3, label)
})
