/**
 * Parser accuracy on packs written by other extraction tools (issue 4, item 5): each seed pack is
 * rewritten in every style of test/support/pack-variants.ts and parsed, then printed to PDF by
 * pdf-lib and by Chromium and read back through the PDF path; prints the F1 of each record type
 * against the original pack's records (which the seed tests check by hand), as a table and as bars.
 * The three seeds are all we hold; this measures how much of the importer depends on one tool's,
 * template's or PDF producer's way of writing them, not accuracy on other councils' templates.
 *
 *   npm run bench -- accuracy
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { buildPdfFromText } from '../src/import/pdf/build-test-pdf.ts'
import { extractPdfText } from '../src/import/pdf/extract.ts'
import { parsePack } from '../src/import/parse/parse-pack.ts'
import type { PackPage } from '../src/import/parse/types.ts'
import { VARIANTS, f1, recordKeys, seedPacks } from '../test/support/pack-variants.ts'
import { launchChromium } from '../e2e/browser.ts'
import { printPack } from '../test/support/print-pack.ts'
import { holdoutPacks, holdoutRecords } from '../test/support/holdout.ts'

const seeds = seedPacks().map(({ name, text }) => ({ name, text, truth: recordKeys(parsePack(text)) }))
const types = Object.keys(seeds[0]?.truth ?? {})

/** Mean F1 of each record type over the seeds the variant changes that hold records of that type. */
function scores(write: (text: string) => string): Record<string, number | null> {
  const sums: Record<string, number[]> = {}
  for (const seed of seeds) {
    const rewritten = write(seed.text)
    if (rewritten === seed.text) continue // a variant of tables this pack does not hold
    const found = recordKeys(parsePack(rewritten))
    for (const type of types) {
      const truth = seed.truth[type] ?? []
      if (truth.length > 0) (sums[type] ??= []).push(f1(truth, found[type] ?? []))
    }
  }
  return Object.fromEntries(types.map(t => [t, sums[t] ? sums[t].reduce((a, b) => a + b, 0) / sums[t].length : null]))
}

/** Mean F1 of each record type, each seed printed to PDF by `print` and read back by the PDF path. */
async function printedScores(print: (text: string) => Promise<Uint8Array>): Promise<Record<string, number | null>> {
  const sums: Record<string, number[]> = {}
  for (const seed of seeds) {
    const pages: PackPage[] = await extractPdfText(await print(seed.text))
    const found = recordKeys(parsePack(pages), { reportPages: false })
    const truth = recordKeys(parsePack(seed.text), { reportPages: false })
    for (const type of types) {
      if ((truth[type] ?? []).length > 0) (sums[type] ??= []).push(f1(truth[type] ?? [], found[type] ?? []))
    }
  }
  return Object.fromEntries(types.map(t => [t, sums[t] ? sums[t].reduce((a, b) => a + b, 0) / sums[t].length : null]))
}

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(0)}%`)
const bar = (x: number): string => '█'.repeat(Math.round(x * 20)).padEnd(20, '·')

const rows: [string, Record<string, number | null>][] = Object.entries(VARIANTS).map(([v, { write }]) => [
  v,
  scores(write),
])
process.stderr.write('Printing the seeds to PDF with pdf-lib and reading them back…\n')
rows.push(['PDF by pdf-lib', await printedScores(text => buildPdfFromText(text))])
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(chromium)) {
  process.stderr.write('Printing the seeds to PDF with Chromium and reading them back…\n')
  const browser = await launchChromium()
  try {
    rows.push(['PDF by Chromium', await printedScores(text => printPack(browser, text))])
    rows.push(['  tables padded 3pt', await printedScores(text => printPack(browser, text, '3pt'))])
    // The markup extraction tools left in the packs printed as the formatting it was: lists and
    // paragraphs inside table cells, as packs written in Word print them.
    rows.push([
      '  cell markup as formatting',
      await printedScores(text => printPack(browser, text, undefined, 'formatting')),
    ])
  } finally {
    await browser.close()
  }
} else process.stderr.write(`No Chromium at ${chromium}: the Chromium-printed row is left out\n`)

console.log(
  `F1 per record type, ${seeds.length} seed packs each written as another extraction tool, template or PDF producer would write it`,
)
console.log('(PDF rows: reports compared without their pages, which a fresh print renumbers)\n')
const width = Math.max(...rows.map(([v]) => v.length))
console.log(`${'variant'.padEnd(width)}  ${types.map(t => t.padStart(Math.max(t.length, 5))).join('  ')}  mean`)
const means: [string, number][] = []
for (const [variant, row] of rows) {
  const values = Object.values(row).filter((x): x is number => x !== null)
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  means.push([variant, mean])
  console.log(
    `${variant.padEnd(width)}  ${types.map(t => pct(row[t] ?? null).padStart(Math.max(t.length, 5))).join('  ')}  ${pct(mean)}`,
  )
}
console.log('\nMean F1 per variant')
for (const [variant, mean] of means) console.log(`  ${variant.padEnd(width)} ${bar(mean)} ${pct(mean)}`)

// Packs the parser was not written from, against keys typed by hand (test/support/holdout.ts):
// as text, and printed to PDF by pdf-lib and read back (pages compared as the pack prints them).
const holdout = holdoutPacks()

/** The PDF's text as `pdftotext -layout` writes it (another tool's extraction), or null without poppler. */
function pdftotextLayout(pdf: Uint8Array): string | null {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 << 20 })
  return result.status === 0 ? result.stdout : null
}
const lists = Object.keys(
  holdoutRecords(holdout[0]?.key ?? { agenda_items: [], action_tracker: [], recommendations: [], work_programme: [] }),
)
process.stderr.write('Reading the hold-out packs as text and as PDFs…\n')
const holdoutRows: [string, number[]][] = []
const printer = existsSync(chromium) ? await launchChromium() : null
try {
  for (const { name, text, key } of holdout) {
    const truth = holdoutRecords(key)
    const score = (found: Record<string, string[]>): number[] => lists.map(l => f1(truth[l] ?? [], found[l] ?? []))
    const readBack = async (pdf: Uint8Array): Promise<number[]> =>
      score(holdoutRecords(parsePack(await extractPdfText(pdf))))
    holdoutRows.push([name, score(holdoutRecords(parsePack(text)))])
    const pdf = await buildPdfFromText(text)
    holdoutRows.push(['  as PDF (pdf-lib)', await readBack(pdf)])
    const layout = pdftotextLayout(pdf)
    if (layout !== null) holdoutRows.push(['  pdftotext -layout', score(holdoutRecords(parsePack(layout)))])
    if (printer) {
      holdoutRows.push(['  as PDF (Chromium)', await readBack(await printPack(printer, text))])
      holdoutRows.push([
        '    cell markup formatted',
        await readBack(await printPack(printer, text, undefined, 'formatting')),
      ])
    }
  }
} finally {
  await printer?.close()
}
console.log(
  `\nF1 per list on ${holdout.length} hold-out packs (not seen while the parser was written; keys typed by hand)\n`,
)
const nameWidth = Math.max(...holdoutRows.map(([n]) => n.length))
console.log(`${'pack'.padEnd(nameWidth)}  ${lists.map(l => l.padStart(Math.max(l.length, 5))).join('  ')}`)
for (const [name, scores] of holdoutRows) {
  console.log(
    `${name.padEnd(nameWidth)}  ${scores.map((s, i) => pct(s).padStart(Math.max(lists[i]?.length ?? 0, 5))).join('  ')}`,
  )
}
for (const [name, scores] of holdoutRows) {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length
  console.log(`  ${name.padEnd(nameWidth)} ${bar(mean)} ${pct(mean)}`)
}
