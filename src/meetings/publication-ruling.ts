import type { LateReasonKind } from './meetings.table.ts'
import { isPublishedInTime, latestPublicationDate } from './publication-deadline.ts'

export interface LateReason {
  kind: LateReasonKind
  text: string
}

export type PublicationRuling =
  | { ok: true; late: boolean; deadline: string }
  | { ok: false; field: 'lateReasonKind' | 'lateReason' | 'form'; message: string; deadline: string }

/**
 * Whether an agenda (or supplement) may be published today. In time: always. Late: only with the
 * reason recorded (a late item, or special urgency), which is then printed on the agenda. Never
 * after the meeting has taken place.
 */
export function publicationRuling(meetingDate: string, today: string, reason: LateReason | null): PublicationRuling {
  const deadline = latestPublicationDate(meetingDate)
  if (today > meetingDate)
    return {
      ok: false,
      field: 'form',
      message: 'The meeting has taken place: its agenda can no longer be published.',
      deadline,
    }
  if (isPublishedInTime(meetingDate, today)) return { ok: true, late: false, deadline }
  if (!reason) {
    return {
      ok: false,
      field: 'lateReasonKind',
      message: 'The deadline for publication has passed: choose why the agenda is published late',
      deadline,
    }
  }
  if (!reason.text.trim())
    return { ok: false, field: 'lateReason', message: 'Enter the reason for late publication', deadline }
  return { ok: true, late: true, deadline }
}
