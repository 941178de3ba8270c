import type { Kysely, Transaction } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import type { FileStore } from '../documents/file-store.ts'
import { storeUploadedPdf } from '../documents/stored-files.ts'
import { notFound } from '../errors.ts'
import type { UploadedFile } from '../web/uploads.ts'
import { coverRow, type CoverReport } from '../reports/cover-report.ts'
import { coverReportPdf } from '../reports/cover-report-pdf.ts'
import { slugify } from '../shared/slug.ts'
import { moved, newItemPosition } from './agenda-order.ts'
import { MeetingRuleError, type MeetingAdminService } from './meeting-admin.service.ts'

type Trx = Transaction<Database>

export interface AgendaItemFields {
  title: string
  description: string | null
  timeFrom: string | null
  timeTo: string | null
  attendees: string | null
  leadOfficer: string | null
  reportAuthor: number | null
  exempt: boolean
  exemptParagraph: number | null
}

export interface DocumentFields {
  title: string
  kind: 'report' | 'appendix'
  exempt: boolean
  exemptParagraph: number | null
}

const columnsOf = (f: AgendaItemFields) => ({
  title: f.title,
  description: f.description,
  time_from: f.timeFrom,
  time_to: f.timeTo,
  attendees: f.attendees,
  lead_officer: f.leadOfficer,
  report_author_id: f.reportAuthor,
  is_exempt: f.exempt,
  exempt_paragraph: f.exempt ? f.exemptParagraph : null,
})

/**
 * The officer's agenda builder: items added, edited, reordered and removed, and the reports and
 * appendices attached to them. Report authors submit documents for the items they were asked for.
 */
export function createAgendaBuilderService(db: Kysely<Database>, files: FileStore, meetings: MeetingAdminService) {
  async function itemOf(trx: Kysely<Database> | Trx, meetingId: number, itemId: number) {
    const item = await trx
      .selectFrom('agenda_item')
      .selectAll()
      .where('id', '=', itemId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
    if (!item) throw notFound()
    return item
  }

  async function checkAuthor(trx: Trx, userId: number | null) {
    if (userId === null) return
    const user = await trx.selectFrom('app_user').select('role').where('id', '=', userId).executeTakeFirst()
    if (user?.role !== 'report_author') throw new MeetingRuleError('Choose a report author from the list.')
  }

  return {
    item: (meetingId: number, itemId: number) => itemOf(db, meetingId, itemId),

    /** Staff who can be asked for a report. */
    reportAuthors: () =>
      db
        .selectFrom('app_user')
        .select(['id', 'display_name', 'email'])
        .where('role', '=', 'report_author')
        .orderBy('display_name')
        .execute(),

    async addItem(meetingId: number, fields: AgendaItemFields, actor: Actor) {
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        await checkAuthor(trx, fields.reportAuthor)
        const agenda = await trx
          .selectFrom('agenda_item')
          .select(['id', 'standing_kind'])
          .where('meeting_id', '=', meetingId)
          .orderBy('position')
          .execute()
        const position = newItemPosition(agenda)
        const row = await trx
          .insertInto('agenda_item')
          .values({ meeting_id: meetingId, position, item_number: String(position), ...columnsOf(fields) })
          .returning('id')
          .executeTakeFirstOrThrow()
        const order = agenda.map(i => i.id)
        order.splice(position - 1, 0, row.id)
        await renumber(trx, order)
        await recordAudit(trx, actor, {
          action: 'agenda_item.create',
          entityType: 'agenda_item',
          entityId: row.id,
          after: { meetingId, position, ...fields },
        })
        return row.id
      })
    },

    async editItem(meetingId: number, itemId: number, fields: AgendaItemFields, actor: Actor) {
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        await checkAuthor(trx, fields.reportAuthor)
        const before = await itemOf(trx, meetingId, itemId)
        await trx
          .updateTable('agenda_item')
          .set({ ...columnsOf(fields), updated_at: new Date() })
          .where('id', '=', itemId)
          .execute()
        await recordAudit(trx, actor, {
          action: 'agenda_item.update',
          entityType: 'agenda_item',
          entityId: itemId,
          before: { ...before, created_at: undefined, updated_at: undefined },
          after: fields,
        })
      })
    },

    async moveItem(meetingId: number, itemId: number, direction: 'up' | 'down', actor: Actor) {
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        const item = await itemOf(trx, meetingId, itemId)
        const ids = (
          await trx
            .selectFrom('agenda_item')
            .select('id')
            .where('meeting_id', '=', meetingId)
            .orderBy('position')
            .execute()
        ).map(r => r.id)
        const order = moved(ids, itemId, direction)
        if (order === ids) return
        await renumber(trx, order)
        await recordAudit(trx, actor, {
          action: 'agenda_item.move',
          entityType: 'agenda_item',
          entityId: itemId,
          before: { position: item.position },
          after: { position: order.indexOf(itemId) + 1 },
        })
      })
    },

    async removeItem(meetingId: number, itemId: number, actor: Actor) {
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        const item = await itemOf(trx, meetingId, itemId)
        const attached = await trx
          .selectFrom('document')
          .select('id')
          .where('agenda_item_id', '=', itemId)
          .where('status', '<>', 'withdrawn')
          .executeTakeFirst()
        if (attached)
          throw new MeetingRuleError('This item has documents attached: withdraw them before removing the item.')
        await trx.deleteFrom('agenda_item').where('id', '=', itemId).execute()
        const ids = (
          await trx
            .selectFrom('agenda_item')
            .select('id')
            .where('meeting_id', '=', meetingId)
            .orderBy('position')
            .execute()
        ).map(r => r.id)
        await renumber(trx, ids)
        await recordAudit(trx, actor, {
          action: 'agenda_item.delete',
          entityType: 'agenda_item',
          entityId: itemId,
          before: { title: item.title, position: item.position },
        })
      })
    },

    /**
     * Attaches a PDF to an item. An officer's upload goes straight onto the agenda (accepted); a
     * report author's is submitted for the officer to accept, and only for an item they were asked for.
     */
    async attachDocument(
      meetingId: number,
      itemId: number,
      fields: DocumentFields,
      upload: UploadedFile,
      actor: Actor,
      asAuthor: boolean,
      cover?: CoverReport,
    ) {
      // Reading the PDF happens before the transaction: it can take a while and needs no lock.
      const stored = await storeUploadedPdf(db, files, upload)
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        const item = await itemOf(trx, meetingId, itemId)
        if (asAuthor && item.report_author_id !== actor.userId) throw notFound()
        const last = await trx
          .selectFrom('document')
          .select(eb => eb.fn.max('position').as('max'))
          .where('agenda_item_id', '=', itemId)
          .executeTakeFirst()
        const row = await trx
          .insertInto('document')
          .values({
            meeting_id: meetingId,
            agenda_item_id: itemId,
            kind: fields.kind,
            title: fields.title,
            position: Number(last?.max ?? 0) + 1,
            file_id: stored.id,
            status: asAuthor ? 'submitted' : 'accepted',
            is_exempt: fields.exempt,
            exempt_paragraph: fields.exempt ? fields.exemptParagraph : null,
            submitted_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        if (cover) await trx.insertInto('report_cover').values(coverRow(row.id, cover)).execute()
        await recordAudit(trx, actor, {
          action: asAuthor ? 'document.submit' : 'document.attach',
          entityType: 'document',
          entityId: row.id,
          after: { meetingId, itemId, ...fields, fileId: stored.id, pages: stored.pageCount },
        })
        return row.id
      })
    },

    /** Renders the council's report template from the cover report form and attaches it like an uploaded report. */
    async attachCoverReport(meetingId: number, itemId: number, report: CoverReport, actor: Actor, asAuthor: boolean) {
      const context = await db
        .selectFrom('meeting')
        .innerJoin('committee', 'committee.id', 'meeting.committee_id')
        .innerJoin('council', 'council.id', 'committee.council_id')
        .select(['council.name as councilName', 'committee.name as committeeName'])
        .where('meeting.id', '=', meetingId)
        .executeTakeFirstOrThrow()
      const bytes = await coverReportPdf(report, context)
      const fields = { title: report.subject, kind: 'report' as const, exempt: false, exemptParagraph: null }
      const upload = { bytes: Buffer.from(bytes), filename: `${slugify(report.subject)}.pdf` }
      return this.attachDocument(meetingId, itemId, fields, upload, actor, asAuthor, report)
    },

    /** An officer accepts a submitted report onto the agenda, or withdraws a document from it. */
    async setDocumentStatus(meetingId: number, documentId: number, status: 'accepted' | 'withdrawn', actor: Actor) {
      return meetings.change(meetingId, 'edit_agenda', async trx => {
        const doc = await trx
          .selectFrom('document')
          .select(['id', 'status'])
          .where('id', '=', documentId)
          .where('meeting_id', '=', meetingId)
          .executeTakeFirst()
        if (!doc) throw notFound()
        if (status === 'accepted' && doc.status !== 'submitted')
          throw new MeetingRuleError('Only a submitted document can be accepted.')
        if (status === 'withdrawn' && doc.status === 'withdrawn') return
        await trx.updateTable('document').set({ status, updated_at: new Date() }).where('id', '=', documentId).execute()
        await recordAudit(trx, actor, {
          action: `document.${status === 'accepted' ? 'accept' : 'withdraw'}`,
          entityType: 'document',
          entityId: documentId,
          before: { status: doc.status },
          after: { status },
        })
      })
    },

    /** The items a report author has been asked to write for, with the meetings they belong to. */
    requestsFor: (userId: number) =>
      db
        .selectFrom('agenda_item')
        .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
        .innerJoin('committee', 'committee.id', 'meeting.committee_id')
        .select([
          'agenda_item.id',
          'agenda_item.title',
          'agenda_item.item_number',
          'meeting.slug',
          'meeting.meeting_date',
          'meeting.status',
          'committee.name as committee_name',
        ])
        .where('agenda_item.report_author_id', '=', userId)
        .where('meeting.status', 'in', ['scheduled', 'agenda_published'])
        .orderBy('meeting.meeting_date')
        .execute(),
  }
}

export type AgendaBuilderService = ReturnType<typeof createAgendaBuilderService>

/** Positions and numbers follow the order given (the unique position constraint is checked at commit). */
async function renumber(trx: Trx, order: number[]) {
  for (const [i, id] of order.entries()) {
    await trx
      .updateTable('agenda_item')
      .set({ position: i + 1, item_number: String(i + 1) })
      .where('id', '=', id)
      .execute()
  }
}
