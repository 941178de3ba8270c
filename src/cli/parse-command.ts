import { availableParallelism } from 'node:os'
import type { Command } from 'commander'
import { readPackFile } from '../import/pdf/read-pack.ts'
import { parsePack } from '../import/parse/parse-pack.ts'
import type { ParsedPack } from '../import/parse/types.ts'

/** `scrutiny parse <file>`: reads a pack (PDF or text) and prints what it found; writes nothing. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('read an agenda pack (PDF or extracted text) and print its records, without touching the database')
    .argument('<file>', 'the agenda pack: a PDF, or text extracted from one')
    .option('--json', 'print one JSON document (schemas/parsed-pack.schema.json) instead of a summary')
    .action(async (file: string, options: { json?: boolean }) => {
      const pack = await parseFile(file)
      process.stdout.write(options.json ? `${JSON.stringify(pack, null, 2)}\n` : summary(pack))
    })
}

export async function parseFile(file: string): Promise<ParsedPack> {
  // A command has the machine to itself: a long PDF is shared between its cores.
  const read = await readPackFile(file, { threads: availableParallelism() })
  return parsePack(read.pages ?? read.text ?? '')
}

function concludedNote(pack: ParsedPack): string {
  const concluded = pack.concluded_recommendations?.length ?? 0
  return concluded > 0 ? ` (and ${concluded} concluded earlier, listed by number only)` : ''
}

function summary(pack: ParsedPack): string {
  const lines = [
    `${pack.committee ?? 'Unknown committee'}: ${pack.meeting.date ?? 'date not found'}${pack.meeting.start_time ? ` at ${pack.meeting.start_time}` : ''}`,
    `  agenda items      ${pack.agenda_items.length}`,
    `  reports           ${pack.reports.length}`,
    `  action notes      ${pack.action_notes ? `of ${pack.action_notes.meeting_date ?? 'an unknown date'}` : 'none'}`,
    `  action tracker    ${pack.action_tracker.length} rows`,
    `  recommendations   ${pack.recommendations.length}${concludedNote(pack)}`,
    `  work programme    ${pack.work_programme.length} rows`,
    `  warnings          ${pack.warnings.length}`,
    ...pack.warnings.slice(0, 20).map(w => `    ${w.page === null ? '' : `page ${w.page}: `}${w.message}`),
  ]
  if (pack.warnings.length > 20) lines.push(`    … and ${pack.warnings.length - 20} more (use --json to see all)`)
  return `${lines.join('\n')}\n`
}
