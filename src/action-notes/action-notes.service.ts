import type { Kysely } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import { MEMBERSHIP_ROLE_LABELS, isSupportingOfficerRole } from '../committees/membership-roles.ts'
import type { Database } from '../db/database.ts'
import type { DeclarationsService } from '../declarations/declarations.service.ts'
import { notFound } from '../errors.ts'
import type { CurrentUser } from '../web/access.ts'
import type { FormErrors } from '../web/forms.ts'
import { field, paragraphs, parseNotesForm, type MemberAttendance, type NotesForm } from './action-notes.form.ts'
import * as repo from './action-notes.repository.ts'
import { approvalRefusal, canSeeDraft, notesStatus, suggestedAlsoPresent, visibleRecord } from './rules.ts'

type Member = Awaited<ReturnType<typeof repo.membershipOn>>[number]
const nameOf = (m: { honorific: string | null; full_name: string }) =>
  [m.honorific, m.full_name].filter(Boolean).join(' ')
const itemLabel = (item: { item_number: string; title: string }) => `item ${item.item_number} (${item.title})`

export function createActionNotesService(db: Kysely<Database>, declarations: DeclarationsService) {
  async function meetingOrThrow(slug: string) {
    const meeting = await repo.findMeeting(db, { slug })
    if (!meeting) throw notFound('MEETING_NOT_FOUND')
    return meeting
  }

  async function load(meeting: repo.NotesMeeting) {
    const [notes, people, items, attendance, itemNotes, resolutions, actions] = await Promise.all([
      repo.notesOf(db, meeting.id),
      repo.membershipOn(db, meeting.committee_id, meeting.meeting_date),
      repo.agendaItemsOf(db, meeting.id),
      repo.attendanceOf(db, meeting.id),
      repo.itemNotesOf(db, meeting.id),
      repo.resolutionsOf(db, meeting.id),
      repo.actionsRaisedAt(db, meeting.id),
    ])
    const members = people.filter(p => !isSupportingOfficerRole(p.role))
    const officers = people.filter(p => isSupportingOfficerRole(p.role))
    return { notes, members, officers, items, attendance, itemNotes, resolutions, actions }
  }

  /** The form's values: what is recorded, or else what the membership and agenda suggest. */
  function formValues(data: Awaited<ReturnType<typeof load>>) {
    const recorded = data.attendance.length > 0
    const values: Record<string, string> = {}
    for (const m of data.members) {
      const row = data.attendance.find(a => a.person_id === m.person_id)
      values[`attendance-${m.person_id}`] = row?.kind ?? (recorded ? 'absent' : 'present')
    }
    values['also-present'] = recorded
      ? data.attendance
          .filter(a => a.kind === 'also_present')
          .map(a => (a.capacity ? `${a.name}, ${a.capacity}` : a.name))
          .join('\n')
      : suggestedAlsoPresent(
          data.officers.map(o => `${nameOf(o)}, ${o.job_title ?? MEMBERSHIP_ROLE_LABELS[o.role]}`),
          data.items.map(i => i.attendees),
        ).join('\n')
    for (const item of data.items) {
      values[`notes-${item.id}`] = data.itemNotes
        .filter(n => n.agenda_item_id === item.id)
        .map(n => n.body)
        .join('\n\n')
      values[`resolutions-${item.id}`] = data.resolutions
        .filter(r => r.agenda_item_id === item.id)
        .map(r => r.body)
        .join('\n\n')
    }
    return values
  }

  function editView(meeting: repo.NotesMeeting, data: Awaited<ReturnType<typeof load>>) {
    const status = data.notes ? notesStatus(data.notes) : null
    return {
      meeting,
      status,
      notes: data.notes ?? null,
      members: data.members.map(m => ({
        personId: m.person_id,
        name: nameOf(m),
        role: MEMBERSHIP_ROLE_LABELS[m.role],
        capacity: m.co_opted_capacity,
      })),
      items: data.items.map(item => ({
        ...item,
        actions: data.actions.filter(a => a.agenda_item_id === item.id),
      })),
      unlinkedResolutions: data.resolutions.filter(r => r.agenda_item_id === null),
    }
  }

  async function saveForm(
    meeting: repo.NotesMeeting,
    data: Awaited<ReturnType<typeof load>>,
    form: NotesForm,
    actor: Actor,
  ) {
    const members = new Map<number, Member>(data.members.map(m => [m.person_id, m]))
    const attendance: repo.AttendanceRow[] = [
      ...form.attendance.map(a => {
        const m = members.get(a.personId)!
        return {
          person_id: a.personId,
          name: nameOf(m),
          capacity: m.co_opted_capacity,
          kind: a.kind as MemberAttendance,
        }
      }),
      ...form.alsoPresent.map(name => ({ person_id: null, name, capacity: null, kind: 'also_present' as const })),
    ]
    const items = form.items.map(i => {
      const item = data.items.find(x => x.id === i.agendaItemId)!
      return { ...i, isExempt: item.is_exempt, item }
    })
    await db.transaction().execute(async trx => {
      const notesId = await repo.ensureNotes(trx, meeting.id)
      await repo.replaceAttendance(trx, meeting.id, attendance)
      await repo.replaceItemRecords(trx, meeting.id, items)
      const before = { attendance: data.attendance, notes: data.itemNotes, resolutions: data.resolutions }
      const after = {
        attendance,
        items: items.map(({ agendaItemId, notes, resolutions }) => ({ agendaItemId, notes, resolutions })),
      }
      await recordAudit(trx, actor, {
        action: 'action_notes.saved',
        entityType: 'action_notes',
        entityId: notesId,
        before,
        after,
      })
      for (const { item, action } of items) {
        if (!action) continue
        const row = {
          committee_id: meeting.committee_id,
          meeting_id: meeting.id,
          agenda_item_id: item.id,
          raised_on: meeting.meeting_date,
          agenda_item_title: item.title,
          description: action.description,
          owner: action.owner,
          due_on: action.dueOn,
        }
        const { id } = await repo.insertAction(trx, row)
        await recordAudit(trx, actor, { action: 'action.created', entityType: 'action', entityId: id, after: row })
      }
    })
  }

  return {
    /** The staff page: the form (its values pre-filled) and what has been recorded. */
    async editPage(slug: string) {
      const meeting = await meetingOrThrow(slug)
      const data = await load(meeting)
      return { ...editView(meeting, data), values: formValues(data) }
    },

    /** Saves the draft; on bad input returns the errors and the page to show them on, with what was typed. */
    async save(slug: string, body: unknown, actor: Actor) {
      const meeting = await meetingOrThrow(slug)
      const data = await load(meeting)
      const view = editView(meeting, data)
      if (view.status === 'approved') {
        const errors: FormErrors = {
          errors: [{ text: 'Approved action notes cannot be changed', href: '#notes-form' }],
          fieldErrors: {},
        }
        return { ok: false as const, errors, page: { ...view, values: formValues(data) } }
      }
      const form = parseNotesForm(body, {
        members: view.members.map(m => ({ personId: m.personId, name: m.name })),
        items: data.items.map(i => ({ id: i.id, label: itemLabel(i) })),
      })
      if (!form.ok) {
        const typed = Object.fromEntries(Object.keys(body ?? {}).map(k => [k, field(body, k)]))
        return { ok: false as const, errors: form.errors, page: { ...view, values: typed } }
      }
      await saveForm(meeting, data, form.value, actor)
      return { ok: true as const }
    },

    /** Approves the draft at the committee's first meeting after this one (held by today). */
    async approve(slug: string, actor: Actor, today: string) {
      const meeting = await meetingOrThrow(slug)
      const notes = await repo.notesOf(db, meeting.id)
      const refusal = approvalRefusal(meeting.meeting_date, today, notes ? notesStatus(notes) : null)
      if (refusal || !notes) return { ok: false as const, refusal: refusal ?? 'Save the draft action notes first' }
      const approver = await repo.neighbourMeeting(db, meeting.committee_id, meeting.meeting_date, 'next', today)
      await db.transaction().execute(async trx => {
        await repo.approveNotes(trx, notes.id, today, approver?.id ?? null)
        await recordAudit(trx, actor, {
          action: 'action_notes.approved',
          entityType: 'action_notes',
          entityId: notes.id,
          before: { status: 'draft' },
          after: { status: 'approved', approved_on: today, approved_at_meeting_id: approver?.id ?? null },
        })
      })
      return { ok: true as const }
    },

    /**
     * What the public meeting page shows of the action notes: approved notes to everyone, drafts
     * only to members and officers; exempt items' notes, resolutions and actions only to the entitled.
     * Declarations are the public record of the meeting and shown whatever the notes' status.
     */
    async forMeetingPage(meetingId: number, user: CurrentUser | null) {
      const meeting = await repo.findMeeting(db, { id: meetingId })
      if (!meeting) return null
      const declared = await declarations.forMeeting(meetingId, user)
      const data = await load(meeting)
      const status = data.notes ? notesStatus(data.notes) : null
      const shown = status === 'approved' || (status === 'draft' && canSeeDraft(user))
      if (!shown || !data.notes) return { notes: null, declarations: declared }
      const byKind = (kind: string) =>
        data.attendance.filter(a => a.kind === kind).map(a => (a.capacity ? `${a.name} (${a.capacity})` : a.name))
      const items = data.items
        .filter(item => !item.is_exempt || visibleRecord({ is_exempt: false, item_is_exempt: true }, user))
        .map(item => ({
          itemNumber: item.item_number,
          title: item.title,
          isExempt: item.is_exempt,
          notes: data.itemNotes
            .filter(n => n.agenda_item_id === item.id && visibleRecord(n, user))
            .flatMap(n => paragraphs(n.body)),
          resolutions: data.resolutions
            .filter(r => r.agenda_item_id === item.id && visibleRecord(r, user))
            .map(r => r.body),
          actions: data.actions.filter(
            a =>
              a.agenda_item_id === item.id &&
              visibleRecord({ is_exempt: false, item_is_exempt: a.item_is_exempt }, user),
          ),
        }))
        .filter(item => item.notes.length || item.resolutions.length || item.actions.length)
      const unlinked = data.resolutions.filter(r => r.agenda_item_id === null && visibleRecord(r, user))
      return {
        notes: {
          status,
          approvedOn: data.notes.approved_on,
          approvedAt: data.notes.approved_at_slug
            ? { slug: data.notes.approved_at_slug, date: data.notes.approved_at_date }
            : null,
          imported: data.notes.source_file_id !== null,
          present: byKind('present'),
          substitutes: byKind('substitute'),
          alsoPresent: byKind('also_present'),
          apologies: byKind('apologies'),
          items,
          otherResolutions: unlinked.map(r => ({ item: r.item_label, body: r.body })),
        },
        declarations: declared,
      }
    },

    /**
     * For the "action notes" standing item of a meeting: the committee's previous meeting and
     * the status of its notes ('none' when nothing is recorded yet), or null for a first meeting.
     */
    async previousMeetingNotes(meetingId: number) {
      const meeting = await repo.findMeeting(db, { id: meetingId })
      if (!meeting) return null
      const previous = await repo.neighbourMeeting(db, meeting.committee_id, meeting.meeting_date, 'previous')
      if (!previous) return null
      const notes = await repo.notesOf(db, previous.id)
      return {
        meeting: { slug: previous.slug, date: previous.meeting_date },
        status: notes ? notesStatus(notes) : ('none' as const),
        url: `/meetings/${previous.slug}#action-notes`,
      }
    },
  }
}

export type ActionNotesService = ReturnType<typeof createActionNotesService>
