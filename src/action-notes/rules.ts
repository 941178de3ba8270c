import { canSeeExempt } from '../meetings/exempt.ts'
import type { CurrentUser } from '../web/access.ts'

export type NotesStatus = 'draft' | 'approved'

/**
 * Notes count as approved once approved at a later meeting, and so do notes imported from a
 * pack: a pack prints the notes of the previous meeting for approval, and the record of the
 * meeting that approved them is the council's published history.
 */
export function notesStatus(notes: { status: NotesStatus; source_file_id: number | null }): NotesStatus {
  return notes.status === 'approved' || notes.source_file_id !== null ? 'approved' : 'draft'
}

/** Draft notes are read by the committee's members and officers; report authors and the public wait. */
export function canSeeDraft(user: CurrentUser | null): boolean {
  return canSeeExempt(user)
}

/**
 * Why the notes of a meeting cannot be approved today, or null when they can: notes are
 * approved at a later meeting, so never on or before the day of the meeting they record.
 */
export function approvalRefusal(meetingDate: string, today: string, status: NotesStatus | null): string | null {
  if (status === null) return 'Save the draft action notes before approving them'
  if (status === 'approved') return 'These action notes have already been approved'
  if (today <= meetingDate) return 'Action notes can only be approved after the meeting'
  return null
}

/** Whether a note or resolution may be shown: exempt ones (or those on exempt items) only to the entitled. */
export function visibleRecord(
  record: { is_exempt: boolean; item_is_exempt: boolean | null },
  user: CurrentUser | null,
): boolean {
  return !(record.is_exempt || record.item_is_exempt === true) || canSeeExempt(user)
}

/**
 * The "also present" people the form suggests before anything is recorded: the supporting
 * officers of the committee on the day, then those attending each agenda item, each once.
 */
export function suggestedAlsoPresent(officers: string[], itemAttendees: Array<string | null>): string[] {
  const lines = [...officers, ...itemAttendees.map(a => a?.trim() ?? '')].filter(line => line !== '')
  return [...new Set(lines)]
}
