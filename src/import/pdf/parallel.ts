/**
 * Extracts a long document on several threads. pdf.js lays text out glyph by glyph in JavaScript,
 * about three times slower than poppler's C++, so on a multi-core machine a long pack is shared
 * between the main thread and a few workers, each with its own pdf.js and copy of the document.
 */
import { Worker } from 'node:worker_threads'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import { PdfInputError } from './errors.ts'
import type { PdfInputErrorCode } from './errors.ts'
import { createQueue, work } from './page-queue.ts'

export interface WorkerInput {
  /** The PDF bytes, shared rather than copied into every worker. */
  data: SharedArrayBuffer
  counter: Int32Array
  total: number
}

export type WorkerMessage =
  | { type: 'page'; number: number; text: string }
  | { type: 'done' }
  | { type: 'input-error'; code: PdfInputErrorCode; message: string }
  | { type: 'failure'; message: string }

export interface ParallelOptions {
  workers: number
  onPage: (number: number, text: string) => void
  signal?: AbortSignal
}

const ENTRY = new URL('./page-worker.ts', import.meta.url).href

/**
 * Workers do not inherit loader hooks registered with `register()` (as bin/scrutiny.js does), so
 * each one registers tsx itself before importing its TypeScript entry point.
 */
function bootstrap(): string {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  return `import(${tsx}).then(m => { m.register(); return import(${JSON.stringify(ENTRY)}) })`
}

/** Runs `doc` (already open on this thread) through this thread and `workers` worker threads. */
export async function extractInParallel(doc: PDFDocumentProxy, data: Uint8Array, opts: ParallelOptions): Promise<void> {
  const queue = createQueue(doc.numPages)
  const shared = new SharedArrayBuffer(data.length)
  new Uint8Array(shared).set(data)
  const input: WorkerInput = { data: shared, counter: queue.counter, total: queue.total }
  const workers = Array.from({ length: opts.workers }, () => spawnWorker(input))
  try {
    await Promise.all([work(doc, queue, opts.onPage, opts.signal), ...workers.map(w => finished(w, opts.onPage))])
  } finally {
    await Promise.all(workers.map(w => w.terminate()))
  }
}

function spawnWorker(input: WorkerInput): Worker {
  return new Worker(bootstrap(), { eval: true, execArgv: [], workerData: input })
}

function finished(worker: Worker, onPage: ParallelOptions['onPage']): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'page') onPage(message.number, message.text)
      else if (message.type === 'done') resolve()
      else if (message.type === 'input-error') reject(new PdfInputError(message.code, message.message))
      else reject(new Error(`PDF page worker failed: ${message.message}`))
    })
    worker.on('error', reject)
    worker.on('exit', code => reject(new Error(`PDF page worker stopped unexpectedly (exit code ${code})`)))
  })
}
