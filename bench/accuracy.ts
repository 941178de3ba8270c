/**
 * Parser accuracy on packs written by other extraction tools (issue 4, item 5): each seed pack is
 * rewritten in every style of test/support/pack-variants.ts and parsed; prints the F1 of each record
 * type against the original pack's records (which the seed tests check by hand), as a table and as
 * bars. The three seeds are all we hold; this measures how much of the parser depends on one tool's
 * way of writing them, not accuracy on other councils' templates.
 *
 *   npm run bench -- accuracy
 */
import { parsePack } from '../src/import/parse/parse-pack.ts'
import { VARIANTS, f1, recordKeys, seedPacks } from '../test/support/pack-variants.ts'

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

const pct = (x: number | null): string => (x === null ? '–' : `${(x * 100).toFixed(0)}%`)
const bar = (x: number): string => '█'.repeat(Math.round(x * 20)).padEnd(20, '·')

console.log(
  `F1 per record type, ${seeds.length} seed packs each rewritten as another extraction tool or template would write it\n`,
)
const width = Math.max(...Object.keys(VARIANTS).map(v => v.length))
console.log(`${'variant'.padEnd(width)}  ${types.map(t => t.padStart(Math.max(t.length, 5))).join('  ')}  mean`)
const means: [string, number][] = []
for (const [variant, { write }] of Object.entries(VARIANTS)) {
  const row = scores(write)
  const values = Object.values(row).filter((x): x is number => x !== null)
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  means.push([variant, mean])
  console.log(
    `${variant.padEnd(width)}  ${types.map(t => pct(row[t] ?? null).padStart(Math.max(t.length, 5))).join('  ')}  ${pct(mean)}`,
  )
}
console.log('\nMean F1 per variant')
for (const [variant, mean] of means) console.log(`  ${variant.padEnd(width)} ${bar(mean)} ${pct(mean)}`)
