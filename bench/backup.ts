/**
 * Backup and restore benchmark (issue 8): the demo council plus a large audit log and some
 * stored files, backed up to a temporary file and restored into a fresh database.
 *
 *   npm run bench -- backup [--rows 100000] [--files 20]
 *
 * In-memory PGlite, or PostgreSQL (throwaway schemas) when DATABASE_URL is set.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { diskFileStore } from '../src/documents/file-store.ts'
import { writeBackup } from '../src/ops/backup/backup.ts'
import { restoreBackup } from '../src/ops/backup/restore.ts'
import { createServices } from '../src/services.ts'
import { loadDemo } from '../src/startup.ts'
import { createTestEngine } from '../test/support/test-database.ts'

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, files: { type: 'string', default: '20' } },
  strict: false,
})
const rows = Number(args.rows)
const fileCount = Number(args.files)
const dir = await mkdtemp(join(tmpdir(), 'scrutiny-bench-backup-'))
const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r  ${line.padEnd(60)}`) : () => {}

const source = await createTestEngine()
const files = diskFileStore(join(dir, 'files-a'))
await loadDemo(createServices(source, files), { env: 'test' })
await sql`insert into audit_log (actor, action, entity_type, entity_id, after)
  select 'bench', 'bench.row', 'bench', g::text, jsonb_build_object('n', g, 'text', repeat('x', 200))
  from generate_series(1, ${rows}) g`.execute(source.db)
for (let i = 0; i < fileCount; i++) {
  const bytes = randomBytes(1024 * 1024)
  const sha256 = await files.put(bytes)
  await source.db
    .insertInto('stored_file')
    .values({ sha256, media_type: 'application/pdf', byte_size: bytes.length })
    .execute()
}

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'
console.log(`${engine}: demo council + ${rows} audit rows + ${fileCount} files of 1 MiB`)
const file = join(dir, 'backup.jsonl.gz')
let started = performance.now()
const summary = await writeBackup(source, files, createWriteStream(file), progress)
const backupMs = performance.now() - started
const total = Object.values(summary.tables).reduce((a, b) => a + b, 0)
const size = (await stat(file)).size
console.log(
  `\nbackup:  ${(backupMs / 1000).toFixed(1)} s, ${total} rows (${Math.round(total / (backupMs / 1000))} rows/s), ${(size / 1024 / 1024).toFixed(1)} MiB`,
)

const target = await createTestEngine()
started = performance.now()
await restoreBackup(target, diskFileStore(join(dir, 'files-b')), createReadStream(file), progress)
const restoreMs = performance.now() - started
console.log(`\nrestore: ${(restoreMs / 1000).toFixed(1)} s (${Math.round(total / (restoreMs / 1000))} rows/s)`)

await source.dispose()
await target.dispose()
await rm(dir, { recursive: true, force: true })
