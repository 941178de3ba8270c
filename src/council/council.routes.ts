import type { FastifyInstance, FastifyReply } from 'fastify'
import { actorOf } from '../web/form-fields.ts'
import type { FormErrors } from '../web/forms.ts'
import { handleForm } from '../web/handle-form.ts'
import { councilSettingsForm, type CouncilService, type CouncilSettings } from './council.service.ts'

const valuesOf = (council: CouncilSettings | null) => ({
  name: council?.name ?? '',
  modelCodeAdoptedOn: council?.modelCodeAdoptedOn ?? '2021-05-01',
})

/** The administrator's page of the council's own settings (/staff/council). */
export function councilRoutes(council: CouncilService) {
  return async (app: FastifyInstance) => {
    const form = async (reply: FastifyReply, values: Record<string, string>, errors: Partial<FormErrors> = {}) =>
      reply.view('pages/staff/council/settings.njk', {
        council: await council.settings(),
        values,
        saved: false,
        ...errors,
        activeNav: 'council',
      })

    app.get<{ Querystring: { saved?: string } }>('/staff/council', async (request, reply) => {
      const settings = await council.settings()
      return reply.view('pages/staff/council/settings.njk', {
        council: settings,
        values: valuesOf(settings),
        saved: request.query.saved === '1',
        activeNav: 'council',
      })
    })

    app.post('/staff/council', async (request, reply) =>
      handleForm(
        request,
        reply,
        councilSettingsForm,
        async input => {
          await council.save(input, actorOf(request))
          return '/staff/council?saved=1'
        },
        (errors, values) => form(reply, values, errors),
      ),
    )
  }
}
