// Makes src/db/pglite-template.tar.br, the empty data folder new PGlite databases are unpacked
// from (see src/db/pglite-template.ts), with the installed PGlite's initdb. Run after upgrading
// @electric-sql/pglite:   npm run db:template
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initdbDataDir } from '../src/db/engine.ts'
import { SHIPPED_TEMPLATE, installedPgliteVersion, packTemplate } from '../src/db/pglite-template.ts'

const work = await mkdtemp(join(tmpdir(), 'scrutiny-template-'))
try {
  const version = await installedPgliteVersion()
  process.stderr.write(`Running initdb with PGlite ${version} (about ten seconds)…\n`)
  await initdbDataDir(join(work, 'pglite'))
  process.stderr.write('Packing the new data folder…\n')
  await packTemplate(join(work, 'pglite'), SHIPPED_TEMPLATE)
  const { size } = await stat(SHIPPED_TEMPLATE.archive)
  console.log(`${SHIPPED_TEMPLATE.archive}: ${(size / 1024 / 1024).toFixed(1)} MB, PGlite ${version}`)
} finally {
  await rm(work, { recursive: true, force: true })
}
