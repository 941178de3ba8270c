import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { adminQuery } from './test-database.ts'

const BIN = fileURLToPath(new URL('../../bin/scrutiny.js', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the real `scrutiny` command as a user would, with the given environment and standard input. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  const env = { ...process.env, ...options.env }
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}

export interface CliDatabase {
  /** The environment that points the CLI at this database. */
  env: Record<string, string>
  dispose(): Promise<void>
}

/**
 * A new, empty database for the CLI, on the engine of this test run: a data folder of its own
 * (PGlite), or — in the PostgreSQL run (DATABASE_URL set) — a schema of its own on that server,
 * chosen through the URL's `options`, dropped by `dispose`.
 */
export async function cliDatabase(dataDir: string): Promise<CliDatabase> {
  const server = process.env.DATABASE_URL
  if (!server) return { env: { DATA_DIR: dataDir }, dispose: async () => {} }
  const schema = `test_cli_${randomBytes(6).toString('hex')}`
  await adminQuery(server, `create schema ${schema}`)
  const url = new URL(server)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dispose: () => adminQuery(server, `drop schema ${schema} cascade`),
  }
}
