import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi'
import { EXEMPT_ITEM_NAME } from './api.mappers.ts'
import { RESOURCES } from './api.resources.ts'
import { errorSchema, listSchema, systemSchema } from './api.schemas.ts'
import { API_PREFIX, ENTITY_PATHS } from './links.ts'
import { DEFAULT_LIMIT, listQuerySchema, MAX_LIMIT } from './list-query.ts'
import { z } from './zod.ts'

const DESCRIPTION = `Everything the council publishes about its overview and scrutiny committees, as JSON. Read-only, no key needed, open to any web page (CORS).

Entities and field names follow [OParl 1.1](https://oparl.org/spezifikation/) (Body, Organization, Person, Membership, Meeting, AgendaItem, Paper, File, Consultation); Inquiry, Recommendation, Assessment, Action, WorkProgrammeItem and Declaration are our own, in the same style. Every record's \`id\` is its URL, and links between records are absolute URLs.

**Lists** are paged by cursor, in ascending id order: \`limit\` (1–${MAX_LIMIT}, default ${DEFAULT_LIMIT}) records a page; follow \`links.next\` until it is absent. \`modified_since\` (ISO 8601 with a time zone) returns only the records created or changed at or after that time, so a copy can be kept up to date cheaply.

**Exempt business** (Schedule 12A to the Local Government Act 1972) never appears: an exempt agenda item is listed by its number and paragraph only, named "${EXEMPT_ITEM_NAME}", with no description, time slot, attendees, pages or papers; exempt papers and their files, the members' pack, and actions and declarations recorded against exempt items are left out altogether. Agendas appear as last published (an officer's later edits wait for the next version).

**Errors** are JSON (\`{"error": {"code", "message"}}\`): 400 for bad query parameters (with \`problems\`), 404 for unknown records, 429 with \`Retry-After\` (seconds) when a client makes too many requests.`

const idParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '1' }),
})

const json = (schema: z.ZodTypeAny, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

const tooMany = json(errorSchema, 'Too many requests: try again after the number of seconds in Retry-After.')

function buildDocument() {
  const registry = new OpenAPIRegistry()
  registry.registerPath({
    method: 'get',
    path: API_PREFIX,
    summary: 'The entry point (OParl System): links to every list',
    responses: { 200: json(systemSchema, 'The system'), 429: tooMany },
  })
  for (const resource of RESOURCES) {
    const path = `${API_PREFIX}/${ENTITY_PATHS[resource.entity]}`
    registry.registerPath({
      method: 'get',
      path,
      summary: resource.summary,
      tags: [resource.name],
      request: { query: listQuerySchema },
      responses: {
        200: json(listSchema(resource.schema, resource.name), 'A page of records'),
        400: json(errorSchema, 'A query parameter is wrong'),
        429: tooMany,
      },
    })
    registry.registerPath({
      method: 'get',
      path: `${path}/{id}`,
      summary: `One record: ${resource.name}`,
      tags: [resource.name],
      request: { params: idParams },
      responses: {
        200: json(resource.schema, 'The record'),
        404: json(errorSchema, 'No such record (or not published)'),
        429: tooMany,
      },
    })
  }
  registry.registerPath({
    method: 'get',
    path: `${API_PREFIX}/openapi.json`,
    summary: 'This document',
    responses: { 200: { description: 'The OpenAPI 3.1 document' } },
  })
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Scrutiny open data API', version: '1.0.0', description: DESCRIPTION },
  })
}

let document: ReturnType<typeof buildDocument> | undefined

/** The OpenAPI document, with the site it is read from as its server (generated once per process). */
export function openApiDocument(origin: string) {
  document ??= buildDocument()
  return { ...document, servers: [{ url: origin }] }
}
