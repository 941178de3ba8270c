import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeAny, z } from 'zod'
import { AppError } from '../errors.ts'
import { formBody, postedValues } from './form-fields.ts'
import { type FormErrors, formErrors, singleError } from './forms.ts'

/** A change the rules refused: shown on the form against `field` with `status`, never as a 500. */
export interface Refusal {
  status: number
  field: string
  message: string
}

/** By default a service refuses a change by throwing a BAD_REQUEST AppError; it is shown at the form's top. */
export function badRequestRefusal(error: unknown): Refusal | null {
  return error instanceof AppError && error.code === 'BAD_REQUEST'
    ? { status: 400, field: 'form', message: error.message }
    : null
}

/**
 * Validates a form, runs the change and redirects to where `run` says (303); a validation failure or a
 * refused change shows the form again with the posted values, a GOV.UK error summary and a 400 (or the
 * refusal's status). Any other error is left to the error handler.
 */
export async function handleForm<S extends ZodTypeAny>(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: S,
  run: (input: z.infer<S>) => Promise<string>,
  again: (errors: FormErrors, values: Record<string, string>) => Promise<unknown>,
  refusalOf: (error: unknown) => Refusal | null = badRequestRefusal,
) {
  const values = postedValues(request.body)
  const form = schema.safeParse(formBody(request.body))
  if (!form.success) {
    reply.status(400)
    return again(formErrors(form.error), values)
  }
  try {
    return reply.redirect(await run(form.data), 303)
  } catch (error) {
    const refused = refusalOf(error)
    if (!refused) throw error
    reply.status(refused.status)
    return again(singleError(refused.field, refused.message), values)
  }
}
