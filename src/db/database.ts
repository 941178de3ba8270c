import type { Generated } from 'kysely'
import type {
  ActionNotesTable,
  AttendanceTable,
  ItemNoteTable,
  ResolutionTable,
} from '../action-notes/action-notes.table.ts'
import type { AlertSentTable, AlertSubscriptionTable } from '../alerts/alerts.table.ts'
import type { AppUserTable, CouncilTable, UserSessionTable } from '../accounts/accounts.table.ts'
import type { ActionTable, ActionUpdateTable } from '../actions/actions.table.ts'
import type { AuditLogTable } from '../audit/audit.table.ts'
import type {
  CommitteeTable,
  MembershipTable,
  MunicipalYearTable,
  PersonTable,
} from '../committees/committees.table.ts'
import type { ReminderSentTable } from '../jobs/jobs.table.ts'
import type { MailOutboxTable } from '../mail/mail.table.ts'
import type { DeclarationTable } from '../declarations/declarations.table.ts'
import type { DocumentTable, FilePageTable, ReportCoverTable, StoredFileTable } from '../documents/documents.table.ts'
import type {
  AgendaItemTable,
  AgendaVersionTable,
  MeetingChangeTable,
  MeetingSlugRedirectTable,
  MeetingTable,
} from '../meetings/meetings.table.ts'
import type { SearchEntryTable } from '../search/search.table.ts'
import type {
  AssessmentTable,
  EvidenceSessionTable,
  InquiryTable,
  RecommendationTable,
  TrackingRoundTable,
} from '../tracking/tracking.table.ts'
import type {
  ForwardPlanItemTable,
  ImportRunTable,
  WorkProgrammeItemMoveTable,
  WorkProgrammeItemTable,
} from '../work-programme/work-programme.table.ts'

/** Added by migration 0008 (kept current by a trigger) for the open API's modified_since. */
interface UpdatedAt {
  updated_at: Generated<Date>
}

/** Every table, as Kysely sees it. Row types live beside each domain area. */
export interface Database {
  schema_migrations: { name: string; applied_at: Generated<Date> }
  council: CouncilTable & UpdatedAt
  app_user: AppUserTable
  user_session: UserSessionTable
  audit_log: AuditLogTable
  municipal_year: MunicipalYearTable
  committee: CommitteeTable
  person: PersonTable
  membership: MembershipTable & UpdatedAt
  meeting: MeetingTable
  meeting_change: MeetingChangeTable
  agenda_version: AgendaVersionTable
  meeting_slug_redirect: MeetingSlugRedirectTable
  stored_file: StoredFileTable
  file_page: FilePageTable
  agenda_item: AgendaItemTable
  document: DocumentTable
  report_cover: ReportCoverTable
  action_notes: ActionNotesTable
  attendance: AttendanceTable
  item_note: ItemNoteTable
  resolution: ResolutionTable
  action: ActionTable
  action_update: ActionUpdateTable
  declaration: DeclarationTable & UpdatedAt
  inquiry: InquiryTable
  evidence_session: EvidenceSessionTable
  recommendation: RecommendationTable
  tracking_round: TrackingRoundTable
  assessment: AssessmentTable & UpdatedAt
  forward_plan_item: ForwardPlanItemTable
  work_programme_item: WorkProgrammeItemTable
  work_programme_item_move: WorkProgrammeItemMoveTable
  import_run: ImportRunTable
  search_entry: SearchEntryTable
  mail_outbox: MailOutboxTable
  alert_subscription: AlertSubscriptionTable
  alert_sent: AlertSentTable
  reminder_sent: ReminderSentTable
}
