import type { MeetingStatus } from './meetings.table.ts'

const LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  agenda_published: 'Agenda published',
  held: 'Held',
  minutes_approved: 'Action notes approved',
  cancelled: 'Cancelled',
}

export const meetingStatusLabel = (status: MeetingStatus): string => LABELS[status]
