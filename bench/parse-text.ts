/**
 * Text parser benchmark (issue 4): parse every seed pack, warm, several times; prints medians.
 *
 *   node --import tsx bench/parse-text.ts [--reps 20]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parsePack } from '../src/import/parse/parse-pack.ts'

const SEEDS = new URL('../../shared/seeds/', import.meta.url)
const { values: args } = parseArgs({ options: { reps: { type: 'string', default: '20' } }, strict: false })
const reps = Number(args.reps)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

console.log(`Text parse of each seed pack, ${reps} warm runs (median / max)`)
for (const name of readdirSync(SEEDS)
  .filter(n => n.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(new URL(name, SEEDS), 'utf8')
  parsePack(text) // warm-up: JIT and regex compilation
  const times: number[] = []
  for (let i = 0; i < reps; i++) {
    const started = performance.now()
    parsePack(text)
    times.push(performance.now() - started)
    if (process.stderr.isTTY) process.stderr.write(`\r  ${name} ${i + 1}/${reps}${i + 1 === reps ? '\n' : ''}`)
  }
  const kb = (text.length / 1024).toFixed(0)
  console.log(
    `  ${name.padEnd(55)} ${kb.padStart(4)} KB  ${median(times).toFixed(1)} ms / ${Math.max(...times).toFixed(1)} ms`,
  )
}
