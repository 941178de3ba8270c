import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { createGzip } from 'node:zlib'
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { Engine } from '../../db/engine.ts'
import type { FileStore } from '../../documents/file-store.ts'
import { readCatalog, selfReferenceOrder, type TableInfo } from './catalog.ts'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  FILE_PART_BYTES,
  ROWS_PER_BATCH,
  type BackupRecord,
  type MigrationRecord,
} from './format.ts'

export interface BackupSummary {
  tables: Record<string, number>
  files: number
}

/**
 * Writes a backup of the whole database and its stored files to `output` (gzip'd JSON lines).
 * Everything is read in one repeatable-read transaction: a consistent snapshot even while the
 * app keeps running against PostgreSQL.
 */
export async function writeBackup(
  engine: Engine,
  files: FileStore,
  output: Writable,
  progress: (line: string) => void = () => {},
): Promise<BackupSummary> {
  const gzip = createGzip()
  gzip.pipe(output)
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain')
  }
  const summary = await engine.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async trx => {
      const migrations = await sql<{ row: MigrationRecord }>`
        select to_jsonb(m) as row from schema_migrations m order by name`.execute(trx)
      await write(
        record({
          type: 'header',
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          engine: engine.kind,
          migrations: migrations.rows.map(({ row }) => ({ name: row.name, applied_at: row.applied_at })),
        }),
      )
      const fileCount = await writeFiles(trx, files, write, progress)
      const tables: Record<string, number> = {}
      for (const table of await readCatalog(trx)) tables[table.name] = await writeTable(trx, table, write, progress)
      return { tables, files: fileCount }
    })
  await write(record({ type: 'end', ...summary }))
  gzip.end()
  await once(output, 'finish')
  return summary
}

const record = (value: BackupRecord) => JSON.stringify(value)

async function writeFiles(
  db: Kysely<Database>,
  files: FileStore,
  write: (line: string) => Promise<void>,
  progress: (line: string) => void,
): Promise<number> {
  const stored = await db.selectFrom('stored_file').select('sha256').orderBy('sha256').execute()
  let done = 0
  for (const { sha256 } of stored) {
    const bytes = await files.get(sha256)
    const parts = Math.max(1, Math.ceil(bytes.length / FILE_PART_BYTES))
    for (let part = 0; part < parts; part++) {
      const data = Buffer.from(bytes.subarray(part * FILE_PART_BYTES, (part + 1) * FILE_PART_BYTES)).toString('base64')
      await write(record({ type: 'file', sha256, part, parts, data }))
    }
    done++
    if (done % 100 === 0 || done === stored.length) progress(`files: ${done}/${stored.length}`)
  }
  return stored.length
}

async function writeTable(
  trx: Transaction<Database>,
  table: TableInfo,
  write: (line: string) => Promise<void>,
  progress: (line: string) => void,
): Promise<number> {
  const name = sql.table(table.name)
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${name}`.execute(trx)
  const total = rows[0]?.count ?? 0
  await write(record({ type: 'table', name: table.name, columns: table.columns, rows: total }))
  // Generated columns are left out: the database computes them again on restore.
  const without = sql`${sql.lit(`{${table.generatedColumns.join(',')}}`)}::text[]`
  const order = table.primaryKey.length ? sql`order by ${sql.join(table.primaryKey.map(c => sql.ref(c)))}` : sql``
  const select = sql`select (to_jsonb(t) - ${without})::text as row from ${name} t ${order}`
  if (table.selfReferences.length) {
    // Rows referencing rows of their own table must come after them; such tables are small.
    const texts = (await sql<{ row: string }>`${select}`.execute(trx)).rows.map(r => r.row)
    const rows = texts.map(text => JSON.parse(text) as Record<string, unknown>)
    const textOf = new Map(rows.map((row, i) => [row, texts[i]!]))
    const ordered = selfReferenceOrder(rows, table).map(row => textOf.get(row)!)
    for (let i = 0; i < ordered.length; i += ROWS_PER_BATCH)
      await write(`[${ordered.slice(i, i + ROWS_PER_BATCH).join(',')}]`)
  } else {
    await sql`declare backup_rows no scroll cursor for ${select}`.execute(trx)
    let written = 0
    for (;;) {
      const batch = await sql<{
        row: string
      }>`fetch forward ${sql.raw(String(ROWS_PER_BATCH))} from backup_rows`.execute(trx)
      if (!batch.rows.length) break
      await write(`[${batch.rows.map(r => r.row).join(',')}]`)
      written += batch.rows.length
      if (total > 10_000 && written % 10_000 < ROWS_PER_BATCH) progress(`${table.name}: ${written}/${total} rows`)
    }
    await sql`close backup_rows`.execute(trx)
  }
  progress(`${table.name}: ${total} rows`)
  return total
}
