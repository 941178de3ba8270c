import type { Kysely } from 'kysely'
import * as notesRepo from '../action-notes/action-notes.repository.ts'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import { isSupportingOfficerRole } from '../committees/membership-roles.ts'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { canSeeExempt } from '../meetings/exempt.ts'
import type { CurrentUser } from '../web/access.ts'
import type { FormErrors } from '../web/forms.ts'
import { INTEREST_KIND_HINTS, INTEREST_KIND_LABELS, interestKindsOn } from './code-of-conduct.ts'
import { parseDeclarationForm } from './declarations.form.ts'
import * as repo from './declarations.repository.ts'

const PARTICIPATION_LABELS = {
  took_part: 'Took part',
  spoke_only: 'Spoke only, then withdrew',
  withdrew: 'Withdrew from the item',
  dispensation: 'Took part under a dispensation',
} as const

export interface DeclarationView {
  id: number
  member: string
  item: string
  kind: string
  nature: string | null
  /** What to print where the nature is not shown, and why. */
  natureText: string
  participation: string | null
}

/**
 * A declaration as this user may see it. The nature of a sensitive interest is never stored;
 * on an exempt item the public sees neither the item's title nor the nature, which could
 * reveal the exempt business.
 */
export function declarationView(row: repo.DeclarationRow, user: CurrentUser | null): DeclarationView {
  const hidden = row.item_is_exempt === true && !canSeeExempt(user)
  const item = row.item_number
    ? `${row.item_number}. ${hidden ? 'Exempt item' : row.item_title}`
    : 'Not for a particular item'
  return {
    id: row.id,
    member: [row.honorific, row.full_name].filter(Boolean).join(' '),
    item,
    kind: INTEREST_KIND_LABELS[row.interest_kind],
    nature: hidden ? null : row.nature,
    natureText: hidden
      ? 'Not published: exempt item'
      : (row.nature ?? (row.interest_kind === 'sensitive' ? 'Withheld: sensitive interest' : 'Not recorded')),
    participation: row.participation ? PARTICIPATION_LABELS[row.participation] : null,
  }
}

export function createDeclarationsService(db: Kysely<Database>) {
  async function meetingOrThrow(slug: string) {
    const meeting = await notesRepo.findMeeting(db, { slug })
    if (!meeting) throw notFound('MEETING_NOT_FOUND')
    return meeting
  }

  async function formContext(meeting: notesRepo.NotesMeeting) {
    const [members, items, adoptedOn] = await Promise.all([
      notesRepo.membershipOn(db, meeting.committee_id, meeting.meeting_date),
      notesRepo.agendaItemsOf(db, meeting.id),
      modelCodeAdoptedOn(meeting.committee_id),
    ])
    // The kinds of interest the code in force at the meeting speaks of (the council sets the day it changed).
    const kinds = interestKindsOn(meeting.meeting_date, adoptedOn)
    return { members: members.filter(m => !isSupportingOfficerRole(m.role)), items, kinds }
  }

  async function modelCodeAdoptedOn(committeeId: number): Promise<string | undefined> {
    const council = await db
      .selectFrom('committee')
      .innerJoin('council', 'council.id', 'committee.council_id')
      .select('council.model_code_adopted_on')
      .where('committee.id', '=', committeeId)
      .executeTakeFirst()
    return council?.model_code_adopted_on
  }

  return {
    /** Everything the staff declarations page needs. */
    async page(slug: string, user: CurrentUser) {
      const meeting = await meetingOrThrow(slug)
      const context = await formContext(meeting)
      const { members, items } = context
      const kinds = context.kinds.map(kind => ({
        value: kind,
        text: INTEREST_KIND_LABELS[kind],
        hint: INTEREST_KIND_HINTS[kind],
      }))
      const declarations = (await repo.declarationsOf(db, meeting.id)).map(row => declarationView(row, user))
      return { meeting, members, items, kinds, declarations }
    },

    async add(slug: string, body: unknown, actor: Actor): Promise<{ ok: true } | { ok: false; errors: FormErrors }> {
      const meeting = await meetingOrThrow(slug)
      const { members, items, kinds } = await formContext(meeting)
      const form = parseDeclarationForm(body, {
        kinds,
        memberIds: members.map(m => m.person_id),
        itemIds: items.map(i => i.id),
      })
      if (!form.ok) return form
      const { personId, agendaItemId, kind, nature, withdrew } = form.value
      const row = {
        meeting_id: meeting.id,
        person_id: personId,
        agenda_item_id: agendaItemId,
        interest_kind: kind,
        nature,
        participation: withdrew ? ('withdrew' as const) : ('took_part' as const),
      }
      await db.transaction().execute(async trx => {
        const { id } = await repo.insertDeclaration(trx, row)
        await recordAudit(trx, actor, {
          action: 'declaration.created',
          entityType: 'declaration',
          entityId: id,
          after: row,
        })
      })
      return { ok: true }
    },

    async remove(slug: string, id: number, actor: Actor): Promise<void> {
      const meeting = await meetingOrThrow(slug)
      await db.transaction().execute(async trx => {
        const removed = await repo.deleteDeclaration(trx, meeting.id, id)
        if (!removed) throw notFound()
        await recordAudit(trx, actor, {
          action: 'declaration.removed',
          entityType: 'declaration',
          entityId: id,
          before: removed,
        })
      })
    },

    /** The declarations of a meeting as this user may see them (public record, exempt items redacted). */
    async forMeeting(meetingId: number, user: CurrentUser | null): Promise<DeclarationView[]> {
      return (await repo.declarationsOf(db, meetingId)).map(row => declarationView(row, user))
    },
  }
}

export type DeclarationsService = ReturnType<typeof createDeclarationsService>
