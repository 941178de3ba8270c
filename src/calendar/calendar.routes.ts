import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { AppError } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { createCalendarService, type CalendarFile, type CalendarSite } from './calendar.service.ts'

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/** Links in the feed point back at the host the calendar was fetched from. */
function siteOf(request: FastifyRequest): CalendarSite {
  if (!HOST.test(request.host)) throw new AppError('BAD_REQUEST')
  return { origin: `${request.protocol}://${request.host}`, host: request.hostname }
}

function sendCalendar(reply: FastifyReply, file: CalendarFile) {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body)
}

/** iCalendar subscriptions: every meeting, or one committee's, for people's calendar apps. */
export function calendarRoutes(db: Kysely<Database>, councilName: string) {
  const calendar = createCalendarService(db, councilName)
  return async (app: FastifyInstance) => {
    app.get('/calendar.ics', async (request, reply) =>
      sendCalendar(reply, await calendar.allMeetings(siteOf(request), todayInLondon())),
    )

    app.get<{ Params: { slug: string } }>('/committees/:slug/calendar.ics', async (request, reply) =>
      sendCalendar(reply, await calendar.committeeMeetings(request.params.slug, siteOf(request), todayInLondon())),
    )
  }
}
