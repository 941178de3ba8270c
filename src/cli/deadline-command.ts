import type { Command } from 'commander'
import { isBankHoliday, isWeekend } from '../meetings/bank-holidays.ts'
import { CLEAR_WORKING_DAYS, latestPublicationDate } from '../meetings/publication-deadline.ts'
import { addDays } from '../shared/dates.ts'
import { formatLongDate } from '../web/format.ts'
import { CliUsageError } from './read-password.ts'

/**
 * `scrutiny deadline <meeting-date>`: the latest lawful publication date on the first line (for
 * scripts), then the days between publication and the meeting and whether each counted.
 */
export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description(
      `print the latest date the agenda and reports may be published for a meeting (${CLEAR_WORKING_DAYS} clear working days before it)`,
    )
    .argument('<meeting-date>', 'the date of the meeting, as YYYY-MM-DD')
    .addHelpText(
      'after',
      '\nThe first line is the date alone (YYYY-MM-DD); the lines after it list the days counted.\n' +
        'Weekends and England and Wales bank holidays do not count, nor do the day of publication and the day of the meeting.\n\n' +
        'Example:\n  $ scrutiny deadline 2023-05-17\n  2023-05-09',
    )
    .action((meetingDate: string) => {
      process.stdout.write(deadlineReport(meetingDate))
    })
}

/** The command's output for a meeting date; throws CliUsageError for a date it cannot use. */
export function deadlineReport(meetingDate: string): string {
  if (!isRealDate(meetingDate))
    throw new CliUsageError(`The meeting date must be a real date written YYYY-MM-DD: "${meetingDate}"`)
  let publication: string
  try {
    publication = latestPublicationDate(meetingDate)
  } catch (error) {
    if (error instanceof RangeError) throw new CliUsageError(error.message)
    throw error
  }
  const lines = [
    publication,
    `Latest publication date for a meeting on ${formatLongDate(meetingDate)}: ${formatLongDate(publication)}.`,
    `Clear working days counted between them:`,
  ]
  let counted = 0
  for (let day = addDays(publication, 1); day < meetingDate; day = addDays(day, 1)) {
    const why = isBankHoliday(day) ? 'bank holiday, not counted' : isWeekend(day) ? 'weekend, not counted' : null
    if (!why) counted += 1
    lines.push(`  ${formatLongDate(day).padEnd(28)} ${why ?? `working day ${counted}`}`)
  }
  return `${lines.join('\n')}\n`
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}
