import cors from '@fastify/cors'
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { AppError } from '../errors.ts'
import { siteOf } from '../web/site.ts'
import { RESOURCES, type Resource } from './api.resources.ts'
import { listSchema, systemSchema } from './api.schemas.ts'
import { ENTITY_PATHS, linksFor, type Entity, type Links } from './links.ts'
import { encodeCursor, parseId, parseListQuery, type ListQueryProblem } from './list-query.ts'
import { openApiDocument } from './openapi.ts'

export interface ApiOptions {
  /** Requests per client address per minute, across the whole API (each app instance counts its own). */
  requestsPerMinute: number
}

/**
 * The open data API, read-only JSON under /api/v1 (register with that prefix). It never looks at
 * who is asking: everyone gets exactly what the public may see, so a signed-in member's browser
 * gets no exempt material here either.
 */
export function apiRoutes(db: Kysely<Database>, options: ApiOptions) {
  return async (app: FastifyInstance) => {
    // Any web page may read the API; no credentials, so no cookies travel with those requests.
    await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'], maxAge: 86400, strictPreflight: false })
    // One limit for the whole API per client (per-route limits would multiply it by the routes);
    // app.rateLimit comes from @fastify/rate-limit, registered in web/security.ts.
    app.addHook('onRequest', app.rateLimit({ max: options.requestsPerMinute, timeWindow: 60_000 }))
    app.setErrorHandler(jsonError)
    app.setNotFoundHandler((_request, reply) => problem(reply, 404, 'NOT_FOUND', 'There is nothing at this address'))

    app.get('', async request => {
      const links = linksFor(siteOf(request).origin)
      return systemSchema.parse({
        id: `${links.origin}/api/v1`,
        type: 'https://schema.oparl.org/1.1/System',
        oparlVersion: 'https://schema.oparl.org/1.1/',
        name: 'Scrutiny open data API',
        website: links.web('/'),
        body: links.list('body'),
        openapi: links.openapi,
        lists: Object.fromEntries((Object.keys(ENTITY_PATHS) as Entity[]).map(entity => [entity, links.list(entity)])),
      })
    })

    app.get('/openapi.json', async request => openApiDocument(siteOf(request).origin))

    for (const resource of RESOURCES) registerResource(app, db, resource)
  }
}

function registerResource(app: FastifyInstance, db: Kysely<Database>, resource: Resource) {
  const path = `/${ENTITY_PATHS[resource.entity]}`
  const pageSchema = listSchema(resource.schema, resource.name)

  app.get(path, async (request, reply) => {
    const parsed = parseListQuery(request.query)
    if (!parsed.ok) return badQuery(reply, parsed.problems)
    const { page } = parsed
    const links = linksFor(siteOf(request).origin)
    const rows = await resource.source.list(db, page)
    const shown = rows.slice(0, page.limit)
    const last = shown.at(-1)
    const query = request.query as Record<string, string | undefined>
    const pageUrl = (cursor?: string) =>
      listUrl(links, resource.entity, { limit: query.limit, modified_since: query.modified_since, cursor })
    return pageSchema.parse({
      data: await resource.render(db, shown, links),
      pagination: { elementsPerPage: page.limit },
      links: {
        first: pageUrl(),
        ...(rows.length > page.limit && last ? { next: pageUrl(encodeCursor(last.id)) } : {}),
      },
    })
  })

  app.get<{ Params: { id: string } }>(`${path}/:id`, async (request, reply) => {
    const id = parseId(request.params.id)
    const row = id === null ? undefined : await resource.source.one(db, id)
    const [item] = row ? await resource.render(db, [row], linksFor(siteOf(request).origin)) : []
    if (item === undefined)
      return problem(reply, 404, 'NOT_FOUND', `There is no published ${resource.entity} with this id`)
    return resource.schema.parse(item)
  })
}

function listUrl(links: Links, entity: Entity, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value)
  const query = search.toString()
  return query ? `${links.list(entity)}?${query}` : links.list(entity)
}

function problem(reply: FastifyReply, status: number, code: string, message: string, problems?: ListQueryProblem[]) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, ...(problems ? { problems } : {}) } })
}

function badQuery(reply: FastifyReply, problems: ListQueryProblem[]) {
  const message = problems.map(p => `${p.parameter} ${p.message}`).join('; ')
  return problem(reply, 400, 'BAD_QUERY', message, problems)
}

/** Errors inside the API are JSON too, whatever the client's Accept header says. */
function jsonError(
  this: FastifyInstance,
  error: FastifyError,
  request: { log: FastifyInstance['log'] },
  reply: FastifyReply,
) {
  if (error.statusCode === 429) {
    return problem(reply, 429, 'TOO_MANY_REQUESTS', 'Too many requests: try again after Retry-After seconds')
  }
  if (error instanceof AppError) return problem(reply, error.statusCode, error.code, error.message)
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return problem(reply, error.statusCode, 'BAD_REQUEST', 'There is a problem with the request')
  }
  request.log.error({ err: error }, 'unhandled error in the API')
  return problem(reply, 500, 'INTERNAL', 'Sorry, there is a problem with the service')
}
