import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { extractPdfText } from '../import/pdf/extract.ts'
import { openDatabase } from '../db/open-database.ts'
import { cliDatabase, runCli, type CliDatabase } from '../../test/support/run-cli.ts'

describe('scrutiny pack', () => {
  let dir: string
  let slug: string
  let database: CliDatabase
  const env = () => database.env

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-pack-cli-'))
    database = await cliDatabase(dir)
    const demo = await runCli(['demo'], { env: env() })
    assert.equal(demo.code, 0, demo.stderr)
    const engine = await openDatabase({ dataDir: dir, databaseUrl: env().DATABASE_URL })
    try {
      const meeting = await engine.db
        .selectFrom('meeting')
        .select('slug')
        .where('status', '=', 'agenda_published')
        .executeTakeFirstOrThrow()
      slug = meeting.slug
    } finally {
      await engine.close()
    }
  })
  after(async () => {
    await database.dispose()
    await rm(dir, { recursive: true, force: true })
  })

  test('writes the public pack of a meeting to a file', async () => {
    const out = join(dir, 'pack.pdf')
    const result = await runCli(['pack', slug, '--out', out], { env: env() })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^Wrote .*pack\.pdf: public agenda pack, \d+ pages/)
    const pages = await extractPdfText(new Uint8Array(await readFile(out)))
    assert.match(pages[0]?.text ?? '', /A G E N D A/)
    assert.match(pages[0]?.text ?? '', /Page 1/)
    // The demo meeting's exempt item is named on the members' pack only.
    assert.ok(!pages.some(p => p.text.includes('Larkfield')))
  })

  test('an unknown meeting is one error line and a non-zero exit, and no file', async () => {
    const out = join(dir, 'none.pdf')
    const result = await runCli(['pack', '2026-01-01-no-such-committee', '--out', out], { env: env() })
    assert.notEqual(result.code, 0)
    assert.match(result.stderr, /^Error: No meeting with the slug "2026-01-01-no-such-committee"[^\n]*\n$/)
    await assert.rejects(readFile(out), { code: 'ENOENT' })
  })
})
