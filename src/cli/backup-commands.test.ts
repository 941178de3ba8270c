import assert from 'node:assert/strict'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { runCli } from '../../test/support/run-cli.ts'

// The embedded database (a DATA_DIR each): the round trip on both engines is in ops/backup.
describe('scrutiny backup and scrutiny restore', () => {
  let dir: string
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'scrutiny-backup-cli-'))))
  after(() => rm(dir, { recursive: true, force: true }))
  const env = (name: string) => ({ DATA_DIR: join(dir, name), DEMO: '0' })

  test('back up the demo council, restore it into a new data folder, and refuse to restore twice', async () => {
    assert.equal((await runCli(['demo'], { env: env('old') })).code, 0)
    const file = join(dir, 'backup.jsonl.gz')
    const backup = await runCli(['backup', file], { env: env('old') })
    assert.equal(backup.code, 0, backup.stderr)
    assert.match(backup.stdout, /^Backed up \d+ rows in \d+ tables and 0 files to /)
    assert.match(backup.stderr, /council: 1 rows/, 'progress on standard error')
    assert.ok((await stat(file)).size > 0)

    const again = await runCli(['backup', file], { env: env('old') })
    assert.equal(again.code, 1)
    assert.match(again.stderr, /exists; choose another name or add --force/)

    const restored = await runCli(['restore', file], { env: env('new') })
    assert.equal(restored.code, 0, restored.stderr)
    assert.match(restored.stdout, /^Restored \d+ rows in \d+ tables/)

    const twice = await runCli(['restore', file], { env: env('new') })
    assert.equal(twice.code, 1)
    assert.match(twice.stderr, /^Error: The database is not empty/)
  })

  test('restoring a file that does not exist says so', async () => {
    const result = await runCli(['restore', join(dir, 'missing.gz')], { env: env('other') })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /^Error: No such file: /)
  })
})
