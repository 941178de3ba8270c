import type { FastifyInstance, FastifyReply } from 'fastify'
import { notFound } from '../errors.ts'
import type { PackVariant } from './pack-layout.ts'
import type { PacksService } from './packs.service.ts'

/**
 * Downloads of a meeting's built packs. Who may fetch the members' pack is in web/access-rules.ts
 * (members, scrutiny officers, admins); a pack not built yet is a 404.
 */
export function packsRoutes(packs: PacksService) {
  async function send(slug: string, variant: PackVariant, reply: FastifyReply) {
    const meetingId = await packs.meetingIdBySlug(slug)
    const pack = meetingId === undefined ? undefined : await packs.packFor(meetingId, variant)
    if (!pack) throw notFound()
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${pack.fileName.replace(/[^\w.-]+/g, '_')}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', variant === 'members' ? 'private, no-store' : 'public, max-age=300')
      .send(Buffer.from(pack.bytes))
  }

  return async (app: FastifyInstance) => {
    app.get<{ Params: { slug: string } }>('/meetings/:slug/agenda-pack.pdf', (request, reply) =>
      send(request.params.slug, 'public', reply),
    )
    app.get<{ Params: { slug: string } }>('/meetings/:slug/members-pack.pdf', (request, reply) =>
      send(request.params.slug, 'members', reply),
    )
  }
}
