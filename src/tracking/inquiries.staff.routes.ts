import type { FastifyInstance, FastifyReply } from 'fastify'
import { PdfInputError } from '../import/pdf/errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { actorOf, formBody, formDate, idOrNotFound, postedValues } from '../web/form-fields.ts'
import { type FormErrors, formErrors, singleError } from '../web/forms.ts'
import { badRequestRefusal, handleForm } from '../web/handle-form.ts'
import { uploadedFile } from '../web/uploads.ts'
import {
  type InquiriesStaffService,
  UploadError,
  documentForm,
  editInquiryForm,
  inquiryForm,
  recommendationForm,
  sessionForm,
} from './inquiries.staff.service.ts'

type IdParams = { Params: { id: string } }
type SessionParams = { Params: { id: string; session: string } }

/** A session the rules refuse names a meeting of another committee: shown against the meeting field. */
const sessionRefusal = (error: unknown) => {
  const refused = badRequestRefusal(error)
  return refused && { ...refused, field: 'meetingId' }
}

/** What a session's form starts with. */
const sessionValues = (s: {
  held_on: string
  meeting_id: number | null
  witnesses: string | null
  notes: string | null
}) => ({
  heldOn: formDate(s.held_on),
  meetingId: s.meeting_id ? String(s.meeting_id) : '',
  witnesses: s.witnesses ?? '',
  notes: s.notes ?? '',
})

/** Which form on the inquiry page an error belongs to, so only that one shows it. */
type PageForm = 'details' | 'session' | 'recommendation' | 'document'

export function inquiriesStaffRoutes(inquiries: InquiriesStaffService) {
  return async (app: FastifyInstance) => {
    const inquiryId = (id: string) => idOrNotFound(id, 'INQUIRY_NOT_FOUND')

    app.get('/staff/inquiries', async (_request, reply) =>
      reply.view('pages/staff/inquiries/index.njk', {
        committees: await inquiries.overview(todayInLondon()),
        activeNav: 'inquiries',
      }),
    )

    const newPage = async (reply: FastifyReply, errors: Partial<FormErrors>, values: object) =>
      reply.view('pages/staff/inquiries/new.njk', {
        ...(await inquiries.choices()),
        ...errors,
        values,
        activeNav: 'inquiries',
      })

    app.get('/staff/inquiries/new', async (_request, reply) => newPage(reply, {}, { status: 'scoping' }))

    app.post('/staff/inquiries', async (request, reply) =>
      handleForm(
        request,
        reply,
        inquiryForm,
        async input => `/staff/inquiries/${await inquiries.createInquiry(input, actorOf(request))}`,
        (errors, values) => newPage(reply, errors, values),
      ),
    )

    const showPage = async (
      reply: FastifyReply,
      id: number,
      form: PageForm | null,
      errors: Partial<FormErrors>,
      posted: Record<string, string> | null,
    ) => {
      const page = await inquiries.inquiryPage(id)
      const i = page.inquiry
      const details = {
        title: i.title,
        keyQuestion: i.key_question ?? '',
        linesOfEnquiry: i.lines_of_enquiry ?? '',
        leadMemberId: i.lead_member_id ? String(i.lead_member_id) : '',
        leadOfficerId: i.lead_officer_id ? String(i.lead_officer_id) : '',
        status: i.status,
        approvedOn: formDate(i.approved_by_council_on),
      }
      const values: Record<PageForm, Record<string, string>> = {
        details,
        session: {}, // no date given: the meeting chosen, if any, gives it
        recommendation: {},
        document: { kind: 'evidence' },
      }
      if (form && posted) values[form] = posted
      return reply.view('pages/staff/inquiries/show.njk', {
        ...page,
        ...(await inquiries.choices()),
        values,
        form,
        ...errors,
        activeNav: 'inquiries',
      })
    }

    app.get<IdParams>('/staff/inquiries/:id', async (request, reply) =>
      showPage(reply, inquiryId(request.params.id), null, {}, null),
    )

    app.post<IdParams>('/staff/inquiries/:id', async (request, reply) => {
      const id = inquiryId(request.params.id)
      return handleForm(
        request,
        reply,
        editInquiryForm,
        async input => {
          await inquiries.updateInquiry(id, input, actorOf(request))
          return `/staff/inquiries/${id}`
        },
        (errors, values) => showPage(reply, id, 'details', errors, values),
      )
    })

    app.post<IdParams>('/staff/inquiries/:id/sessions', async (request, reply) => {
      const id = inquiryId(request.params.id)
      return handleForm(
        request,
        reply,
        sessionForm,
        async input => {
          await inquiries.addSession(id, input, actorOf(request))
          return `/staff/inquiries/${id}#sessions`
        },
        (errors, values) => showPage(reply, id, 'session', errors, values),
        sessionRefusal,
      )
    })

    const sessionPage = async (
      reply: FastifyReply,
      params: SessionParams['Params'],
      errors: Partial<FormErrors>,
      posted: Record<string, string> | null,
    ) => {
      const page = await inquiries.sessionPage(inquiryId(params.id), idOrNotFound(params.session))
      return reply.view('pages/staff/inquiries/session.njk', {
        ...page,
        ...errors,
        values: posted ?? sessionValues(page.session),
        activeNav: 'inquiries',
      })
    }

    app.get<SessionParams>('/staff/inquiries/:id/sessions/:session', async (request, reply) =>
      sessionPage(reply, request.params, {}, null),
    )

    app.post<SessionParams>('/staff/inquiries/:id/sessions/:session', async (request, reply) => {
      const id = inquiryId(request.params.id)
      const session = idOrNotFound(request.params.session)
      return handleForm(
        request,
        reply,
        sessionForm,
        async input => {
          await inquiries.updateSession(id, session, input, actorOf(request))
          return `/staff/inquiries/${id}#session-${session}`
        },
        (errors, values) => sessionPage(reply, request.params, errors, values),
        sessionRefusal,
      )
    })

    app.get<SessionParams>('/staff/inquiries/:id/sessions/:session/remove', async (request, reply) =>
      reply.view('pages/staff/inquiries/remove-session.njk', {
        ...(await inquiries.sessionPage(inquiryId(request.params.id), idOrNotFound(request.params.session))),
        activeNav: 'inquiries',
      }),
    )

    app.post<SessionParams>('/staff/inquiries/:id/sessions/:session/remove', async (request, reply) => {
      const id = inquiryId(request.params.id)
      await inquiries.removeSession(id, idOrNotFound(request.params.session), actorOf(request))
      return reply.redirect(`/staff/inquiries/${id}#sessions`, 303)
    })

    app.post<IdParams>('/staff/inquiries/:id/recommendations', async (request, reply) => {
      const id = inquiryId(request.params.id)
      return handleForm(
        request,
        reply,
        recommendationForm,
        async input => {
          const number = await inquiries.addRecommendation(id, input, actorOf(request))
          return `/staff/inquiries/${id}#${number}`
        },
        (errors, values) => showPage(reply, id, 'recommendation', errors, values),
      )
    })

    type RecParams = { Params: { id: string; rec: string } }
    const recPage = async (
      reply: FastifyReply,
      params: RecParams['Params'],
      errors: Partial<FormErrors>,
      posted: Record<string, string> | null,
    ) => {
      const page = await inquiries.recommendationPage(inquiryId(params.id), inquiryId(params.rec))
      const r = page.rec
      return reply.view('pages/staff/inquiries/recommendation.njk', {
        ...page,
        ...errors,
        values: posted ?? {
          body: r.body,
          responsible: r.responsible ?? '',
          responsiblePersonId: r.responsible_person_id ? String(r.responsible_person_id) : '',
          originalCompletionDate: formDate(r.original_completion_date),
        },
        activeNav: 'inquiries',
      })
    }

    app.get<RecParams>('/staff/inquiries/:id/recommendations/:rec', async (request, reply) =>
      recPage(reply, request.params, {}, null),
    )

    app.post<RecParams>('/staff/inquiries/:id/recommendations/:rec', async (request, reply) => {
      const id = inquiryId(request.params.id)
      const rec = inquiryId(request.params.rec)
      return handleForm(
        request,
        reply,
        recommendationForm,
        async input => {
          const number = await inquiries.updateRecommendation(id, rec, input, actorOf(request))
          return `/staff/inquiries/${id}#${number}`
        },
        (errors, values) => recPage(reply, request.params, errors, values),
      )
    })

    app.post<IdParams>('/staff/inquiries/:id/documents', async (request, reply) => {
      const id = inquiryId(request.params.id)
      const body = formBody(request.body)
      const values = postedValues(body)
      const again = (errors: FormErrors) => {
        reply.status(400)
        return showPage(reply, id, 'document', errors, values)
      }
      const form = documentForm.safeParse(body)
      const file = uploadedFile(body.file)
      if (!form.success || !file) {
        const errors = form.success ? { errors: [], fieldErrors: {} } : formErrors(form.error)
        if (!file) {
          errors.errors.push({ text: 'Choose a PDF file to upload', href: '#file' })
          errors.fieldErrors.file = 'Choose a PDF file to upload'
        }
        return again(errors)
      }
      try {
        await inquiries.addDocument(id, form.data, file, actorOf(request))
      } catch (error) {
        if (error instanceof UploadError || error instanceof PdfInputError)
          return again(singleError('file', error.message))
        throw error
      }
      return reply.redirect(`/staff/inquiries/${id}#documents`, 303)
    })
  }
}
