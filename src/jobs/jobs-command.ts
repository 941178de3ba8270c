import type { Command } from 'commander'
import { loadConfig, siteUrlOf } from '../config.ts'
import { migrate } from '../db/migrate.ts'
import { mailerFor } from '../mail/mailer.ts'
import { openDatabase } from '../db/open-database.ts'
import { runJobsOnce, startJobs } from './job-runner.ts'

/** `scrutiny jobs run-once`: queue due reminders and deliver queued mail, then exit (for cron or by hand). */
export function registerJobsCommand(program: Command): void {
  program
    .command('jobs')
    .description('scheduled jobs (the server also runs them every minute)')
    .command('run-once')
    .description('send the reminders due today and deliver queued mail, once')
    .action(async () => {
      const config = loadConfig()
      const engine = await openDatabase(config)
      try {
        await migrate(engine)
        const mailer = mailerFor(config)
        const result = await runJobsOnce({ db: engine.db, mailer, siteUrl: siteUrlOf(config) })
        console.log(
          `Reminders queued: ${result.remindersQueued}; alert digests queued: ${result.digestsQueued}; mail sent: ${result.mailSent} (${mailer.description})` +
            (result.mailFailed ? `; failed: ${result.mailFailed}` : ''),
        )
        if (result.mailFailed) process.exitCode = 1
      } finally {
        await engine.close()
      }
    })
}

/** Starts the scheduled jobs for the web server; stop them before closing the database. */
export function startScheduledJobs(
  config: { publicUrl?: string | undefined; port: number; smtpUrl?: string | undefined; dataDir: string },
  db: Parameters<typeof runJobsOnce>[0]['db'],
) {
  return startJobs({ db, mailer: mailerFor(config), siteUrl: siteUrlOf(config) })
}
