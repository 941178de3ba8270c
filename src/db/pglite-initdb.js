// Creates a new PGlite data folder, then exits. engine.ts runs this in a process of its own, so the
// memory PGlite's initdb needs does not stay with the process that goes on to use the database.
//
//   node pglite-initdb.js <data folder> <PGlite options as JSON: initDbStartParams, startParams>
//
// Plain JavaScript, so this process does not load tsx. The database is made in memory and then
// written out: for a folder on disk, PGlite makes it in memory anyway, then copies it through a
// tarball built and read back whole (measured: 100 MB more at the peak).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { PGlite } from '@electric-sql/pglite'

const [dataDir, options] = process.argv.slice(2)
try {
  if (!dataDir || !options) throw new Error('usage: pglite-initdb.js <data folder> <options as JSON>')
  await createDataDir(dataDir, JSON.parse(options))
} catch (error) {
  // One line, which engine.ts passes on to whoever opens the database.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}

async function createDataDir(dataDir, options) {
  const pglite = await PGlite.create('memory://', options)
  const { FS } = pglite.Module
  // Closed first: a clean shutdown leaves every file complete. The files stay readable in memory.
  await pglite.close()
  await copyOut(FS, PGlite.paths.PGDATA, dataDir)
}

/**
 * Writes the in-memory folder `from` to `to` on disk. PG_VERSION, by which PGlite tells a data
 * folder from an empty one, is written last, so a copy cut short is made again next time.
 */
async function copyOut(fs, from, to) {
  await writeTree(fs, from, to, name => name !== 'PG_VERSION')
  await writeFile(join(to, 'PG_VERSION'), fs.readFile(`${from}/PG_VERSION`))
}

async function writeTree(fs, from, to, include = () => true) {
  await mkdir(to, { recursive: true })
  for (const name of fs.readdir(from)) {
    if (name === '.' || name === '..' || !include(name)) continue
    const path = `${from}/${name}`
    if (fs.isDir(fs.stat(path).mode)) await writeTree(fs, path, join(to, name))
    else await writeFile(join(to, name), fs.readFile(path))
  }
}
