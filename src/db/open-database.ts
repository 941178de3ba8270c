import { join } from 'node:path'
import type { Config } from '../config.ts'
import { openEngine, type Engine } from './engine.ts'

/** Something stopped the database opening; the CLI prints `message` and exits non-zero. */
export class DatabaseUnavailableError extends Error {}

/** Opens the configured database with a message a council's IT team can act on if it cannot. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Engine> {
  try {
    // The embedded database gets a folder of its own beside the stored files.
    return await openEngine({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const where = config.databaseUrl
      ? `PostgreSQL at ${redactUrl(config.databaseUrl)}`
      : `the data folder ${config.dataDir}`
    throw new DatabaseUnavailableError(`Could not open the database (${where}): ${reason}`)
  }
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:****@')
}
