import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openEngine, type Engine } from '../../src/db/engine.ts'
import { migrate } from '../../src/db/migrate.ts'

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when
 * DATABASE_URL is set — a schema of its own on that server, dropped afterwards, so concurrent
 * test runs never see each other's data.
 */
export async function createTestEngine(): Promise<Engine & { dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const engine = await openEngine({ dataDir: 'memory://', startFrom: await migratedPglite() })
    await migrate(engine) // nothing to do: proves the snapshot is of the current migrations
    return { ...engine, dispose: () => engine.close() }
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  await adminQuery(url, `create schema ${schema}`)
  const engine = await openEngine({ databaseUrl: url, dataDir: '', schema })
  await migrate(engine)
  return {
    ...engine,
    dispose: async () => {
      await engine.close()
      await adminQuery(url, `drop schema ${schema} cascade`)
    },
  }
}

const MIGRATIONS = new URL('../../migrations/', import.meta.url)

/**
 * An empty, migrated PGlite data folder as a tarball, made once per version of the migrations and
 * shared by every test process through the temp folder: starting from it takes about a second,
 * where initialising a new PGlite takes two to four (over a hundred test databases a run).
 */
async function migratedPglite(): Promise<Blob> {
  const key = createHash('sha256')
  for (const name of (await readdir(MIGRATIONS)).sort())
    key.update(name).update(await readFile(new URL(name, MIGRATIONS)))
  key.update(
    JSON.parse(await readFile(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'))
      .version,
  )
  const file = join(tmpdir(), `scrutiny-test-pglite-${key.digest('hex').slice(0, 16)}.tar`)
  const kept = await readFile(file).catch(() => undefined)
  if (kept) return new Blob([kept])
  const engine = await openEngine({ dataDir: 'memory://' })
  try {
    await migrate(engine)
    const dump = await engine.dumpDataDir!()
    // Written aside and renamed: a test process starting meanwhile never reads half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
    await rename(partial, file)
    return dump
  } finally {
    await engine.close()
  }
}

/** One statement on the server itself (outside any test schema). */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
