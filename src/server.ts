import { buildApp } from './app.ts'
import type { Config } from './config.ts'
import { startScheduledJobs } from './jobs/jobs-command.ts'
import { loggerOptions } from './ops/request-log.ts'
import { prepare } from './startup.ts'

/**
 * Starts the web server. On SIGTERM/SIGINT it stops taking new connections, lets in-flight
 * requests finish, closes the database and exits 0 — or exits 1 if that takes longer than
 * SHUTDOWN_TIMEOUT_SECONDS. A second signal stops it at once.
 */
export async function startServer(config: Config): Promise<void> {
  const startupLines: string[] = []
  const { engine, services, councilName } = await prepare(config, line => startupLines.push(line))
  const app = await buildApp({ services, config, councilName, logger: loggerOptions(config.logLevel) })
  for (const line of startupLines) app.log.info(line)

  let stopping = false
  // Keep-alive connections would hold the server open after their last answer: close them once stopping.
  app.addHook('onSend', async (_request, reply) => {
    if (stopping) void reply.header('connection', 'close')
  })
  const stop = async (signal: string) => {
    if (stopping) process.exit(1)
    stopping = true
    app.log.info({ signal }, 'stopping: finishing in-flight requests')
    setTimeout(() => {
      app.log.error('in-flight requests did not finish in time; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs).unref()
    await app.close()
    await engine.close()
    app.log.info('stopped')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))

  // Reminders and mail delivery, every minute; stopped with the app, before the database closes.
  const jobs = startScheduledJobs(config, engine.db)
  app.addHook('onClose', () => jobs.stop())
  await app.listen({ port: config.port, host: config.host })
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`
  app.log.info(`Scrutiny is running at ${config.publicUrl ?? `http://localhost:${config.port}`} (${where})`)
}
