import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { actorOf } from '../web/form-fields.ts'
import { formErrors, safeReturnPath, singleError, type FormErrors } from '../web/forms.ts'
import type { AccountsService } from './accounts.service.ts'

const signInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address'),
  password: z.string().min(1, 'Enter your password'),
  returnTo: z.string().optional(),
})

const LOCKED_MESSAGE = 'Your account is locked after too many failed attempts. Try again in 15 minutes.'
const INVALID_MESSAGE = 'Enter a correct email address and password'

export function accountsRoutes(accounts: AccountsService, attemptsPerMinute: number) {
  return async (app: FastifyInstance) => {
    app.get('/sign-in', async (request, reply) => {
      const returnTo = safeReturnPath((request.query as { returnTo?: unknown }).returnTo, '/staff')
      return reply.view('pages/sign-in.njk', { csrfToken: reply.generateCsrf(), returnTo, values: {} })
    })

    app.post(
      '/sign-in',
      { config: { rateLimit: { max: attemptsPerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const form = signInForm.safeParse(request.body ?? {})
        const values = { email: (request.body as { email?: string } | undefined)?.email ?? '' }
        const returnTo = safeReturnPath(form.data?.returnTo, '/staff')
        const again = (status: number, errors: FormErrors) =>
          reply
            .status(status)
            .view('pages/sign-in.njk', { ...errors, values, returnTo, csrfToken: reply.generateCsrf() })

        if (!form.success) return again(400, formErrors(form.error))
        const actor = { userId: null, name: form.data.email, requestId: request.id }
        const result = await accounts.signIn(form.data.email, form.data.password, actor)
        if (!result.ok)
          return again(401, singleError('email', result.reason === 'locked' ? LOCKED_MESSAGE : INVALID_MESSAGE))

        await request.session.regenerate() // a new session id on sign-in prevents session fixation
        request.session.userId = result.user.id
        return reply.redirect(returnTo, 303)
      },
    )

    app.post('/sign-out', async (request, reply) => {
      if (request.user) await accounts.signOut(request.user, actorOf(request))
      await request.session.destroy()
      return reply.redirect('/', 303)
    })
  }
}
