import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { documentsOfMeeting } from '../documents/documents.repository.ts'
import { notFound } from '../errors.ts'
import type { CurrentUser } from '../web/access.ts'
import type { AgendaChange, SnapshotItem } from './agenda-snapshot.ts'
import { canSeeExempt, redactExempt } from './exempt.ts'
import { meetingIdBySlug } from './meeting-admin.repository.ts'
import * as repo from './meetings.repository.ts'
import { agendaVersions } from './publication.service.ts'

/** A meeting's old address (before it was rescheduled): the caller redirects to the new one. */
export class MovedMeeting extends Error {
  constructor(readonly slug: string) {
    super(`The meeting has moved to ${slug}`)
  }
}

export function createMeetingsService(db: Kysely<Database>) {
  return {
    /** A meeting and its agenda as this user may see it (exempt items redacted unless entitled). */
    async meetingPage(slug: string, user: CurrentUser | null) {
      const meeting = await repo.findMeetingBySlug(db, slug)
      if (!meeting) {
        const moved = await meetingIdBySlug(db, slug)
        if (moved) throw new MovedMeeting(moved.slug)
        throw notFound('MEETING_NOT_FOUND')
      }
      // Read side by side: each is its own round trip to the database.
      const [versions, ranges, allDocuments] = await Promise.all([
        agendaVersions(db, meeting.id),
        repo.pageRangesOf(db, meeting.id),
        documentsOfMeeting(db, meeting.id),
      ])
      const agenda = redactExempt(await publishedAgenda(db, meeting, versions, ranges), user)
      const documents = allDocuments.filter(d => !d.is_exempt || canSeeExempt(user))
      return { meeting, agenda, documents, versions: versions.map(v => publicVersion(v, user)) }
    },

    /** A meeting for the staff screens, by its slug or an old one. */
    async byStaffSlug(slug: string) {
      const found = await meetingIdBySlug(db, slug)
      return found ? repo.findMeetingBySlug(db, found.slug) : undefined
    },
    staffAgenda: (meetingId: number) => repo.staffAgendaOf(db, meetingId),

    upcoming: (today: string, limit = 10) => repo.meetingsAround(db, today, 'upcoming', limit),
    recent: (today: string, limit = 10) => repo.meetingsAround(db, today, 'recent', limit),
  }
}

export type MeetingsService = ReturnType<typeof createMeetingsService>

type PublicAgendaItem = Pick<
  SnapshotItem,
  | 'id'
  | 'item_number'
  | 'title'
  | 'description'
  | 'standing_kind'
  | 'time_from'
  | 'time_to'
  | 'attendees'
  | 'is_exempt'
  | 'exempt_paragraph'
  | 'page_from'
  | 'page_to'
>

type Version = Awaited<ReturnType<typeof agendaVersions>>[number]

/**
 * What the public sees of an agenda: the latest published version, with page ranges from the
 * latest pack. Meetings recorded without versions (imported history, the demo) show their agenda
 * once it is out; an agenda still being prepared is not shown at all.
 */
async function publishedAgenda(
  db: Kysely<Database>,
  meeting: { id: number; status: string },
  versions: Version[],
  ranges: Awaited<ReturnType<typeof repo.pageRangesOf>>,
): Promise<PublicAgendaItem[]> {
  const latest = versions[0]
  if (!latest)
    return meeting.status === 'scheduled' || meeting.status === 'cancelled' ? [] : repo.agendaOf(db, meeting.id)
  return (latest.items as SnapshotItem[]).map(item => ({
    ...item,
    page_from: ranges.get(item.id)?.page_from ?? item.page_from,
    page_to: ranges.get(item.id)?.page_to ?? item.page_to,
  }))
}

/** A version as the public may see it: changes to exempt items keep only their number. */
function publicVersion(version: Version, user: CurrentUser | null) {
  const changes = (version.changes as AgendaChange[]).map(c =>
    c.is_exempt && !canSeeExempt(user) ? { ...c, title: 'Exempt item', what: [] } : c,
  )
  const { items: _, ...rest } = version
  return { ...rest, changes }
}
