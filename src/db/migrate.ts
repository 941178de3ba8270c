import { readdir, readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import type { Engine } from './engine.ts'

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url)

// Arbitrary constant: every app instance takes the same advisory lock so only one migrates.
const MIGRATION_LOCK = 727_001

/**
 * Applies the plain `.sql` files of `migrations/` in name order, each once, each in its own
 * transaction, recording them in `schema_migrations`. Returns the names applied now.
 */
export async function migrate(engine: Engine): Promise<string[]> {
  await engine.execScript(`
    create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    )`)
  const files = await migrationFiles()
  const applied: string[] = []
  for (const name of files) {
    if (await applyOne(engine, name)) applied.push(name)
  }
  return applied
}

async function applyOne(engine: Engine, name: string): Promise<boolean> {
  const script = await readFile(new URL(name, MIGRATIONS_DIR), 'utf8')
  return engine.db.transaction().execute(async trx => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
    const done = await trx.selectFrom('schema_migrations').select('name').where('name', '=', name).executeTakeFirst()
    if (done) return false
    await sql.raw(script).execute(trx)
    await trx.insertInto('schema_migrations').values({ name }).execute()
    return true
  })
}

export async function pendingMigrations(engine: Engine): Promise<string[]> {
  const files = await migrationFiles()
  const done = await engine.db.selectFrom('schema_migrations').select('name').execute()
  const doneNames = new Set(done.map(row => row.name))
  return files.filter(name => !doneNames.has(name))
}

let listing: Promise<string[]> | undefined

// The folder is part of the release, so it is read once per process, not on every health check.
function migrationFiles(): Promise<string[]> {
  listing ??= readdir(MIGRATIONS_DIR).then(names => names.filter(name => name.endsWith('.sql')).sort())
  return listing
}
