import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { systemActor } from '../../src/audit/audit.repository.ts'
import { diskFileStore } from '../../src/documents/file-store.ts'
import { openEngine, type Engine } from '../../src/db/engine.ts'
import { migrate } from '../../src/db/migrate.ts'
import { buildPdfFromText } from '../../src/import/pdf/build-test-pdf.ts'
import { addDays, todayInLondon } from '../../src/shared/dates.ts'
import { createServices, type Services } from '../../src/services.ts'
import { loadDemo } from '../../src/startup.ts'

// Kills the process (SIGKILL: no clean-up, as in a power cut) in the middle of an import and of a
// publish, then opens the database again: each operation must be wholly absent, and can then be
// done again. Runs on a PGlite data folder, or on PostgreSQL when DATABASE_URL is set.

const CHILD = fileURLToPath(new URL('./operation-child.ts', import.meta.url))
const PACK = fileURLToPath(
  new URL('../../../shared/seeds/pack-2016-04-20-education-vulnerable-children.txt', import.meta.url),
)
const actor = systemActor('fault-test')

interface Place {
  env: Record<string, string>
  open(): Promise<Engine>
  dispose(): Promise<void>
}

async function placeForDatabase(filesDir: string): Promise<Place> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const dataDir = await mkdtemp(join(tmpdir(), 'scrutiny-fault-db-'))
    return {
      env: { FAULT_DATA_DIR: dataDir, FAULT_FILES_DIR: filesDir },
      open: () => openEngine({ dataDir }),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    }
  }
  const schema = `fault_${randomBytes(6).toString('hex')}`
  await admin(url, `create schema ${schema}`)
  return {
    env: { FAULT_DATABASE_URL: url, FAULT_SCHEMA: schema, FAULT_FILES_DIR: filesDir },
    open: () => openEngine({ databaseUrl: url, dataDir: '', schema }),
    dispose: () => admin(url, `drop schema ${schema} cascade`),
  }
}

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(text).finally(() => client.end())
}

/** Starts the operation in a child process, waits until it reaches its fault point, and kills it. */
function killAt(pausePoint: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      env: { ...process.env, ...env, SCRUTINY_PAUSE_AT: pausePoint },
    })
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`never reached ${pausePoint}: ${stderr}`))
    }, 120_000)
    child.stderr.on('data', chunk => {
      stderr += chunk
      if (stderr.includes(`PAUSED AT ${pausePoint}`)) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL' && stderr.includes('PAUSED AT')) resolve()
      else reject(new Error(`the operation ended on its own (${signal ?? _code}): ${stderr}`))
    })
  })
}

const count = async (
  engine: Engine,
  table: 'meeting' | 'agenda_version' | 'import_run' | 'stored_file' | 'document' | 'audit_log',
) =>
  Number(
    (
      await engine.db
        .selectFrom(table)
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('killing the process mid-operation loses nothing and leaves no half-done change', () => {
  let place: Place
  let filesDir: string
  let meetingId: number

  const withServices = async <T>(work: (services: Services, engine: Engine) => Promise<T>): Promise<T> => {
    const engine = await place.open()
    try {
      return await work(createServices(engine, diskFileStore(filesDir)), engine)
    } finally {
      await engine.close()
    }
  }

  before(async () => {
    filesDir = await mkdtemp(join(tmpdir(), 'scrutiny-fault-files-'))
    place = await placeForDatabase(filesDir)
    meetingId = await withServices(async (services, engine) => {
      await migrate(engine)
      await loadDemo(services, { env: 'production' })
      const { id } = await services.meetingAdmin.createMeeting(
        {
          committee: 'children-and-education',
          meetingDate: addDays(todayInLondon(), 40),
          startTime: '10:00',
          venue: null,
          webcastUrl: null,
        },
        actor,
      )
      const itemId = await services.agendaBuilder.addItem(
        id,
        {
          title: 'Budget',
          description: null,
          timeFrom: null,
          timeTo: null,
          attendees: null,
          leadOfficer: null,
          reportAuthor: null,
          exempt: false,
          exemptParagraph: null,
        },
        actor,
      )
      const bytes = Buffer.from(await buildPdfFromText('BUDGET REPORT\n\nThe forecast.'))
      await services.agendaBuilder.attachDocument(
        id,
        itemId,
        { title: 'Budget report', kind: 'report', exempt: false, exemptParagraph: null },
        { bytes, filename: 'budget.pdf' },
        actor,
        false,
      )
      return id
    })
  })
  after(async () => {
    await place?.dispose()
    await rm(filesDir, { recursive: true, force: true })
  })

  test('an import killed inside its transaction is absent, and imports whole afterwards', async () => {
    const before = await withServices(async (_, engine) => ({
      meetings: await count(engine, 'meeting'),
      files: await count(engine, 'stored_file'),
      audit: await count(engine, 'audit_log'),
    }))
    await killAt('pack.import', ['import', PACK], place.env)
    await withServices(async (services, engine) => {
      assert.equal(await count(engine, 'meeting'), before.meetings, 'no meeting from the killed import')
      assert.equal(await count(engine, 'import_run'), 0, 'no import run')
      assert.equal(await count(engine, 'stored_file'), before.files, 'no stored file')
      assert.equal(await count(engine, 'audit_log'), before.audit, 'no audit entry')
      const report = await services.imports.importFile(PACK, actor)
      assert.equal(report.status, 'imported')
      const meeting = await engine.db
        .selectFrom('meeting')
        .select('id')
        .where('slug', '=', report.meetingSlug)
        .executeTakeFirst()
      assert.ok(meeting, 'the pack’s meeting is there')
      assert.equal(await count(engine, 'import_run'), 1)
    })
  })

  test('a publish killed after building its packs is absent, and publishes whole afterwards', async () => {
    await killAt('agenda.publish', ['publish', String(meetingId)], place.env)
    await withServices(async (services, engine) => {
      assert.equal(await count(engine, 'agenda_version'), 0)
      const meeting = await engine.db
        .selectFrom('meeting')
        .select('status')
        .where('id', '=', meetingId)
        .executeTakeFirstOrThrow()
      assert.equal(meeting.status, 'scheduled')
      const docs = await engine.db
        .selectFrom('document')
        .select(['kind', 'status'])
        .where('meeting_id', '=', meetingId)
        .execute()
      assert.deepEqual(docs, [{ kind: 'report', status: 'accepted' }], 'no pack, report not published')
      assert.equal(await services.publication.publish(meetingId, null, actor), 1)
      const after = await engine.db
        .selectFrom('document')
        .select('kind')
        .where('meeting_id', '=', meetingId)
        .where('status', '=', 'published')
        .execute()
      assert.ok(
        after.some(d => d.kind === 'agenda_pack'),
        JSON.stringify(after),
      )
    })
  })
})
