import type { Kysely } from 'kysely'
import { z } from 'zod'
import { optionalText, requiredText } from '../actions/form-fields.ts'
import { optionalDate, optionalId } from '../web/form-fields.ts'
import { type Actor, recordAudit } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import type { FileStore } from '../documents/file-store.ts'
import { storeUploadedPdf } from '../documents/stored-files.ts'
import { AppError, notFound } from '../errors.ts'
import { slugify } from '../shared/slug.ts'
import type { UploadedFile } from '../web/uploads.ts'
import * as publicRepo from './inquiries.repository.ts'
import { assessmentStatistics, trackRecommendations } from './inquiries.service.ts'
import * as repo from './inquiries.staff.repository.ts'
import { MAX_EVIDENCE_BYTES, looksLikePdf, nextRecommendationNumber } from './inquiries.staff.rules.ts'

export const INQUIRY_STATUSES = {
  scoping: 'Scoping',
  evidence_gathering: 'Evidence gathering',
  reporting: 'Reporting',
  tracking: 'Tracking',
  concluded: 'Concluded',
} as const

export const inquiryForm = z.object({
  committeeId: optionalId('Choose a committee from the list').refine(v => v !== null, 'Choose a committee'),
  title: requiredText('Enter the title of the inquiry', 300),
  keyQuestion: optionalText(2000),
  linesOfEnquiry: optionalText(),
  leadMemberId: optionalId('Choose the lead member from the list'),
  leadOfficerId: optionalId('Choose the lead officer from the list'),
  status: z.enum(Object.keys(INQUIRY_STATUSES) as [keyof typeof INQUIRY_STATUSES], {
    errorMap: () => ({ message: 'Choose the stage the inquiry is at' }),
  }),
  approvedOn: optionalDate('Enter the date approved at City Council as a real date, for example 23/11/2026'),
})
export type InquiryInput = z.infer<typeof inquiryForm>

/** Editing keeps the inquiry's committee. */
export const editInquiryForm = inquiryForm.omit({ committeeId: true })
export type EditInquiryInput = z.infer<typeof editInquiryForm>

/** An evidence-gathering session: its date may be left for the meeting it was held at to give. */
export const sessionForm = z
  .object({
    heldOn: optionalDate('Enter the date of the session as a real date, for example 23/11/2026'),
    meetingId: optionalId('Choose a meeting from the list'),
    witnesses: optionalText(),
    notes: optionalText(),
  })
  .superRefine((v, ctx) => {
    if (v.heldOn === null && v.meetingId === null)
      ctx.addIssue({
        code: 'custom',
        path: ['heldOn'],
        message: 'Enter the date of the session, for example 23/11/2026, or choose the meeting it was held at',
      })
  })
export type SessionInput = z.infer<typeof sessionForm>

export const recommendationForm = z.object({
  body: requiredText('Enter the recommendation'),
  responsible: optionalText(300),
  responsiblePersonId: optionalId('Choose the responsible person from the list'),
  originalCompletionDate: optionalDate('Enter the completion date as a real date, for example 23/11/2026'),
})

export const documentForm = z
  .object({
    documentTitle: requiredText('Enter a title for the document', 300),
    kind: z.enum(['evidence', 'inquiry_report'], {
      errorMap: () => ({ message: 'Choose whether it is written evidence or the final report' }),
    }),
    // Written evidence can be confidential (Schedule 12A): then it is shown only to those entitled.
    exempt: z
      .unknown()
      .optional()
      .transform(v => v === 'yes'),
    exemptParagraph: optionalId('Choose the paragraph of Schedule 12A'),
  })
  .superRefine((v, ctx) => {
    if (v.exempt && (v.exemptParagraph === null || v.exemptParagraph > 7))
      ctx.addIssue({ code: 'custom', path: ['exemptParagraph'], message: 'Choose the paragraph of Schedule 12A' })
  })

/** A refused upload: shown against the file field. */
export class UploadError extends Error {}

export function createInquiriesStaffService(db: Kysely<Database>, files: FileStore) {
  async function inquiryOf(id: number) {
    const inquiry = await repo.inquiryById(db, id)
    if (!inquiry) throw notFound('INQUIRY_NOT_FOUND')
    return inquiry
  }

  async function checkPeople(input: {
    leadMemberId?: number | null
    leadOfficerId?: number | null
    responsiblePersonId?: number | null
  }) {
    const ids = [input.leadMemberId, input.leadOfficerId, input.responsiblePersonId].filter(
      (id): id is number => id != null,
    )
    if (ids.length === 0) return
    const found = await db.selectFrom('person').select('id').where('id', 'in', ids).execute()
    if (found.length !== new Set(ids).size) throw new AppError('BAD_REQUEST', 'Choose people from the lists')
  }

  async function uniqueSlug(trx: Kysely<Database>, committeeId: number, title: string, exceptId: number | null) {
    const base = slugify(title).slice(0, 80).replace(/-+$/, '') || 'inquiry'
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`
      let query = trx
        .selectFrom('inquiry')
        .select('id')
        .where('committee_id', '=', committeeId)
        .where('slug', '=', slug)
      if (exceptId !== null) query = query.where('id', '!=', exceptId)
      if (!(await query.executeTakeFirst())) return slug
    }
  }

  /** A session's columns: held on the date given, or else on the date of the committee meeting it was held at. */
  async function sessionColumns(trx: Kysely<Database>, committeeId: number, input: SessionInput) {
    let heldOn = input.heldOn
    if (input.meetingId !== null) {
      const meeting = await trx
        .selectFrom('meeting')
        .select('meeting_date')
        .where('id', '=', input.meetingId)
        .where('committee_id', '=', committeeId)
        .executeTakeFirst()
      if (!meeting) throw new AppError('BAD_REQUEST', 'Choose a meeting of the inquiry’s committee')
      heldOn ??= meeting.meeting_date
    }
    if (heldOn === null) throw new AppError('BAD_REQUEST', 'Enter the date of the session')
    return { held_on: heldOn, meeting_id: input.meetingId, witnesses: input.witnesses, notes: input.notes }
  }

  /** The meetings a session can be linked to: the committee's, and the one it is linked to now (even if cancelled). */
  async function sessionMeetings(committeeId: number, linkedId: number | null = null) {
    const meetings = await repo.meetingsOfCommittee(db, committeeId)
    if (linkedId === null || meetings.some(m => m.id === linkedId)) return meetings
    const linked = await db.selectFrom('meeting').select(['id', 'meeting_date']).where('id', '=', linkedId).execute()
    return [...linked, ...meetings]
  }

  async function sessionOf(trx: Kysely<Database>, id: number, sessionId: number) {
    const session = await repo.sessionById(trx, id, sessionId)
    if (!session) throw notFound()
    return session
  }

  const columnsOf = (input: EditInquiryInput) => ({
    title: input.title,
    key_question: input.keyQuestion,
    lines_of_enquiry: input.linesOfEnquiry,
    lead_member_id: input.leadMemberId,
    lead_officer_id: input.leadOfficerId,
    status: input.status,
    approved_by_council_on: input.approvedOn,
  })

  return {
    /** Every inquiry by committee, each committee's statistics (table and chart) and the overdue recommendations. */
    async overview(today: string) {
      const committees = await repo.committees(db)
      return Promise.all(
        committees.map(async committee => {
          const inquiries = await publicRepo.inquiriesOfCommittee(db, committee.id)
          const recs = await publicRepo.recommendationsOf(
            db,
            inquiries.map(i => i.id),
          )
          const tracked = trackRecommendations(
            recs,
            await publicRepo.assessmentsOf(
              db,
              recs.map(r => r.id),
            ),
            today,
          )
          const titleOf = new Map(inquiries.map(i => [i.id, i]))
          return {
            committee,
            inquiries,
            statistics: tracked.length
              ? assessmentStatistics(tracked, `committee-chart-${committee.id}`, `the ${committee.name}’s inquiries`)
              : null,
            overdue: tracked.filter(r => r.overdue).map(r => ({ ...r, inquiry: titleOf.get(r.inquiryId)! })),
          }
        }),
      )
    },

    async choices() {
      const [committees, people] = await Promise.all([repo.committees(db), repo.people(db)])
      return {
        committees,
        members: people.filter(p => p.kind !== 'officer'),
        officers: people.filter(p => p.kind === 'officer'),
        people,
        statuses: Object.entries(INQUIRY_STATUSES).map(([value, text]) => ({ value, text })),
      }
    },

    async inquiryPage(id: number) {
      const inquiry = await inquiryOf(id)
      const [sessions, documents, recommendations] = await Promise.all([
        repo.sessionsOf(db, id),
        repo.documentsOf(db, id),
        repo.recommendationsOfInquiry(db, id),
      ])
      return {
        inquiry,
        sessions,
        sessionMeetings: await sessionMeetings(inquiry.committee_id),
        documents,
        recommendations,
        nextNumber: nextRecommendationNumber(recommendations.map(r => r.number)),
      }
    },

    async createInquiry(input: InquiryInput, actor: Actor) {
      await checkPeople(input)
      return db.transaction().execute(async trx => {
        const committee = await trx
          .selectFrom('committee')
          .select('id')
          .where('id', '=', input.committeeId!)
          .executeTakeFirst()
        if (!committee) throw new AppError('BAD_REQUEST', 'Choose a committee from the list')
        const values = {
          committee_id: committee.id,
          slug: await uniqueSlug(trx, committee.id, input.title, null),
          ...columnsOf(input),
        }
        const { id } = await trx.insertInto('inquiry').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, { action: 'inquiry.create', entityType: 'inquiry', entityId: id, after: values })
        return id
      })
    },

    /** Edits an inquiry; its committee and address (slug) stay as they are, so links keep working. */
    async updateInquiry(id: number, input: EditInquiryInput, actor: Actor) {
      await checkPeople(input)
      return db.transaction().execute(async trx => {
        const before = await trx.selectFrom('inquiry').selectAll().where('id', '=', id).executeTakeFirst()
        if (!before) throw notFound('INQUIRY_NOT_FOUND')
        const values = columnsOf(input)
        await trx
          .updateTable('inquiry')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', id)
          .execute()
        await recordAudit(trx, actor, {
          action: 'inquiry.update',
          entityType: 'inquiry',
          entityId: id,
          before,
          after: values,
        })
      })
    },

    async addSession(id: number, input: SessionInput, actor: Actor) {
      const inquiry = await inquiryOf(id)
      return db.transaction().execute(async trx => {
        const values = { inquiry_id: id, ...(await sessionColumns(trx, inquiry.committee_id, input)) }
        const row = await trx.insertInto('evidence_session').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'evidence_session.create',
          entityType: 'evidence_session',
          entityId: row.id,
          after: values,
        })
      })
    },

    async sessionPage(id: number, sessionId: number) {
      const inquiry = await inquiryOf(id)
      const session = await sessionOf(db, id, sessionId)
      return { inquiry, session, sessionMeetings: await sessionMeetings(inquiry.committee_id, session.meeting_id) }
    },

    /** Corrects a session's date, witnesses, notes or the meeting it was held at. */
    async updateSession(id: number, sessionId: number, input: SessionInput, actor: Actor) {
      const inquiry = await inquiryOf(id)
      return db.transaction().execute(async trx => {
        const before = await sessionOf(trx, id, sessionId)
        const values = await sessionColumns(trx, inquiry.committee_id, input)
        await trx.updateTable('evidence_session').set(values).where('id', '=', sessionId).execute()
        await recordAudit(trx, actor, {
          action: 'evidence_session.update',
          entityType: 'evidence_session',
          entityId: sessionId,
          before,
          after: values,
        })
      })
    },

    /** Removes a session recorded by mistake; the audit log keeps what it said. */
    async removeSession(id: number, sessionId: number, actor: Actor) {
      await inquiryOf(id)
      return db.transaction().execute(async trx => {
        const before = await sessionOf(trx, id, sessionId)
        await trx.deleteFrom('evidence_session').where('id', '=', sessionId).execute()
        await recordAudit(trx, actor, {
          action: 'evidence_session.delete',
          entityType: 'evidence_session',
          entityId: sessionId,
          before,
        })
      })
    },

    /** Adds the next numbered recommendation (R01, R02 …). */
    async addRecommendation(id: number, input: z.infer<typeof recommendationForm>, actor: Actor) {
      await inquiryOf(id)
      await checkPeople(input)
      return db.transaction().execute(async trx => {
        // Lock the inquiry so two officers adding at once cannot take the same number.
        await trx.selectFrom('inquiry').select('id').where('id', '=', id).forUpdate().execute()
        const existing = await trx
          .selectFrom('recommendation')
          .select(['number', 'position'])
          .where('inquiry_id', '=', id)
          .execute()
        const values = {
          inquiry_id: id,
          number: nextRecommendationNumber(existing.map(r => r.number)),
          position: Math.max(0, ...existing.map(r => r.position)) + 1,
          body: input.body,
          responsible: input.responsible,
          responsible_person_id: input.responsiblePersonId,
          original_completion_date: input.originalCompletionDate,
        }
        const row = await trx.insertInto('recommendation').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'recommendation.create',
          entityType: 'recommendation',
          entityId: row.id,
          after: values,
        })
        return values.number
      })
    },

    async recommendationPage(id: number, recId: number) {
      const inquiry = await inquiryOf(id)
      const rec = await db
        .selectFrom('recommendation')
        .selectAll()
        .where('inquiry_id', '=', id)
        .where('id', '=', recId)
        .executeTakeFirst()
      if (!rec) throw notFound()
      return { inquiry, rec, people: await repo.people(db) }
    },

    /** Corrects a recommendation's text, responsibility or original date; its number stays. */
    async updateRecommendation(id: number, recId: number, input: z.infer<typeof recommendationForm>, actor: Actor) {
      await checkPeople(input)
      return db.transaction().execute(async trx => {
        const before = await trx
          .selectFrom('recommendation')
          .selectAll()
          .where('inquiry_id', '=', id)
          .where('id', '=', recId)
          .executeTakeFirst()
        if (!before) throw notFound()
        const values = {
          body: input.body,
          responsible: input.responsible,
          responsible_person_id: input.responsiblePersonId,
          original_completion_date: input.originalCompletionDate,
        }
        await trx
          .updateTable('recommendation')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', recId)
          .execute()
        await recordAudit(trx, actor, {
          action: 'recommendation.update',
          entityType: 'recommendation',
          entityId: recId,
          before,
          after: values,
        })
        return before.number
      })
    },

    /** Stores written evidence or the final report: a PDF by its content, within the size limit. */
    async addDocument(id: number, input: z.infer<typeof documentForm>, upload: UploadedFile, actor: Actor) {
      await inquiryOf(id)
      if (upload.bytes.length > MAX_EVIDENCE_BYTES)
        throw new UploadError(`The file must be smaller than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`)
      if (!looksLikePdf(upload.bytes)) throw new UploadError('The file must be a PDF')
      return db.transaction().execute(async trx => {
        const stored = await storeUploadedPdf(trx, files, upload)
        const values = {
          inquiry_id: id,
          kind: input.kind,
          title: input.documentTitle,
          file_id: stored.id,
          status: 'published' as const,
          is_exempt: input.exempt,
          exempt_paragraph: input.exempt ? input.exemptParagraph : null,
          published_at: new Date(),
          submitted_by: actor.userId,
        }
        const row = await trx.insertInto('document').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'document.create',
          entityType: 'document',
          entityId: row.id,
          after: { ...values, published_at: values.published_at.toISOString() },
        })
      })
    },
  }
}

export type InquiriesStaffService = ReturnType<typeof createInquiriesStaffService>
