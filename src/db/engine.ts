import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.ts'
import { pglitePool } from './pglite-pool.ts'

/** A database connection: the typed query layer plus the raw script runner migrations need. */
export interface Engine {
  kind: 'pglite' | 'postgres'
  db: Kysely<Database>
  /** Runs a multi-statement SQL script (simple query protocol). */
  execScript(sql: string): Promise<void>
  /** PGlite only: the whole data folder as a tarball (tests start new databases from one). */
  dumpDataDir?(): Promise<Blob>
  close(): Promise<void>
}

export interface EngineOptions {
  databaseUrl?: string
  /** PGlite data folder; `memory://` for a throwaway in-memory database. */
  dataDir: string
  /** PostgreSQL only: schema to use (tests give each run its own). */
  schema?: string
  /** PGlite only: start from this data folder (a `dumpDataDir` tarball) instead of an empty one. */
  startFrom?: Blob
}

// Dates stay 'YYYY-MM-DD' strings on both engines: a council's meeting date has no time zone.
const DATE_OID = 1082
const INT8_OID = 20

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const engine = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : await openPglite(options.dataDir, options.startFrom)
  return { ...engine, close: once(engine.close) }
}

/** Closing twice (say, on shutdown after a failed health check) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined
  return () => (closing ??= close())
}

async function openPglite(dataDir: string, startFrom?: Blob): Promise<Engine> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true })
  const pglite = await PGlite.create(dataDir, {
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    ...(startFrom ? { loadDataDir: startFrom } : {}),
  })
  const pool = pglitePool(pglite)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as never }) })
  return {
    kind: 'pglite',
    db,
    execScript: async script => void (await pglite.exec(script)),
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy()
      await pglite.close()
    },
  }
}

async function openPostgres(url: string, schema?: string): Promise<Engine> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === DATE_OID ? (v: string) => v : oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format),
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: types as pg.CustomTypesConfig,
    max: 10,
    options: schema ? `-c search_path=${schema}` : undefined,
  })
  // The app's queries are short; PostgreSQL's JIT compiler, which starts above a cost estimate,
  // spends tens of milliseconds compiling what then runs in a few (measured on search).
  pool.on('connect', connection => void connection.query('set jit = off').catch(() => undefined))
  const client = await pool.connect() // fail now, with a clear message, if the server is unreachable
  client.release()
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    kind: 'postgres',
    db,
    execScript: async script => void (await pool.query(script)),
    close: () => db.destroy(),
  }
}
