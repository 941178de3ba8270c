import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { notFound } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import type { CurrentUser } from '../web/access.ts'
import { actorOf } from '../web/form-fields.ts'
import { ASSESSMENT_SCALE } from './assessment-scale.ts'
import type { FieldError } from './assessment-rules.ts'
import { dateFromParts, partsOf } from './date-parts.ts'
import type { RoundsService } from './rounds.service.ts'

type Body = Record<string, unknown>
type RecParams = { Params: { round: string; rec: string } }

/** Ids in URLs: anything that is not a small positive whole number is a page that does not exist. */
export function idParam(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw notFound()
  return Number(value)
}

// Date fields are three inputs; an error on one links to its day field, as GOV.UK's date input expects.
const DATE_FIELDS = new Set(['newCompletionDate', 'assessedOn', 'evidenceDueOn', 'reportDueOn'])

/** GOV.UK's error summary list and per-field messages from the rules' field errors. */
export function errorsForForm(errors: readonly FieldError[]) {
  const fieldErrors: Record<string, string> = {}
  for (const e of errors) fieldErrors[e.field] ??= e.message
  return {
    errors: Object.entries(fieldErrors).map(([field, text]) => ({
      text,
      href: `#${field}${DATE_FIELDS.has(field) ? '-day' : ''}`,
    })),
    fieldErrors,
  }
}

/** The codes as radio items, each with the meaning officers know from the tracking guidance. */
export const SCALE_ITEMS = Object.entries(ASSESSMENT_SCALE).map(([code, entry]) => ({
  value: code,
  text: `${code}: ${entry.category}`,
}))

function assessmentInput(body: Body) {
  return {
    code: body.code,
    evidence: body.evidence,
    obstacle: body.obstacle,
    newCompletionDate: dateFromParts(body, 'newCompletionDate'),
    assessedOn: dateFromParts(body, 'assessedOn'),
  }
}

export function roundsRoutes(rounds: RoundsService) {
  return async (app: FastifyInstance) => {
    const user = (request: FastifyRequest) => request.user as CurrentUser

    app.get('/staff/tracking', async (request, reply) =>
      reply.view('pages/staff/tracking/index.njk', {
        ...(await rounds.overview(user(request))),
        activeNav: 'tracking',
      }),
    )

    const scheduleForm = async (reply: FastifyReply, body: Body | null, errors: FieldError[] = []) =>
      reply.view('pages/staff/tracking/new.njk', {
        ...(await rounds.scheduleOptions(todayInLondon())),
        ...errorsForForm(errors),
        values: body ?? {},
        evidenceDueOn: partsOf(body, 'evidenceDueOn', null),
        reportDueOn: partsOf(body, 'reportDueOn', null),
        activeNav: 'tracking',
      })

    app.get('/staff/tracking/new', async (_request, reply) => scheduleForm(reply, null))

    app.post('/staff/tracking', async (request, reply) => {
      const body = (request.body ?? {}) as Body
      const result = await rounds.scheduleRound(
        {
          inquiryId: body.inquiryId,
          meetingId: body.meetingId,
          evidenceDueOn: dateFromParts(body, 'evidenceDueOn'),
          reportDueOn: dateFromParts(body, 'reportDueOn'),
        },
        actorOf(request),
        todayInLondon(),
      )
      if (!result.ok) return scheduleForm(reply.status(400), body, result.errors)
      return reply.redirect(`/staff/tracking/${result.value}`, 303)
    })

    app.get<{ Params: { round: string } }>('/staff/tracking/:round', async (request, reply) =>
      reply.view('pages/staff/tracking/round.njk', {
        ...(await rounds.roundPage(idParam(request.params.round), user(request), todayInLondon())),
        activeNav: 'tracking',
      }),
    )

    const form = async (
      request: FastifyRequest<RecParams>,
      reply: FastifyReply,
      kind: 'evidence' | 'assessment',
      body: Body | null,
      errors: FieldError[] = [],
    ) => {
      const today = todayInLondon()
      const { round, rec } = await rounds.recommendationForForm(
        idParam(request.params.round),
        idParam(request.params.rec),
        user(request),
        kind === 'evidence' ? 'maySubmit' : 'mayAssess',
        today,
      )
      const defaultAssessedOn = round.scheduled_for <= today ? round.scheduled_for : today
      return reply.view(`pages/staff/tracking/${kind}.njk`, {
        round,
        rec,
        scale: SCALE_ITEMS,
        values: body ?? {},
        newCompletionDate: partsOf(body, 'newCompletionDate', null),
        assessedOn: partsOf(body, 'assessedOn', defaultAssessedOn),
        ...errorsForForm(errors),
        activeNav: 'tracking',
      })
    }

    const post =
      (kind: 'evidence' | 'assessment') => async (request: FastifyRequest<RecParams>, reply: FastifyReply) => {
        const body = (request.body ?? {}) as Body
        const roundId = idParam(request.params.round)
        const change = kind === 'evidence' ? rounds.submitEvidence : rounds.recordAssessment
        const result = await change(
          roundId,
          idParam(request.params.rec),
          assessmentInput(body),
          user(request),
          actorOf(request),
          todayInLondon(),
        )
        if (!result.ok) return form(request, reply.status(400), kind, body, result.errors)
        return reply.redirect(`/staff/tracking/${roundId}#rec-${request.params.rec}`, 303)
      }

    const evidencePath = '/staff/tracking/:round/recommendations/:rec/evidence'
    const assessmentPath = '/staff/tracking/:round/recommendations/:rec/assessment'
    app.get<RecParams>(evidencePath, (request, reply) => form(request, reply, 'evidence', null))
    app.post<RecParams>(evidencePath, post('evidence'))
    app.get<RecParams>(assessmentPath, (request, reply) => form(request, reply, 'assessment', null))
    app.post<RecParams>(assessmentPath, post('assessment'))
  }
}
