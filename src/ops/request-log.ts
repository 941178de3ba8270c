import { randomUUID } from 'node:crypto'
import {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify'
import fp from 'fastify-plugin'
import type { IncomingMessage } from 'node:http'

// A load balancer's or another service's id is kept so one request can be followed across
// systems; anything else (too long, odd characters that could forge log lines) gets a fresh id.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** The request id: a safe incoming `X-Request-Id`, or a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id']
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

/**
 * pino options for the app's JSON logs. Secrets never reach a log line: headers are not logged
 * at all by Fastify's serializers, and the paths below are censored should anyone log them.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'password',
        '*.password',
        'body.password',
        'smtpUrl',
        'databaseUrl',
      ],
      censor: '[redacted]',
    },
  }
}

/** Secret-looking query values (sign-in links, API keys) are blanked before a URL is logged. */
export function loggableUrl(url: string): string {
  return url.replace(/([?&](?:token|password|secret|key|code)=)[^&#]*/gi, '$1[redacted]')
}

/**
 * One log line per request instead of Fastify's two, carrying the request id, method, URL,
 * status and time taken (at `error` level when the response failed).
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: loggableUrl(request.url),
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (error) request.log.error({ ...line, err: error }, 'request failed')
    else request.log.info(line, 'request completed')
  }
}

/**
 * Echoes the request id in `X-Request-Id`, so a user's report or a proxy log can be matched up;
 * and marks every answer to a signed-in user `private, no-store`, so no proxy or shared
 * computer's cache keeps a page that may hold exempt papers.
 */
export const requestIdHeader = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id)
  })
  app.addHook('onSend', async (request, reply) => {
    if (request.user && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'private, no-store')
  })
})
