import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { canSeeExempt } from '../meetings/exempt.ts'
import { downloadableFile } from './documents.repository.ts'
import type { FileStore } from './file-store.ts'

/** Downloads of published documents' files. Exempt ones answer 404 to anyone not entitled. */
export function documentsRoutes(db: Kysely<Database>, files: FileStore) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { id: string } }>('/documents/:id/file', async (request, reply) => {
      const id = Number(request.params.id)
      const doc = Number.isSafeInteger(id) && id > 0 ? await downloadableFile(db, id) : undefined
      // Not entitled looks exactly like not there: even the existence of exempt papers stays private.
      if (!doc || doc.status !== 'published' || (doc.is_exempt && !canSeeExempt(request.user))) throw notFound()
      const name = (doc.original_name ?? doc.title).replace(/[^\w.\- ]+/g, '_')
      return reply
        .type(doc.media_type === 'text/plain' ? 'text/plain; charset=utf-8' : doc.media_type)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(await files.get(doc.sha256)))
    })
  }
}
