import type { Kysely } from 'kysely'
import { z } from 'zod'
import { type Actor, recordAudit } from '../audit/audit.repository.ts'
import { findCommitteeBySlug } from '../committees/committees.repository.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { formatDate } from '../web/format.ts'
import { STATUS_LABELS, onTracker, statusOn } from './action-tracker.ts'
import * as repo from './actions.repository.ts'
import { optionalDate, optionalId, requiredDate } from '../web/form-fields.ts'
import { optionalText, requiredText } from './form-fields.ts'
import { tablePdf } from './table-pdf.ts'

export const newActionForm = z.object({
  raisedOn: requiredDate('Enter the date the action was raised, for example 23/11/2026'),
  agendaItemId: optionalId('Choose an agenda item from the list'),
  agendaItemTitle: optionalText(300),
  description: requiredText('Enter the action'),
  owner: optionalText(300),
  dueOn: optionalDate('Enter the due date as a real date, for example 23/11/2026'),
})

export const updateForm = z.object({
  body: requiredText('Enter the update'),
  writtenOn: requiredDate('Enter the date of the update, for example 23/11/2026'),
  outcome: z.enum(['open', 'done', 'withdrawn'], {
    errorMap: () => ({ message: 'Choose whether the action is still open, done or withdrawn' }),
  }),
})

export const reRaiseForm = z.object({
  raisedOn: requiredDate('Enter the date the action was raised again, for example 23/11/2026'),
  description: requiredText('Enter the action'),
  owner: optionalText(300),
})

/** A tracker row as pages and documents show it. */
export interface TrackerRow {
  id: number
  raisedOn: string
  agendaItem: string
  description: string
  owner: string | null
  status: 'open' | 'done' | 'withdrawn'
  statusLabel: string
  closedOn: string | null
  latestUpdate: string | null
  updates: repo.ActionUpdateRow[]
  reRaisedFromId: number | null
  originallyRequestedOn: string | null
  reRaisedAs: number[]
  isExempt: boolean
  meetingSlug: string | null
}

const agendaItemLabel = (a: repo.ActionRow) =>
  a.agenda_item_title ?? (a.item_number ? `${a.item_number}. ${a.agenda_item_current_title}` : '')

function toRows(actions: repo.ActionRow[], updates: repo.ActionUpdateRow[], asOf: string): TrackerRow[] {
  return actions.map(a => {
    const own = updates.filter(u => u.action_id === a.id && u.written_on <= asOf)
    const status = statusOn({ id: a.id, raisedOn: a.raised_on, status: a.status, closedOn: a.closed_on }, asOf)
    return {
      id: a.id,
      raisedOn: a.raised_on,
      agendaItem: agendaItemLabel(a),
      description: a.description,
      owner: a.owner,
      status,
      statusLabel: STATUS_LABELS[status],
      closedOn: status === 'open' ? null : a.closed_on,
      latestUpdate: own.at(-1)?.body ?? null,
      updates: own,
      reRaisedFromId: a.re_raised_from_id,
      originallyRequestedOn: a.originally_requested_on,
      reRaisedAs: actions.filter(b => b.re_raised_from_id === a.id).map(b => b.id),
      isExempt: Boolean(a.is_exempt),
      meetingSlug: a.meeting_slug,
    }
  })
}

/** Text for the "Action" column: the action, and when it was raised again, when it was first asked for. */
export const actionText = (row: TrackerRow) =>
  row.originallyRequestedOn
    ? `${row.description} (originally requested ${formatDate(row.originallyRequestedOn)})`
    : row.description

export function createActionsService(db: Kysely<Database>) {
  async function committeeOf(slug: string) {
    const committee = await findCommitteeBySlug(db, slug)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    return committee
  }

  async function rowsOf(committeeId: number, asOf: string, includeExempt: boolean) {
    const actions = await repo.actionsOfCommittee(db, committeeId)
    const visible = includeExempt ? actions : actions.filter(a => !a.is_exempt)
    const updates = await repo.updatesOf(
      db,
      visible.map(a => a.id),
    )
    return toRows(visible, updates, asOf)
  }

  /**
   * The tracker for an agenda as of a date: open actions and those closed since the previous meeting.
   * Exempt items never appear: the tracker document is published with the agenda.
   */
  async function tracker(committeeId: number, asOf: string) {
    const committee = await repo.committeeById(db, committeeId)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    const since = await repo.previousMeetingDate(db, committeeId, asOf)
    const rows = await rowsOf(committeeId, asOf, false)
    const listed = onTracker(
      rows.map(r => ({ ...r, status: r.status })),
      asOf,
      since,
    )
    return { committee, asOf, since, rows: listed.slice().reverse() }
  }

  return {
    /** The staff tracker: every action of the committee, exempt ones included (the route admits only those entitled). */
    async staffPage(slug: string, today: string) {
      const committee = await committeeOf(slug)
      const rows = await rowsOf(committee.id, today, true)
      return {
        committee,
        open: rows.filter(r => r.status === 'open'),
        closed: rows.filter(r => r.status !== 'open'),
      }
    },

    async actionPage(slug: string, id: number, today: string) {
      const committee = await committeeOf(slug)
      const rows = await rowsOf(committee.id, today, true)
      const action = rows.find(r => r.id === id)
      if (!action) throw notFound()
      return { committee, action, original: rows.find(r => r.id === action.reRaisedFromId) ?? null }
    },

    async agendaItemChoices(slug: string) {
      const committee = await committeeOf(slug)
      return { committee, agendaItems: await repo.recentAgendaItems(db, committee.id) }
    },

    async addAction(slug: string, input: z.infer<typeof newActionForm>, actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        let meetingId: number | null = null
        let title = input.agendaItemTitle
        if (input.agendaItemId !== null) {
          const items = await repo.recentAgendaItems(trx, committee.id)
          const item = items.find(i => i.id === input.agendaItemId)
          if (!item) throw new AppError('BAD_REQUEST', 'Choose an agenda item from the list')
          meetingId = item.meeting_id
          title ??= `${item.item_number}. ${item.title}`
        }
        const values = {
          committee_id: committee.id,
          meeting_id: meetingId,
          agenda_item_id: input.agendaItemId,
          raised_on: input.raisedOn,
          agenda_item_title: title,
          description: input.description,
          owner: input.owner,
          due_on: input.dueOn,
        }
        const { id } = await trx.insertInto('action').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, { action: 'action.create', entityType: 'action', entityId: id, after: values })
        return id
      })
    },

    /** Records an update; an update that says done or withdrawn closes the action on its date. */
    async recordUpdate(slug: string, id: number, input: z.infer<typeof updateForm>, actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const before = await repo.findAction(trx, committee.id, id)
        if (!before) throw notFound()
        if (before.status !== 'open') throw new AppError('BAD_REQUEST', 'This action is already closed')
        if (input.writtenOn < before.raised_on)
          throw new AppError('BAD_REQUEST', 'The update cannot be dated before the action was raised')
        await trx
          .insertInto('action_update')
          .values({ action_id: id, written_on: input.writtenOn, body: input.body, written_by: actor.userId })
          .execute()
        const closes = input.outcome !== 'open'
        if (closes)
          await trx
            .updateTable('action')
            .set({ status: input.outcome, closed_on: input.writtenOn, updated_at: new Date() })
            .where('id', '=', id)
            .execute()
        await recordAudit(trx, actor, {
          action: closes ? 'action.close' : 'action.update',
          entityType: 'action',
          entityId: id,
          before: { status: before.status, closed_on: before.closed_on },
          after: { status: input.outcome, closed_on: closes ? input.writtenOn : null, update: input.body },
        })
      })
    },

    /** Raises a closed action again as a new one that links to the original ("originally requested …"). */
    async reRaise(slug: string, id: number, input: z.infer<typeof reRaiseForm>, actor: Actor) {
      const committee = await committeeOf(slug)
      return db.transaction().execute(async trx => {
        const original = await repo.findAction(trx, committee.id, id)
        if (!original) throw notFound()
        if (original.status === 'open')
          throw new AppError('BAD_REQUEST', 'This action is still open: record an update instead')
        const values = {
          committee_id: committee.id,
          meeting_id: original.meeting_id,
          agenda_item_id: original.agenda_item_id,
          agenda_item_title: original.agenda_item_title,
          raised_on: input.raisedOn,
          description: input.description,
          owner: input.owner ?? original.owner,
          re_raised_from_id: original.id,
          originally_requested_on: original.originally_requested_on ?? original.raised_on,
        }
        const { id: newId } = await trx.insertInto('action').values(values).returning('id').executeTakeFirstOrThrow()
        await recordAudit(trx, actor, {
          action: 'action.re_raise',
          entityType: 'action',
          entityId: newId,
          before: { re_raised_from_id: original.id },
          after: values,
        })
        return newId
      })
    },

    tracker,

    /** The action tracker document for an agenda pack, as PDF bytes (the pack builder appends them). */
    async trackerPdf(committeeId: number, asOf: string): Promise<Uint8Array> {
      const { committee, rows } = await tracker(committeeId, asOf)
      return tablePdf({
        title: `${committee.name}: action tracker`,
        subtitle: `As at ${formatDate(asOf)}`,
        sections: [
          {
            empty: 'There are no actions to report.',
            columns: [
              { header: 'Date', width: 1.1 },
              { header: 'Agenda item', width: 2 },
              { header: 'Action', width: 4 },
              { header: 'Owner', width: 1.6 },
              { header: 'Update', width: 4 },
              { header: 'Status', width: 1 },
            ],
            rows: rows.map(r => [
              formatDate(r.raisedOn),
              r.agendaItem,
              actionText(r),
              r.owner ?? '',
              r.latestUpdate ?? '',
              r.closedOn ? `${r.statusLabel} ${formatDate(r.closedOn)}` : r.statusLabel,
            ]),
          },
        ],
      })
    },

    committeeOf,
  }
}

export type ActionsService = ReturnType<typeof createActionsService>
