import type { MeetingStatus } from './meetings.table.ts'

/** What an officer may do to a meeting. */
export type MeetingAction =
  | 'edit_details'
  | 'reschedule'
  | 'cancel'
  | 'reinstate'
  | 'edit_agenda'
  | 'publish'
  | 'publish_supplement'
  | 'mark_held'

export interface MeetingState {
  status: MeetingStatus
  meeting_date: string
  /** Whether an agenda version has been published. */
  published: boolean
}

const OPEN: MeetingStatus[] = ['scheduled', 'agenda_published']

/**
 * Why an action is not possible for a meeting in this state, in words for the officer; null when
 * it is. The record of a held meeting is changed through its action notes, not here.
 */
export function whyNot(action: MeetingAction, meeting: MeetingState, today: string): string | null {
  const open = OPEN.includes(meeting.status)
  switch (action) {
    case 'edit_details':
    case 'reschedule':
    case 'cancel':
    case 'edit_agenda':
      if (meeting.status === 'cancelled') return 'The meeting has been cancelled. Reinstate it first.'
      return open ? null : 'The meeting has already been held.'
    case 'reinstate':
      return meeting.status === 'cancelled' ? null : 'Only a cancelled meeting can be reinstated.'
    case 'publish':
      if (!open) return whyNot('edit_agenda', meeting, today)
      return meeting.published ? 'The agenda is already published: publish a supplement instead.' : null
    case 'publish_supplement':
      if (!open) return whyNot('edit_agenda', meeting, today)
      return meeting.published ? null : 'Publish the agenda first.'
    case 'mark_held':
      if (!open) return whyNot('edit_agenda', meeting, today)
      return meeting.meeting_date <= today ? null : 'The meeting has not taken place yet.'
  }
}

/** The status a cancelled meeting returns to. */
export const reinstatedStatus = (published: boolean): MeetingStatus => (published ? 'agenda_published' : 'scheduled')
