import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { loadConfig } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { writeBackup } from '../ops/backup/backup.ts'
import { BackupError } from '../ops/backup/format.ts'
import { restoreBackup } from '../ops/backup/restore.ts'
import { fileStoreFor } from '../documents/file-store.ts'
import { openDatabase } from '../db/open-database.ts'

// Progress goes to standard error so standard output stays a clean summary.
const progress = (line: string) => console.error(line)

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description("write the whole database and its stored files to one file (gzip'd JSON lines)")
    .argument('<file>', 'where to write the backup, e.g. scrutiny-2026-11-23.jsonl.gz')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      if (!options.force && (await exists(file)))
        throw new BackupError(`${file} exists; choose another name or add --force`)
      const config = loadConfig()
      const engine = await openDatabase(config)
      // Written under a temporary name, so a backup that failed half-way never looks complete.
      const partial = `${file}.partial`
      try {
        const summary = await writeBackup(engine, fileStoreFor(config), createWriteStream(partial), progress)
        await rename(partial, file)
        const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0)
        console.log(
          `Backed up ${rows} rows in ${Object.keys(summary.tables).length} tables and ${summary.files} files to ${file}`,
        )
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      } finally {
        await engine.close()
      }
    })

  program
    .command('restore')
    .description('load a backup into an empty database (then apply any newer migrations)')
    .argument('<file>', 'a file made by `scrutiny backup`')
    .action(async (file: string) => {
      if (!(await exists(file))) throw new BackupError(`No such file: ${file}`)
      const config = loadConfig()
      const engine = await openDatabase(config)
      try {
        const summary = await restoreBackup(engine, fileStoreFor(config), createReadStream(file), progress)
        const applied = await migrate(engine)
        const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0)
        console.log(
          `Restored ${rows} rows in ${Object.keys(summary.tables).length} tables and ${summary.files} files from ${file}`,
        )
        if (applied.length) console.log(`Then applied ${applied.length} newer migration(s): ${applied.join(', ')}`)
      } finally {
        await engine.close()
      }
    })
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
