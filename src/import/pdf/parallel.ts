/**
 * Extracts a long document on several threads. pdf.js lays text out glyph by glyph in JavaScript,
 * about three times slower than poppler's C++, so on a multi-core machine a long pack is shared
 * between the main thread and a few workers, each with its own pdf.js and copy of the document.
 *
 * Starting a worker costs about as much as extracting a hundred pages (it loads pdf.js), so workers
 * are kept for the next pack once started: importing a folder of packs pays for them once. An idle
 * worker does not keep the process alive.
 */
import { Worker } from 'node:worker_threads'
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import { PdfInputError } from './errors.ts'
import type { PdfInputErrorCode } from './errors.ts'
import { createQueue, work } from './page-queue.ts'

/** One document's pages to share: sent to a worker for each pack. */
export interface WorkerJob {
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
  /** Park the workers for the next pack afterwards (default), or stop them. */
  keepWorkers?: boolean
}

const ENTRY = new URL('./page-worker.ts', import.meta.url).href

/** Registers tsx and the package hooks beside it, as the `scrutiny` command does. */
const HOOKS = new URL('../../../bin/typescript.js', import.meta.url).href

/**
 * Workers do not inherit loader hooks registered with `register()` (as bin/scrutiny.js does), so
 * each one registers them itself before importing its TypeScript entry point.
 */
function bootstrap(): string {
  return `import(${JSON.stringify(HOOKS)}).then(() => import(${JSON.stringify(ENTRY)}))`
}

/** Started workers waiting for their next pack. */
const idle: Worker[] = []

/** Runs `doc` (already open on this thread) through this thread and `workers` worker threads. */
export async function extractInParallel(doc: PDFDocumentProxy, data: Uint8Array, opts: ParallelOptions): Promise<void> {
  const queue = createQueue(doc.numPages)
  const shared = new SharedArrayBuffer(data.length)
  new Uint8Array(shared).set(data)
  const job: WorkerJob = { data: shared, counter: queue.counter, total: queue.total }
  const workers = Array.from({ length: opts.workers }, () => idle.pop() ?? spawnWorker())
  let failed = false
  try {
    await Promise.all([work(doc, queue, opts.onPage, opts.signal), ...workers.map(w => run(w, job, opts.onPage))])
  } catch (error) {
    failed = true
    throw error
  } finally {
    // A worker left mid-document (this pack failed or was stopped) is not reused.
    if (failed || opts.keepWorkers === false) await Promise.all(workers.map(w => w.terminate()))
    else for (const w of workers) park(w)
  }
}

function spawnWorker(): Worker {
  const worker = new Worker(bootstrap(), { eval: true, execArgv: [] })
  worker.on('error', () => forget(worker))
  worker.on('exit', () => forget(worker))
  return worker
}

function park(worker: Worker): void {
  worker.unref()
  idle.push(worker)
}

function forget(worker: Worker): void {
  const at = idle.indexOf(worker)
  if (at >= 0) idle.splice(at, 1)
}

function run(worker: Worker, job: WorkerJob, onPage: ParallelOptions['onPage']): Promise<void> {
  worker.ref()
  return new Promise((resolve, reject) => {
    const stop = (): void => {
      worker.off('message', onMessage)
      worker.off('error', reject)
      worker.off('exit', onExit)
    }
    const onMessage = (message: WorkerMessage): void => {
      if (message.type === 'page') return onPage(message.number, message.text)
      stop()
      if (message.type === 'done') resolve()
      else if (message.type === 'input-error') reject(new PdfInputError(message.code, message.message))
      else reject(new Error(`PDF page worker failed: ${message.message}`))
    }
    const onExit = (code: number): void => {
      stop()
      reject(new Error(`PDF page worker stopped unexpectedly (exit code ${code})`))
    }
    worker.on('message', onMessage)
    worker.once('error', reject)
    worker.once('exit', onExit)
    worker.postMessage(job)
  })
}
