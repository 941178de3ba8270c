/**
 * Loads pdf.js once, lazily, so the web app only pays for it when a PDF is actually imported.
 *
 * We use the legacy build (the modern one needs Node 22 features) with its worker code running on
 * this thread: text extraction of one pack needs no second thread, and Node has no web workers.
 */
import { fileURLToPath } from 'node:url'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { DocumentInitParameters, PDFWorker } from 'pdfjs-dist/types/src/display/api.js'
import { InThreadPort } from './in-thread-port.ts'

export type Pdfjs = typeof PdfjsModule

/** The worker bundle's one export: it serves a document's requests arriving on a port. */
interface WorkerBundle {
  WorkerMessageHandler: { initializeFromPort: (port: InThreadPort) => void }
}

// Kept in variables so TypeScript does not look for type declarations of the worker bundle.
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

let loading: Promise<Pdfjs> | undefined
let workerBundle: WorkerBundle | undefined

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importPdfjs()
  return loading
}

/**
 * Two repairs around the import. The legacy bundles ship core-js polyfills that replace `Array.prototype.push` and `JSON.parse`
 * process-wide with much slower versions (they fix edge cases Node does not care about). That made
 * extraction ~15% slower and would slow the whole web app; we put the native functions back.
 */
async function importPdfjs(): Promise<Pdfjs> {
  const nativePush = Array.prototype.push
  const nativeParse = JSON.parse
  // Under tsx, source maps are on and Node would parse the bundles' 5 MB of maps on import
  // (over a second); stack traces inside pdf.js are not worth that.
  const sourceMaps = process.sourceMapsEnabled
  process.setSourceMapsEnabled(false)
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    workerBundle = (await import(WORKER_MODULE)) as WorkerBundle
    // Where pdf.js's own in-thread "fake worker" looks for the handler, should a document ever be
    // opened without inThreadWorker(), instead of importing it through `GlobalWorkerOptions.workerSrc`.
    const globals = globalThis as { pdfjsWorker?: WorkerBundle }
    globals.pdfjsWorker ??= workerBundle
    process.on('unhandledRejection', ignorePdfjsOrphans)
    return pdfjs
  } finally {
    Array.prototype.push = nativePush
    JSON.parse = nativeParse
    process.setSourceMapsEnabled(sourceMaps)
  }
}

export interface InThreadWorker {
  worker: PDFWorker
  /** Stops the worker half and drops the port's listeners; call after the document is destroyed. */
  close: () => void
}

/**
 * pdf.js's worker half on this thread, talking to the main half through an InThreadPort (which does
 * not copy text items) rather than pdf.js's own fake-worker port (which does). One per document.
 */
export function inThreadWorker(pdfjs: Pdfjs): InThreadWorker {
  if (!workerBundle) throw new Error('pdf.js is not loaded: call loadPdfjs() first')
  const port = new InThreadPort()
  workerBundle.WorkerMessageHandler.initializeFromPort(port)
  // fromPort, not the constructor, whose declared type refuses any port; a new port makes a new worker.
  const worker: PDFWorker = pdfjs.PDFWorker.fromPort({ port: port as unknown as Worker, verbosity: VERBOSITY })
  return {
    worker,
    close: () => {
      worker.destroy()
      port.terminate()
    },
  }
}

/**
 * pdf.js 4 prefetches page dictionaries and does not always await them: on a damaged page tree the
 * prefetch rejects with nobody listening, after the document has already been handled (or refused)
 * through the normal path. In-thread, that would crash a server running with Node's default
 * `--unhandled-rejections=throw`. We drop rejections raised inside pdf.js itself; anything else is
 * rethrown when we are the only listener, which is what Node would have done without us.
 */
export function ignorePdfjsOrphans(reason: unknown): void {
  if (reason instanceof Error && reason.stack?.includes('/pdfjs-dist/')) return
  if (process.listenerCount('unhandledRejection') <= 1) throw reason
}

/** Errors only: warnings about odd fonts are noise for an importer. */
const VERBOSITY = 0

let assetDirs: { cMapUrl: string; standardFontDataUrl: string } | undefined

/** Where pdf.js finds character maps (CJK fonts) and the standard 14 fonts, as paths ending in '/'. */
function assets(): { cMapUrl: string; standardFontDataUrl: string } {
  if (!assetDirs) {
    const root = new URL('./', import.meta.resolve('pdfjs-dist/package.json'))
    assetDirs = {
      cMapUrl: fileURLToPath(new URL('cmaps/', root)),
      standardFontDataUrl: fileURLToPath(new URL('standard_fonts/', root)),
    }
  }
  return assetDirs
}

/** Options for opening an untrusted PDF for text only. */
export function documentParams(data: Uint8Array): DocumentInitParameters {
  return {
    data,
    ...assets(),
    cMapPacked: true,
    verbosity: VERBOSITY,
    isEvalSupported: false, // never compile code from a PDF's fonts
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false, // salvage what text there is from a damaged page
  }
}
