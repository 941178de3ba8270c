/**
 * For bench/import-pdf.ts: reads and parses one PDF as `scrutiny import` does, in a process that
 * loads nothing else, so its peak memory is the PDF pipeline's alone. Prints a JSON line every 25
 * pages and one at the end.
 *
 *   node --import ./bin/typescript.js --import ./bench/report-peak-rss.js bench/extract-pack.ts <pdf>
 */
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extractPdfText } from '../src/import/pdf/extract.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'

const path = process.argv[2]
if (!path) throw new Error('usage: extract-pack.ts <pdf>')
const started = performance.now()
// As `scrutiny import` reads its last (here its only) pack: on every core, the workers then stopped.
const pages = await extractPdfText(new Uint8Array(readFileSync(path)), {
  threads: availableParallelism(),
  keepWorkers: false,
  onProgress: (done, total) => {
    if (done % 25 === 0 || done === total) process.stdout.write(`${JSON.stringify({ done, total })}\n`)
  },
})
parsePack(pages)
process.stdout.write(`${JSON.stringify({ pages: pages.length, ms: performance.now() - started })}\n`)
