import type { FastifyInstance, FastifyReply } from 'fastify'
import { actorOf, formBody, postedValues } from '../web/form-fields.ts'
import { formErrors, singleError, type FormErrors } from '../web/forms.ts'
import { searchTypeItems } from '../search/search-types.ts'
import { ALERT_TOKEN, describeSubject, subjectPath, subscribeForm } from './alert-rules.ts'
import { AlertRefusal, type AlertsService } from './alerts.service.ts'

type Token = { Params: { token: string } }

/**
 * Email alerts for anyone: subscribe (double opt-in), confirm, unsubscribe. The token in a link is
 * the only key to a subscription; the pages never say whether an address is subscribed.
 */
export function alertsRoutes(alerts: AlertsService, options: { subscriptionsPerMinute: number }) {
  return async (app: FastifyInstance) => {
    app.get('/alerts/new', async (request, reply) =>
      showForm(reply, postedValues(request.query), { errors: [], fieldErrors: {} }),
    )

    app.post(
      '/alerts',
      { config: { rateLimit: { max: options.subscriptionsPerMinute, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const values = postedValues(request.body)
        const form = subscribeForm.safeParse(formBody(request.body))
        if (!form.success) return showForm(reply.status(400), values, formErrors(form.error))
        try {
          const subject = await alerts.subjectOf(form.data)
          await alerts.subscribe(form.data.email, subject, actorOf(request))
        } catch (error) {
          if (!(error instanceof AlertRefusal)) throw error
          return showForm(reply.status(400), values, singleError(error.field, error.message))
        }
        return reply.redirect('/alerts/check-your-email', 303)
      },
    )

    app.get('/alerts/check-your-email', async (_request, reply) => reply.view('pages/alerts/check-your-email.njk'))

    app.get<Token>('/alerts/confirm/:token', async (request, reply) => {
      const subscription = await found(alerts, request.params.token)
      if (!subscription) return linkNotWorking(reply)
      return reply.view('pages/alerts/confirm.njk', {
        description: describeSubject(subscription.subject),
        confirmed: Boolean(subscription.confirmed_at),
        token: request.params.token,
        csrfToken: reply.generateCsrf(),
      })
    })

    app.post<Token>('/alerts/confirm/:token', async (request, reply) => {
      const subscription = await found(alerts, request.params.token)
      if (!subscription) return linkNotWorking(reply)
      await alerts.confirm(request.params.token, actorOf(request))
      return reply.view('pages/alerts/confirmed.njk', {
        description: describeSubject(subscription.subject),
        followPath: subjectPath(subscription.subject),
        token: request.params.token,
      })
    })

    app.get<Token>('/alerts/unsubscribe/:token', async (request, reply) => {
      const subscription = await found(alerts, request.params.token)
      if (!subscription) return reply.view('pages/alerts/unsubscribed.njk', { wasSubscribed: false })
      return reply.view('pages/alerts/unsubscribe.njk', {
        description: describeSubject(subscription.subject),
        token: request.params.token,
      })
    })

    // One-click unsubscribe (RFC 8058): a mail client posts here with no session, so no CSRF token;
    // the secret token in the address is what proves the right to leave.
    app.post<Token>('/alerts/unsubscribe/:token', { config: { csrf: false } }, async (request, reply) => {
      const token = request.params.token
      const wasSubscribed = ALERT_TOKEN.test(token) && (await alerts.unsubscribe(token, actorOf(request)))
      return reply.view('pages/alerts/unsubscribed.njk', { wasSubscribed })
    })

    async function showForm(reply: FastifyReply, values: Record<string, string>, errors: FormErrors) {
      const committees = await alerts.committees()
      return reply.view('pages/alerts/new.njk', {
        ...errors,
        values,
        csrfToken: reply.generateCsrf(),
        committeeItems: [
          { value: '', text: 'Any committee' },
          ...committees.map(c => ({ value: c.slug, text: c.name, selected: c.slug === values.committee })),
        ],
        typeItems: searchTypeItems(values.type),
      })
    }
  }
}

async function found(alerts: AlertsService, token: string) {
  return ALERT_TOKEN.test(token) ? alerts.byToken(token) : undefined
}

function linkNotWorking(reply: FastifyReply) {
  return reply.status(404).view('pages/alerts/link-not-working.njk')
}
