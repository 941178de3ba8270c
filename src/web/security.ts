import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const govukTemplate = new URL('../../node_modules/govuk-frontend/dist/govuk/template.njk', import.meta.url)

/**
 * The CSP source allowing GOV.UK's one inline script (it marks the page as having JavaScript),
 * by the hash of its text as this version of govuk-frontend writes it. A hash rather than a
 * per-request nonce: every visitor gets the same bytes, so public pages can be kept and sent again.
 */
export function govukInlineScriptHash(template = readFileSync(govukTemplate, 'utf8')): string {
  const script = /<script[^>]*>([^<]+)<\/script>/.exec(template)?.[1]
  if (!script) throw new Error('GOV.UK Frontend’s template has no inline script: check its CSP advice')
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`
}

/** Security headers with a strict Content-Security-Policy, and rate limiting for chosen routes. */
export const security = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", govukInlineScriptHash()],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  })
  // Only routes that opt in (config.rateLimit) are limited; login is one.
  await app.register(rateLimit, { global: false })
})
