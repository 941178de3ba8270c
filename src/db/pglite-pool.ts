import type { PGlite } from '@electric-sql/pglite'

/**
 * Makes PGlite look like a `pg` pool so Kysely's PostgresDialect can drive it: one SQL dialect,
 * one query layer on both engines. (Kysely 0.29 ships a PGliteDialect but needs Node 22.)
 *
 * PGlite is a single connection, so `connect()` hands it out to one caller at a time; a
 * transaction therefore never interleaves with another caller's statements.
 */
export function pglitePool(pglite: PGlite) {
  let queue: Promise<void> = Promise.resolve()

  const client = {
    async query(text: string, params: readonly unknown[] = []) {
      // Without parameters use the simple protocol, as `pg` does, so multi-statement scripts run.
      const result =
        params.length === 0 ? (await pglite.exec(text)).at(-1) : await pglite.query(text, params as unknown[])
      const rows = result?.rows ?? []
      return { rows, rowCount: result?.affectedRows ?? rows.length, command: commandOf(text) }
    },
  }

  return {
    async connect() {
      let release!: () => void
      const previous = queue
      queue = new Promise<void>(resolve => (release = resolve))
      await previous
      return { ...client, release: () => release() }
    },
    async end() {
      await queue
    },
  }
}

// Kysely reads `command` to decide whether `rowCount` means rows affected.
function commandOf(text: string): string {
  return text.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? ''
}
