import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { siteOf } from '../web/site.ts'
import { todayInLondon } from '../shared/dates.ts'
import { createCalendarService, type CalendarFile } from './calendar.service.ts'

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
