import type { FastifyInstance } from 'fastify'
import { todayInLondon } from '../shared/dates.ts'
import type { CommitteesService } from './committees.service.ts'

export function committeesRoutes(committees: CommitteesService) {
  return async (app: FastifyInstance) => {
    app.get('/committees', async (_request, reply) =>
      reply.view('pages/committees.njk', { committees: await committees.listCommittees() }),
    )

    app.get<{ Params: { slug: string } }>('/committees/:slug', async (request, reply) =>
      reply.view('pages/committee.njk', await committees.committeePage(request.params.slug, todayInLondon())),
    )
  }
}
