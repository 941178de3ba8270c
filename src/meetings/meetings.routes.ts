import type { FastifyInstance } from 'fastify'
import type { ActionNotesService } from '../action-notes/action-notes.service.ts'
import { todayInLondon } from '../shared/dates.ts'
import { meetingStatusLabel } from './meeting-status.ts'
import { MovedMeeting, type MeetingsService } from './meetings.service.ts'

export function meetingsRoutes(meetings: MeetingsService, actionNotes: ActionNotesService) {
  return async (app: FastifyInstance) => {
    app.get('/meetings', async (_request, reply) => {
      const today = todayInLondon()
      const [upcoming, recent] = await Promise.all([meetings.upcoming(today, 20), meetings.recent(today, 20)])
      return reply.view('pages/meetings.njk', { upcoming, recent })
    })

    app.get<{ Params: { slug: string } }>('/meetings/:slug', async (request, reply) => {
      const page = await meetings.meetingPage(request.params.slug, request.user).catch(error => {
        if (error instanceof MovedMeeting) return error
        throw error
      })
      if (page instanceof MovedMeeting) return reply.redirect(`/meetings/${page.slug}`, 301)
      const [notes, previousNotes] = await Promise.all([
        actionNotes.forMeetingPage(page.meeting.id, request.user),
        actionNotes.previousMeetingNotes(page.meeting.id),
      ])
      return reply.view('pages/meeting.njk', {
        ...page,
        actionNotes: notes,
        previousNotes,
        statusLabel: meetingStatusLabel(page.meeting.status),
      })
    })
  }
}
