import type { FastifyInstance, FastifyReply } from 'fastify'
import type { PeopleService } from '../people/people.service.ts'
import { actorOf, isRealDate, postedValues } from '../web/form-fields.ts'
import { inForceOn } from '../people/membership-rules.ts'
import { todayInLondon } from '../shared/dates.ts'
import { singleError, type FormErrors } from '../web/forms.ts'
import { compareRoles } from './membership-roles.ts'
import { COMMITTEE_KINDS, STANDARD_STANDING_ITEMS, type CommitteesStaffService } from './committees.staff.service.ts'

const FORM = 'pages/staff/committees/form.njk'

/** Staff screens for committees: the list, a committee with its memberships, and the create and edit forms. */
export function committeesStaffRoutes(committees: CommitteesStaffService, people: PeopleService) {
  const showForm = (reply: FastifyReply, status: number, data: object, errors?: FormErrors) =>
    reply.status(status).view(FORM, { kinds: COMMITTEE_KINDS, activeNav: 'committees', ...errors, ...data })

  return async (app: FastifyInstance) => {
    app.get('/staff/committees', async (_request, reply) =>
      reply.view('pages/staff/committees/index.njk', { committees: await committees.list(), activeNav: 'committees' }),
    )

    app.get('/staff/committees/new', async (_request, reply) =>
      showForm(reply, 200, {
        values: { kind: 'overview_scrutiny', standing_items: STANDARD_STANDING_ITEMS.join('\n') },
      }),
    )

    app.post('/staff/committees', async (request, reply) => {
      const result = await committees.create(request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/committees/${result.slug}`, 303)
      return showForm(reply, 400, { values: postedValues(request.body) }, result.errors)
    })

    app.get<{ Params: { slug: string }; Querystring: { on?: unknown } }>(
      '/staff/committees/:slug',
      async (request, reply) => {
        const committee = await committees.find(request.params.slug)
        const memberships = await people.committeeMemberships(committee.id)
        const on = typeof request.query.on === 'string' && request.query.on ? request.query.on : todayInLondon()
        const valid = isRealDate(on)
        const inForce = valid
          ? memberships
              .filter(m => inForceOn({ startsOn: m.starts_on, endsOn: m.ends_on }, on))
              .sort((a, b) => compareRoles(a.role, b.role))
          : []
        return reply.status(valid ? 200 : 400).view('pages/staff/committees/show.njk', {
          committee,
          memberships,
          inForce,
          on,
          ...(valid ? {} : singleError('on', 'Enter a real date, like 2024-05-15')),
          activeNav: 'committees',
        })
      },
    )

    app.get<{ Params: { slug: string } }>('/staff/committees/:slug/edit', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const values = {
        ...committee,
        standing_items: committee.standing_items.join('\n'),
        is_active: committee.is_active ? 'yes' : '',
      }
      return showForm(reply, 200, { committee, values })
    })

    app.post<{ Params: { slug: string } }>('/staff/committees/:slug', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const result = await committees.update(committee.slug, request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/committees/${result.slug}`, 303)
      return showForm(reply, 400, { committee, values: postedValues(request.body) }, result.errors)
    })
  }
}
