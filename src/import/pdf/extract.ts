/**
 * Text of a PDF agenda pack, page by page (issue 4, items 3 and 4). Pages are numbered by their
 * position in the file (1-based), which is how packs print their continuous page numbers.
 */
import { availableParallelism } from 'node:os'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import type { PackPage } from '../parse/types.ts'
import { openDocument } from './document.ts'
import { PdfInputError, formatBytes } from './errors.ts'
import { createQueue, work } from './page-queue.ts'
import { extractInParallel } from './parallel.ts'
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
  /**
   * Threads to share a long pack between, this one included (capped by cores, 2, and one thread per
   * 60 pages). Default 1, for the web app, whose other requests need the cores. The CLI uses every
   * core: the first pack pays for starting the workers (each loads pdf.js, about half a second), the
   * next packs of a folder find them ready (parallel.ts).
   */
  threads?: number
  /**
   * Whether worker threads started for this pack are kept for the next (default true). The CLI
   * stops them after its last pack, so their memory (about 100 MB each, pdf.js and its copy of the
   * document) is given back before that pack is written to the database.
   */
  keepWorkers?: boolean
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024
export const DEFAULT_MAX_PAGES = 5000
/**
 * Each thread holds its own pdf.js and copy of the document: about 100 MB more at 1,000 pages
 * (300 MB on two threads, `npm run bench -- import-pdf`). Two keep a 1,000-page import under
 * 500 MB on any machine.
 */
export const MAX_THREADS = 2
/** Each extra thread must have at least this many pages to pay for loading its own pdf.js. */
const PARALLEL_MIN_PAGES = 60

export async function extractPdfText(data: Uint8Array, opts: ExtractOptions = {}): Promise<PackPage[]> {
  checkBytes(data, opts)
  const { doc, close } = await openDocument(data)
  try {
    checkPageCount(doc.numPages, opts)
    const pages = await extractPages(doc, data, opts)
    if (pages.every(p => p.text === '')) throw noTextLayer(pages.length)
    return pages
  } finally {
    await close()
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

async function extractPages(doc: PDFDocumentProxy, data: Uint8Array, opts: ExtractOptions): Promise<PackPage[]> {
  const total = doc.numPages
  const texts = new Array<string | undefined>(total)
  let done = 0
  const onPage = (number: number, text: string): void => {
    texts[number - 1] = text
    opts.onProgress?.(++done, total)
  }
  const workers = workerCount(total, opts.threads)
  const { signal, keepWorkers } = opts
  if (workers > 0) await extractInParallel(doc, data, { workers, onPage, signal, keepWorkers })
  else await work(doc, createQueue(total), onPage, signal)
  return texts.map((text, i) => {
    if (text === undefined) throw new Error(`page ${i + 1} was never extracted`)
    return { number: i + 1, text }
  })
}

/** Extra threads worth starting: none for short packs, where starting them costs more than it saves. */
function workerCount(pages: number, threads = 1): number {
  const wanted = Math.min(threads, availableParallelism(), MAX_THREADS, Math.floor(pages / PARALLEL_MIN_PAGES))
  return Math.max(0, wanted - 1)
}

function noTextLayer(pageCount: number): PdfInputError {
  return new PdfInputError(
    'NO_TEXT_LAYER',
    `This PDF has no text layer: its ${pageCount} page(s) appear to be scanned images. ` +
      'Run it through OCR (text recognition) first, or import a text version of the pack.',
  )
}
