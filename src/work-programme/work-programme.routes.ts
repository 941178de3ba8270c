import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../errors.ts'
import { moveForm as orderForm } from '../meetings/meeting-forms.ts'
import { todayInLondon } from '../shared/dates.ts'
import { actorOf, asOfQuery, idOrNotFound, postedValues } from '../web/form-fields.ts'
import type { FormErrors } from '../web/forms.ts'
import { handleForm } from '../web/handle-form.ts'
import { forwardPlanForm, itemForm, moveForm, type WorkProgrammeService } from './work-programme.service.ts'

type SlugParams = { Params: { slug: string } }
type ItemParams = { Params: { slug: string; id: string } }

/** The values an item's form starts with. */
const itemValues = (item: {
  topic: string
  item_type: string | null
  meeting_id: number | null
  aims: string | null
  lead_officer: string | null
  witnesses: string | null
  visits: string | null
  additional_information: string | null
  forward_plan_item_id: number | null
  inquiry_id: number | null
}) => ({
  topic: item.topic,
  itemType: item.item_type ?? '',
  meetingId: item.meeting_id ? String(item.meeting_id) : '',
  aims: item.aims ?? '',
  leadOfficer: item.lead_officer ?? '',
  witnesses: item.witnesses ?? '',
  visits: item.visits ?? '',
  additionalInformation: item.additional_information ?? '',
  forwardPlanItemId: item.forward_plan_item_id ? String(item.forward_plan_item_id) : '',
  inquiryId: item.inquiry_id ? String(item.inquiry_id) : '',
})

export function workProgrammeRoutes(workProgramme: WorkProgrammeService) {
  return async (app: FastifyInstance) => {
    const base = (slug: string) => `/staff/committees/${encodeURIComponent(slug)}/work-programme`
    const itemId = (id: string) => idOrNotFound(id)

    app.get('/staff/work-programmes', async (_request, reply) =>
      reply.view('pages/staff/work-programme/committees.njk', {
        committees: await workProgramme.listCommittees(),
        activeNav: 'work-programme',
      }),
    )

    app.get<SlugParams>('/staff/committees/:slug/work-programme', async (request, reply) =>
      reply.view('pages/staff/work-programme/index.njk', {
        ...(await workProgramme.staffPage(
          request.params.slug,
          (request.query as { year?: unknown }).year,
          todayInLondon(),
        )),
        activeNav: 'work-programme',
      }),
    )

    const newItem = async (reply: FastifyReply, slug: string, errors: Partial<FormErrors>, values: object) =>
      reply.view('pages/staff/work-programme/item.njk', {
        ...(await workProgramme.itemFormPage(slug, todayInLondon())),
        ...errors,
        values,
        activeNav: 'work-programme',
      })

    app.get<SlugParams>('/staff/committees/:slug/work-programme/items/new', async (request, reply) =>
      newItem(reply, request.params.slug, {}, postedValues(request.query)),
    )

    app.post<SlugParams>('/staff/committees/:slug/work-programme/items', async (request, reply) =>
      handleForm(
        request,
        reply,
        itemForm,
        async input => {
          await workProgramme.addItem(request.params.slug, input, actorOf(request), todayInLondon())
          return base(request.params.slug)
        },
        (errors, values) => newItem(reply, request.params.slug, errors, values),
      ),
    )

    const showItem = async (
      reply: FastifyReply,
      params: ItemParams['Params'],
      errors: Partial<FormErrors>,
      values: Record<string, string> | null,
      moveValues: Record<string, string> = {},
    ) => {
      const page = await workProgramme.itemPage(params.slug, itemId(params.id), todayInLondon())
      return reply.view('pages/staff/work-programme/item.njk', {
        ...page,
        ...errors,
        values: values ?? itemValues(page.item),
        moveValues,
        activeNav: 'work-programme',
      })
    }

    app.get<ItemParams>('/staff/committees/:slug/work-programme/items/:id', async (request, reply) =>
      showItem(reply, request.params, {}, null),
    )

    app.post<ItemParams>('/staff/committees/:slug/work-programme/items/:id', async (request, reply) => {
      const id = itemId(request.params.id)
      return handleForm(
        request,
        reply,
        itemForm,
        async input => {
          await workProgramme.updateItem(request.params.slug, id, input, actorOf(request))
          return base(request.params.slug)
        },
        (errors, values) => showItem(reply, request.params, errors, values),
      )
    })

    app.post<ItemParams>('/staff/committees/:slug/work-programme/items/:id/move', async (request, reply) => {
      const id = itemId(request.params.id)
      return handleForm(
        request,
        reply,
        moveForm,
        async input => {
          await workProgramme.moveItem(request.params.slug, id, input, actorOf(request), todayInLondon())
          return `${base(request.params.slug)}/items/${id}`
        },
        (errors, values) => showItem(reply, request.params, errors, null, values),
      )
    })

    // Move up / Move down among a meeting's items: the agenda builder's buttons and rule (meetings/agenda-order.ts).
    app.post<ItemParams>('/staff/committees/:slug/work-programme/items/:id/reorder', async (request, reply) => {
      const id = itemId(request.params.id)
      const form = orderForm.safeParse(request.body ?? {})
      if (!form.success) throw new AppError('BAD_REQUEST', 'Choose up or down')
      const year = await workProgramme.reorderItem(request.params.slug, id, form.data.direction, actorOf(request))
      return reply.redirect(`${base(request.params.slug)}?year=${year}#wp-item-${id}`, 303)
    })

    const forwardPlanPage = async (reply: FastifyReply, slug: string, errors: Partial<FormErrors>, values: object) =>
      reply.view('pages/staff/work-programme/forward-plan.njk', {
        committee: await workProgramme.committeeOf(slug),
        ...errors,
        values,
        activeNav: 'work-programme',
      })

    app.get<SlugParams>('/staff/committees/:slug/work-programme/forward-plan/new', async (request, reply) =>
      forwardPlanPage(reply, request.params.slug, {}, {}),
    )

    app.post<SlugParams>('/staff/committees/:slug/work-programme/forward-plan', async (request, reply) =>
      handleForm(
        request,
        reply,
        forwardPlanForm,
        async input => {
          await workProgramme.addForwardPlanItem(request.params.slug, input, actorOf(request))
          return `${base(request.params.slug)}#forward-plan`
        },
        (errors, values) => forwardPlanPage(reply, request.params.slug, errors, values),
      ),
    )

    // The work programme document for the agenda: public, as it is published with every agenda.
    app.get<SlugParams>('/committees/:slug/work-programme', async (request, reply) => {
      const committee = await workProgramme.committeeOf(request.params.slug)
      const asOf = asOfQuery(request.query)
      return reply.view('pages/work-programme.njk', { ...(await workProgramme.documentData(committee.id, asOf)), asOf })
    })

    app.get<SlugParams>('/committees/:slug/work-programme.pdf', async (request, reply) => {
      const committee = await workProgramme.committeeOf(request.params.slug)
      const asOf = asOfQuery(request.query)
      const bytes = await workProgramme.workProgrammePdf(committee.id, asOf)
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${committee.slug}-work-programme-${asOf}.pdf"`)
        .send(Buffer.from(bytes))
    })
  }
}
