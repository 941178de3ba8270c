import { availableParallelism } from 'node:os'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { systemActor } from '../audit/audit.repository.ts'
import { loadConfig, type Config } from '../config.ts'
import type { Engine } from '../db/engine.ts'
import { migrate } from '../db/migrate.ts'
import { createDatabase, openDatabase } from '../db/open-database.ts'
import { fileStoreFor, sha256OfFile } from '../documents/file-store.ts'
import type { ImportReport, ImportService } from '../import/import.service.ts'
import { CliUsageError } from './read-password.ts'

/** `scrutiny import <file|folder>…`: each pack in its own transaction, with a report per pack. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import agenda packs (PDF or text; files or folders of them) into the database')
    .argument('<paths...>', 'pack files, or folders whose files are all packs')
    .option('--quiet', 'print only the summary line and failures')
    .action(async (paths: string[], options: { quiet?: boolean }) => {
      const files = await expand(paths)
      if (files.length === 0) throw new CliUsageError('No files to import')
      const config = loadConfig()
      // A new data folder is made before anything else is in memory: it takes the most (engine.ts).
      await createDatabase(config)
      const database = openedOnFirstUse(config)
      try {
        const failed = await importAll(
          files,
          (file, index) => importOne(file, index, files.length, database),
          options.quiet,
        )
        if (failed) process.exitCode = 1
      } finally {
        await database.close()
      }
    })
}

interface LazyDatabase {
  /** Whether to read `file` before the database is opened (see importOne). */
  readsFirst(file: string): Promise<boolean>
  /** Rejects with a DatabaseFailed when the database cannot be opened or migrated. */
  imports(): Promise<ImportService>
  close(): Promise<void>
}

/** The database could not be opened or migrated (`cause`): no pack can be imported. */
class DatabaseFailed extends Error {}

/** The database, opened and migrated when first asked for. */
function openedOnFirstUse(config: Config): LazyDatabase {
  let opening: Promise<{ engine: Engine; imports: ImportService }> | undefined
  const files = fileStoreFor(config)
  const open = async () => {
    const engine = await openDatabase(config)
    try {
      await migrate(engine)
    } catch (error) {
      await engine.close()
      throw error
    }
    const { createImportService } = await import('../import/import.service.ts')
    return { engine, imports: createImportService(engine.db, files) }
  }
  return {
    readsFirst: async file => !config.databaseUrl && !opening && !(await files.has(await sha256OfFile(file))),
    imports: () =>
      (opening ??= open()).then(
        ({ imports }) => imports,
        (error: unknown) => {
          throw new DatabaseFailed('the database could not be opened', { cause: error })
        },
      ),
    close: async () =>
      opening?.then(
        ({ engine }) => engine.close(),
        () => undefined,
      ),
  }
}

async function importOne(file: string, index: number, count: number, database: LazyDatabase): Promise<ImportReport> {
  // The page workers are kept from pack to pack, and stopped before the last is written.
  const extract = { threads: availableParallelism(), keepWorkers: index < count - 1 }
  // Until the embedded database is open, a pack new here is read first, so that pdf.js's memory and
  // PGlite's do not add up (1,000 pages into a new data folder: 380 MB at the peak rather than 460).
  // A file already stored may have been imported before, which the database tells without reading it.
  const read = (await database.readsFirst(file))
    ? await (await import('../import/import.service.ts')).readPack(file, extract)
    : undefined
  return (await database.imports()).importFile(file, systemActor('import'), extract, read)
}

async function importAll(
  files: string[],
  importOne: (file: string, index: number) => Promise<ImportReport>,
  quiet = false,
) {
  let failed = 0
  let unchanged = 0
  for (const [index, file] of files.entries()) {
    const progress = `[${index + 1}/${files.length}]`
    process.stderr.write(`${progress} ${file} …\n`)
    try {
      const report = await importOne(file, index)
      if (report.status === 'unchanged') unchanged += 1
      if (!quiet) process.stdout.write(describe(report))
    } catch (error) {
      // No pack can be imported without the database: the command stops, with its error.
      if (error instanceof DatabaseFailed) throw error.cause
      failed += 1
      process.stderr.write(`${progress} ${file}: not imported: ${(error as Error).message}\n`)
    }
  }
  const imported = files.length - failed - unchanged
  process.stdout.write(`\n${imported} imported, ${unchanged} already imported (unchanged), ${failed} failed\n`)
  return failed
}

export function describe(report: ImportReport): string {
  const head =
    report.status === 'unchanged'
      ? `${report.file}: already imported, nothing changed (${report.committee}, ${report.meetingDate})`
      : `${report.file}: ${report.committee}, meeting of ${report.meetingDate} (/meetings/${report.meetingSlug})`
  const counts = Object.entries(report.counts).map(
    ([type, t]) => `  ${type.padEnd(20)} ${String(t.created).padStart(4)} new ${String(t.matched).padStart(4)} matched`,
  )
  const warnings = report.warnings.map(w => `  warning${w.page === null ? '' : ` (page ${w.page})`}: ${w.message}`)
  return [head, ...(report.status === 'imported' ? counts : []), ...warnings, ''].join('\n')
}

/** Files as given; folders expanded to the files directly inside them (sorted, hidden files skipped). */
async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path)
    if (!info.isDirectory()) {
      files.push(path)
      continue
    }
    const entries = (await readdir(path, { withFileTypes: true })).filter(e => e.isFile() && !e.name.startsWith('.'))
    files.push(...entries.map(e => join(path, e.name)).sort())
  }
  return files
}
