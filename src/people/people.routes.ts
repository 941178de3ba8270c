import type { FastifyInstance, FastifyReply } from 'fastify'
import { todayInLondon } from '../shared/dates.ts'
import type { FormErrors } from '../web/forms.ts'
import { actorOf, postedValues } from '../web/form-fields.ts'
import { PERSON_KINDS, type PeopleService } from './people.service.ts'

const PERSON_FORM = 'pages/staff/people/form.njk'
const YEAR_FORM = 'pages/staff/committees/municipal-year-form.njk'

/** Staff screens for people and municipal years, and the public person page (/people/:slug). */
export function peopleRoutes(people: PeopleService) {
  const personForm = (reply: FastifyReply, status: number, data: object, errors?: FormErrors) =>
    reply.status(status).view(PERSON_FORM, { kinds: PERSON_KINDS, activeNav: 'people', ...errors, ...data })
  const yearForm = (reply: FastifyReply, status: number, data: object, errors?: FormErrors) =>
    reply.status(status).view(YEAR_FORM, { activeNav: 'committees', ...errors, ...data })

  return async (app: FastifyInstance) => {
    app.get<{ Params: { slug: string } }>('/people/:slug', async (request, reply) =>
      reply.view('pages/person.njk', await people.personPage(request.params.slug, todayInLondon(), request.user)),
    )

    app.get('/staff/people', async (_request, reply) =>
      reply.view('pages/staff/people/index.njk', {
        people: await people.listPeople(),
        kinds: PERSON_KINDS,
        activeNav: 'people',
      }),
    )

    app.get('/staff/people/new', async (_request, reply) => personForm(reply, 200, { values: { kind: 'councillor' } }))

    app.post('/staff/people', async (request, reply) => {
      const result = await people.createPerson(request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/people/${result.value}`, 303)
      return personForm(reply, 400, { values: postedValues(request.body) }, result.errors)
    })

    app.get<{ Params: { slug: string } }>('/staff/people/:slug', async (request, reply) =>
      reply.view('pages/staff/people/show.njk', {
        ...(await people.personWithMemberships(request.params.slug)),
        kinds: PERSON_KINDS,
        activeNav: 'people',
      }),
    )

    app.get<{ Params: { slug: string } }>('/staff/people/:slug/edit', async (request, reply) => {
      const person = await people.findPerson(request.params.slug)
      return personForm(reply, 200, { person, values: person })
    })

    app.post<{ Params: { slug: string } }>('/staff/people/:slug', async (request, reply) => {
      const person = await people.findPerson(request.params.slug)
      const result = await people.updatePerson(person.slug, request.body, actorOf(request))
      if (result.ok) return reply.redirect(`/staff/people/${result.value}`, 303)
      return personForm(reply, 400, { person, values: postedValues(request.body) }, result.errors)
    })

    app.get('/staff/municipal-years', async (_request, reply) =>
      reply.view('pages/staff/committees/municipal-years.njk', {
        years: await people.listYears(),
        activeNav: 'committees',
      }),
    )

    app.get('/staff/municipal-years/new', async (_request, reply) => yearForm(reply, 200, { values: {} }))

    app.post('/staff/municipal-years', async (request, reply) => {
      const result = await people.saveYear(null, request.body, actorOf(request))
      if (result.ok) return reply.redirect('/staff/municipal-years', 303)
      return yearForm(reply, 400, { values: postedValues(request.body) }, result.errors)
    })

    app.get<{ Params: { id: string } }>('/staff/municipal-years/:id/edit', async (request, reply) => {
      const year = await people.findYear(request.params.id)
      return yearForm(reply, 200, { year, values: year })
    })

    app.post<{ Params: { id: string } }>('/staff/municipal-years/:id', async (request, reply) => {
      const year = await people.findYear(request.params.id)
      const result = await people.saveYear(year.id, request.body, actorOf(request))
      if (result.ok) return reply.redirect('/staff/municipal-years', 303)
      return yearForm(reply, 400, { year, values: postedValues(request.body) }, result.errors)
    })
  }
}
