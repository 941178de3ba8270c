import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import type { Kysely } from 'kysely'
import { findCommitteeBySlug } from '../committees/committees.repository.ts'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { MeetingStatus } from '../meetings/meetings.table.ts'
import * as repo from './calendar.repository.ts'
import { londonTimeToUtc, oneYearBefore } from './london-time.ts'
import type { Site } from '../web/site.ts'

/** No meeting records an end time, so a timed meeting fills this long in people's calendars. */
export const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000
/** How often subscribed calendars are asked to fetch the feed again (seconds). */
const REFRESH_SECONDS = 60 * 60

/** Links are made absolute with `origin`; ids are minted under `host`. */
export type CalendarSite = Site

export interface CalendarMeeting {
  id: number
  slug: string
  meeting_date: string
  start_time: string | null
  venue: string | null
  status: MeetingStatus
  cancellation_reason: string | null
  updated_at: Date
  committee_name: string
  /** How many meeting_change rows the meeting has. */
  changes: number | null
  /** Public (never exempt) agenda items. */
  agenda: Array<{ item_number: string; title: string }>
}

/** The meeting's UID: from its id, so it stays the same when the meeting is moved or renamed. */
export const meetingUid = (meetingId: number, site: CalendarSite): string => `meeting-${meetingId}@${site.host}`

function description(meeting: CalendarMeeting, url: string): string {
  const lines: string[] = []
  if (meeting.status === 'cancelled') {
    lines.push(`This meeting has been cancelled. ${meeting.cancellation_reason ?? ''}`.trim(), '')
  }
  if (meeting.agenda.length > 0) {
    lines.push('Agenda:', ...meeting.agenda.map(item => `${item.item_number}. ${item.title}`))
  } else {
    lines.push('The agenda has not been published yet.')
  }
  lines.push('', `Details and papers: ${url}`)
  return lines.join('\n')
}

/**
 * An iCalendar (RFC 5545) feed of meetings. Starts are written in UTC, converted from the UK
 * local times on the agenda; a meeting with no start time yet is an all-day event on its date.
 *
 * Why UTC and not TZID=Europe/London: UTC needs no VTIMEZONE to be valid, every calendar app shows
 * it in its user's own zone, and the feed is rebuilt on each fetch, so nothing goes stale. With a
 * TZID, ical-generator writes a plain Date in the *server's* zone, and needs luxon or similar plus
 * a VTIMEZONE generator to be right; the conversion here is a few lines over Node's own tz data.
 */
export function buildCalendar(
  { name, meetings, site }: { name: string; meetings: CalendarMeeting[]; site: CalendarSite },
  now: Date = new Date(),
): string {
  const calendar = ical({
    // One line: ical-generator escapes line breaks in events' text but not in the calendar's name.
    name: name.replace(/\s*[\r\n]+\s*/g, ' '),
    prodId: { company: 'Scrutiny', product: 'Meetings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  })
  for (const meeting of meetings) {
    const url = `${site.origin}/meetings/${meeting.slug}`
    const timed = meeting.start_time !== null
    const start =
      meeting.start_time === null
        ? new Date(`${meeting.meeting_date}T00:00:00Z`)
        : londonTimeToUtc(meeting.meeting_date, meeting.start_time)
    calendar.createEvent({
      id: meetingUid(meeting.id, site),
      sequence: meeting.changes ?? 0,
      stamp: now,
      lastModified: meeting.updated_at,
      start,
      end: timed ? new Date(start.getTime() + DEFAULT_DURATION_MS) : null,
      allDay: !timed,
      summary: meeting.committee_name,
      location: meeting.venue,
      url,
      description: description(meeting, url),
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  return calendar.toString()
}

export interface CalendarFile {
  filename: string
  body: string
}

export function createCalendarService(db: Kysely<Database>, councilName: string) {
  async function feed(name: string, site: CalendarSite, today: string, committeeId?: number) {
    const meetings = await repo.meetingsForCalendar(db, oneYearBefore(today), committeeId)
    const agenda = new Map<number, CalendarMeeting['agenda']>()
    const ids = meetings.map(m => m.id)
    const items = await repo.publicAgendaTitles(db, ids)
    for (const item of items) agenda.set(item.meeting_id, [...(agenda.get(item.meeting_id) ?? []), item])
    const withAgenda = meetings.map(m => ({ ...m, agenda: agenda.get(m.id) ?? [] }))
    return buildCalendar({ name, meetings: withAgenda, site })
  }

  return {
    /** Every committee's meetings from a year before `today` onwards. */
    async allMeetings(site: CalendarSite, today: string): Promise<CalendarFile> {
      return { filename: 'meetings.ics', body: await feed(`${councilName}: scrutiny meetings`, site, today) }
    },

    /** One committee's meetings from a year before `today` onwards; 404 for an unknown committee. */
    async committeeMeetings(slug: string, site: CalendarSite, today: string): Promise<CalendarFile> {
      const committee = await findCommitteeBySlug(db, slug)
      if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
      const body = await feed(`${councilName}: ${committee.name}`, site, today, committee.id)
      return { filename: `${committee.slug}-meetings.ics`, body }
    },
  }
}

export type CalendarService = ReturnType<typeof createCalendarService>
