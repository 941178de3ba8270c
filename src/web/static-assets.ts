import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

const govuk = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/govuk/', import.meta.url))
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url))

/**
 * GOV.UK Frontend's CSS, JS, fonts and images served by the app itself (no CDN), at the
 * `/assets/` paths its stylesheet expects, plus our own small stylesheet and script.
 */
export async function staticAssets(app: FastifyInstance): Promise<void> {
  const maxAge = '1d'
  await app.register(fastifyStatic, { root: `${govuk}assets`, prefix: '/assets/', maxAge })
  await app.register(fastifyStatic, {
    root: govuk,
    prefix: '/assets/govuk/',
    decorateReply: false,
    allowedPath: path => /^\/govuk-frontend\.min\.(css|js)(\.map)?$/.test(path),
    maxAge,
  })
  await app.register(fastifyStatic, { root: publicDir, prefix: '/assets/app/', decorateReply: false, maxAge })
}
