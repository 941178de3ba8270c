import type { Kysely } from 'kysely'
import { createAlertsService } from '../alerts/alerts.service.ts'
import type { Database } from '../db/database.ts'
import type { Mailer } from '../mail/mailer.ts'
import { deliverQueuedMail } from '../mail/outbox.repository.ts'
import { todayInLondon } from '../shared/dates.ts'
import { queueDueReminders } from './reminders.ts'

export interface JobOptions {
  db: Kysely<Database>
  mailer: Mailer
  /** The app's public address, for links in emails. */
  siteUrl: string
  today?: () => string
}

export interface JobRunResult {
  remindersQueued: number
  digestsQueued: number
  mailSent: number
  mailFailed: number
}

/**
 * Runs every scheduled job once: queue due reminders and alert digests, then deliver queued mail. Everything the jobs know lives
 * in the database (what was queued, what was sent), so a restart loses nothing and repeats nothing.
 */
export async function runJobsOnce(options: JobOptions): Promise<JobRunResult> {
  const today = (options.today ?? (() => todayInLondon()))()
  const remindersQueued = await queueDueReminders(options.db, today, options.siteUrl)
  const digestsQueued = await createAlertsService(options.db, options.siteUrl).queueDigests(today)
  const delivery = await deliverQueuedMail(options.db, options.mailer)
  return { remindersQueued, digestsQueued, mailSent: delivery.sent, mailFailed: delivery.failed }
}

export interface JobScheduler {
  stop(): Promise<void>
}

/**
 * Runs the jobs now and then every `intervalMs`, one run at a time. A failed run is logged and the next tried
 * on schedule; `stop()` waits for a run in progress to finish (call it before closing the database).
 */
export function startJobs(
  options: JobOptions & { intervalMs?: number; log?: (message: string) => void },
): JobScheduler {
  const log = options.log ?? (message => console.error(message))
  let running: Promise<void> | null = null
  let stopped = false
  const tick = () => {
    if (running || stopped) return
    running = runJobsOnce(options)
      .then(
        () => undefined,
        (error: unknown) => log(`Scheduled jobs failed: ${(error as Error).message ?? String(error)}`),
      )
      .finally(() => {
        running = null
      })
  }
  const timer = setInterval(tick, options.intervalMs ?? 60_000)
  timer.unref()
  tick()
  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
