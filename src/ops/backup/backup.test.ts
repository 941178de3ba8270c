import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import pg from 'pg'
import { openEngine, type Engine } from '../../db/engine.ts'
import { diskFileStore, type FileStore } from '../../documents/file-store.ts'
import { createServices } from '../../services.ts'
import { loadDemo } from '../../startup.ts'
import { createTestEngine } from '../../../test/support/test-database.ts'
import { writeBackup } from './backup.ts'
import { readCatalog } from './catalog.ts'
import { BackupError } from './format.ts'
import { restoreBackup } from './restore.ts'

type TestEngine = Awaited<ReturnType<typeof createTestEngine>>

async function backupOf(engine: Engine, files: FileStore): Promise<Buffer> {
  const chunks: Buffer[] = []
  const output = new PassThrough()
  output.on('data', chunk => chunks.push(chunk))
  await writeBackup(engine, files, output)
  return Buffer.concat(chunks)
}

const restore = (engine: Engine, files: FileStore, backup: Buffer) =>
  restoreBackup(engine, files, Readable.from([backup]))

/** Every table's rows, as the database's own JSON, sorted: equal means the data is the same. */
async function contents(engine: Engine): Promise<Record<string, string[]>> {
  const tables = (await readCatalog(engine.db)).map(t => t.name).concat('schema_migrations')
  const result: Record<string, string[]> = {}
  for (const name of tables) {
    const { rows } = await sql<{ row: string }>`select to_jsonb(t)::text as row from ${sql.table(name)} t`.execute(
      engine.db,
    )
    result[name] = rows.map(r => r.row).sort()
  }
  return result
}

/** Rewrites a backup's lines, to make damaged or foreign ones. */
function editLines(backup: Buffer, edit: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(backup).toString('utf8').trimEnd().split('\n')
  return gzipSync(`${edit(lines).join('\n')}\n`)
}

/** A database with no tables at all: PGlite in memory, or a new empty schema on PostgreSQL. */
async function blankEngine(): Promise<Engine & { dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const engine = await openEngine({ dataDir: 'memory://' })
    return { ...engine, dispose: () => engine.close() }
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(text).finally(() => client.end())
  }
  await admin(`create schema ${schema}`)
  const engine = await openEngine({ databaseUrl: url, dataDir: '', schema })
  return {
    ...engine,
    dispose: async () => {
      await engine.close()
      await admin(`drop schema ${schema} cascade`)
    },
  }
}

describe('scrutiny backup and restore', () => {
  let source: TestEngine
  let sourceFiles: FileStore
  const folders: string[] = []
  const filesDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scrutiny-backup-files-'))
    folders.push(dir)
    return dir
  }
  const pdfBytes = randomBytes(1_300_000) // bigger than one file part
  let backup: Buffer

  before(async () => {
    source = await createTestEngine()
    sourceFiles = diskFileStore(await filesDir())
    const services = createServices(source, sourceFiles)
    await loadDemo(services, { env: 'test' }) // the demo council and its staff accounts (audited)
    const { db } = source
    const sha256 = await sourceFiles.put(pdfBytes)
    const file = await db
      .insertInto('stored_file')
      .values({ sha256, media_type: 'application/pdf', byte_size: pdfBytes.length, original_name: 'pack.pdf' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('file_page')
      .values([
        { file_id: file.id, page_number: 1, body: 'Agenda — “quoted”, £5, ünïcode' },
        { file_id: file.id, page_number: 2, body: 'Page 2 of 2' },
      ])
      .execute()
    // An action re-raised from a later one: its row must load after the row it points at.
    const actions = await db.selectFrom('action').select(['id']).orderBy('id').execute()
    const [first, last] = [actions[0]!, actions.at(-1)!]
    await db.updateTable('action').set({ re_raised_from_id: last.id }).where('id', '=', first.id).execute()
    await db
      .insertInto('user_session')
      .values({
        id: 'session-1',
        data: JSON.stringify({ userId: 1 }),
        user_id: 1,
        expires_at: new Date(Date.now() + 60_000),
      })
      .execute()
    backup = await backupOf(source, sourceFiles)
  })
  after(async () => {
    await source.dispose()
    for (const dir of folders) await rm(dir, { recursive: true, force: true })
  })

  test('a restored database equals the original in every table, and its files are back', async () => {
    const target = await createTestEngine()
    try {
      const targetFiles = diskFileStore(await filesDir())
      // Someone opened the new instance's sign-in page: an anonymous session is not data.
      await target.db
        .insertInto('user_session')
        .values({ id: 'anonymous', data: '{}', user_id: null, expires_at: new Date(Date.now() + 60_000) })
        .execute()
      const summary = await restore(target, targetFiles, backup)
      assert.equal(summary.files, 1)
      assert.ok(summary.tables.audit_log! > 0, 'the append-only audit log is restored')
      assert.deepEqual(await contents(target), await contents(source))
      const sha = (await target.db.selectFrom('stored_file').select('sha256').executeTakeFirstOrThrow()).sha256
      assert.deepEqual(Buffer.from(await targetFiles.get(sha)), pdfBytes)
    } finally {
      await target.dispose()
    }
  })

  test('new rows in a restored database get ids after the restored ones', async () => {
    const target = await createTestEngine()
    try {
      await restore(target, diskFileStore(await filesDir()), backup)
      const highest = await target.db
        .selectFrom('council')
        .select(eb => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow()
      const added = await target.db
        .insertInto('council')
        .values({ name: 'Another Council', slug: 'another' })
        .returning('id')
        .executeTakeFirstOrThrow()
      assert.equal(added.id, Number(highest.id) + 1)
    } finally {
      await target.dispose()
    }
  })

  test('a database with no tables at all is migrated to the backup’s version and filled', async () => {
    const target = await blankEngine()
    try {
      await restore(target, diskFileStore(await filesDir()), backup)
      assert.deepEqual(await contents(target), await contents(source))
    } finally {
      await target.dispose()
    }
  })

  test('a database that is not empty is refused and left as it was', async () => {
    const before = await contents(source)
    await assert.rejects(
      restore(source, sourceFiles, backup),
      (error: unknown) =>
        error instanceof BackupError && /The database is not empty \(table \w+ has rows\)/.test(error.message),
    )
    assert.deepEqual(await contents(source), before)
  })

  test('a backup from a newer schema version is refused', async () => {
    const newer = editLines(backup, ([header, ...rest]) => {
      const parsed = JSON.parse(header!)
      parsed.migrations.push({ name: '9999_from_the_future.sql', applied_at: '2030-01-01T00:00:00+00:00' })
      return [JSON.stringify(parsed), ...rest]
    })
    const target = await createTestEngine()
    try {
      await assert.rejects(
        restore(target, diskFileStore(await filesDir()), newer),
        /newer version of Scrutiny .*9999_from_the_future\.sql/,
      )
    } finally {
      await target.dispose()
    }
  })

  test('a truncated backup restores nothing', async () => {
    const truncated = editLines(backup, lines => lines.slice(0, -3))
    const target = await createTestEngine()
    try {
      const empty = await contents(target)
      await assert.rejects(restore(target, diskFileStore(await filesDir()), truncated), /incomplete/)
      assert.deepEqual(await contents(target), empty)
    } finally {
      await target.dispose()
    }
  })

  test('a file that is not a backup gets a clear error', async () => {
    const target = await createTestEngine()
    try {
      await assert.rejects(
        restore(target, diskFileStore(await filesDir()), gzipSync('hello\n')),
        /not a Scrutiny backup/,
      )
      await assert.rejects(
        restore(target, diskFileStore(await filesDir()), Buffer.from('plain text')),
        /not a Scrutiny backup/,
      )
    } finally {
      await target.dispose()
    }
  })
})
