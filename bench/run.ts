/**
 * `npm run bench -- <name> [options]`: runs one benchmark script (or all) and prints its figures.
 * Benchmarks are measurements for people, not tests: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process'

const BENCHES: Record<string, string[]> = {
  import: ['bench/parse-text.ts', 'bench/accuracy.ts', 'bench/import-pdf.ts'],
  'parse-text': ['bench/parse-text.ts'],
  'import-pdf': ['bench/import-pdf.ts'],
  accuracy: ['bench/accuracy.ts'],
  load: ['bench/load.ts'],
  backup: ['bench/backup.ts'],
  pack: ['bench/pack.ts'],
  search: ['bench/search.ts'],
  portal: ['bench/portal.ts'],
}

const [name = 'all', ...rest] = process.argv.slice(2)
if (name === '--help' || name === '-h') {
  console.log(`Usage: npm run bench -- <name> [options]

Prints figures for people to compare; nothing passes or fails. Names: ${Object.keys(BENCHES).join(', ')}, all (the default).
Each script says its own options at its top (for example: npm run bench -- import-pdf --pages 400 --reps 5 --big 1000).`)
  process.exit(0)
}
const scripts = name === 'all' ? Object.values(BENCHES).flat() : BENCHES[name]
if (!scripts) {
  console.error(`Unknown benchmark "${name}". Available: ${Object.keys(BENCHES).join(', ')}, all`)
  process.exit(2)
}
for (const script of scripts) {
  console.log(`\n=== ${script}`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...rest], { stdio: 'inherit' })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
