import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, notFound } from '../errors.ts'
import { PdfInputError } from '../import/pdf/errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { actorOf, idOrNotFound, postedValues } from '../web/form-fields.ts'
import { formErrors, singleError, type FormErrors } from '../web/forms.ts'
import { handleForm, type Refusal } from '../web/handle-form.ts'
import { coverReportForm } from '../reports/cover-report.ts'
import { uploadedFile } from '../web/uploads.ts'
import type { AgendaBuilderService } from './agenda-builder.service.ts'
import { MeetingRuleError, type MeetingAdminService } from './meeting-admin.service.ts'
import { whyNot } from './meeting-lifecycle.ts'
import {
  agendaItemForm,
  cancelForm,
  documentForm,
  meetingDetailsForm,
  moveForm,
  newMeetingForm,
  publishForm,
  rescheduleForm,
} from './meeting-forms.ts'
import { meetingStatusLabel } from './meeting-status.ts'
import type { MeetingsService } from './meetings.service.ts'
import { agendaChanges, type SnapshotItem } from './agenda-snapshot.ts'
import { isPublishedInTime, latestPublicationDate, reportDeadline } from './publication-deadline.ts'
import { PublicationRefused, type PublicationService } from './publication.service.ts'

export interface MeetingStaffServices {
  meetings: MeetingsService
  meetingAdmin: MeetingAdminService
  agendaBuilder: AgendaBuilderService
  publication: PublicationService
}

type Slug = { Params: { slug: string } }
type Item = { Params: { slug: string; item: string } }
type Doc = { Params: { slug: string; document: string } }

const V = 'pages/staff/meetings/'

/** The scrutiny officer's side of meetings: create, edit, move, cancel, build the agenda, publish. */
export function meetingsStaffRoutes(s: MeetingStaffServices) {
  return async (app: FastifyInstance) => {
    const meetingOf = async (slug: string) => {
      const found = await s.meetings.byStaffSlug(slug)
      if (!found) throw notFound('MEETING_NOT_FOUND')
      return found
    }
    const itemIdOf = (raw: string) => idOrNotFound(raw)

    // Meeting rules refuse in their own ways (see refusalOf); each shows on the form, never as a 500.
    const handle: typeof handleForm = (request, reply, schema, run, again) =>
      handleForm(request, reply, schema, run, again, refusalOf)

    app.get('/staff/meetings', async (_request, reply) => {
      const today = todayInLondon()
      const [upcoming, recent] = await Promise.all([s.meetings.upcoming(today, 50), s.meetings.recent(today, 20)])
      return reply.view(`${V}list.njk`, { upcoming, recent })
    })

    const newForm = async (reply: FastifyReply, extra: object = {}) =>
      reply.view(`${V}new.njk`, { committees: await s.meetingAdmin.committees(), values: {}, ...extra })
    app.get('/staff/meetings/new', async (_request, reply) => newForm(reply))
    app.post('/staff/meetings', async (request, reply) =>
      handle(
        request,
        reply,
        newMeetingForm,
        async input => {
          const { slug } = await s.meetingAdmin.createMeeting(input, actorOf(request))
          return `/staff/meetings/${slug}`
        },
        (errors, values) => newForm(reply, { ...errors, values }),
      ),
    )

    app.get<Slug>('/staff/meetings/:slug', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return reply.view(`${V}meeting.njk`, await officerPage(s, meeting))
    })

    // Details: time, venue, webcast.
    const detailsForm = async (reply: FastifyReply, slug: string, extra: object = {}) => {
      const meeting = await meetingOf(slug)
      const values = {
        startTime: meeting.start_time?.slice(0, 5) ?? '',
        venue: meeting.venue ?? '',
        webcastUrl: meeting.webcast_url ?? '',
      }
      return reply.view(`${V}details.njk`, { meeting, values, ...extra })
    }
    app.get<Slug>('/staff/meetings/:slug/edit', async (request, reply) => detailsForm(reply, request.params.slug))
    app.post<Slug>('/staff/meetings/:slug/edit', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return handle(
        request,
        reply,
        meetingDetailsForm,
        async input => {
          const slug = await s.meetingAdmin.editDetails(meeting.id, input, actorOf(request))
          return `/staff/meetings/${slug}`
        },
        (errors, values) => detailsForm(reply, request.params.slug, { ...errors, values }),
      )
    })

    const rescheduleView = async (reply: FastifyReply, slug: string, extra: object = {}) => {
      const meeting = await meetingOf(slug)
      const values = { meetingDate: meeting.meeting_date, startTime: meeting.start_time?.slice(0, 5) ?? '' }
      return reply.view(`${V}reschedule.njk`, { meeting, values, ...extra })
    }
    app.get<Slug>('/staff/meetings/:slug/reschedule', async (request, reply) =>
      rescheduleView(reply, request.params.slug),
    )
    app.post<Slug>('/staff/meetings/:slug/reschedule', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return handle(
        request,
        reply,
        rescheduleForm,
        async input => {
          const slug = await s.meetingAdmin.reschedule(meeting.id, input, actorOf(request))
          return `/staff/meetings/${slug}`
        },
        (errors, values) => rescheduleView(reply, request.params.slug, { ...errors, values }),
      )
    })

    const cancelView = async (reply: FastifyReply, slug: string, extra: object = {}) =>
      reply.view(`${V}cancel.njk`, { meeting: await meetingOf(slug), values: {}, ...extra })
    app.get<Slug>('/staff/meetings/:slug/cancel', async (request, reply) => cancelView(reply, request.params.slug))
    app.post<Slug>('/staff/meetings/:slug/cancel', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return handle(
        request,
        reply,
        cancelForm,
        async input => {
          await s.meetingAdmin.cancel(meeting.id, input.reason, actorOf(request))
          return `/staff/meetings/${meeting.slug}`
        },
        (errors, values) => cancelView(reply, request.params.slug, { ...errors, values }),
      )
    })

    // One-button changes: errors are shown on the meeting page itself.
    const onMeetingPage = async (
      request: FastifyRequest<Slug>,
      reply: FastifyReply,
      run: (id: number) => Promise<unknown>,
    ) => {
      const meeting = await meetingOf(request.params.slug)
      try {
        await run(meeting.id)
        return reply.redirect(`/staff/meetings/${meeting.slug}`, 303)
      } catch (error) {
        const refused = refusalOf(error)
        if (!refused) throw error
        return reply.status(refused.status).view(`${V}meeting.njk`, {
          ...(await officerPage(s, await meetingOf(meeting.slug))),
          ...singleError('agenda', refused.message),
        })
      }
    }
    app.post<Slug>('/staff/meetings/:slug/reinstate', async (request, reply) =>
      onMeetingPage(request, reply, id => s.meetingAdmin.reinstate(id, actorOf(request))),
    )
    app.post<Slug>('/staff/meetings/:slug/held', async (request, reply) =>
      onMeetingPage(request, reply, id => s.meetingAdmin.markHeld(id, actorOf(request))),
    )

    // Agenda items.
    const itemView = async (reply: FastifyReply, slug: string, itemId: number | null, extra: object = {}) => {
      const meeting = await meetingOf(slug)
      const item = itemId === null ? null : await s.agendaBuilder.item(meeting.id, itemId)
      return reply.view(`${V}item.njk`, {
        meeting,
        item,
        values: item ? itemValues(item) : {},
        authors: await s.agendaBuilder.reportAuthors(),
        ...extra,
      })
    }
    app.get<Slug>('/staff/meetings/:slug/items/new', async (request, reply) =>
      itemView(reply, request.params.slug, null),
    )
    app.post<Slug>('/staff/meetings/:slug/items', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return handle(
        request,
        reply,
        agendaItemForm,
        async input => {
          const id = await s.agendaBuilder.addItem(meeting.id, input, actorOf(request))
          return `/staff/meetings/${meeting.slug}#item-${id}`
        },
        (errors, values) => itemView(reply, meeting.slug, null, { ...errors, values }),
      )
    })
    app.get<Item>('/staff/meetings/:slug/items/:item/edit', async (request, reply) =>
      itemView(reply, request.params.slug, itemIdOf(request.params.item)),
    )
    app.post<Item>('/staff/meetings/:slug/items/:item', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      const itemId = itemIdOf(request.params.item)
      await s.agendaBuilder.item(meeting.id, itemId)
      return handle(
        request,
        reply,
        agendaItemForm,
        async input => {
          await s.agendaBuilder.editItem(meeting.id, itemId, input, actorOf(request))
          return `/staff/meetings/${meeting.slug}#item-${itemId}`
        },
        (errors, values) => itemView(reply, meeting.slug, itemId, { ...errors, values }),
      )
    })
    app.post<Item>('/staff/meetings/:slug/items/:item/move', async (request, reply) => {
      const form = moveForm.safeParse(request.body ?? {})
      if (!form.success) throw new AppError('BAD_REQUEST', 'Choose up or down')
      const itemId = itemIdOf(request.params.item)
      await onMeetingPage(request, reply, id =>
        s.agendaBuilder.moveItem(id, itemId, form.data.direction, actorOf(request)),
      )
      if (reply.statusCode === 303) reply.header('location', `${reply.getHeader('location')}#item-${itemId}`)
      return reply
    })
    app.get<Item>('/staff/meetings/:slug/items/:item/remove', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return reply.view(`${V}remove-item.njk`, {
        meeting,
        item: await s.agendaBuilder.item(meeting.id, itemIdOf(request.params.item)),
      })
    })
    app.post<Item>('/staff/meetings/:slug/items/:item/remove', async (request, reply) =>
      onMeetingPage(request, reply, id =>
        s.agendaBuilder.removeItem(id, itemIdOf(request.params.item), actorOf(request)),
      ),
    )

    // Documents: officers attach; report authors submit for the items they were asked for.
    const documentView = async (request: FastifyRequest<Item>, reply: FastifyReply, extra: object = {}) => {
      const meeting = await meetingOf(request.params.slug)
      const item = await s.agendaBuilder.item(meeting.id, itemIdOf(request.params.item))
      if (request.user?.role === 'report_author' && item.report_author_id !== request.user.id) throw notFound()
      return reply.view(`${V}document.njk`, { meeting, item, values: { kind: 'report' }, ...extra })
    }
    app.get<Item>('/staff/meetings/:slug/items/:item/documents/new', async (request, reply) =>
      documentView(request, reply),
    )
    app.post<Item>('/staff/meetings/:slug/items/:item/documents', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      const itemId = itemIdOf(request.params.item)
      const asAuthor = request.user?.role === 'report_author'
      const again = (errors: FormErrors, values: Record<string, string>) =>
        documentView(request, reply, { ...errors, values })
      const file = uploadedFile((request.body as Record<string, unknown> | undefined)?.file)
      if (!file) {
        const form = documentForm.safeParse(request.body ?? {})
        const errors = form.success ? { errors: [], fieldErrors: {} } : formErrors(form.error)
        errors.errors.push({ text: 'Choose a PDF file to upload', href: '#file' })
        errors.fieldErrors.file = 'Choose a PDF file to upload'
        reply.status(400)
        return again(errors, postedValues(request.body))
      }
      return handle(
        request,
        reply,
        documentForm,
        async input => {
          await s.agendaBuilder.attachDocument(meeting.id, itemId, input, file, actorOf(request), asAuthor)
          return asAuthor ? '/staff/reports' : `/staff/meetings/${meeting.slug}#item-${itemId}`
        },
        again,
      )
    })
    // The cover report form: the council's template filled in on screen, rendered to PDF.
    const coverView = async (request: FastifyRequest<Item>, reply: FastifyReply, extra: object = {}) => {
      const meeting = await meetingOf(request.params.slug)
      const item = await s.agendaBuilder.item(meeting.id, itemIdOf(request.params.item))
      if (request.user?.role === 'report_author' && item.report_author_id !== request.user.id) throw notFound()
      const values = { reportDate: todayInLondon(), subject: item.title, authorName: request.user?.displayName ?? '' }
      return reply.view(`${V}cover-report.njk`, { meeting, item, values, ...extra })
    }
    app.get<Item>('/staff/meetings/:slug/items/:item/cover-report', async (request, reply) => coverView(request, reply))
    app.post<Item>('/staff/meetings/:slug/items/:item/cover-report', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      const itemId = itemIdOf(request.params.item)
      const asAuthor = request.user?.role === 'report_author'
      return handle(
        request,
        reply,
        coverReportForm,
        async report => {
          await s.agendaBuilder.attachCoverReport(meeting.id, itemId, report, actorOf(request), asAuthor)
          return asAuthor ? '/staff/reports' : `/staff/meetings/${meeting.slug}#item-${itemId}`
        },
        (errors, values) => coverView(request, reply, { ...errors, values }),
      )
    })
    const documentStatus =
      (status: 'accepted' | 'withdrawn') => async (request: FastifyRequest<Doc>, reply: FastifyReply) => {
        const documentId = itemIdOf(request.params.document)
        return onMeetingPage(request, reply, id =>
          s.agendaBuilder.setDocumentStatus(id, documentId, status, actorOf(request)),
        )
      }
    app.post<Doc>('/staff/meetings/:slug/documents/:document/accept', documentStatus('accepted'))
    app.post<Doc>('/staff/meetings/:slug/documents/:document/withdraw', documentStatus('withdrawn'))

    // Publication.
    const publishView = async (reply: FastifyReply, slug: string, extra: object = {}) => {
      const meeting = await meetingOf(slug)
      const versions = await s.publication.versions(meeting.id)
      const today = todayInLondon()
      const deadline = latestPublicationDate(meeting.meeting_date)
      const latest = versions[0]
      const current = await s.publication.currentSnapshot(meeting.id)
      const changes = latest ? agendaChanges(latest.items as SnapshotItem[], current) : []
      const late = !isPublishedInTime(meeting.meeting_date, today)
      return reply.view(`${V}publish.njk`, { meeting, latest, changes, deadline, late, today, values: {}, ...extra })
    }
    app.get<Slug>('/staff/meetings/:slug/publish', async (request, reply) => publishView(reply, request.params.slug))
    app.post<Slug>('/staff/meetings/:slug/publish', async (request, reply) => {
      const meeting = await meetingOf(request.params.slug)
      return handle(
        request,
        reply,
        publishForm,
        async reason => {
          await s.publication.publish(meeting.id, reason, actorOf(request))
          return `/staff/meetings/${meeting.slug}`
        },
        (errors, values) => publishView(reply, meeting.slug, { ...errors, values }),
      )
    })

    // Report authors: the reports they have been asked for.
    app.get('/staff/reports', async (request, reply) =>
      reply.view(`${V}reports.njk`, { requests: await s.agendaBuilder.requestsFor(request.user!.id) }),
    )
  }
}

/** A refusal the officer can act on, as a form error: a rule of the meeting's state or of publication, or a bad PDF. */
function refusalOf(error: unknown): Refusal | null {
  if (error instanceof PublicationRefused) return { status: 400, field: error.field, message: error.message }
  if (error instanceof MeetingRuleError) return { status: 409, field: 'form', message: error.message }
  if (error instanceof PdfInputError) return { status: 400, field: 'file', message: error.message }
  return null
}

function itemValues(item: Awaited<ReturnType<AgendaBuilderService['item']>>): Record<string, string> {
  return {
    title: item.title,
    description: item.description ?? '',
    timeFrom: item.time_from?.slice(0, 5) ?? '',
    timeTo: item.time_to?.slice(0, 5) ?? '',
    attendees: item.attendees ?? '',
    leadOfficer: item.lead_officer ?? '',
    reportAuthor: item.report_author_id ? String(item.report_author_id) : '',
    exempt: item.is_exempt ? 'yes' : '',
    exemptParagraph: item.exempt_paragraph ? String(item.exempt_paragraph) : '',
  }
}

/** Everything the officer's meeting page shows: details, deadlines, what can be done, the agenda, versions, history. */
async function officerPage(
  s: MeetingStaffServices,
  meeting: Awaited<ReturnType<MeetingsService['byStaffSlug']>> & object,
) {
  const today = todayInLondon()
  const [versions, agenda, history] = await Promise.all([
    s.publication.versions(meeting.id),
    s.meetings.staffAgenda(meeting.id),
    s.meetingAdmin.history(meeting.id),
  ])
  const state = { ...meeting, published: versions.length > 0 }
  const can = Object.fromEntries(
    (
      [
        'edit_details',
        'reschedule',
        'cancel',
        'reinstate',
        'edit_agenda',
        'publish',
        'publish_supplement',
        'mark_held',
      ] as const
    ).map(a => [a, whyNot(a, state, today) === null]),
  )
  const deadline = latestPublicationDate(meeting.meeting_date)
  return {
    meeting,
    statusLabel: meetingStatusLabel(meeting.status),
    deadline,
    reportDeadline: reportDeadline(meeting.meeting_date),
    pastDeadline: today > deadline,
    agenda,
    versions,
    history,
    can,
  }
}
