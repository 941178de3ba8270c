import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Engine } from '../db/engine.ts'
import { pendingMigrations } from '../db/migrate.ts'

/**
 * `/healthz`: is the process up and can it reach its database, with the schema current?
 * `/readyz`: may a load balancer send this instance traffic? Only when the database answers and
 * every migration is applied (an instance of a newer release waits for `scrutiny migrate`).
 */
export function healthRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', async (_request, reply) => {
      const started = performance.now()
      void reply.header('cache-control', 'no-store')
      try {
        await sql`select 1`.execute(engine.db)
        const pending = await pendingMigrations(engine)
        const latencyMs = Math.round((performance.now() - started) * 10) / 10
        return reply.send({
          status: pending.length ? 'degraded' : 'ok',
          database: { engine: engine.kind, reachable: true, latencyMs, pendingMigrations: pending.length },
        })
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: { engine: engine.kind, reachable: false } })
      }
    })

    app.get('/readyz', async (_request, reply) => {
      void reply.header('cache-control', 'no-store')
      const problem = await readinessProblem(engine)
      if (problem) return reply.status(503).send({ status: 'not ready', reason: problem })
      return reply.send({ status: 'ready' })
    })
  }
}

async function readinessProblem(engine: Engine): Promise<string | null> {
  try {
    await sql`select 1`.execute(engine.db)
  } catch {
    return 'the database does not answer'
  }
  const pending = await pendingMigrations(engine).catch(() => null)
  if (pending === null) return 'the database has no migrations table'
  return pending.length ? `${pending.length} migration(s) not applied: run scrutiny migrate` : null
}
