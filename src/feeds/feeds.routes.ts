import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { siteOf } from '../web/site.ts'
import { createFeedsService } from './feeds.service.ts'

const sendAtom = (reply: FastifyReply, body: string) =>
  reply.header('content-type', 'application/atom+xml; charset=utf-8').send(body)

/** Atom feeds of newly published documents and decisions: every committee's, or one committee's. */
export function feedsRoutes(db: Kysely<Database>, councilName: string) {
  const feeds = createFeedsService(db, councilName)
  return async (app: FastifyInstance) => {
    app.get('/feeds/documents.atom', async (request, reply) =>
      sendAtom(reply, await feeds.allDocuments(siteOf(request))),
    )

    app.get('/feeds/decisions.atom', async (request, reply) =>
      sendAtom(reply, await feeds.allDecisions(siteOf(request))),
    )

    app.get<{ Params: { slug: string } }>('/committees/:slug/feeds/documents.atom', async (request, reply) =>
      sendAtom(reply, await feeds.committeeDocuments(request.params.slug, siteOf(request))),
    )

    app.get<{ Params: { slug: string } }>('/committees/:slug/feeds/decisions.atom', async (request, reply) =>
      sendAtom(reply, await feeds.committeeDecisions(request.params.slug, siteOf(request))),
    )
  }
}
