import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { openEngine, type Engine } from './engine.ts'

const setting = async (engine: Engine, name: string): Promise<string> =>
  (await sql.raw<Record<string, string>>(`show ${name}`).execute(engine.db)).rows[0]?.[name] ?? ''

// The embedded database on disk, whatever engine the rest of the run uses.
describe('PGlite data folders', () => {
  let dir: string
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'scrutiny-engine-'))))
  after(() => rm(dir, { recursive: true, force: true }))

  test('a new folder is made, with small WAL segments, and keeps what is written to it', async () => {
    const dataDir = join(dir, 'new')
    const engine = await openEngine({ dataDir })
    try {
      await engine.execScript('create table kept (n int); insert into kept values (42)')
    } finally {
      await engine.close()
    }
    assert.match(await readFile(join(dataDir, 'PG_VERSION'), 'utf8'), /^\d+/)
    assert.ok((await readdir(join(dataDir, 'pg_wal'))).length > 0)
    const again = await openEngine({ dataDir })
    try {
      assert.equal(await setting(again, 'wal_segment_size'), '1MB')
      const rows = await sql<{ n: number }>`select n from kept`.execute(again.db)
      assert.deepEqual(rows.rows, [{ n: 42 }])
    } finally {
      await again.close()
    }
  })

  test('commands take a small cache, the web app PostgreSQL’s usual one', async () => {
    const dataDir = join(dir, 'new')
    for (const [serving, expected] of [
      [false, '16MB'],
      [true, '128MB'],
    ] as const) {
      const engine = await openEngine({ dataDir, serving })
      try {
        assert.equal(await setting(engine, 'shared_buffers'), expected)
      } finally {
        await engine.close()
      }
    }
  })
})
