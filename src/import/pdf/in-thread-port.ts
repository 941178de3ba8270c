/**
 * The channel between pdf.js's two halves when both run on this thread. pdf.js's own in-thread
 * "fake worker" port deep-copies every message with `structuredClone`, as if it crossed to another
 * thread. For text extraction that is every text item of every page, copied for nothing, plus some
 * twenty small stream-control messages a page whose cloning costs more than their content: together
 * about a sixth of the extraction time of a long pack.
 *
 * This port still copies every message, so neither half can see the other's later changes, but
 * cheaply: small plain-data messages with a plain copy, anything else with `structuredClone`. The
 * exception is a text-content chunk, whose items are handed over by reference. That is safe because
 * the worker half never touches a chunk's items once sent: it starts new `items` and `styles`
 * objects for its next chunk (pdf.js 4 `getTextContent`, `enqueueChunk`) rather than emptying the
 * old ones. The chunk object itself is copied, so that reassignment does not reach the copy handed
 * on. Should a pdf.js upgrade change this, the extraction tests comparing pages with their known
 * text fail.
 */
type Listener = (event: { data: unknown }) => void

export class InThreadPort {
  readonly #listeners = new Map<Listener, (() => void) | null>()
  readonly #deferred = Promise.resolve()

  postMessage(message: unknown, transfer?: Transferable[]): void {
    const event = { data: copyOf(message, transfer) }
    // Delivered on a later microtask, as across threads: pdf.js relies on sends not re-entering it.
    void this.#deferred.then(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, event)
    })
  }

  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal
    if (signal?.aborted) return
    const onAbort = (): void => this.removeEventListener('message', listener)
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#listeners.set(listener, signal ? () => signal.removeEventListener('abort', onAbort) : null)
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.get(listener)?.()
    this.#listeners.delete(listener)
  }

  /** Drops every listener, so nothing more is delivered once the document is closed. */
  terminate(): void {
    for (const listener of [...this.#listeners.keys()]) this.removeEventListener('message', listener)
  }
}

function copyOf(message: unknown, transfer: Transferable[] | undefined): unknown {
  if (isPlainObject(message) && isPlainObject(message.chunk) && Array.isArray(message.chunk.items)) {
    return { ...message, chunk: { ...message.chunk } }
  }
  if (!transfer?.length) {
    const copy = plainCopy(message, PLAIN_DEPTH)
    if (copy !== UNCOPIED) return copy
  }
  return structuredClone(message, transfer ? { transfer } : undefined)
}

/** Deep enough for pdf.js's per-page requests and replies (message, its data, a ref or a box). */
const PLAIN_DEPTH = 3
const UNCOPIED = Symbol('uncopied')

/** A deep copy of primitives, arrays and plain objects nested at most `depth` deep; else UNCOPIED. */
function plainCopy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? UNCOPIED : value
  if (depth === 0) return UNCOPIED
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    for (const item of value) {
      const itemCopy = plainCopy(item, depth - 1)
      if (itemCopy === UNCOPIED) return UNCOPIED
      copy.push(itemCopy)
    }
    return copy
  }
  if (!isPlainObject(value)) return UNCOPIED
  const copy: Record<string, unknown> = {}
  for (const key in value) {
    const fieldCopy = plainCopy(value[key], depth - 1)
    if (fieldCopy === UNCOPIED) return UNCOPIED
    copy[key] = fieldCopy
  }
  return copy
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
