import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Engine } from '../db/engine.ts'
import { pendingMigrations } from '../db/migrate.ts'

/** `/healthz`: is the process up and can it reach its database, with the schema current? */
export function healthRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', async (_request, reply) => {
      const started = performance.now()
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
  }
}
