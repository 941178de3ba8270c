import { createAccountsService } from './accounts/accounts.service.ts'
import { createUsersService } from './accounts/users.service.ts'
import { createCouncilService } from './council/council.service.ts'
import type { HashingCost } from './accounts/passwords.ts'
import { createAlertsService } from './alerts/alerts.service.ts'
import { createActionNotesService } from './action-notes/action-notes.service.ts'
import { createDeclarationsService } from './declarations/declarations.service.ts'
import { createActionsService } from './actions/actions.service.ts'
import { createWorkProgrammeService } from './work-programme/work-programme.service.ts'
import { createCommitteesService } from './committees/committees.service.ts'
import { createCommitteesStaffService } from './committees/committees.staff.service.ts'
import type { Engine } from './db/engine.ts'
import type { FileStore } from './documents/file-store.ts'
import { createImportService } from './import/import.service.ts'
import { createAgendaBuilderService } from './meetings/agenda-builder.service.ts'
import { createMeetingAdminService } from './meetings/meeting-admin.service.ts'
import { createMeetingsService } from './meetings/meetings.service.ts'
import { createPublicationService } from './meetings/publication.service.ts'
import { createPacksService } from './packs/packs.service.ts'
import { createPeopleService } from './people/people.service.ts'
import { createSearchService } from './search/search.service.ts'
import { createInquiriesService } from './tracking/inquiries.service.ts'
import { createInquiriesStaffService } from './tracking/inquiries.staff.service.ts'
import { createTrackingService } from './tracking/tracking.service.ts'

/** The composition root: every service, built from the one database. Tests swap in their own. */
export function createServices(
  engine: Engine,
  files: FileStore,
  options: { passwordHashing?: HashingCost; /** For links in emails. */ siteUrl?: string } = {},
) {
  const { db } = engine
  const inquiries = createInquiriesService(db)
  const declarations = createDeclarationsService(db)
  const packs = createPacksService(db, files)
  const meetingAdmin = createMeetingAdminService(db)
  return {
    engine,
    files,
    imports: createImportService(db, files),
    accounts: createAccountsService(db, options.passwordHashing),
    users: createUsersService(db, options.passwordHashing),
    council: createCouncilService(db),
    actions: createActionsService(db),
    workProgramme: createWorkProgrammeService(db),
    inquiriesStaff: createInquiriesStaffService(db, files),
    committees: createCommitteesService(db, inquiries),
    committeesStaff: createCommitteesStaffService(db),
    people: createPeopleService(db),
    inquiries,
    tracking: createTrackingService(db),
    meetings: createMeetingsService(db),
    meetingAdmin,
    agendaBuilder: createAgendaBuilderService(db, files, meetingAdmin),
    publication: createPublicationService(db, meetingAdmin, (id, actor, trx) => packs.storePacks(id, actor, trx)),
    packs,
    search: createSearchService(db),
    declarations,
    actionNotes: createActionNotesService(db, declarations),
    alerts: createAlertsService(db, options.siteUrl ?? 'http://localhost:3000'),
  }
}

export type Services = ReturnType<typeof createServices>

export { fileStoreFor } from './documents/file-store.ts'
