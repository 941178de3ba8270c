import { fileURLToPath } from 'node:url'
import fastifyView from '@fastify/view'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import nunjucks from 'nunjucks'
import { registerFilters } from './nunjucks-filters.ts'

const viewsDir = fileURLToPath(new URL('../views/', import.meta.url))
const govukDir = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/', import.meta.url))

/**
 * Nunjucks with GOV.UK Frontend's templates and macros on the search path. Templates are compiled
 * once and kept, except in development, where an edited template shows on the next request
 * (compiling a page's templates costs far more than rendering them).
 */
export const views = fp(async (app: FastifyInstance, opts: { development: boolean }) => {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: [viewsDir, govukDir],
    options: { autoescape: true, noCache: opts.development, onConfigure: registerFilters },
  })
})
