import type { ActionStatus } from './actions.table.ts'

// Pure rules of the action tracker (DESIGN.md §5): an action is open until an update records it done
// (or withdrawn); the tracker for a meeting shows what is open plus what was closed since the last one.

export interface TrackedAction {
  id: number
  raisedOn: string
  status: ActionStatus
  closedOn: string | null
}

/** An action's status as it stood on a date: open if it was not yet closed then. */
export function statusOn(action: TrackedAction, asOf: string): ActionStatus {
  return action.status !== 'open' && action.closedOn !== null && action.closedOn <= asOf ? action.status : 'open'
}

/**
 * The actions the tracker for an agenda lists: raised by `asOf`, and still open then or closed after the
 * committee's previous meeting (`since`, exclusive), so members see what was finished since they last met.
 *
 * ```ts
 * const a = { id: 1, raisedOn: '2024-01-10', status: 'done', closedOn: '2024-02-01' } as const
 * onTracker([a], '2024-03-01', '2024-01-20') // [a]: closed since the last meeting
 * onTracker([a], '2024-03-01', '2024-02-10') // []
 * ```
 */
export function onTracker<T extends TrackedAction>(actions: readonly T[], asOf: string, since: string | null): T[] {
  return actions.filter(
    a =>
      a.raisedOn <= asOf &&
      (statusOn(a, asOf) === 'open' || since === null || (a.closedOn !== null && a.closedOn > since)),
  )
}

export const STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', done: 'Done', withdrawn: 'Withdrawn' }
