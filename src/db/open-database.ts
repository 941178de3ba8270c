import { join } from 'node:path'
import type { Config } from '../config.ts'
import { createPgliteDataDir, openEngine, type Engine } from './engine.ts'

/** Something stopped the database opening; the CLI prints `message` and exits non-zero. */
export class DatabaseUnavailableError extends Error {}

/**
 * Opens the configured database with a message a council's IT team can act on if it cannot.
 * `serving`: for the web app (see EngineOptions).
 */
export async function openDatabase(config: DatabaseConfig, { serving = false } = {}): Promise<Engine> {
  try {
    return await openEngine({ databaseUrl: config.databaseUrl, dataDir: pgliteDir(config), serving })
  } catch (error) {
    throw unavailable(config, error)
  }
}

/**
 * Makes the embedded database's data folder now if it is new, which otherwise opening it does:
 * for a command that would rather do that before its other work (it takes more memory than most;
 * engine.ts). Nothing to do on PostgreSQL.
 */
export async function createDatabase(config: DatabaseConfig): Promise<void> {
  if (config.databaseUrl) return
  try {
    await createPgliteDataDir(pgliteDir(config))
  } catch (error) {
    throw unavailable(config, error)
  }
}

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'dataDir'>

// The embedded database gets a folder of its own beside the stored files.
const pgliteDir = (config: DatabaseConfig): string => join(config.dataDir, 'pglite')

function unavailable(config: DatabaseConfig, error: unknown): DatabaseUnavailableError {
  const reason = error instanceof Error ? error.message : String(error)
  const where = config.databaseUrl
    ? `PostgreSQL at ${redactUrl(config.databaseUrl)}`
    : `the data folder ${config.dataDir}`
  return new DatabaseUnavailableError(`Could not open the database (${where}): ${reason}`)
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:****@')
}
