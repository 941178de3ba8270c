import type { Kysely, Transaction } from 'kysely'
import { PDFDocument } from 'pdf-lib'
import type { Database } from '../db/database.ts'
import { PdfInputError } from '../import/pdf/errors.ts'
import { extractPdfText } from '../import/pdf/extract.ts'
import type { PackPage } from '../import/parse/types.ts'
import { sha256Of, type FileStore } from './file-store.ts'

export interface FileToRecord {
  sha: string
  name: string | null
  bytes: number
  mediaType: string
  /** Text of each page, kept for search and for linking records to the page they came from. */
  pages: PackPage[]
}

/** The stored_file row for some bytes (found by hash, or created with its pages' text). */
export async function recordStoredFile(trx: Kysely<Database> | Transaction<Database>, file: FileToRecord) {
  const existing = await trx
    .selectFrom('stored_file')
    .select(['id', 'page_count'])
    .where('sha256', '=', file.sha)
    .executeTakeFirst()
  if (existing) return { id: existing.id, pageCount: existing.page_count ?? file.pages.length }
  const row = await trx
    .insertInto('stored_file')
    .values({
      sha256: file.sha,
      media_type: file.mediaType,
      byte_size: file.bytes,
      original_name: file.name,
      page_count: file.pages.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  // In batches: a 1,000-page pack is ten statements, not a thousand.
  for (let i = 0; i < file.pages.length; i += 100) {
    const batch = file.pages.slice(i, i + 100)
    await trx
      .insertInto('file_page')
      .values(batch.map(page => ({ file_id: row.id, page_number: page.number, body: page.text.replaceAll('\0', '') })))
      .execute()
  }
  return { id: row.id, pageCount: file.pages.length }
}

/**
 * Reads an uploaded PDF (type sniffed from its bytes, never its name) page by page. A scanned PDF
 * without a text layer is still a valid report: it is kept, with empty page text.
 */
export async function readUploadedPdf(bytes: Uint8Array): Promise<PackPage[]> {
  try {
    // A copy, as a plain Uint8Array: pdf.js refuses Buffers and may detach what it is given.
    return await extractPdfText(new Uint8Array(bytes))
  } catch (error) {
    if (!(error instanceof PdfInputError) || error.code !== 'NO_TEXT_LAYER') throw error
    const pdf = await PDFDocument.load(bytes)
    return Array.from({ length: pdf.getPageCount() }, (_, i) => ({ number: i + 1, text: '' }))
  }
}

/** Stores an uploaded PDF's bytes in the file store and records it; invalid PDFs throw PdfInputError. */
export async function storeUploadedPdf(
  trx: Kysely<Database> | Transaction<Database>,
  files: FileStore,
  upload: { bytes: Uint8Array; filename: string },
) {
  const pages = await readUploadedPdf(upload.bytes)
  await files.put(upload.bytes) // content-addressed: harmless if the caller's transaction fails
  return recordStoredFile(trx, {
    sha: sha256Of(upload.bytes),
    name: upload.filename || null,
    bytes: upload.bytes.length,
    mediaType: 'application/pdf',
    pages,
  })
}
