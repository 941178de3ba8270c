/**
 * PDF pipeline benchmark (issue 4): our whole pipeline (pdf.js text extraction, then the pack
 * parser; no database writes) against poppler's `pdftotext` on the same 400-page pack made from the
 * seeds three ways (pdf-lib with a text object a line, pdf-lib with one a page, and printed by
 * Chromium where it is installed), then peak memory while importing a 1,000-page pack with the
 * real `scrutiny import`.
 *
 *   npm run bench -- import-pdf [--pages 400] [--reps 5] [--big 1000]   (--pages 0 or --big 0: skip that part)
 *
 * Timings interleave ours and pdftotext (the order swapped every repetition) so both see the same
 * machine load; medians are reported. pdftotext runs as its own process, its start included, as a
 * user would run it; ours runs warm in this process, with a cold first run reported apart. Each
 * memory run is a process of its own (peak-memory.ts), so this one's modules are not counted.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildPdfFromPages, layoutPages } from '../src/import/pdf/build-test-pdf.ts'
import type { PageLines } from '../src/import/pdf/build-test-pdf.ts'
import { MAX_THREADS, extractPdfText } from '../src/import/pdf/extract.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'
import { launchChromium } from '../e2e/browser.ts'
import { printPack } from '../test/support/print-pack.ts'
import { measure, type Measured } from './peak-memory.ts'

const SEEDS = new URL('../../shared/seeds/', import.meta.url)

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '400' },
    reps: { type: 'string', default: '5' },
    big: { type: 'string', default: '1000' },
  },
})

/** Progress on a terminal, every 20 pages: a write per page would add to the time measured. */
function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY || (done % 20 !== 0 && done !== total)) return
  process.stderr.write(`\r  ${label} ${done}/${total}${done === total ? '\n' : ''}`)
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const ms = (x: number): string => `${x.toFixed(0)} ms`
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

async function seedPages(): Promise<PageLines[]> {
  const names = readdirSync(SEEDS).filter(n => n.endsWith('.txt'))
  const texts = names.map(n => readFileSync(new URL(n, SEEDS), 'utf8'))
  return (await Promise.all(texts.map(t => layoutPages(t)))).flat()
}

/**
 * A pack of `count` pages, cycling through the seed pages: each line a text object of its own
 * (pdf-lib's way, and word processors' too: a text object for each line or run) or one text object
 * a page (pdftotext's fastest case).
 */
async function buildPack(
  seed: readonly PageLines[],
  count: number,
  path: string,
  textObjects: 'line' | 'page' = 'line',
): Promise<void> {
  const pages = Array.from({ length: count }, (_, i) => seed[i % seed.length] ?? [])
  process.stderr.write(`Building a ${count}-page PDF from the seeds, one text object a ${textObjects}…\n`)
  const pdf = await buildPdfFromPages(pages, { textObjects })
  writeFileSync(path, pdf)
  process.stderr.write(`  ${mb(pdf.length)} written to ${path}\n`)
}

interface OurTimes {
  total: number
  /** Of which parsing the extracted pages. */
  parse: number
}

/** The whole pipeline as `scrutiny import` runs it before writing: extract, then parse. */
async function timeOurs(data: Uint8Array, label: string, threads = 1): Promise<OurTimes> {
  const started = performance.now()
  const pages = await extractPdfText(data, { threads, onProgress: (done, total) => progress(label, done, total) })
  const extracted = performance.now()
  parsePack(pages)
  const parsed = performance.now()
  return { total: parsed - started, parse: parsed - extracted }
}

function timePdftotext(path: string): number {
  const started = performance.now()
  const result = spawnSync('pdftotext', [path, '-'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.error) throw result.error
  return performance.now() - started
}

async function speed(path: string, reps: number): Promise<void> {
  const data = new Uint8Array(readFileSync(path))
  const threads = Math.min(availableParallelism(), MAX_THREADS)
  const load = loadavg()[0] ?? 0
  process.stderr.write('Cold run (loads pdf.js, JIT not warm)…\n')
  const cold = await timeOurs(data, 'ours, cold')
  // Workers are kept between packs (as `scrutiny import` of a folder does), so only the first of
  // these runs pays for starting them.
  const many = `ours, ${threads} threads`
  const parse: number[] = []
  const ours = async (): Promise<number> => {
    const t = await timeOurs(data, 'ours, 1 thread')
    parse.push(t.parse)
    return t.total
  }
  const contenders: [name: string, run: () => Promise<number>][] = [['ours', ours]]
  if (threads > 1) contenders.push([many, async () => (await timeOurs(data, many, threads)).total])
  contenders.push(['pdftotext', async () => timePdftotext(path)])
  const runs: Record<string, number[]> = {}
  for (let rep = 1; rep <= reps; rep++) {
    process.stderr.write(`Repetition ${rep}/${reps}\n`)
    const order = rep % 2 === 1 ? contenders : [...contenders].reverse()
    for (const [name, run] of order) (runs[name] ??= []).push(await run())
  }
  const base = median(runs.pdftotext ?? [])
  const loads = `load average ${load.toFixed(1)} → ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`
  console.log(`\nSpeed on ${path}: extract + parse, warm (${loads})`)
  console.log(`  ours, cold first run      ${ms(cold.total)}  ${(cold.total / base).toFixed(2)}× pdftotext`)
  for (const [label, xs] of Object.entries(runs)) {
    if (xs.length === 0) continue
    const m = median(xs)
    console.log(`  ${label.padEnd(24)} ${ms(m)}  ${(m / base).toFixed(2)}× pdftotext  (runs: ${xs.map(ms).join(', ')})`)
  }
  console.log(`  of which parsing (ours)   ${ms(median(parse))}`)
}

const BIN = fileURLToPath(new URL('../bin/scrutiny.js', import.meta.url))
const EXTRACT = fileURLToPath(new URL('./extract-pack.ts', import.meta.url))
/** How the `scrutiny` command loads its TypeScript (tsx, and packages as they are). */
const HOOKS = new URL('../bin/typescript.js', import.meta.url).href

/**
 * Peak memory on the 1,000-page pack, each run a process of its own: what a user runs, `scrutiny
 * import` on the embedded database, into a data folder already migrated and into a new one (which
 * makes and migrates its database first), and the PDF pipeline alone (extract and parse).
 */
async function memory(path: string, pages: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-bench-memory-'))
  try {
    process.stderr.write(`Reading ${pages} pages alone (extract + parse)…\n`)
    const pipeline = await measure(EXTRACT, [path], {
      nodeArgs: ['--import', HOOKS],
      onLine: line => {
        const msg = JSON.parse(line) as { done?: number; total?: number }
        if (msg.done !== undefined) progress('pages', msg.done, msg.total ?? 0)
      },
    })
    const migrated = join(dir, 'migrated')
    const migrate = await cli(['migrate'], migrated, 'scrutiny migrate')
    const existing = await cli(['import', path], migrated, 'scrutiny import, migrated folder')
    const fresh = await cli(['import', path], join(dir, 'new'), 'scrutiny import, new folder')
    console.log(`\nMemory on ${path} (${pages} pages): peak RSS, each run a new process, on every core as the CLI does`)
    console.log('  (own: the process itself, exactly; with children: sampled every 20 ms, the process and')
    console.log('  the one it starts to make a new database, together; the embedded database, DATABASE_URL unset)')
    const row = (label: string, m: Measured): void =>
      console.log(
        `  ${label.padEnd(42)} own ${mb(m.peak).padStart(6)}  with children ${(m.withChildren === null ? 'n/a' : mb(m.withChildren)).padStart(6)}  ${ms(m.ms).padStart(8)}`,
      )
    row('extract + parse only', pipeline)
    row('scrutiny import, into a migrated folder', existing)
    row('scrutiny import, into a new folder', fresh)
    row('scrutiny migrate, a new folder', migrate)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `scrutiny <args>` on the embedded database in `dataDir`, showing its time and memory as it runs. */
async function cli(args: string[], dataDir: string, label: string): Promise<Measured> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO: '0' }
  delete env.DATABASE_URL
  delete env.FILES_DIR
  process.stderr.write(`${label}…${process.stderr.isTTY ? '' : '\n'}`)
  let shown = 0
  const show = (elapsed: number, rss: number): void => {
    if (!process.stderr.isTTY || elapsed - shown < 250) return
    shown = elapsed
    process.stderr.write(`\r${label}: ${(elapsed / 1000).toFixed(1)} s, ${mb(rss)}    `)
  }
  try {
    return await measure(BIN, args, { env, onSample: show })
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\n')
  }
}

/** The seeds printed by Chromium, repeated to at least `pages` pages; false when there is no Chromium. */
async function printWithChromium(pages: number, path: string): Promise<boolean> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    process.stderr.write(`No Chromium at ${chromium}: the Chromium-printed pack is left out\n`)
    return false
  }
  const text = readdirSync(SEEDS)
    .filter(n => n.endsWith('.txt'))
    .map(n => readFileSync(new URL(n, SEEDS), 'utf8'))
    .join('\n')
  // The three seeds print on about 140 pages.
  const copies = Math.max(1, Math.ceil(pages / 140))
  process.stderr.write(`Printing the seeds ${copies} times with Chromium…\n`)
  const browser = await launchChromium()
  try {
    const pdf = await printPack(browser, Array.from({ length: copies }, () => text).join('\n'))
    writeFileSync(path, pdf)
    process.stderr.write(`  ${mb(pdf.length)} written to ${path}\n`)
  } finally {
    await browser.close()
  }
  return true
}

/** The speed runs on the three 400-page packs. */
async function speeds(seed: readonly PageLines[], dir: string): Promise<void> {
  const [small, smallOneObject] = [join(dir, 'pack-small.pdf'), join(dir, 'pack-small-one-text-object-a-page.pdf')]
  await buildPack(seed, Number(args.pages), small)
  await speed(small, Number(args.reps))
  // The same pages as one text object a page: pdftotext is fastest on these.
  await buildPack(seed, Number(args.pages), smallOneObject, 'page')
  await speed(smallOneObject, Number(args.reps))
  // A PDF from a real producer (Chromium's Skia: embedded subset fonts, glyph-positioned runs).
  const printed = join(dir, 'pack-printed-by-chromium.pdf')
  if (await printWithChromium(Number(args.pages), printed)) await speed(printed, Number(args.reps))
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-bench-pdf-'))
  try {
    const seed = await seedPages()
    if (Number(args.pages) > 0) await speeds(seed, dir)
    if (Number(args.big) > 0) {
      const big = join(dir, 'pack-big.pdf')
      await buildPack(seed, Number(args.big), big)
      await memory(big, Number(args.big))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
