/**
 * Pages handed out in small batches from a counter in shared memory, so the main thread and the
 * page workers balance themselves: whoever is free takes the next batch. A worker that starts late
 * (loading pdf.js takes a moment) simply takes fewer batches.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js'
import { pageText } from './document.ts'

export const BATCH = 8

export interface PageQueue {
  /** Int32Array over a SharedArrayBuffer: [0] is the number of pages handed out so far. */
  counter: Int32Array
  total: number
}

export function createQueue(total: number): PageQueue {
  return { counter: new Int32Array(new SharedArrayBuffer(4)), total }
}

/** Takes batches until none are left, reporting each page's text. */
export async function work(
  doc: PDFDocumentProxy,
  queue: PageQueue,
  onPage: (number: number, text: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (;;) {
    const first = Atomics.add(queue.counter, 0, BATCH) + 1
    if (first > queue.total) return
    for (let number = first; number < first + BATCH && number <= queue.total; number++) {
      signal?.throwIfAborted()
      onPage(number, await pageText(doc, number))
    }
  }
}
