/**
 * PDF pipeline benchmark (issue 4): our whole pipeline (pdf.js text extraction, then the pack
 * parser; no database writes) against poppler's `pdftotext` on the same 400-page pack made from the
 * seeds three ways (pdf-lib with a text object a line, pdf-lib with one a page, and printed by
 * Chromium where it is installed), then peak memory while importing a 1,000-page pack.
 *
 *   npm run bench -- import-pdf [--pages 400] [--reps 5] [--big 1000]
 *
 * Timings interleave ours and pdftotext (the order swapped every repetition) so both see the same
 * machine load; medians are reported. pdftotext runs as its own process, its start included, as a
 * user would run it; ours runs warm in this process, with a cold first run reported apart. The
 * memory run happens in a child process so the figure is not polluted by this one.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildPdfFromPages, layoutPages } from '../src/import/pdf/build-test-pdf.ts'
import type { PageLines } from '../src/import/pdf/build-test-pdf.ts'
import { MAX_THREADS, extractPdfText } from '../src/import/pdf/extract.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'
import { launchChromium } from '../e2e/browser.ts'
import { printPack } from '../test/support/print-pack.ts'

const SEEDS = new URL('../../shared/seeds/', import.meta.url)

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '400' },
    reps: { type: 'string', default: '5' },
    big: { type: 'string', default: '1000' },
    child: { type: 'string' }, // internal: extract this file and report peak RSS
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

/** Peak RSS of this process so far, from the kernel's high-water mark, else the current RSS. */
function peakRss(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match?.[1]) return Number(match[1]) * 1024
  } catch {
    // not Linux: fall back to what Node can see
  }
  return process.memoryUsage().rss
}

/** Child side of the memory run: extract and parse, sampling RSS per page, and print one JSON line. */
async function child(path: string): Promise<void> {
  let sampled = 0
  const data = new Uint8Array(readFileSync(path))
  const started = performance.now()
  // As `scrutiny import` reads a PDF: on every core.
  const pages = await extractPdfText(data, {
    threads: availableParallelism(),
    onProgress: (done, total) => {
      sampled = Math.max(sampled, process.memoryUsage().rss)
      if (done % 25 === 0 || done === total) process.stdout.write(`${JSON.stringify({ done, total })}\n`)
    },
  })
  parsePack(pages)
  sampled = Math.max(sampled, process.memoryUsage().rss)
  const result = { pages: pages.length, ms: performance.now() - started, peak: peakRss(), sampled }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

async function memory(path: string, pages: number): Promise<void> {
  process.stderr.write(`Extracting ${pages} pages in a child process…\n`)
  const proc = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--child', path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let buffered = ''
  let result: { pages: number; ms: number; peak: number; sampled: number } | undefined
  proc.stdout.setEncoding('utf8')
  proc.stdout.on('data', (chunk: string) => {
    buffered += chunk
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      const msg = JSON.parse(line) as { done?: number; total?: number; pages?: number }
      if (msg.done !== undefined) progress('pages', msg.done, msg.total ?? 0)
      else result = msg as typeof result
    }
  })
  const code = await new Promise<number | null>(resolve => proc.on('close', resolve))
  if (code !== 0 || !result) throw new Error(`memory run failed (exit code ${code})`)
  console.log(`\nMemory on ${path}: extract + parse, cold, in a fresh process, on every core as the CLI does`)
  console.log(`  ${result.pages} pages in ${ms(result.ms)}`)
  console.log(`  peak RSS ${mb(result.peak)} (kernel high-water mark; highest sampled per page ${mb(result.sampled)})`)
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

async function main(): Promise<void> {
  if (args.child) return child(args.child)
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-bench-pdf-'))
  try {
    const seed = await seedPages()
    const [small, big] = [join(dir, 'pack-small.pdf'), join(dir, 'pack-big.pdf')]
    const smallOneObject = join(dir, 'pack-small-one-text-object-a-page.pdf')
    await buildPack(seed, Number(args.pages), small)
    await speed(small, Number(args.reps))
    // The same pages as one text object a page: pdftotext is fastest on these.
    await buildPack(seed, Number(args.pages), smallOneObject, 'page')
    await speed(smallOneObject, Number(args.reps))
    // A PDF from a real producer (Chromium's Skia: embedded subset fonts, glyph-positioned runs).
    const printed = join(dir, 'pack-printed-by-chromium.pdf')
    if (await printWithChromium(Number(args.pages), printed)) await speed(printed, Number(args.reps))
    if (Number(args.big) > 0) {
      await buildPack(seed, Number(args.big), big)
      await memory(big, Number(args.big))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
