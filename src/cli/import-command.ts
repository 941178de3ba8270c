import { availableParallelism } from 'node:os'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { systemActor } from '../audit/audit.repository.ts'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import type { ImportReport } from '../import/import.service.ts'
import { fileStoreFor } from '../documents/file-store.ts'
import { openDatabase } from '../db/open-database.ts'
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
      const engine = await openDatabase(config)
      try {
        await migrate(engine)
        const { imports } = (await import('../services.ts')).createServices(engine, fileStoreFor(config))
        const failed = await importAll(
          files,
          file => imports.importFile(file, systemActor('import'), { threads: availableParallelism() }),
          options.quiet,
        )
        if (failed) process.exitCode = 1
      } finally {
        await engine.close()
      }
    })
}

async function importAll(files: string[], importOne: (file: string) => Promise<ImportReport>, quiet = false) {
  let failed = 0
  let unchanged = 0
  for (const [index, file] of files.entries()) {
    const progress = `[${index + 1}/${files.length}]`
    process.stderr.write(`${progress} ${file} …\n`)
    try {
      const report = await importOne(file)
      if (report.status === 'unchanged') unchanged += 1
      if (!quiet) process.stdout.write(describe(report))
    } catch (error) {
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
