import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, ERRORS, type ErrorCode } from '../errors.ts'

// Errors from plugins (CSRF, rate limit) mapped to our catalogue.
const PLUGIN_ERRORS: Record<string, ErrorCode> = {
  FST_CSRF_INVALID_TOKEN: 'BAD_CSRF',
  FST_CSRF_MISSING_SECRET: 'BAD_CSRF',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BAD_REQUEST',
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_FILES_LIMIT: 'BAD_REQUEST',
  FST_PARTS_LIMIT: 'BAD_REQUEST',
  FST_FIELDS_LIMIT: 'BAD_REQUEST',
}

/** One error handler and one 404 page for the whole app; stacks only outside production. */
export const errorPages = fp(async (app: FastifyInstance, opts: { production: boolean }) => {
  app.setNotFoundHandler((request, reply) => renderError(request, reply, 'NOT_FOUND', opts.production))

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = classify(error)
    if (code) return renderError(request, reply, code, opts.production)
    request.log.error({ err: error }, 'unhandled error')
    return renderError(request, reply, null, opts.production, error)
  })
})

function classify(error: FastifyError): ErrorCode | null {
  if (error instanceof AppError) return error.code
  if (error.code && PLUGIN_ERRORS[error.code]) return PLUGIN_ERRORS[error.code]!
  if (error.statusCode === 429) return 'TOO_MANY_REQUESTS'
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'BAD_REQUEST'
  return null
}

function renderError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode | null,
  production: boolean,
  error?: Error,
) {
  const status = code ? ERRORS[code].status : 500
  const title = code ? ERRORS[code].title : 'Sorry, there is a problem with the service'
  const stack = !production && error ? error.stack : undefined
  reply.status(status)
  if (request.headers.accept?.includes('application/json') && !request.headers.accept.includes('text/html')) {
    return reply.send({ error: { code: code ?? 'INTERNAL', message: title } })
  }
  return reply.view('pages/error.njk', { status, code, title, stack, user: request.user })
}
