/**
 * Opening a PDF with pdf.js and reading one page's text; shared by the main thread and the page
 * workers. Every pdf.js failure becomes a PdfInputError here.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js'
import { PdfInputError } from './errors.ts'
import { runsToText } from './lines.ts'
import { documentParams, inThreadWorker, loadPdfjs } from './pdfjs.ts'

export interface OpenDocument {
  doc: PDFDocumentProxy
  /** Frees everything pdf.js holds for the document. */
  close: () => Promise<void>
}

export async function openDocument(data: Uint8Array): Promise<OpenDocument> {
  const pdfjs = await loadPdfjs()
  const worker = inThreadWorker(pdfjs)
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps theirs.
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({ ...documentParams(data.slice()), worker: worker.worker })
  const close = async (): Promise<void> => {
    try {
      await task.destroy()
    } finally {
      worker.close()
    }
  }
  try {
    return { doc: await pdfCall(task.promise, 'open'), close }
  } catch (error) {
    await close()
    throw error
  }
}

/** One page, released straight after, so memory stays flat however long the pack. */
export async function pageText(doc: PDFDocumentProxy, number: number): Promise<string> {
  const page = await pdfCall(doc.getPage(number), 'page', number)
  try {
    const content = await pdfCall(page.getTextContent(), 'page', number)
    const runs = content.items.filter((item): item is TextItem => 'str' in item)
    return runsToText(runs)
  } finally {
    page.cleanup()
  }
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
