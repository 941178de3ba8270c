import { buildApp } from './app.ts'
import type { Config } from './config.ts'
import { startScheduledJobs } from './jobs/jobs-command.ts'
import { prepare } from './startup.ts'

/** Starts the web server and shuts it down gracefully on SIGINT/SIGTERM. */
export async function startServer(config: Config): Promise<void> {
  const { engine, services, councilName } = await prepare(config, line => console.log(line))
  const app = await buildApp({ services, config, councilName, logger: { level: config.logLevel } })
  const close = async () => {
    await app.close() // finishes in-flight requests
    await engine.close()
    process.exit(0)
  }
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
  // Reminders and mail delivery, every minute; stopped with the app, before the database closes.
  const jobs = startScheduledJobs(config, engine.db)
  app.addHook('onClose', () => jobs.stop())
  await app.listen({ port: config.port, host: config.host })
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`
  console.log(`Scrutiny is running at http://localhost:${config.port} (${where})`)
}
