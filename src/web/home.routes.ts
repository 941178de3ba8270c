import type { FastifyInstance } from 'fastify'
import type { Services } from '../services.ts'
import { todayInLondon } from '../shared/dates.ts'

export function homeRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    app.get('/', async (_request, reply) => {
      const [upcoming, committees] = await Promise.all([
        services.meetings.upcoming(todayInLondon(), 5),
        services.committees.listCommittees(),
      ])
      return reply.view('pages/home.njk', { upcoming, committees })
    })

    app.get('/accessibility', async (_request, reply) => reply.view('pages/accessibility.njk'))

    app.get('/staff', async (_request, reply) => {
      const [upcoming, committees] = await Promise.all([
        services.meetings.upcoming(todayInLondon(), 10),
        services.committees.listCommittees(),
      ])
      return reply.view('pages/staff/dashboard.njk', { upcoming, committees, activeNav: 'dashboard' })
    })
  }
}
