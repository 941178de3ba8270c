import type { FastifyInstance, FastifyReply } from 'fastify'
import type { CommitteesStaffService } from '../committees/committees.staff.service.ts'
import { MEMBERSHIP_ROLE_LABELS } from '../committees/membership-roles.ts'
import type { FormErrors } from '../web/forms.ts'
import { actorOf, postedValues } from '../web/form-fields.ts'
import type { PeopleService } from './people.service.ts'

type Params = { slug: string }
type MembershipParams = { slug: string; id: string }

/** Adding, correcting and ending a committee's memberships. Nothing is deleted: history stays on the record. */
export function membershipsRoutes(committees: CommitteesStaffService, people: PeopleService) {
  async function membershipForm(reply: FastifyReply, status: number, data: object, errors?: FormErrors) {
    const choices = await people.membershipChoices()
    return reply.status(status).view('pages/staff/people/membership-form.njk', {
      ...choices,
      roles: MEMBERSHIP_ROLE_LABELS,
      activeNav: 'committees',
      ...errors,
      ...data,
    })
  }
  const endForm = (reply: FastifyReply, status: number, data: object, errors?: FormErrors) =>
    reply.status(status).view('pages/staff/people/membership-end.njk', { activeNav: 'committees', ...errors, ...data })
  const back = (reply: FastifyReply, slug: string) => reply.redirect(`/staff/committees/${slug}`, 303)

  return async (app: FastifyInstance) => {
    app.get<{ Params: Params; Querystring: { person?: unknown } }>(
      '/staff/committees/:slug/memberships/new',
      async (request, reply) => {
        const committee = await committees.find(request.params.slug)
        const person = typeof request.query.person === 'string' ? request.query.person : ''
        return membershipForm(reply, 200, {
          committee,
          values: { role: 'member', person_id: person, is_voting: 'yes' },
        })
      },
    )

    app.post<{ Params: Params }>('/staff/committees/:slug/memberships', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const result = await people.addMembership(committee, request.body, actorOf(request))
      if (result.ok) return back(reply, committee.slug)
      return membershipForm(reply, 400, { committee, values: postedValues(request.body) }, result.errors)
    })

    app.get<{ Params: MembershipParams }>('/staff/committees/:slug/memberships/:id/edit', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const membership = await people.membership(committee, request.params.id)
      const values = { ...membership, is_voting: membership.is_voting ? 'yes' : '' }
      return membershipForm(reply, 200, { committee, membership, values })
    })

    app.post<{ Params: MembershipParams }>('/staff/committees/:slug/memberships/:id', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const membership = await people.membership(committee, request.params.id)
      const result = await people.correctMembership(committee, request.params.id, request.body, actorOf(request))
      if (result.ok) return back(reply, committee.slug)
      return membershipForm(reply, 400, { committee, membership, values: postedValues(request.body) }, result.errors)
    })

    app.get<{ Params: MembershipParams }>('/staff/committees/:slug/memberships/:id/end', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const membership = await people.membership(committee, request.params.id)
      return endForm(reply, 200, { committee, membership, values: { ends_on: membership.ends_on ?? '' } })
    })

    app.post<{ Params: MembershipParams }>('/staff/committees/:slug/memberships/:id/end', async (request, reply) => {
      const committee = await committees.find(request.params.slug)
      const membership = await people.membership(committee, request.params.id)
      const result = await people.endMembership(committee, request.params.id, request.body, actorOf(request))
      if (result.ok) return back(reply, committee.slug)
      return endForm(reply, 400, { committee, membership, values: postedValues(request.body) }, result.errors)
    })
  }
}
