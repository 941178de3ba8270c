import { createAccountsService } from './accounts/accounts.service.ts'
import { createCommitteesService } from './committees/committees.service.ts'
import type { Engine } from './db/engine.ts'
import { createMeetingsService } from './meetings/meetings.service.ts'

/** The composition root: every service, built from the one database. Tests swap in their own. */
export function createServices(engine: Engine) {
  const { db } = engine
  return {
    engine,
    accounts: createAccountsService(db),
    committees: createCommitteesService(db),
    meetings: createMeetingsService(db),
  }
}

export type Services = ReturnType<typeof createServices>
