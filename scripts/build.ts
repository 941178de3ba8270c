/**
 * `npm run build`: checks and prepares a release for production. There is no compile step: the
 * app runs its TypeScript through tsx (a dependency), so what is tested is exactly what runs.
 * This type-checks everything, compiles the GOV.UK stylesheet, and checks the command starts.
 * Then start it with `npm run start:prod` (NODE_ENV=production node bin/scrutiny.js serve).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))

function step(title: string, command: string, args: string[]): void {
  console.log(`\n> ${title}`)
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`\nBuild failed at: ${title}`)
    process.exit(run.status ?? 1)
  }
}

step('type-check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit'])
step('compile the stylesheet', process.execPath, ['--import', 'tsx', 'scripts/build-css.ts'])
step('check the command loads', process.execPath, ['bin/scrutiny.js', '--help'])
console.log('\nBuilt. Start in production with: npm run start:prod  (NODE_ENV=production node bin/scrutiny.js serve)')
