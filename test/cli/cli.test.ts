import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { cliDatabase, runCli, type CliDatabase } from '../support/run-cli.ts'

const NO_STACK = /^\s+at /m

describe('scrutiny CLI', () => {
  let dir: string
  let database: CliDatabase
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-cli-'))
    database = await cliDatabase(join(dir, 'data'))
  })
  after(async () => {
    await database.dispose()
    await rm(dir, { recursive: true, force: true })
  })

  test('--help lists every command, and each command has its own help', async () => {
    const help = await runCli(['--help'])
    assert.equal(help.code, 0)
    for (const command of ['serve', 'migrate', 'demo', 'user'])
      assert.match(help.stdout, new RegExp(`\\b${command}\\b`))
    const userAdd = await runCli(['user', 'add', '--help'])
    assert.equal(userAdd.code, 0)
    assert.match(userAdd.stdout, /--password-stdin/)
    assert.match(userAdd.stdout, /member, report_author, scrutiny_officer, admin/)
  })

  test('a database server that cannot be reached gives one clear line and exit 1', async () => {
    const result = await runCli(['migrate'], { env: { DATABASE_URL: 'postgres://scrutiny:pw@127.0.0.1:1/none' } })
    assert.equal(result.code, 1)
    assert.match(
      result.stderr,
      /^Error: Could not open the database \(PostgreSQL at postgres:\/\/scrutiny:\*\*\*\*@127\.0\.0\.1:1\/none\)/,
    )
    assert.doesNotMatch(result.stderr, NO_STACK)
  })

  test('a data folder that cannot be used gives a clear message and exit 1', async () => {
    const file = join(dir, 'not-a-folder')
    await writeFile(file, 'x')
    const result = await runCli(['migrate'], { env: { DATA_DIR: file } })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Could not open the database \(the data folder .*not-a-folder\)/)
    assert.doesNotMatch(result.stderr, NO_STACK)
  })

  test('a bad setting is named, not crashed on', async () => {
    const result = await runCli(['migrate'], { env: { PORT: 'eighty' } })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Invalid configuration:\n\s+PORT:/)
  })

  test('user add creates an account from --password-stdin, and refuses a duplicate', async () => {
    const env = database.env
    const args = ['user', 'add', '--email', 'Officer@Example.gov.uk', '--role', 'scrutiny_officer', '--password-stdin']
    const created = await runCli(args, { env, input: 'a long enough password\n' })
    assert.equal(created.code, 0, created.stderr)
    assert.match(created.stdout, /Created scrutiny officer account for officer@example.gov.uk/)
    const again = await runCli(args, { env, input: 'a long enough password\n' })
    assert.equal(again.code, 1)
    assert.match(again.stderr, /An account with the email officer@example.gov.uk already exists/)
  })

  test('user add --person links the account to a person, once; an unknown person is refused before anything is made', async () => {
    const env = database.env
    const demo = await runCli(['demo'], { env })
    assert.match(demo.stdout, /Loaded the demo council/, demo.stderr)
    const add = (email: string, person: string) =>
      runCli(['user', 'add', '--email', email, '--role', 'report_author', '--person', person, '--password-stdin'], {
        env,
        input: 'a long enough password\n',
      })
    const unknown = await add('nobody@example.gov.uk', 'no-such-person')
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /No person with the slug "no-such-person"/)
    const linked = await add('cllr.hargreaves@example.gov.uk', 'tom-hargreaves')
    assert.equal(linked.code, 0, linked.stderr)
    assert.match(linked.stdout, /account for cllr.hargreaves@example.gov.uk, linked to tom-hargreaves/)
    const twice = await add('other@example.gov.uk', 'tom-hargreaves')
    assert.equal(twice.code, 2)
    assert.match(twice.stderr, /tom-hargreaves already has an account: cllr.hargreaves@example.gov.uk/)
    const refusedFirst = await add('other@example.gov.uk', 'no-such-person')
    assert.doesNotMatch(refusedFirst.stderr, /already exists/, 'the refused account was never made')
  })

  test('user add explains a bad role and a short password', async () => {
    const env = database.env
    const result = await runCli(['user', 'add', '--email', 'a@b.gov.uk', '--role', 'mayor', '--password-stdin'], {
      env,
      input: 'short',
    })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Role must be one of: member, report_author, scrutiny_officer, admin/)
    assert.match(result.stderr, /Password must be at least 12 characters/)
    assert.doesNotMatch(result.stderr, NO_STACK)
  })

  test('without a terminal and without --password-stdin, user add says how to give the password', async () => {
    const result = await runCli(['user', 'add', '--email', 'a@b.gov.uk', '--role', 'member'], {
      env: database.env,
    })
    assert.equal(result.code, 2)
    assert.match(result.stderr, /use --password-stdin/)
  })
})

describe('scrutiny parse', () => {
  const seed = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
    .pathname

  test('--json prints one JSON document of the pack and touches no database', async () => {
    const result = await runCli(['parse', seed, '--json'], { env: { DATA_DIR: '/nonexistent/never-created' } })
    assert.equal(result.code, 0, result.stderr)
    const pack = JSON.parse(result.stdout)
    assert.equal(pack.meeting.date, '2023-05-17')
    assert.equal(pack.meeting.start_time, '10:00')
    assert.equal(pack.agenda_items[5].title, "YOUNG PEOPLE'S SUBSTANCE USE SERVICE")
    assert.deepEqual(pack.agenda_items[5].pages, [25, 74])
    assert.ok(Array.isArray(pack.warnings))
  })

  test('a file that is not a pack is refused with one clear line and exit 1', async () => {
    const result = await runCli(['parse', '/etc/hostname.nonexistent'])
    assert.equal(result.code, 1)
    assert.match(result.stderr, /^Error: No such file/)
    assert.doesNotMatch(result.stderr, NO_STACK)
  })
})

describe('scrutiny import', () => {
  let dir: string
  let database: CliDatabase
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-import-cli-'))
    database = await cliDatabase(join(dir, 'data'))
  })
  after(async () => {
    await database.dispose()
    await rm(dir, { recursive: true, force: true })
  })
  const seeds = new URL('../../../shared/seeds/', import.meta.url).pathname

  test('imports a folder of packs with progress and a report, then finds nothing new the second time', async () => {
    const env = { ...database.env, DEMO: '0' }
    const first = await runCli(['import', seeds], { env })
    assert.equal(first.code, 0, first.stderr)
    assert.match(first.stderr, /\[1\/3\] .*pack-2016-04-20/)
    assert.match(first.stderr, /\[3\/3\] .*pack-2023-05-17/)
    assert.match(first.stdout, /agenda item\s+13 new\s+0 matched/)
    assert.match(first.stdout, /3 imported, 0 already imported \(unchanged\), 0 failed/)
    const second = await runCli(['import', seeds], { env })
    assert.match(second.stdout, /0 imported, 3 already imported \(unchanged\), 0 failed/)
  })

  test('a broken PDF is reported with a clear message and exit code 1', async () => {
    const bad = join(dir, 'bad')
    await mkdir(bad)
    await writeFile(join(bad, 'scan.pdf'), '%PDF-1.4\n%broken')
    const result = await runCli(['import', join(bad, 'scan.pdf')], { env: { DATA_DIR: join(dir, 'data2'), DEMO: '0' } })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /scan\.pdf: not imported: /)
    assert.doesNotMatch(result.stderr, NO_STACK)
  })
})

describe('scrutiny serve', () => {
  test('with a database that cannot be opened, says so in one line and exits 1 instead of serving', async () => {
    const result = await runCli(['serve'], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /^Error: Could not open the database/)
    assert.doesNotMatch(result.stderr, NO_STACK)
  })
})
