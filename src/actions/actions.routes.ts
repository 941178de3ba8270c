import type { FastifyInstance, FastifyReply } from 'fastify'
import { todayInLondon } from '../shared/dates.ts'
import { actorOf, asOfQuery, formDate, idOrNotFound } from '../web/form-fields.ts'
import type { FormErrors } from '../web/forms.ts'
import { handleForm } from '../web/handle-form.ts'
import { actionText, newActionForm, reRaiseForm, updateForm, type ActionsService } from './actions.service.ts'

type SlugParams = { Params: { slug: string } }
type ActionParams = { Params: { slug: string; id: string } }

export function actionsRoutes(actions: ActionsService) {
  return async (app: FastifyInstance) => {
    const base = (slug: string) => `/staff/committees/${encodeURIComponent(slug)}/actions`
    const actionId = (id: string) => idOrNotFound(id)

    app.get<SlugParams>('/staff/committees/:slug/actions', async (request, reply) =>
      reply.view('pages/staff/actions/index.njk', {
        ...(await actions.staffPage(request.params.slug, todayInLondon())),
        activeNav: 'actions',
      }),
    )

    const newForm = async (reply: FastifyReply, slug: string, errors: Partial<FormErrors>, values: object) =>
      reply.view('pages/staff/actions/new.njk', {
        ...(await actions.agendaItemChoices(slug)),
        ...errors,
        values,
        activeNav: 'actions',
      })

    app.get<SlugParams>('/staff/committees/:slug/actions/new', async (request, reply) =>
      newForm(reply, request.params.slug, {}, { raisedOn: formDate(todayInLondon()) }),
    )

    app.post<SlugParams>('/staff/committees/:slug/actions', async (request, reply) =>
      handleForm(
        request,
        reply,
        newActionForm,
        async input => {
          const id = await actions.addAction(request.params.slug, input, actorOf(request))
          return `${base(request.params.slug)}/${id}`
        },
        (errors, values) => newForm(reply, request.params.slug, errors, values),
      ),
    )

    const showAction = async (
      reply: FastifyReply,
      params: ActionParams['Params'],
      errors: Partial<FormErrors>,
      values: object,
    ) => {
      const page = await actions.actionPage(params.slug, actionId(params.id), todayInLondon())
      return reply.view('pages/staff/actions/show.njk', {
        ...page,
        actionText: actionText(page.action),
        ...errors,
        values,
        activeNav: 'actions',
      })
    }

    app.get<ActionParams>('/staff/committees/:slug/actions/:id', async (request, reply) => {
      const today = formDate(todayInLondon())
      return showAction(reply, request.params, {}, { writtenOn: today, raisedOn: today, outcome: 'open' })
    })

    app.post<ActionParams>('/staff/committees/:slug/actions/:id/updates', async (request, reply) => {
      const id = actionId(request.params.id)
      return handleForm(
        request,
        reply,
        updateForm,
        async input => {
          await actions.recordUpdate(request.params.slug, id, input, actorOf(request))
          return `${base(request.params.slug)}/${id}`
        },
        (errors, values) => showAction(reply, request.params, errors, values),
      )
    })

    app.post<ActionParams>('/staff/committees/:slug/actions/:id/re-raise', async (request, reply) => {
      const id = actionId(request.params.id)
      return handleForm(
        request,
        reply,
        reRaiseForm,
        async input =>
          `${base(request.params.slug)}/${await actions.reRaise(request.params.slug, id, input, actorOf(request))}`,
        (errors, values) => showAction(reply, request.params, errors, { ...values, reRaise: true }),
      )
    })

    // The tracker document for the agenda: public, since it is published with the agenda (exempt items left out).
    app.get<SlugParams>('/committees/:slug/action-tracker', async (request, reply) => {
      const committee = await actions.committeeOf(request.params.slug)
      const tracker = await actions.tracker(committee.id, asOfQuery(request.query))
      return reply.view('pages/action-tracker.njk', {
        ...tracker,
        committee,
        rows: tracker.rows.map(r => ({ ...r, actionText: actionText(r) })),
      })
    })

    app.get<SlugParams>('/committees/:slug/action-tracker.pdf', async (request, reply) => {
      const committee = await actions.committeeOf(request.params.slug)
      const asOf = asOfQuery(request.query)
      const bytes = await actions.trackerPdf(committee.id, asOf)
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${committee.slug}-action-tracker-${asOf}.pdf"`)
        .send(Buffer.from(bytes))
    })
  }
}
