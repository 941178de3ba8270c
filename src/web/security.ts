import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** Security headers with a strict Content-Security-Policy, and rate limiting for chosen routes. */
export const security = fp(async (app: FastifyInstance) => {
  await app.register(helmet, {
    enableCSPNonces: true, // GOV.UK's template runs one inline script to mark JS support
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
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
