// Module loader hooks, registered after tsx's so they run first (see typescript.js): installed
// packages' ES modules load as Node itself loads them, without passing through tsx.
//
// tsx has nothing to compile in them, yet rewrites each module that calls import() and builds it a
// fine-grained source map. On pdf.js (3 MB) that cost 50 MB of memory and 0.35 s for every thread
// that loads it, and 50 MB more at startup over PGlite, Kysely and the rest (measured on Node 20,
// tsx 4.23). What tsx would add, a wrapper on those import() calls for TypeScript-style CommonJS
// interop, is something packages written for plain Node do not expect anyway.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export async function load(url, context, nextLoad) {
  if (context.format === 'module' && url.startsWith('file:') && url.includes('/node_modules/')) {
    return { format: 'module', source: await readFile(fileURLToPath(url)), shortCircuit: true }
  }
  return nextLoad(url, context)
}
