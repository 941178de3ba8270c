import type { Kysely, Transaction } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { faultPoint } from '../ops/fault-points.ts'
import { todayInLondon } from '../shared/dates.ts'
import { agendaChanges, type SnapshotItem } from './agenda-snapshot.ts'
import { MeetingRuleError, type MeetingAdminService } from './meeting-admin.service.ts'
import { publicationRuling, type LateReason } from './publication-ruling.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Thrown when the publication rule refuses; `field` says which form field to point at. */
export class PublicationRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Builds the agenda packs inside the publishing transaction (and writes their page ranges onto the
 * agenda), so a version is never published without its pack, nor a pack without its version.
 */
export type BuildPacks = (meetingId: number, actor: Actor, trx: Transaction<Database>) => Promise<unknown>

/**
 * Publishing an agenda: the first publication freezes version 1; later changes are published as
 * supplements, each with what it changed. Late publication needs its reason recorded.
 */
export function createPublicationService(db: Kysely<Database>, meetings: MeetingAdminService, buildPacks?: BuildPacks) {
  return {
    versions: (meetingId: number) => agendaVersions(db, meetingId),
    currentSnapshot: (meetingId: number) => agendaSnapshot(db, meetingId),

    async publish(meetingId: number, reason: LateReason | null, actor: Actor) {
      const today = todayInLondon()
      // The meeting row is locked before the latest version is read, so two officers publishing
      // at once get versions 1 and 2 (or "nothing has changed"), never a clash.
      const version = await meetings.change(meetingId, 'edit_agenda', async (trx, meeting) => {
        const previous = await latestVersion(trx, meetingId)
        const ruling = publicationRuling(meeting.meeting_date, today, reason)
        if (!ruling.ok) throw new PublicationRefused(ruling.field, ruling.message)
        const items = await agendaSnapshot(trx, meetingId)
        const changes = previous ? agendaChanges(previous.items as SnapshotItem[], items) : []
        if (previous && changes.length === 0)
          throw new MeetingRuleError(`Nothing has changed since version ${previous.version_number} was published.`)
        const number = (previous?.version_number ?? 0) + 1
        const late = ruling.late ? reason : null
        await publishDocuments(trx, meetingId)
        if (buildPacks) await buildPacks(meetingId, actor, trx)
        await faultPoint('agenda.publish') // fault-injection tests kill the process here, mid-transaction
        await trx
          .insertInto('agenda_version')
          .values({
            meeting_id: meetingId,
            version_number: number,
            kind: previous ? 'supplement' : 'agenda',
            published_on: today,
            published_by: actor.userId,
            late_reason_kind: late?.kind ?? null,
            late_reason: late?.text ?? null,
            items: JSON.stringify(buildPacks ? await agendaSnapshot(trx, meetingId) : items), // with page ranges
            changes: JSON.stringify(changes),
          })
          .execute()
        await trx
          .updateTable('meeting')
          .set(eb => ({
            status: 'agenda_published',
            agenda_published_at: eb.fn.coalesce('agenda_published_at', eb.val(new Date())),
            late_publication_reason: previous ? eb.ref('late_publication_reason') : (late?.text ?? null),
            updated_at: new Date(),
          }))
          .where('id', '=', meetingId)
          .execute()
        await recordAudit(trx, actor, {
          action: previous ? 'agenda.publish_supplement' : 'agenda.publish',
          entityType: 'meeting',
          entityId: meetingId,
          before: { status: meeting.status, version: previous?.version_number ?? null },
          after: { status: 'agenda_published', version: number, late: ruling.late, reason: late, changes },
        })
        return number
      })
      return version
    },
  }
}

export type PublicationService = ReturnType<typeof createPublicationService>

function latestVersion(db: Db, meetingId: number) {
  return db
    .selectFrom('agenda_version')
    .select(['version_number', 'items'])
    .where('meeting_id', '=', meetingId)
    .orderBy('version_number', 'desc')
    .executeTakeFirst()
}

export function agendaVersions(db: Db, meetingId: number) {
  return db
    .selectFrom('agenda_version')
    .leftJoin('app_user', 'app_user.id', 'agenda_version.published_by')
    .select([
      'agenda_version.version_number',
      'agenda_version.kind',
      'agenda_version.published_at',
      'agenda_version.published_on',
      'agenda_version.late_reason_kind',
      'agenda_version.late_reason',
      'agenda_version.items',
      'agenda_version.changes',
      'app_user.display_name as published_by_name',
    ])
    .where('agenda_version.meeting_id', '=', meetingId)
    .orderBy('agenda_version.version_number', 'desc')
    .execute()
}

/** The agenda as it stands, with the documents that would be published with it (accepted or already published). */
export async function agendaSnapshot(db: Db, meetingId: number): Promise<SnapshotItem[]> {
  const items = await db
    .selectFrom('agenda_item')
    .select([
      'id',
      'item_number',
      'title',
      'description',
      'standing_kind',
      'time_from',
      'time_to',
      'attendees',
      'lead_officer',
      'is_exempt',
      'exempt_paragraph',
      'page_from',
      'page_to',
    ])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute()
  const documents = await db
    .selectFrom('document')
    .select(['id', 'agenda_item_id', 'title', 'kind', 'is_exempt', 'exempt_paragraph', 'page_from', 'page_to'])
    .where('meeting_id', '=', meetingId)
    .where('status', 'in', ['accepted', 'published'])
    .where('agenda_item_id', 'is not', null)
    .orderBy('position')
    .orderBy('id')
    .execute()
  return items.map(item => ({
    ...item,
    documents: documents.filter(d => d.agenda_item_id === item.id).map(({ agenda_item_id: _, ...d }) => d),
  }))
}

async function publishDocuments(trx: Transaction<Database>, meetingId: number) {
  await trx
    .updateTable('document')
    .set({ status: 'published', published_at: new Date(), updated_at: new Date() })
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'accepted')
    .execute()
}
