/**
 * An empty PGlite data folder, shipped with the code (`pglite-template.tar.br`, 1 MB), from which
 * new data folders are unpacked. Making one with PGlite's initdb takes a process of ~460 MB for six
 * seconds (engine.ts), which a council's first `scrutiny import` or `npm start` would pay on top of
 * its own memory; unpacking takes a fraction of a second and next to no memory.
 *
 * The template is what initdb makes for the installed PGlite, so it is only used while that is the
 * PGlite it was made with (`pglite-template.json`); otherwise new folders come from initdb as before.
 * After upgrading PGlite, `npm run db:template` makes it again (a test says so when it is due).
 * Every folder unpacked from it shares one PostgreSQL system identifier, which only matters for
 * physical replication, which PGlite has none of.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, type BrotliOptions } from 'node:zlib'
import { create, extract } from 'tar'

export interface PgliteTemplate {
  /** The brotli-compressed tarball of a data folder, PG_VERSION last. */
  archive: string
  /** Its description: the PGlite version that made it. */
  info: string
}

export const SHIPPED_TEMPLATE: PgliteTemplate = {
  archive: fileURLToPath(new URL('./pglite-template.tar.br', import.meta.url)),
  info: fileURLToPath(new URL('./pglite-template.json', import.meta.url)),
}

interface TemplateInfo {
  pglite: string
}

/** The version of the installed `@electric-sql/pglite` (its package.json is not exported). */
export async function installedPgliteVersion(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  let dir = dirname(entry)
  while (!(await readdir(dir)).includes('package.json')) dir = dirname(dir)
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

/** The PGlite version the template was made with, or null if there is no template. */
export async function templateVersion(template: PgliteTemplate): Promise<string | null> {
  try {
    return (JSON.parse(await readFile(template.info, 'utf8')) as TemplateInfo).pglite
  } catch {
    return null
  }
}

/** Whether new data folders can be unpacked from `template` for the installed PGlite. */
export async function templateFits(template: PgliteTemplate): Promise<boolean> {
  return (await templateVersion(template)) === (await installedPgliteVersion())
}

/**
 * Unpacks the template into `dataDir` (which exists). PG_VERSION, by which PGlite tells a data
 * folder from an empty one, comes last in the archive, so a copy cut short is made again next time.
 */
export async function unpackTemplate(template: PgliteTemplate, dataDir: string): Promise<void> {
  await extract({ file: template.archive, cwd: dataDir, brotli: true, strict: true })
}

// The widest window: the three databases in a new folder are near copies (1 MB, rather than 2.5).
const SMALLEST: BrotliOptions = {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
  },
}

/** Packs the data folder `dataDir` (closed cleanly) as `template`, for the installed PGlite. */
export async function packTemplate(dataDir: string, template: PgliteTemplate): Promise<void> {
  const names = (await readdir(dataDir)).filter(name => name !== 'PG_VERSION')
  await create(
    {
      file: template.archive,
      cwd: dataDir,
      portable: true,
      // tar's types leave out brotli's own options, which it passes on to zlib.
      brotli: SMALLEST as Record<string, unknown>,
    },
    [...names.sort(), 'PG_VERSION'],
  )
  const info: TemplateInfo = { pglite: await installedPgliteVersion() }
  await writeFile(template.info, `${JSON.stringify(info, null, 2)}\n`)
}
