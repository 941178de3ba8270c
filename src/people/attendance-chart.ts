import type { AttendanceKind } from '../action-notes/action-notes.table.ts'
import { barChartSvg } from '../tracking/assessment-chart.ts'

// A person's attendance record in the house style of charts (see tracking/assessment-chart.ts): the same
// colours, each of at least 3:1 contrast on white, every bar labelled, the figures in the accessible name and
// in the table beside the chart.

export const ATTENDANCE_KINDS: ReadonlyArray<{ kind: AttendanceKind; label: string; colour: string }> = [
  { kind: 'present', label: 'Present', colour: '#00703c' },
  { kind: 'substitute', label: 'Present as a substitute', colour: '#00625e' },
  { kind: 'also_present', label: 'Also present (not as a member)', colour: '#1d70b8' },
  { kind: 'apologies', label: 'Sent apologies', colour: '#8f6200' },
  { kind: 'absent', label: 'Absent', colour: '#d4351c' },
]

export type AttendanceCounts = Record<AttendanceKind, number>

export function countAttendance(records: ReadonlyArray<{ kind: AttendanceKind }>): AttendanceCounts {
  const counts: AttendanceCounts = { present: 0, also_present: 0, apologies: 0, substitute: 0, absent: 0 }
  for (const record of records) counts[record.kind]++
  return counts
}

/** One row per kind of attendance, in the order the chart and the table show them. */
export function attendanceRows(counts: AttendanceCounts) {
  return ATTENDANCE_KINDS.map(k => ({ kind: k.kind, label: k.label, value: counts[k.kind], colour: k.colour }))
}

/**
 * The attendance chart of one person, bars as shares of all the meetings recorded.
 *
 * ```ts
 * attendanceChartSvg('attendance-chart', 'Priya Shah', counts)
 * // <svg … role="img" aria-labelledby="attendance-chart-title"><title …>Bar chart of Priya Shah’s attendance at
 * //  6 meetings: Present 5, …, Absent 0.</title>…
 * ```
 */
export function attendanceChartSvg(id: string, name: string, counts: AttendanceCounts): string {
  const bars = attendanceRows(counts)
  const total = bars.reduce((sum, b) => sum + b.value, 0)
  const figures = bars.map(b => `${b.label} ${b.value}`).join(', ')
  const title = `Bar chart of ${name}’s attendance at ${total} meeting${total === 1 ? '' : 's'}: ${figures}.`
  return barChartSvg({ id, title, bars, max: total })
}
