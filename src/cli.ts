import { Command, CommanderError } from 'commander'
import { ZodError } from 'zod'
import { registerBackupCommands } from './cli/backup-commands.ts'
import { CliUsageError } from './cli/read-password.ts'
import { registerDeadlineCommand } from './cli/deadline-command.ts'
import { registerExportCommand } from './cli/export-command.ts'
import { registerImportCommand } from './cli/import-command.ts'
import { registerPackCommand } from './cli/pack-command.ts'
import { registerParseCommand } from './cli/parse-command.ts'
import { registerUserCommands } from './cli/user-commands.ts'
import { registerCouncilCommands } from './cli/council-commands.ts'
import { ConfigError, loadConfig } from './config.ts'
import { migrate } from './db/migrate.ts'
import { PdfInputError } from './import/pdf/errors.ts'
import { PackParseError } from './import/parse/errors.ts'
import { registerJobsCommand } from './jobs/jobs-command.ts'
import { BackupError } from './ops/backup/format.ts'
import { fileStoreFor } from './documents/file-store.ts'
import { DatabaseUnavailableError, openDatabase } from './db/open-database.ts'

// The app and its services are imported by the commands that use them, not here: `--help`,
// `deadline` and `parse` start in a fraction of the time.
const program = new Command('scrutiny')
  .description('Scrutiny: agendas, minutes and recommendation tracking for overview and scrutiny committees')
  .showHelpAfterError()
  .exitOverride()

program
  .command('serve')
  .description('run the web app (PORT, DATA_DIR, DATABASE_URL, DEMO from the environment)')
  .action(async () => (await import('./server.ts')).startServer(loadConfig()))

program
  .command('migrate')
  .description('apply any pending database migrations')
  .action(async () => {
    const engine = await openDatabase(loadConfig())
    try {
      const applied = await migrate(engine)
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date')
    } finally {
      await engine.close()
    }
  })

program
  .command('demo')
  .description('load the fictional Northmoor City Council demo into an empty database')
  .action(async () => {
    const config = loadConfig()
    const engine = await openDatabase(config)
    try {
      await migrate(engine)
      const { createServices } = await import('./services.ts')
      const { loadDemo } = await import('./startup.ts')
      const loaded = await loadDemo(createServices(engine, fileStoreFor(config)), config)
      console.log(loaded ? 'Loaded the demo council' : 'The database already holds a council: nothing loaded')
    } finally {
      await engine.close()
    }
  })

registerUserCommands(program)
registerCouncilCommands(program)
registerParseCommand(program)
registerImportCommand(program)
registerExportCommand(program)
registerJobsCommand(program)
registerPackCommand(program)
registerDeadlineCommand(program)
registerBackupCommands(program)

// Problems people can fix get one clear line and a non-zero exit, never a stack trace.
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode
  if (error instanceof CliUsageError) return 2
  return 1
}

try {
  await program.parseAsync(process.argv)
} catch (error) {
  const known: Array<abstract new (...args: never[]) => Error> = [
    ConfigError,
    DatabaseUnavailableError,
    CliUsageError,
    PdfInputError,
    PackParseError,
    BackupError,
  ]
  // Errors of modules that only some commands load: already loaded if one of them was thrown.
  if (!known.some(type => error instanceof type) && error instanceof Error && !(error instanceof CommanderError)) {
    known.push((await import('./accounts/accounts.service.ts')).DuplicateEmailError)
    known.push((await import('./packs/pack-builder.ts')).PackBuildError)
  }
  if (error instanceof CommanderError) process.exit(error.exitCode)
  if (error instanceof ZodError) console.error(error.issues.map(issue => `Error: ${issue.message}`).join('\n'))
  else if (known.some(type => error instanceof type)) console.error(`Error: ${(error as Error).message}`)
  else if (isMissingFile(error)) console.error(`Error: No such file: ${error.path}`)
  else throw error
  process.exit(exitCodeFor(error))
}

function isMissingFile(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT'
}
