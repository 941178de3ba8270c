import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { CurrentUser } from '../web/access.ts'
import { canSeeExempt, redactExempt } from './exempt.ts'
import * as repo from './meetings.repository.ts'
import { documentsOfMeeting } from '../documents/documents.repository.ts'

export function createMeetingsService(db: Kysely<Database>) {
  return {
    /** A meeting and its agenda as this user may see it (exempt items redacted unless entitled). */
    async meetingPage(slug: string, user: CurrentUser | null) {
      const meeting = await repo.findMeetingBySlug(db, slug)
      if (!meeting) throw notFound('MEETING_NOT_FOUND')
      const agenda = redactExempt(await repo.agendaOf(db, meeting.id), user)
      const documents = (await documentsOfMeeting(db, meeting.id)).filter(d => !d.is_exempt || canSeeExempt(user))
      return { meeting, agenda, documents }
    },

    upcoming: (today: string, limit = 10) => repo.meetingsAround(db, today, 'upcoming', limit),
    recent: (today: string, limit = 10) => repo.meetingsAround(db, today, 'recent', limit),
  }
}

export type MeetingsService = ReturnType<typeof createMeetingsService>
