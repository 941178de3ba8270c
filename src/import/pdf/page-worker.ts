/**
 * Entry point of a page worker thread (see parallel.ts): opens its own copy of the document and
 * takes page batches from the shared queue until none are left.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openDocument } from './document.ts'
import { PdfInputError } from './errors.ts'
import { work } from './page-queue.ts'
import type { WorkerInput, WorkerMessage } from './parallel.ts'

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message)
}

async function run(input: WorkerInput): Promise<void> {
  const { doc, close } = await openDocument(new Uint8Array(input.data))
  try {
    await work(doc, { counter: input.counter, total: input.total }, (number, text) =>
      post({ type: 'page', number, text }),
    )
  } finally {
    await close()
  }
}

try {
  await run(workerData as WorkerInput)
  post({ type: 'done' })
} catch (error) {
  if (error instanceof PdfInputError) post({ type: 'input-error', code: error.code, message: error.message })
  else post({ type: 'failure', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
}
