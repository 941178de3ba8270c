/**
 * Text of a PDF agenda pack, page by page (issue 4, items 3 and 4). Pages are numbered by their
 * position in the file (1-based), which is how packs print their continuous page numbers.
 */
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js'
import type { PackPage } from '../parse/types.ts'
import { PdfInputError, formatBytes } from './errors.ts'
import { runsToText } from './lines.ts'
import { loadPdfjs, documentParams } from './pdfjs.ts'
import { describeFormat, hasEofMarker, looksLikePdf } from './sniff.ts'

export interface ExtractOptions {
  /** Refuse files larger than this many bytes (TOO_LARGE). Default 200 MB. */
  maxBytes?: number
  /** Refuse documents with more pages than this (TOO_LARGE). Default 5,000. */
  maxPages?: number
  /** Called after each page, e.g. to show progress on a long pack. */
  onProgress?: (done: number, total: number) => void
  /** Stops between pages; the promise rejects with the signal's reason. */
  signal?: AbortSignal
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024
export const DEFAULT_MAX_PAGES = 5000

export async function extractPdfText(data: Uint8Array, opts: ExtractOptions = {}): Promise<PackPage[]> {
  checkBytes(data, opts)
  const pdfjs = await loadPdfjs()
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps theirs.
  const task = pdfjs.getDocument(documentParams(data.slice()))
  const doc = await pdfCall(task.promise, 'open')
  try {
    checkPageCount(doc.numPages, opts)
    const pages = await extractPages(doc, opts)
    if (pages.every(p => p.text === '')) throw noTextLayer(pages.length)
    return pages
  } finally {
    await task.destroy()
  }
}

function checkBytes(data: Uint8Array, opts: ExtractOptions): void {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (data.length > max) {
    throw new PdfInputError(
      'TOO_LARGE',
      `The file is ${formatBytes(data.length)}, over the ${formatBytes(max)} limit for one agenda pack.`,
    )
  }
  if (data.length === 0) throw new PdfInputError('EMPTY_FILE', 'The file is empty.')
  if (!looksLikePdf(data)) {
    const what = describeFormat(data)
    throw new PdfInputError('NOT_PDF', `This file is not a PDF${what ? ` (it looks like ${what})` : ''}.`)
  }
  if (!hasEofMarker(data)) {
    throw new PdfInputError(
      'TRUNCATED',
      'This PDF is incomplete: it stops before its end-of-file marker, so it was probably cut short ' +
        'while downloading or uploading. Get a fresh copy of the file and try again.',
    )
  }
}

function checkPageCount(count: number, opts: ExtractOptions): void {
  if (count === 0) throw new PdfInputError('NO_PAGES', 'This PDF has no pages.')
  const max = opts.maxPages ?? DEFAULT_MAX_PAGES
  if (count > max) {
    throw new PdfInputError('TOO_LARGE', `This PDF has ${count} pages, over the ${max}-page limit for one pack.`)
  }
}

async function extractPages(doc: PDFDocumentProxy, opts: ExtractOptions): Promise<PackPage[]> {
  const pages: PackPage[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    opts.signal?.throwIfAborted()
    pages.push({ number, text: await pageText(doc, number) })
    opts.onProgress?.(number, doc.numPages)
  }
  return pages
}

/** One page at a time, released straight after, so memory stays flat however long the pack. */
async function pageText(doc: PDFDocumentProxy, number: number): Promise<string> {
  const page = await pdfCall(doc.getPage(number), 'page', number)
  try {
    const content = await pdfCall(page.getTextContent(), 'page', number)
    const runs = content.items.filter((item): item is TextItem => 'str' in item)
    return runsToText(runs)
  } finally {
    page.cleanup()
  }
}

function noTextLayer(pageCount: number): PdfInputError {
  return new PdfInputError(
    'NO_TEXT_LAYER',
    `This PDF has no text layer: its ${pageCount} page(s) appear to be scanned images. ` +
      'Run it through OCR (text recognition) first, or import a text version of the pack.',
  )
}

/**
 * Awaits a pdf.js call, turning its failures into PdfInputErrors. Only pdf.js promises go through
 * here, so a bug in our own code still surfaces as itself rather than as "corrupt PDF".
 */
async function pdfCall<T>(promise: Promise<T>, stage: 'open' | 'page', page?: number): Promise<T> {
  try {
    return await promise
  } catch (error) {
    throw toInputError(error, stage, page)
  }
}

function toInputError(error: unknown, stage: 'open' | 'page', page?: number): PdfInputError {
  const name = error instanceof Error ? error.name : ''
  const detail = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') {
    return new PdfInputError(
      'ENCRYPTED',
      'This PDF is protected by a password, so its text cannot be read. Save an unprotected copy and import that.',
      { cause: error },
    )
  }
  const where = stage === 'open' ? 'This PDF is damaged and cannot be read' : `Page ${page} of this PDF is damaged`
  return new PdfInputError('CORRUPT', `${where} (${detail}).`, { cause: error })
}
