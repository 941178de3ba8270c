import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { ParseWarning } from '../parse/types.ts'

export type RecordType =
  | 'committee'
  | 'meeting'
  | 'agenda item'
  | 'report'
  | 'action notes'
  | 'attendance'
  | 'resolution'
  | 'action'
  | 'inquiry'
  | 'recommendation'
  | 'assessment'
  | 'work programme item'

export interface Tally {
  created: number
  matched: number
}

/** What one pack's import is writing into, and what it has done so far. */
export interface StoreContext {
  trx: Transaction<Database>
  fileId: number
  councilId: number
  committeeId: number
  counts: Partial<Record<RecordType, Tally>>
  warnings: ParseWarning[]
}

export function tally(ctx: StoreContext, type: RecordType, outcome: keyof Tally): void {
  const t = (ctx.counts[type] ??= { created: 0, matched: 0 })
  t[outcome] += 1
}
