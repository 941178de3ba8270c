import { spawn } from 'node:child_process'
import { access, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './database.ts'
import { pglitePool } from './pglite-pool.ts'
import { SHIPPED_TEMPLATE, templateFits, unpackTemplate, type PgliteTemplate } from './pglite-template.ts'

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
  /** PGlite only: the web app's database, which keeps a larger cache (see SHARED_BUFFERS). */
  serving?: boolean
}

// Dates stay 'YYYY-MM-DD' strings on both engines: a council's meeting date has no time zone.
const DATE_OID = 1082
const INT8_OID = 20

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const engine = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.schema)
    : await openPglite(options.dataDir, options.startFrom, options.serving)
  return { ...engine, close: once(engine.close) }
}

/** Closing twice (say, on shutdown after a failed health check) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined
  return () => (closing ??= close())
}

/**
 * PGlite's cache of table and index pages (PostgreSQL's shared buffers), which it writes over in
 * full as it starts: PostgreSQL's default of 128 MB is 140 MB more resident memory before the
 * first query (measured). The web app keeps that, for its pages: on 16 MB, searches of a 100 MB
 * database took 20% longer at the median and 45% longer at p95. Commands and tests, short and on
 * small working sets, take 16 MB, which keeps a 1,000-page `scrutiny import` well under 500 MB
 * (`npm run bench -- import-pdf`). Given on every start: a data folder keeps the value it was made
 * with in its postgresql.conf.
 */
const SHARED_BUFFERS = { serving: '128MB', other: '16MB' }

function startParams(serving: boolean): string[] {
  const sharedBuffers = serving ? SHARED_BUFFERS.serving : SHARED_BUFFERS.other
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`]
}

/**
 * For initdb, whose server would otherwise zero-fill 128 MB more: the small cache, and WAL segments
 * of 1 MB rather than 16, which new data folders then keep (initdb holds the new folder in memory,
 * where a 16 MB segment cost 40 MB at its peak).
 */
const INITDB_PARAMS = ['--set', `shared_buffers=${SHARED_BUFFERS.other}`, '--wal-segsize=1']

async function openPglite(dataDir: string, startFrom?: Blob, serving = false): Promise<Engine> {
  if (!dataDir.startsWith('memory://')) {
    if (startFrom) await mkdir(dataDir, { recursive: true })
    else await createPgliteDataDir(dataDir)
  }
  const pglite = await PGlite.create(dataDir, {
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
    startParams: startParams(serving),
    initDbStartParams: INITDB_PARAMS,
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

/**
 * Makes a new PGlite data folder at `dataDir`, unless there is one already: unpacked from the
 * shipped empty one when that was made by the installed PGlite (pglite-template.ts), else by initdb.
 */
export async function createPgliteDataDir(dataDir: string, template: PgliteTemplate = SHIPPED_TEMPLATE): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  if (await isDataDir(dataDir)) return
  if (await templateFits(template)) await unpackTemplate(template, dataDir)
  else await initdbDataDir(dataDir)
}

/** PGlite's own test for an initialised data folder. */
function isDataDir(dataDir: string): Promise<boolean> {
  return access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  )
}

const INITDB = fileURLToPath(new URL('./pglite-initdb.js', import.meta.url))

/**
 * Makes a new data folder in a process of its own (pglite-initdb.js). PGlite's initdb copies its
 * 128 MB WebAssembly memory and holds the new database in memory: about 460 MB at its peak, which
 * here would come on top of everything else, and of which 160 MB was still not given back to the
 * system after it (measured).
 */
export function initdbDataDir(dataDir: string): Promise<void> {
  // V8's baseline WebAssembly compiler only: its optimising one cost 70 MB more there, and a second.
  const options = { initDbStartParams: INITDB_PARAMS, startParams: startParams(false) }
  const args = ['--liftoff-only', INITDB, dataDir, JSON.stringify(options)]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => {
      if (code === 0) resolve()
      else reject(new Error(`initdb failed: ${stderr.trim() || `exit code ${code}`}`))
    })
  })
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
