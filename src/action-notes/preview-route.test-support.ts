import type { FastifyInstance } from 'fastify'
import type { Services } from '../services.ts'

/** Test-only: the public rendering of the partials, until the meeting page includes them. */
export const PREVIEW_URL = '/test/meetings/:slug/action-notes'
export const PREVIEW_RULES = { [`GET ${PREVIEW_URL}`]: 'public' as const }

export function addPreviewRoute(app: FastifyInstance, services: Services) {
  app.get<{ Params: { slug: string } }>(PREVIEW_URL, async (request, reply) => {
    const meeting = await services.engine.db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select(['meeting.id', 'meeting.meeting_date', 'committee.name as committee_name'])
      .where('meeting.slug', '=', request.params.slug)
      .executeTakeFirstOrThrow()
    const actionNotes = await services.actionNotes.forMeetingPage(meeting.id, request.user)
    return reply.view('pages/staff/action-notes/public-preview.njk', { meeting, actionNotes })
  })
}
