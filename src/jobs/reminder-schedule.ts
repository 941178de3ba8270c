import { addDays } from '../shared/dates.ts'
import type { ReminderKind } from './jobs.table.ts'

// Which reminders a report author is owed for a tracking round on a given day: pure, so the rules are tested
// as a table. Each reminder is keyed by its kind and the deadline it is about, so it goes once per deadline
// (and again only if the deadline is moved).

export interface RoundDeadlines {
  /** The committee meeting at which the recommendations are tracked. */
  scheduledFor: string
  evidenceDueOn: string | null
  reportDueOn: string | null
  /** The day the officer scheduled the round. */
  scheduledOn: string
  status: 'scheduled' | 'awaiting_evidence' | 'evidence_submitted' | 'assessed'
}

export interface DueReminder {
  kind: ReminderKind
  dueOn: string
}

/** How long before a deadline the "due soon" reminder goes. */
export const DAYS_BEFORE = 7

/**
 * The reminders due today for an author who still owes evidence on some recommendations of the round
 * (`owesEvidence`). The request goes as soon as the round is scheduled; "due soon" a week before each
 * deadline, unless the round was scheduled within that week (the request already said when); "overdue" the
 * day after. Nothing once the committee has assessed the round or its meeting has passed.
 *
 * ```ts
 * const round = { scheduledFor: '2027-03-17', evidenceDueOn: '2027-02-24', reportDueOn: '2027-03-03', scheduledOn: '2027-01-10', status: 'awaiting_evidence' }
 * remindersDue(round, '2027-02-17', true) // [{ kind: 'evidence_requested', … }, { kind: 'evidence_due_soon', dueOn: '2027-02-24' }]
 * ```
 */
export function remindersDue(round: RoundDeadlines, today: string, owesEvidence: boolean): DueReminder[] {
  if (!owesEvidence || round.status === 'assessed' || today > round.scheduledFor) return []
  const due: DueReminder[] = [
    { kind: 'evidence_requested', dueOn: round.evidenceDueOn ?? round.reportDueOn ?? round.scheduledFor },
  ]
  const deadlines: Array<[string | null, ReminderKind, ReminderKind]> = [
    [round.evidenceDueOn, 'evidence_due_soon', 'evidence_overdue'],
    [round.reportDueOn, 'report_due_soon', 'report_overdue'],
  ]
  for (const [dueOn, soon, overdue] of deadlines) {
    if (dueOn === null) continue
    const soonFrom = addDays(dueOn, -DAYS_BEFORE)
    if (today > dueOn) due.push({ kind: overdue, dueOn })
    else if (today >= soonFrom && round.scheduledOn < soonFrom) due.push({ kind: soon, dueOn })
  }
  return due
}

const SUBJECTS: Record<ReminderKind, string> = {
  evidence_requested: 'Tracking evidence requested',
  evidence_due_soon: 'Tracking evidence due soon',
  evidence_overdue: 'Tracking evidence overdue',
  report_due_soon: 'Tracking report deadline soon',
  report_overdue: 'Tracking report deadline passed',
}

export interface ReminderContext {
  authorName: string
  inquiryTitle: string
  committeeName: string
  scheduledFor: string
  /** Recommendation numbers still without evidence from this author. */
  numbers: string[]
  roundUrl: string
}

/** The email for one reminder: plain text, saying what is wanted, by when, and where to give it. */
export function reminderMessage(kind: ReminderKind, dueOn: string, ctx: ReminderContext) {
  const when = formatDay(dueOn)
  const opening: Record<ReminderKind, string> = {
    evidence_requested: `The ${ctx.committeeName} will track the recommendations of its inquiry "${ctx.inquiryTitle}" at its meeting on ${formatDay(ctx.scheduledFor)}. Please submit evidence of progress and your self-assessment for each recommendation below by ${when}.`,
    evidence_due_soon: `Evidence of progress on "${ctx.inquiryTitle}" is due by ${when}.`,
    evidence_overdue: `Evidence of progress on "${ctx.inquiryTitle}" was due by ${when} and has not been received.`,
    report_due_soon: `The tracking report on "${ctx.inquiryTitle}" goes into the agenda pack on ${when}: evidence not in by then will be reported as not received.`,
    report_overdue: `The deadline for the tracking report on "${ctx.inquiryTitle}" (${when}) has passed without your evidence.`,
  }
  return {
    subject: `${SUBJECTS[kind]}: ${ctx.inquiryTitle}`,
    text: [
      `Dear ${ctx.authorName},`,
      '',
      opening[kind],
      '',
      `Recommendations awaiting your evidence: ${ctx.numbers.join(', ')}`,
      '',
      `Submit it at ${ctx.roundUrl}`,
      '',
      'Scrutiny Office',
    ].join('\n'),
  }
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
function formatDay(iso: string): string {
  return dayFormat.format(new Date(`${iso}T00:00:00Z`))
}
