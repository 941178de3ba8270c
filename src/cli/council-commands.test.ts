import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { cliDatabase, runCli, type CliDatabase } from '../../test/support/run-cli.ts'

describe('scrutiny council', () => {
  let dir: string
  let database: CliDatabase
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-council-cli-'))
    database = await cliDatabase(join(dir, 'data'))
  })
  after(async () => {
    await database.dispose()
    await rm(dir, { recursive: true, force: true })
  })
  const cli = (...args: string[]) => runCli(['council', ...args], { env: database.env })

  test('sets a new installation’s council up (a name is needed), changes it and shows it', async () => {
    const noName = await cli('set')
    assert.notEqual(noName.code, 0)
    assert.match(noName.stderr, /Enter the council’s name/)

    const created = await cli('set', '--name', 'Southmoor Borough Council')
    assert.equal(created.code, 0, created.stderr)
    assert.match(created.stdout, /Set up Southmoor Borough Council \(model code of conduct 2020 from 2021-05-01\)/)

    const changed = await cli('set', '--model-code-adopted-on', '2022-04-01')
    assert.equal(changed.code, 0, changed.stderr)
    const shown = await cli('show')
    assert.equal(
      shown.stdout,
      'Southmoor Borough Council\nidentifier: southmoor-borough-council\nmodel code of conduct 2020 from: 2022-04-01\n',
    )
  })

  test('--help explains the command', async () => {
    const help = await runCli(['council', 'set', '--help'])
    assert.equal(help.code, 0)
    assert.match(help.stdout, /--model-code-adopted-on <date>/)
  })
})
