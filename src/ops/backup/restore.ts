import { readdir, readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { sql, type Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { Engine } from '../../db/engine.ts'
import type { FileStore } from '../../documents/file-store.ts'
import { readCatalog, type TableInfo } from './catalog.ts'
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupRecord, type HeaderRecord } from './format.ts'
import type { BackupSummary } from './backup.ts'

const MIGRATIONS_DIR = new URL('../../../migrations/', import.meta.url)

/**
 * Loads a backup into an EMPTY database, all in one transaction: it either arrives whole or not
 * at all. The database is first brought to the backup's schema version (the backup's own
 * migrations, nothing newer), user triggers are paused so rows — the append-only audit log,
 * search entries, `updated_at` stamps — load exactly as they were, and identity sequences are
 * moved past the restored ids. Stored files are written first; being content-addressed, a file
 * left behind by a failed restore is harmless.
 */
export async function restoreBackup(
  engine: Engine,
  files: FileStore,
  input: Readable,
  progress: (line: string) => void = () => {},
): Promise<BackupSummary> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]()
  const header = await readHeader(lines)
  const known = await knownMigrations()
  const unknown = header.migrations.find(m => !known.has(m.name))
  if (unknown)
    throw new BackupError(
      `This backup comes from a newer version of Scrutiny (it has migration ${unknown.name}, which this version does not know). Restore it with that version or later.`,
    )
  return engine.db.transaction().execute(async trx => {
    await prepareSchema(trx, header, known)
    const catalog = await readCatalog(trx)
    await refuseUnlessEmpty(trx, catalog)
    for (const table of catalog) await pauseTriggers(trx, table)
    const summary = await loadRecords(trx, catalog, files, lines, progress)
    for (const table of catalog) {
      await sql`alter table ${sql.table(table.name)} enable trigger user`.execute(trx)
      await resetIdentities(trx, table)
    }
    return summary
  })
}

type Lines = AsyncIterator<string>

async function pauseTriggers(trx: Transaction<Database>, table: TableInfo) {
  try {
    await sql`alter table ${sql.table(table.name)} disable trigger user`.execute(trx)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new BackupError(
      `Cannot pause the triggers of ${table.name} (${reason}): restore as the database user that owns the tables, the one Scrutiny migrates with`,
    )
  }
}

async function readHeader(lines: Lines): Promise<HeaderRecord> {
  const first = await lines.next().catch(() => ({ done: true, value: '' }) as const)
  const header = first.done ? null : parseRecord(first.value)
  if (header?.type !== 'header' || header.format !== BACKUP_FORMAT)
    throw new BackupError('This is not a Scrutiny backup (expected a gzip file made by `scrutiny backup`)')
  if (header.version > BACKUP_VERSION)
    throw new BackupError(
      `This backup uses format ${header.version}; this version of Scrutiny reads up to ${BACKUP_VERSION}`,
    )
  return header
}

function parseRecord(line: string): BackupRecord | null {
  try {
    return JSON.parse(line) as BackupRecord
  } catch {
    return null
  }
}

async function knownMigrations(): Promise<Map<string, string>> {
  const names = (await readdir(MIGRATIONS_DIR)).filter(name => name.endsWith('.sql')).sort()
  return new Map(names.map(name => [name, name]))
}

/** Applies the backup's migrations the database lacks; refuses a database that is ahead of it. */
async function prepareSchema(trx: Transaction<Database>, header: HeaderRecord, known: Map<string, string>) {
  await sql`create table if not exists schema_migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    )`.execute(trx)
  const applied = new Set((await trx.selectFrom('schema_migrations').select('name').execute()).map(r => r.name))
  const inBackup = new Set(header.migrations.map(m => m.name))
  const ahead = [...applied].filter(name => !inBackup.has(name)).sort()
  if (ahead.length)
    throw new BackupError(
      `The database has migration ${ahead[0]}, newer than the backup: restore into a new, empty database and let Scrutiny migrate it afterwards`,
    )
  for (const migration of header.migrations) {
    if (!applied.has(migration.name)) {
      const script = await readFile(new URL(known.get(migration.name)!, MIGRATIONS_DIR), 'utf8')
      await sql.raw(script).execute(trx)
      await trx.insertInto('schema_migrations').values({ name: migration.name }).execute()
    }
    await sql`update schema_migrations set applied_at = ${migration.applied_at}::timestamptz
      where name = ${migration.name}`.execute(trx)
  }
}

// Someone opening the sign-in page of the new, empty instance leaves an anonymous session
// behind; that is not data, so it neither blocks a restore nor survives it.
const ANONYMOUS_SESSIONS = 'user_session'

async function refuseUnlessEmpty(trx: Transaction<Database>, catalog: TableInfo[]) {
  for (const table of catalog) {
    const found = await sql`select 1 from ${sql.table(table.name)} limit 1`.execute(trx)
    if (found.rows.length && table.name !== ANONYMOUS_SESSIONS)
      throw new BackupError(
        `The database is not empty (table ${table.name} has rows). Restore only into an empty database: a new PostgreSQL database, or a new DATA_DIR with DEMO=0.`,
      )
  }
  if (catalog.some(table => table.name === ANONYMOUS_SESSIONS))
    await sql`delete from ${sql.table(ANONYMOUS_SESSIONS)} where user_id is null`.execute(trx)
}

async function loadRecords(
  trx: Transaction<Database>,
  catalog: TableInfo[],
  files: FileStore,
  lines: Lines,
  progress: (line: string) => void,
): Promise<BackupSummary> {
  const tables = new Map(catalog.map(table => [table.name, table]))
  const loaded: Record<string, number> = {}
  const parts: Buffer[] = []
  let fileCount = 0
  let current: { table: TableInfo; expected: number } | null = null
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value
    if (line.startsWith('[')) {
      if (!current) throw new BackupError('The backup is damaged: rows before any table')
      loaded[current.table.name]! += await insertBatch(trx, current.table, line)
      continue
    }
    const item = parseRecord(line)
    if (item?.type === 'file') {
      parts.push(Buffer.from(item.data, 'base64'))
      if (item.part + 1 < item.parts) continue
      const sha256 = await files.put(Buffer.concat(parts))
      parts.length = 0
      if (sha256 !== item.sha256)
        throw new BackupError(`The backup is damaged: file ${item.sha256} does not match its hash`)
      if (++fileCount % 100 === 0) progress(`files: ${fileCount}`)
    } else if (item?.type === 'table') {
      finishTable(current, loaded, progress)
      const table = tables.get(item.name)
      if (!table) throw new BackupError(`The backup has a table this database lacks: ${item.name}`)
      if (table.columns.join(',') !== item.columns.join(','))
        throw new BackupError(`The backup's columns of ${item.name} do not match this database's`)
      current = { table, expected: item.rows }
      loaded[item.name] = 0
    } else if (item?.type === 'end') {
      finishTable(current, loaded, progress)
      if (fileCount !== item.files) throw new BackupError('The backup is damaged: files are missing')
      progress(`files: ${fileCount}`)
      return { tables: loaded, files: fileCount }
    } else throw new BackupError('The backup is damaged: a line could not be read')
  }
  throw new BackupError('The backup is incomplete (it ends before its last record): nothing was restored')
}

function finishTable(
  current: { table: TableInfo; expected: number } | null,
  loaded: Record<string, number>,
  progress: (line: string) => void,
) {
  if (!current) return
  const count = loaded[current.table.name]
  if (count !== current.expected)
    throw new BackupError(`The backup is damaged: ${current.table.name} has ${count} of its ${current.expected} rows`)
  progress(`${current.table.name}: ${count} rows`)
}

async function insertBatch(trx: Transaction<Database>, table: TableInfo, batch: string): Promise<number> {
  const columns = sql.join(table.columns.map(column => sql.ref(column)))
  const result = await sql`insert into ${sql.table(table.name)} (${columns}) overriding system value
    select ${columns} from jsonb_populate_recordset(null::${sql.table(table.name)}, ${batch}::jsonb)`.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

/** New rows must get ids after the restored ones. */
async function resetIdentities(trx: Transaction<Database>, table: TableInfo) {
  for (const column of table.identityColumns) {
    const quoted = `"${table.name.replaceAll('"', '""')}"`
    await sql`select setval(pg_get_serial_sequence(${quoted}, ${column}),
        coalesce((select max(${sql.ref(column)}) from ${sql.table(table.name)}), 0) + 1, false)`.execute(trx)
  }
}
