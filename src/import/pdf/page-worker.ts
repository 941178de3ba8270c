/**
 * Entry point of a page worker thread (see parallel.ts): for each document it is sent, opens its own
 * copy and takes page batches from the shared queue until none are left, then waits for the next.
 */
import { parentPort } from 'node:worker_threads'
import { openDocument } from './document.ts'
import { PdfInputError } from './errors.ts'
import { work } from './page-queue.ts'
import type { WorkerJob, WorkerMessage } from './parallel.ts'

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message)
}

async function run(job: WorkerJob): Promise<void> {
  const { doc, close } = await openDocument(new Uint8Array(job.data))
  try {
    await work(doc, { counter: job.counter, total: job.total }, (number, text) => post({ type: 'page', number, text }))
  } finally {
    await close()
  }
}

// One document at a time: the main thread sends the next only after this one's answer.
parentPort?.on('message', (job: WorkerJob) => {
  run(job).then(
    () => post({ type: 'done' }),
    (error: unknown) => {
      if (error instanceof PdfInputError) post({ type: 'input-error', code: error.code, message: error.message })
      else post({ type: 'failure', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    },
  )
})
