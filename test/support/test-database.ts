import { randomBytes } from 'node:crypto'
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
    const engine = await openEngine({ dataDir: 'memory://' })
    await migrate(engine)
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

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
