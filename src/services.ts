import { createAccountsService } from './accounts/accounts.service.ts'
import { createActionsService } from './actions/actions.service.ts'
import { createCommitteesService } from './committees/committees.service.ts'
import { createCommitteesStaffService } from './committees/committees.staff.service.ts'
import type { Engine } from './db/engine.ts'
import { diskFileStore, type FileStore } from './documents/file-store.ts'
import { createImportService } from './import/import.service.ts'
import { createMeetingsService } from './meetings/meetings.service.ts'
import { createPacksService } from './packs/packs.service.ts'
import { createPeopleService } from './people/people.service.ts'
import { createInquiriesService } from './tracking/inquiries.service.ts'

/** The composition root: every service, built from the one database. Tests swap in their own. */
export function createServices(engine: Engine, files: FileStore) {
  const { db } = engine
  const inquiries = createInquiriesService(db)
  return {
    engine,
    files,
    imports: createImportService(db, files),
    accounts: createAccountsService(db),
    actions: createActionsService(db),
    committees: createCommitteesService(db, inquiries),
    committeesStaff: createCommitteesStaffService(db),
    people: createPeopleService(db),
    inquiries,
    meetings: createMeetingsService(db),
    packs: createPacksService(db, files),
  }
}

export type Services = ReturnType<typeof createServices>

/** The file store the configuration names (a folder; shared between instances in production). */
export const fileStoreFor = (config: { filesDir: string }): FileStore => diskFileStore(config.filesDir)
