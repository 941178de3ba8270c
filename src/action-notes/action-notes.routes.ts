import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { DeclarationsService } from '../declarations/declarations.service.ts'
import { todayInLondon } from '../shared/dates.ts'
import type { CurrentUser } from '../web/access.ts'
import { actorOf } from '../web/form-fields.ts'
import type { ActionNotesService } from './action-notes.service.ts'

type SlugRequest = FastifyRequest<{ Params: { slug: string } }>

/** Only scrutiny officers and admins record; members may read what is recorded (access-rules.ts). */
export const canRecord = (user: CurrentUser | null) => user?.role === 'scrutiny_officer' || user?.role === 'admin'

export function actionNotesRoutes(actionNotes: ActionNotesService, declarations: DeclarationsService) {
  return async (app: FastifyInstance) => {
    const base = '/staff/meetings/:slug/action-notes'

    app.get(base, async (request: SlugRequest, reply) => {
      const page = await actionNotes.editPage(request.params.slug)
      if (!canRecord(request.user)) {
        const shown = await actionNotes.forMeetingPage(page.meeting.id, request.user)
        return reply.view('pages/staff/action-notes/view.njk', { ...page, actionNotes: shown })
      }
      const saved = (request.query as { saved?: string }).saved
      return reply.view('pages/staff/action-notes/edit.njk', { ...page, saved, today: todayInLondon() })
    })

    app.post(base, async (request: SlugRequest, reply) => {
      const result = await actionNotes.save(request.params.slug, request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/meetings/${request.params.slug}/action-notes?saved=draft`, 303)
      return reply
        .status(400)
        .view('pages/staff/action-notes/edit.njk', { ...result.page, ...result.errors, today: todayInLondon() })
    })

    app.post(`${base}/approve`, async (request: SlugRequest, reply) => {
      const result = await actionNotes.approve(request.params.slug, actorOf(request), todayInLondon())
      if (!result.ok) {
        const page = await actionNotes.editPage(request.params.slug)
        const errors = [{ text: result.refusal, href: '#approve' }]
        return reply
          .status(400)
          .view('pages/staff/action-notes/edit.njk', { ...page, errors, fieldErrors: {}, today: todayInLondon() })
      }
      return reply.redirect(`/staff/meetings/${request.params.slug}/action-notes?saved=approved`, 303)
    })

    const declarationsUrl = '/staff/meetings/:slug/declarations'

    app.get(declarationsUrl, async (request: SlugRequest, reply) => {
      const page = await declarations.page(request.params.slug, request.user!)
      const saved = (request.query as { saved?: string }).saved
      return reply.view('pages/staff/action-notes/declarations.njk', {
        ...page,
        saved,
        canRecord: canRecord(request.user),
        values: {},
      })
    })

    app.post(declarationsUrl, async (request: SlugRequest, reply) => {
      const result = await declarations.add(request.params.slug, request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/meetings/${request.params.slug}/declarations?saved=added`, 303)
      const page = await declarations.page(request.params.slug, request.user!)
      const body = (request.body ?? {}) as Record<string, unknown>
      const values = Object.fromEntries(
        ['person', 'item', 'kind', 'nature', 'withdrew'].map(k => [k, typeof body[k] === 'string' ? body[k] : '']),
      )
      return reply
        .status(400)
        .view('pages/staff/action-notes/declarations.njk', { ...page, ...result.errors, values, canRecord: true })
    })

    app.post(
      `${declarationsUrl}/:id/remove`,
      async (request: FastifyRequest<{ Params: { slug: string; id: string } }>, reply) => {
        const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : 0
        await declarations.remove(request.params.slug, id, actorOf(request))
        return reply.redirect(`/staff/meetings/${request.params.slug}/declarations?saved=removed`, 303)
      },
    )
  }
}
