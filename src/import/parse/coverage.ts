import type { ParsedAgendaItem, ParsedPack, ParseWarning } from './types.ts'

/**
 * Warnings for agenda items whose pages no parser understood, so the import report lists every
 * part of the pack that was skipped.
 */
export function coverageWarnings(pack: ParsedPack): ParseWarning[] {
  return pack.agenda_items
    .filter(item => item.pages !== null && !understood(item, pack))
    .map(item => ({
      page: item.pages?.[0] ?? null,
      message: `Item ${item.number} "${item.title}" (pages ${item.pages?.join('-')}): no section of it was understood`,
    }))
}

function understood(item: ParsedAgendaItem, pack: ParsedPack): boolean {
  const title = item.title
  if (/\b(minutes|action notes)\b/i.test(title)) return pack.action_notes !== null
  if (/\baction tracker\b/i.test(title)) return pack.action_tracker.length > 0
  if (/\bwork programme\b/i.test(title)) return pack.work_programme.length > 0
  if (pack.reports.some(r => r.agenda_item === item.number)) return true
  return /\btracking\b/i.test(title) && pack.recommendations.length > 0
}
