import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { createPgliteDataDir, openEngine, type Engine } from './engine.ts'
import { SHIPPED_TEMPLATE, installedPgliteVersion, templateVersion } from './pglite-template.ts'

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

async function keeps(dataDir: string): Promise<void> {
  const engine = await openEngine({ dataDir })
  try {
    await engine.execScript('create table kept (n int); insert into kept values (7)')
    const rows = await sql<{ n: number }>`select n from kept`.execute(engine.db)
    assert.deepEqual(rows.rows, [{ n: 7 }])
  } finally {
    await engine.close()
  }
}

// New folders are unpacked from the empty one shipped in src/db (pglite-template.ts).
describe('the shipped empty data folder', () => {
  let dir: string
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'scrutiny-template-'))))
  after(() => rm(dir, { recursive: true, force: true }))

  test('was made by the installed PGlite (after upgrading PGlite: npm run db:template)', async () => {
    assert.equal(await templateVersion(SHIPPED_TEMPLATE), await installedPgliteVersion())
  })

  test('a folder whose unpacking was cut short (no PG_VERSION) is unpacked again', async () => {
    const dataDir = join(dir, 'cut-short')
    await mkdir(join(dataDir, 'base'), { recursive: true })
    await writeFile(join(dataDir, 'postgresql.conf'), '# half written')
    await createPgliteDataDir(dataDir)
    await keeps(dataDir)
  })

  test('for another PGlite, a new folder is made by initdb instead', async () => {
    const info = join(dir, 'other.json')
    await writeFile(info, JSON.stringify({ pglite: '0.0.1' }))
    const dataDir = join(dir, 'by-initdb')
    // An archive that is not there: unpacking it would fail the test.
    await createPgliteDataDir(dataDir, { archive: join(dir, 'missing.tar.br'), info })
    await keeps(dataDir)
  })
})
