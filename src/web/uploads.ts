import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** A file posted with a form: its bytes and the name it had on the sender's computer. */
export interface UploadedFile {
  bytes: Buffer
  filename: string
}

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/**
 * Multipart forms arrive as a plain body like any other form (so the CSRF check reads `_csrf`
 * as usual), with each file field holding an `UploadedFile`. One file per form, size-limited.
 */
export const uploads = fp(async (app: FastifyInstance, opts: { maxBytes?: number } = {}) => {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: opts.maxBytes ?? MAX_UPLOAD_BYTES, files: 1, fields: 40, fieldSize: 200_000 },
    async onFile(part) {
      const bytes = await part.toBuffer()
      ;(part as unknown as { value: UploadedFile }).value = { bytes, filename: part.filename }
    },
  })
})

/** The uploaded file in a form field, or null when the field is missing or the file input was left empty. */
export function uploadedFile(value: unknown): UploadedFile | null {
  if (!value || typeof value !== 'object' || !('bytes' in value)) return null
  const file = value as UploadedFile
  return file.bytes.length > 0 ? file : null
}
