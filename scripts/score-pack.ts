/**
 * Scores the importer's parser on packs that have an answer key typed by hand (`<name>.txt` beside
 * `<name>.expected.json`, as in test/fixtures/holdout/): the front sheet, then the F1 of each list
 * the issue measures, and with --diff the records the key holds that the parser missed and those it
 * found that the key does not hold. This is how a new blind pack is read for the first time, and how
 * a rule is checked against every pack before it is kept.
 *
 *   npm run score-pack -- [options] <pack.txt>...
 *
 * --via text|pdf|layout|chromium   read the pack as text (default); as a PDF made by pdf-lib and
 *                                  read back by pdf.js; as that PDF through `pdftotext -layout`;
 *                                  or printed by Chromium and read back by pdf.js
 * --diff                           print the missing and extra records of every list below 100 %
 * --below                          print only packs with a list below 100 %
 * --record-misses <list> --why <reason>
 *                                  write the differences of one list (or of the "front sheet") into
 *                                  `<name>.misses.json`, the known misses the hold-out test then
 *                                  holds the parser to
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { launchChromium } from '../e2e/browser.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'
import type { ParsedPack } from '../src/import/parse/types.ts'
import { buildPdfFromText } from '../src/import/pdf/build-test-pdf.ts'
import { extractPdfText } from '../src/import/pdf/extract.ts'
import {
  difference,
  frontSheetRecords,
  holdoutRecords,
  readHoldout,
  same,
  type HoldoutPack,
} from '../test/support/holdout.ts'
import { f1 } from '../test/support/pack-variants.ts'
import { printPack } from '../test/support/print-pack.ts'

const { values: opts, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    via: { type: 'string', default: 'text' },
    diff: { type: 'boolean', default: false },
    below: { type: 'boolean', default: false },
    'record-misses': { type: 'string' },
    why: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (opts.help || files.length === 0) {
  const doc = readFileSync(new URL(import.meta.url), 'utf8')
  process.stdout.write(`${doc.slice(doc.indexOf('/**') + 4, doc.indexOf('*/')).replace(/^ \* ?/gm, '')}`)
  process.exit(files.length === 0 && !opts.help ? 2 : 0)
}
if (!['text', 'pdf', 'layout', 'chromium'].includes(opts.via)) {
  process.stderr.write(`--via must be text, pdf, layout or chromium, not "${opts.via}"\n`)
  process.exit(2)
}
if (opts['record-misses'] !== undefined && !opts.why) {
  process.stderr.write('--record-misses needs --why "<the reason the parser reads these otherwise>"\n')
  process.exit(2)
}

const browser = opts.via === 'chromium' ? await launchChromium() : null

/** The pack read the way --via asks. */
async function read(text: string): Promise<ParsedPack> {
  if (opts.via === 'text') return parsePack(text)
  const pdf = browser ? await printPack(browser, text) : await buildPdfFromText(text)
  if (opts.via !== 'layout') return parsePack(await extractPdfText(pdf))
  const layout = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (layout.status !== 0) throw new Error(`pdftotext -layout failed (is poppler-utils installed?): ${layout.stderr}`)
  return parsePack(layout.stdout)
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7)

function frontSheet(pack: ParsedPack, { key }: HoldoutPack): string[] {
  const checks: [string, string | null | undefined, string][] = [
    ['committee', pack.committee, key.committee],
    ['date', pack.meeting.date, key.meeting.date],
    ['start time', pack.meeting.start_time, key.meeting.start_time],
    ['venue', pack.meeting.venue, key.meeting.venue],
  ]
  return checks
    .filter(([, found, truth]) => same(found) !== same(truth))
    .map(([what, found, truth]) => `  ${what}: found ${JSON.stringify(found)}, key ${JSON.stringify(truth)}`)
}

async function score(file: string): Promise<void> {
  const holdout = readHoldout(pathToFileURL(resolve(file)))
  const truth = holdoutRecords(holdout.key)
  const pack = await read(holdout.text)
  const found = holdoutRecords(pack)
  const lists = Object.keys(truth)
  const scores = lists.map(list => f1(truth[list] ?? [], found[list] ?? []))
  const front = frontSheet(pack, holdout)
  if (opts.below && front.length === 0 && scores.every(s => s === 1)) return
  console.log(`${holdout.name}\n${lists.map((l, i) => `${pct(scores[i] ?? 0)} ${l}`).join('\n')}`)
  for (const line of front) console.log(line)
  if (opts.diff) {
    for (const list of lists) {
      const { missing, extra } = difference(truth[list] ?? [], found[list] ?? [])
      if (missing.length + extra.length === 0) continue
      console.log(`  ${list}:`)
      for (const m of missing) console.log(`    - ${m}`)
      for (const e of extra) console.log(`    + ${e}`)
    }
  }
  const list = opts['record-misses']
  if (list === 'front sheet')
    recordMisses(file, holdout, list, difference(frontSheetRecords(holdout.key), frontSheetRecords(pack)))
  else if (list !== undefined) recordMisses(file, holdout, list, difference(truth[list] ?? [], found[list] ?? []))
}

function recordMisses(
  file: string,
  { misses }: HoldoutPack,
  list: string,
  diff: { missing: string[]; extra: string[] },
): void {
  const path = resolve(file).replace(/\.txt$/, '.misses.json')
  const next = { ...misses, [list]: { why: opts.why ?? '', ...diff } }
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`)
  console.log(`  wrote ${path}`)
}

try {
  for (const file of files) await score(file)
} finally {
  await browser?.close()
}
