import type { StandingKind } from './meetings.table.ts'

// The standing items that close an agenda: new business goes before them, as on every pack.
const CLOSING: ReadonlySet<StandingKind> = new Set([
  'work_programme',
  'call_in_petitions',
  'urgent_business',
  'authority_to_chair',
  'next_meeting',
  'exempt_resolution',
])

/**
 * Where a new business item goes on an agenda (1-based): before the closing standing items
 * (work programme, call-in, urgent business, authority to chair, next meeting), else at the end.
 */
export function newItemPosition(agenda: Array<{ standing_kind: StandingKind | null }>): number {
  const firstClosing = agenda.findIndex(item => item.standing_kind !== null && CLOSING.has(item.standing_kind))
  return (firstClosing === -1 ? agenda.length : firstClosing) + 1
}

/** The agenda's ids in their new order after moving one item up or down; unchanged at either end. */
export function moved<T>(ids: T[], id: T, direction: 'up' | 'down'): T[] {
  const from = ids.indexOf(id)
  const to = direction === 'up' ? from - 1 : from + 1
  if (from === -1 || to < 0 || to >= ids.length) return ids
  const order = [...ids]
  ;[order[from], order[to]] = [order[to]!, order[from]!]
  return order
}
