import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import pg from 'pg'
import { createTestEngine } from '../../test/support/test-database.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { type Engine, openEngine } from '../db/engine.ts'
import { migrate } from '../db/migrate.ts'
import { loadDemoCouncil } from '../demo/load-demo.ts'
import { type Message, outboxMailer } from '../mail/mailer.ts'
import { deliverQueuedMail } from '../mail/outbox.repository.ts'
import { addDays, todayInLondon } from '../shared/dates.ts'
import { createRoundsService } from '../tracking/rounds.service.ts'
import { runJobsOnce, startJobs } from './job-runner.ts'
import { type RoundDeadlines, remindersDue } from './reminder-schedule.ts'

describe('remindersDue: which reminders an author who owes evidence gets on a day', () => {
  const round: RoundDeadlines = {
    scheduledFor: '2027-03-17',
    evidenceDueOn: '2027-02-24',
    reportDueOn: '2027-03-03',
    scheduledOn: '2027-01-10',
    status: 'awaiting_evidence',
  }
  const kinds = (r: RoundDeadlines, today: string, owes = true) => remindersDue(r, today, owes).map(d => d.kind)
  const cases: Array<[string, RoundDeadlines, string, boolean, string[]]> = [
    ['the request as soon as scheduled', round, '2027-01-10', true, ['evidence_requested']],
    ['nothing to someone who owes nothing', round, '2027-02-25', false, []],
    ['evidence due soon from a week before', round, '2027-02-17', true, ['evidence_requested', 'evidence_due_soon']],
    ['not due soon eight days before', round, '2027-02-16', true, ['evidence_requested']],
    [
      'evidence due soon on the day itself (a week before the report deadline)',
      round,
      '2027-02-24',
      true,
      ['evidence_requested', 'evidence_due_soon', 'report_due_soon'],
    ],
    [
      'overdue the day after, and the report deadline near',
      round,
      '2027-02-25',
      true,
      ['evidence_requested', 'evidence_overdue', 'report_due_soon'],
    ],
    [
      'both overdue after the report deadline',
      round,
      '2027-03-04',
      true,
      ['evidence_requested', 'evidence_overdue', 'report_overdue'],
    ],
    ['nothing once the meeting has passed', round, '2027-03-18', true, []],
    ['nothing once the round is assessed', { ...round, status: 'assessed' }, '2027-02-25', true, []],
    [
      'no "due soon" when the round was scheduled inside the week (the request said when)',
      { ...round, scheduledOn: '2027-02-20' },
      '2027-02-20',
      true,
      ['evidence_requested'],
    ],
    [
      'without deadlines, only the request',
      { ...round, evidenceDueOn: null, reportDueOn: null },
      '2027-03-16',
      true,
      ['evidence_requested'],
    ],
  ]
  for (const [name, r, today, owes, expected] of cases) {
    test(name, () => assert.deepEqual(kinds(r, today, owes), expected))
  }

  test('each reminder names the deadline it is about, so a moved deadline is reminded again', () => {
    const due = remindersDue(round, '2027-02-25', true)
    assert.deepEqual(
      due.map(d => d.dueOn),
      ['2027-02-24', '2027-02-24', '2027-03-03'],
    )
  })
})

/** Two engines on one database when DATABASE_URL is set (two app instances); one engine on PGlite otherwise. */
async function twoEngines(): Promise<{ a: Engine; b: Engine; dispose(): Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const engine = await createTestEngine()
    return { a: engine, b: engine, dispose: () => engine.dispose() }
  }
  const schema = `test_${randomBytes(6).toString('hex')}`
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query(text).finally(() => client.end())
  }
  await admin(`create schema ${schema}`)
  const a = await openEngine({ databaseUrl: url, dataDir: '', schema })
  await migrate(a)
  const b = await openEngine({ databaseUrl: url, dataDir: '', schema })
  return {
    a,
    b,
    dispose: async () => {
      await a.close()
      await b.close()
      await admin(`drop schema ${schema} cascade`)
    },
  }
}

describe('the reminder job, run by two instances at once', () => {
  let engines: Awaited<ReturnType<typeof twoEngines>>
  let roundId: number
  // The clock's day: the job takes a round's scheduling day from when it was written (created_at).
  const today = todayInLondon()
  const sent: Message[] = []
  const mailer = { description: 'test', send: async (m: Message) => void sent.push(m) }

  before(async () => {
    engines = await twoEngines()
    const db = engines.a.db
    await loadDemoCouncil(db, today)
    const osei = await db.selectFrom('person').select('id').where('slug', '=', 'naomi-osei').executeTakeFirstOrThrow()
    await db
      .insertInto('app_user')
      .values({
        email: 'osei@example.gov.uk',
        display_name: 'Naomi Osei',
        role: 'report_author',
        password_hash: 'x',
        person_id: osei.id,
      })
      .execute()
    const inquiry = await db.selectFrom('inquiry').select(['id', 'committee_id']).executeTakeFirstOrThrow()
    const meeting = await db
      .selectFrom('meeting')
      .select('id')
      .where('committee_id', '=', inquiry.committee_id)
      .where('meeting_date', '>', addDays(today, 14))
      .orderBy('meeting_date')
      .executeTakeFirstOrThrow()
    const result = await createRoundsService(db).scheduleRound(
      {
        inquiryId: inquiry.id,
        meetingId: meeting.id,
        evidenceDueOn: addDays(today, 10),
        reportDueOn: addDays(today, 12),
      },
      systemActor('test'),
      today,
    )
    assert.ok(result.ok)
    roundId = result.value
  })
  after(() => engines.dispose())

  const runBoth = (day: string) =>
    Promise.all(
      [engines.a, engines.b].map(engine =>
        runJobsOnce({ db: engine.db, mailer, siteUrl: 'https://scrutiny.example', today: () => day }),
      ),
    )

  test('the evidence request is sent once, to the responsible report author, with a link to the round', async () => {
    await runBoth(today)
    await runBoth(today) // and again later the same day: nothing new
    assert.equal(sent.length, 1)
    const [mail] = sent
    assert.equal(mail!.to, 'osei@example.gov.uk')
    assert.match(mail!.subject, /Tracking evidence requested: Reducing School Exclusions/)
    assert.match(mail!.text, /R03, R04, R05/)
    assert.match(mail!.text, new RegExp(`https://scrutiny.example/staff/tracking/${roundId}`))
  })

  test('"due soon" and "overdue" each go once, however often the job runs', async () => {
    await runBoth(addDays(today, 4))
    await runBoth(addDays(today, 4))
    await runBoth(addDays(today, 11))
    await runBoth(addDays(today, 11))
    assert.deepEqual(
      sent.map(m => m.subject.split(':')[0]),
      [
        'Tracking evidence requested',
        'Tracking evidence due soon',
        'Tracking evidence overdue',
        'Tracking report deadline soon',
      ],
    )
    const rows = await engines.a.db.selectFrom('reminder_sent').select(['kind', 'mail_id']).execute()
    assert.equal(rows.length, 4)
    assert.ok(rows.every(r => r.mail_id !== null))
    const unsent = await engines.a.db.selectFrom('mail_outbox').select('id').where('sent_at', 'is', null).execute()
    assert.deepEqual(unsent, [])
  })

  test('once every recommendation has evidence, no more reminders go', async () => {
    const db = engines.a.db
    const recs = await db.selectFrom('recommendation').select('id').where('concluded_on', 'is', null).execute()
    for (const rec of recs) {
      await db
        .insertInto('assessment')
        .values({
          recommendation_id: rec.id,
          tracking_round_id: roundId,
          assessed_by: 'executive',
          code: 6,
          evidence: 'x',
          assessed_on: addDays(today, 12),
        })
        .execute()
    }
    const before = sent.length
    await runBoth(addDays(today, 13))
    assert.equal(sent.length, before)
  })
})

describe('mail delivery', () => {
  test('a message that fails stays queued with its error and is tried again on the next run', async () => {
    const engine = await createTestEngine()
    try {
      await engine.db
        .insertInto('mail_outbox')
        .values({ to_address: 'a@example.gov.uk', subject: 'S', body: 'B' })
        .execute()
      let fail = true
      const flaky = {
        description: 'flaky',
        send: async () => {
          if (fail) throw new Error('connection refused')
        },
      }
      assert.deepEqual(await deliverQueuedMail(engine.db, flaky), { sent: 0, failed: 1 })
      const queued = await engine.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow()
      assert.equal(queued.sent_at, null)
      assert.equal(queued.last_error, 'connection refused')
      fail = false
      assert.deepEqual(await deliverQueuedMail(engine.db, flaky), { sent: 1, failed: 0 })
    } finally {
      await engine.dispose()
    }
  })

  test('the scheduler runs the jobs as soon as it starts, and stopping waits for that run to finish', async () => {
    const engine = await createTestEngine()
    try {
      await engine.db
        .insertInto('mail_outbox')
        .values({ to_address: 'a@example.gov.uk', subject: 'S', body: 'B' })
        .execute()
      const delivered: Message[] = []
      const scheduler = startJobs({
        db: engine.db,
        mailer: { description: 'test', send: async m => void delivered.push(m) },
        siteUrl: 'https://scrutiny.example',
        intervalMs: 3_600_000,
      })
      await scheduler.stop()
      assert.deepEqual(
        delivered.map(m => m.to),
        ['a@example.gov.uk'],
      )
    } finally {
      await engine.dispose()
    }
  })

  test('without SMTP, messages are written to the outbox folder as .eml files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'scrutiny-outbox-'))
    try {
      await outboxMailer(folder).send({
        to: 'n.osei@example.gov.uk',
        subject: 'Tracking evidence requested',
        text: 'Dear Naomi',
      })
      const files = await readdir(folder)
      assert.equal(files.length, 1)
      assert.match(files[0]!, /\.eml$/)
      const eml = await readFile(join(folder, files[0]!), 'utf8')
      assert.match(eml, /^To: n\.osei@example\.gov\.uk$/m)
      assert.match(eml, /^Subject: Tracking evidence requested$/m)
      assert.match(eml, /Dear Naomi/)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
