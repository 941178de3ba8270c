import type { Kysely } from 'kysely'
import { z } from 'zod'
import { optionalText, requiredText } from '../actions/form-fields.ts'
import { optionalDate, optionalId } from '../web/form-fields.ts'
import { tablePdf, type PdfSection } from '../actions/table-pdf.ts'
import { type Actor, recordAudit } from '../audit/audit.repository.ts'
import { listActiveCommittees } from '../committees/committees.repository.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { type OutstandingRow, outstandingByInquiry } from '../tracking/outstanding.ts'
import { moved } from '../meetings/agenda-order.ts'
import { formatDate } from '../web/format.ts'
import * as repo from './work-programme.repository.ts'
import { TYPE_LABELS, meetingDeadlines, municipalYearOf, municipalYearStarting } from './work-programme-rules.ts'
import { WORK_PROGRAMME_TYPES } from './work-programme.table.ts'

export const itemForm = z.object({
  topic: requiredText('Enter the item or topic', 500),
  itemType: z
    .string({ invalid_type_error: 'Choose a type from the list' })
    .optional()
    .transform((value, ctx) => {
      if (!value) return null
      const type = WORK_PROGRAMME_TYPES.find(t => t === value)
      return type ?? (ctx.addIssue({ code: 'custom', message: 'Choose a type from the list' }), z.NEVER)
    }),
  meetingId: optionalId('Choose a meeting from the list'),
  aims: optionalText(),
  leadOfficer: optionalText(300),
  witnesses: optionalText(),
  visits: optionalText(),
  additionalInformation: optionalText(),
  forwardPlanItemId: optionalId('Choose a Forward Plan item from the list'),
  inquiryId: optionalId('Choose an inquiry from the list'),
})
export type ItemInput = z.infer<typeof itemForm>

export const moveForm = z.object({
  meetingId: optionalId('Choose a meeting from the list'),
  reason: optionalText(1000),
})

export const forwardPlanForm = z.object({
  reference: requiredText('Enter the Forward Plan ID number', 50),
  title: requiredText('Enter the title', 500),
  proposedDecisionDate: optionalDate('Enter the proposed date of decision as a real date, for example 23/11/2026'),
  decisionMaker: optionalText(300),
})

const itemView = (row: repo.WorkProgrammeItemRow) => ({
  ...row,
  typeLabel: row.item_type ? TYPE_LABELS[row.item_type] : '',
})
export type ItemView = ReturnType<typeof itemView>

const columns = [
  { header: 'Item/Topic', width: 2.2 },
  { header: 'Type', width: 1.3 },
  { header: 'Aims and objectives', width: 3 },
  { header: 'Lead officer', width: 1.5 },
  { header: 'Witnesses', width: 1.6 },
  { header: 'Visits', width: 1.2 },
  { header: 'Additional information', width: 2 },
]
const itemCells = (i: ItemView) => [
  i.topic,
  i.typeLabel,
  i.aims ?? '',
  i.lead_officer ?? '',
  i.witnesses ?? '',
  i.visits ?? '',
  [i.additional_information, i.forward_plan_reference && `Forward Plan ${i.forward_plan_reference}`]
    .filter(Boolean)
    .join('\n'),
]

export function createWorkProgrammeService(db: Kysely<Database>) {
  async function committeeOf(slug: string) {
    const committee = await repo.committeeBySlug(db, slug)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    return committee
  }

  /** The outstanding tracking table, derived from the recommendations (never typed). */
  async function outstanding(committeeId: number, today: string): Promise<OutstandingRow[]> {
    return outstandingByInquiry(await repo.recommendationsForTracking(db, committeeId, today))
  }

  /** A committee's work programme for a municipal year: each meeting with its deadlines and items. */
  async function programme(committee: { id: number; council_id: number }, yearStart: number, today: string) {
    const year = municipalYearStarting(yearStart)
    const yearRow = await repo.municipalYearRow(db, committee.council_id, year.startsOn, year.endsOn)
    const meetings = await repo.meetingsBetween(db, committee.id, year.startsOn, year.endsOn)
    const items = (
      await repo.itemsOf(
        db,
        committee.id,
        meetings.map(m => m.id),
        yearRow?.id ?? null,
      )
    ).map(itemView)
    const forwardPlan = await repo.forwardPlanItems(db, committee.council_id)
    return {
      year,
      yearId: yearRow?.id ?? null,
      meetings: meetings.map(m => ({
        ...m,
        deadlines: meetingDeadlines(m.meeting_date),
        items: items.filter(i => i.meeting_id === m.id),
      })),
      toBeScheduled: items.filter(i => i.meeting_id === null),
      forwardPlan: forwardPlan
        .filter(f => f.proposed_decision_date === null || f.proposed_decision_date >= today)
        .map(f => ({ ...f, items: items.filter(i => i.forward_plan_item_id === f.id) })),
      outstanding: await outstanding(committee.id, today),
    }
  }

  async function choices(committee: { id: number; council_id: number }, today: string) {
    const [meetings, forwardPlan, inquiries] = await Promise.all([
      repo.meetingsFrom(db, committee.id, municipalYearOf(today).startsOn),
      repo.forwardPlanItems(db, committee.council_id),
      repo.inquiriesOf(db, committee.id),
    ])
    return {
      meetings,
      forwardPlan,
      inquiries,
      types: WORK_PROGRAMME_TYPES.map(t => ({ value: t, text: TYPE_LABELS[t] })),
    }
  }

  /** Checks that chosen meetings, Forward Plan items and inquiries belong to this committee (or its council). */
  async function checkChoices(
    committee: { id: number; council_id: number },
    input: { meetingId?: number | null; forwardPlanItemId?: number | null; inquiryId?: number | null },
    trx: Kysely<Database>,
  ) {
    if (input.meetingId != null) {
      const m = await trx
        .selectFrom('meeting')
        .select('id')
        .where('id', '=', input.meetingId)
        .where('committee_id', '=', committee.id)
        .executeTakeFirst()
      if (!m) throw new AppError('BAD_REQUEST', 'Choose a meeting of this committee')
    }
    if (input.forwardPlanItemId != null) {
      const f = await trx
        .selectFrom('forward_plan_item')
        .select('id')
        .where('id', '=', input.forwardPlanItemId)
        .where('council_id', '=', committee.council_id)
        .executeTakeFirst()
      if (!f) throw new AppError('BAD_REQUEST', 'Choose a Forward Plan item from the list')
    }
    if (input.inquiryId != null) {
      const i = await trx
        .selectFrom('inquiry')
        .select('id')
        .where('id', '=', input.inquiryId)
        .where('committee_id', '=', committee.id)
        .executeTakeFirst()
      if (!i) throw new AppError('BAD_REQUEST', 'Choose an inquiry of this committee')
    }
  }

  async function yearIdFor(
    committee: { council_id: number },
    meetingId: number | null,
    today: string,
    trx: Kysely<Database>,
  ) {
    const date = meetingId
      ? (await trx.selectFrom('meeting').select('meeting_date').where('id', '=', meetingId).executeTakeFirstOrThrow())
          .meeting_date
      : today
    const year = municipalYearOf(date)
    return (await repo.municipalYearRow(trx, committee.council_id, year.startsOn, year.endsOn))?.id ?? null
  }

  const columnsOf = (input: ItemInput) => ({
    topic: input.topic,
    item_type: input.itemType,
    meeting_id: input.meetingId,
    aims: input.aims,
    lead_officer: input.leadOfficer,
    witnesses: input.witnesses,
    visits: input.visits,
    additional_information: input.additionalInformation,
    forward_plan_item_id: input.forwardPlanItemId,
    inquiry_id: input.inquiryId,
  })

  async function documentData(committeeId: number, asOf: string) {
    const committee = await repo.committeeById(db, committeeId)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    return { committee, ...(await programme(committee, municipalYearOf(asOf).start, asOf)) }
  }

  return {
    committeeOf,
    outstanding,
    findCommittee: (slug: string) => repo.committeeBySlug(db, slug),
    listCommittees: () => listActiveCommittees(db),

    async staffPage(slug: string, yearParam: unknown, today: string) {
      const committee = await committeeOf(slug)
      const current = municipalYearOf(today).start
      const start = typeof yearParam === 'string' && /^\d{4}$/.test(yearParam) ? Number(yearParam) : current
      if (start < 1990 || start > 2100) throw notFound()
      return {
        committee,
        ...(await programme(committee, start, today)),
        previousYear: start - 1,
        nextYear: start + 1,
      }
    },

    async itemFormPage(slug: string, today: string) {
      const committee = await committeeOf(slug)
      return { committee, ...(await choices(committee, today)) }
    },

    async itemPage(slug: string, id: number, today: string) {
      const committee = await committeeOf(slug)
      const item = await repo.findItem(db, committee.id, id)
      if (!item) throw notFound()
      return { committee, item, moves: await repo.movesOf(db, id), ...(await choices(committee, today)) }
    },

    async addItem(slug: string, input: ItemInput, actor: Actor, today: string) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        await checkChoices(committee, input, trx)
        const values = {
          committee_id: committee.id,
          municipal_year_id: await yearIdFor(committee, input.meetingId, today, trx),
          ...columnsOf(input),
          position: await repo.positionAfterLast(trx, committee.id, input.meetingId),
        }
        const { id } = await trx
          .insertInto('work_programme_item')
          .values(values)
          .returning('id')
          .executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'work_programme_item.create',
          entityType: 'work_programme_item',
          entityId: id,
          after: values,
        })
        return id
      })
    },

    /** Edits an item's details; its meeting changes only by a move, so the history is kept. */
    async updateItem(slug: string, id: number, input: ItemInput, actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const before = await repo.findItem(trx, committee.id, id)
        if (!before) throw notFound()
        await checkChoices(committee, { ...input, meetingId: null }, trx)
        const { meeting_id: _ignored, ...values } = columnsOf(input)
        await trx
          .updateTable('work_programme_item')
          .set({ ...values, updated_at: new Date() })
          .where('id', '=', id)
          .execute()
        await recordAudit(trx, actor, {
          action: 'work_programme_item.update',
          entityType: 'work_programme_item',
          entityId: id,
          before,
          after: values,
        })
      })
    },

    /** Moves an item to another meeting (or back to "to be scheduled"), recording the move. */
    async moveItem(slug: string, id: number, input: z.infer<typeof moveForm>, actor: Actor, today: string) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const before = await repo.findItem(trx, committee.id, id)
        if (!before) throw notFound()
        if (before.meeting_id === input.meetingId)
          throw new AppError('BAD_REQUEST', 'Choose a different meeting from the one the item is planned for')
        await checkChoices(committee, { meetingId: input.meetingId }, trx)
        const yearId = await yearIdFor(committee, input.meetingId, today, trx)
        const position = await repo.positionAfterLast(trx, committee.id, input.meetingId)
        await trx
          .updateTable('work_programme_item')
          .set({ meeting_id: input.meetingId, municipal_year_id: yearId, position, updated_at: new Date() })
          .where('id', '=', id)
          .execute()
        const move = {
          item_id: id,
          from_meeting_id: before.meeting_id,
          to_meeting_id: input.meetingId,
          reason: input.reason,
          moved_by: actor.userId,
        }
        await trx.insertInto('work_programme_item_move').values(move).execute()
        await recordAudit(trx, actor, {
          action: 'work_programme_item.move',
          entityType: 'work_programme_item',
          entityId: id,
          before: { meeting_id: before.meeting_id },
          after: { meeting_id: input.meetingId, reason: input.reason },
        })
      })
    },

    /**
     * Moves an item up or down among the items planned for its meeting: the order the work programme document
     * lists them in. Nothing changes at either end. Returns the municipal year of the meeting, for the way back.
     */
    async reorderItem(slug: string, id: number, direction: 'up' | 'down', actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const item = await repo.findItem(trx, committee.id, id)
        if (!item) throw notFound()
        if (item.meeting_id === null)
          throw new AppError('BAD_REQUEST', 'Plan the item for a meeting before putting it in order')
        // One reorder of a meeting's items at a time, so two officers' moves cannot interleave.
        const meeting = await trx
          .selectFrom('meeting')
          .select('meeting_date')
          .where('id', '=', item.meeting_id)
          .forUpdate()
          .executeTakeFirstOrThrow()
        const ids = await repo.idsInMeeting(trx, committee.id, item.meeting_id)
        const order = moved(ids, id, direction)
        if (order !== ids) {
          await repo.renumber(trx, order)
          await recordAudit(trx, actor, {
            action: 'work_programme_item.reorder',
            entityType: 'work_programme_item',
            entityId: id,
            before: { meeting_id: item.meeting_id, position: ids.indexOf(id) + 1 },
            after: { meeting_id: item.meeting_id, position: order.indexOf(id) + 1 },
          })
        }
        return municipalYearOf(meeting.meeting_date).start
      })
    },

    async addForwardPlanItem(slug: string, input: z.infer<typeof forwardPlanForm>, actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const exists = await trx
          .selectFrom('forward_plan_item')
          .select('id')
          .where('council_id', '=', committee.council_id)
          .where('reference', '=', input.reference)
          .executeTakeFirst()
        if (exists) throw new AppError('BAD_REQUEST', `Forward Plan item ${input.reference} is already recorded`)
        const values = {
          council_id: committee.council_id,
          reference: input.reference,
          title: input.title,
          proposed_decision_date: input.proposedDecisionDate,
          decision_maker: input.decisionMaker,
        }
        const { id } = await trx
          .insertInto('forward_plan_item')
          .values(values)
          .returning('id')
          .executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'forward_plan_item.create',
          entityType: 'forward_plan_item',
          entityId: id,
          after: values,
        })
        return id
      })
    },

    /** The public view: the year's programme as of today (items carry no exempt material). */
    documentData,

    /** The work programme document for an agenda pack, as PDF bytes (the pack builder appends them). */
    async workProgrammePdf(committeeId: number, asOf: string): Promise<Uint8Array> {
      const data = await documentData(committeeId, asOf)
      const sections: PdfSection[] = data.meetings
        .filter(m => m.meeting_date >= asOf)
        .map(m => ({
          heading: `${formatDate(m.meeting_date)}${m.deadlines.reports ? ` (final deadline for reports ${formatDate(m.deadlines.reports)}; publication ${formatDate(m.deadlines.publication!)})` : ''}`,
          empty: 'No items planned yet.',
          columns,
          rows: m.items.map(itemCells),
        }))
      sections.push(
        { heading: 'To be scheduled', empty: 'None.', columns, rows: data.toBeScheduled.map(itemCells) },
        {
          heading: 'Cabinet Forward Plan',
          empty: 'No Forward Plan items recorded.',
          columns: [
            { header: 'ID number', width: 1 },
            { header: 'Title', width: 5 },
            { header: 'Proposed date of decision', width: 1.5 },
          ],
          rows: data.forwardPlan.map(f => [
            f.reference,
            f.title,
            f.proposed_decision_date ? formatDate(f.proposed_decision_date) : '',
          ]),
        },
        {
          heading: 'Outstanding tracking',
          empty: 'No recommendations are outstanding.',
          columns: [
            { header: 'Inquiry', width: 4 },
            { header: 'Outstanding recommendations', width: 3 },
            { header: 'Date of tracking', width: 1.5 },
          ],
          rows: data.outstanding.map(o => [
            o.inquiry,
            o.outstanding.join(', '),
            o.trackingOn ? formatDate(o.trackingOn) : 'To be scheduled',
          ]),
        },
      )
      return tablePdf({
        title: `${data.committee.name}: work programme ${data.year.label}`,
        subtitle: `As at ${formatDate(asOf)}`,
        sections,
      })
    },
  }
}

export type WorkProgrammeService = ReturnType<typeof createWorkProgrammeService>
