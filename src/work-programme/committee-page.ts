import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { ActionsService } from '../actions/actions.service.ts'
import { todayInLondon } from '../shared/dates.ts'
import type { WorkProgrammeService } from './work-programme.service.ts'

/**
 * Adds the work programme and the action tracker to the public committee page (committees/ owns that route):
 * its template includes partials/committee-work.njk, which reads `committeeWork` from the page's locals.
 * Both are the published documents' contents, so exempt items are already left out.
 */
export function committeePageWork(workProgramme: WorkProgrammeService, actions: ActionsService) {
  return fp(async (app: FastifyInstance) => {
    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'GET' || request.routeOptions.url !== '/committees/:slug') return
      const slug = (request.params as { slug?: unknown }).slug
      if (typeof slug !== 'string') return
      const committee = await workProgramme.findCommittee(slug)
      if (!committee) return // the page's own handler answers 404
      const today = todayInLondon()
      const [programme, tracker] = await Promise.all([
        workProgramme.documentData(committee.id, today),
        actions.tracker(committee.id, today),
      ])
      reply.locals = {
        ...reply.locals,
        committeeWork: {
          upcoming: programme.meetings.filter(m => m.meeting_date >= today),
          toBeScheduled: programme.toBeScheduled,
          year: programme.year,
          openActions: tracker.rows.filter(r => r.status === 'open'),
        },
      }
    })
  })
}
