/**
 * Loads pdf.js once, lazily, so the web app only pays for it when a PDF is actually imported.
 *
 * We use the legacy build (the modern one needs Node 22 features) with its worker code running on
 * this thread: text extraction of one pack needs no second thread, and Node has no web workers.
 */
import { fileURLToPath } from 'node:url'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js'

export type Pdfjs = typeof PdfjsModule

// Kept in variables so TypeScript does not look for type declarations of the worker bundle.
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs'

let loading: Promise<Pdfjs> | undefined

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
    // pdf.js runs its worker in-thread ("fake worker") when it finds the handler here, instead of
    // importing it through `GlobalWorkerOptions.workerSrc`.
    const globals = globalThis as { pdfjsWorker?: unknown }
    globals.pdfjsWorker ??= await import(WORKER_MODULE)
    process.on('unhandledRejection', ignorePdfjsOrphans)
    return pdfjs
  } finally {
    Array.prototype.push = nativePush
    JSON.parse = nativeParse
    process.setSourceMapsEnabled(sourceMaps)
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
    verbosity: 0, // errors only: warnings about odd fonts are noise for an importer
    isEvalSupported: false, // never compile code from a PDF's fonts
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false, // salvage what text there is from a damaged page
  }
}
