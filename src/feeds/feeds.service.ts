import { Feed } from 'feed'
import type { Kysely } from 'kysely'
import { findCommitteeBySlug } from '../committees/committees.repository.ts'
import type { Database } from '../db/database.ts'
import type { DocumentKind } from '../documents/documents.table.ts'
import { notFound } from '../errors.ts'
import { formatLongDate } from '../web/format.ts'
import * as repo from './feeds.repository.ts'
import type { Site } from '../web/site.ts'

/** Links are made absolute with `origin`; ids are minted under `host`. */
export type FeedSite = Site

/** The date in every tag: URI (RFC 4151). Fixed, so that ids never change. */
const TAG_DATE = '2026'

/** A stable id for a record: from its database id, so it stays the same when the meeting is moved or renamed. */
export const tagUri = (site: FeedSite, specific: string): string => `tag:${site.host},${TAG_DATE}:${specific}`

const KIND_LABELS: Record<DocumentKind, string> = {
  report: 'Report',
  appendix: 'Appendix',
  agenda_pack: 'Agenda pack',
  members_pack: 'Members’ pack',
  supplement: 'Supplementary papers',
  action_notes: 'Action notes',
  action_tracker: 'Action tracker',
  work_programme: 'Work programme',
  tracking_report: 'Tracking report',
  inquiry_report: 'Inquiry report',
  evidence: 'Evidence',
  other: 'Document',
}

/**
 * The library writes titles, summaries and contents as HTML (type="html", in CDATA): text is escaped
 * for it, which also keeps a stray `]]>` from ending the CDATA section.
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map(p => p.trim())
    .filter(p => p.length > 0)
    .map(p => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

export interface FeedEntry {
  id: string
  title: string
  link: string
  updated: Date
  published?: Date
  summary: string
  content?: string
}

export interface FeedDescription {
  id: string
  title: string
  subtitle: string
  /** The HTML page the feed is about. */
  link: string
  /** The feed's own URL. */
  self: string
  author: string
}

/**
 * An Atom (RFC 4287) feed, written by the `feed` library. The feed's `updated` is its newest entry's,
 * so a feed whose entries have not changed is the same on every fetch; an empty feed says `now`.
 */
export function buildAtom(feed: FeedDescription, entries: FeedEntry[], now: Date = new Date()): string {
  const updated = entries.reduce<Date | undefined>(
    (newest, e) => (newest && newest >= e.updated ? newest : e.updated),
    undefined,
  )
  const atom = new Feed({
    id: feed.id,
    title: feed.title,
    description: feed.subtitle,
    link: feed.link,
    feedLinks: { atom: feed.self },
    updated: updated ?? now,
    author: { name: feed.author },
    language: 'en-GB',
    generator: 'Scrutiny',
  })
  for (const entry of entries) {
    atom.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: escapeHtml(entry.summary),
      content: entry.content,
    })
  }
  return atom.atom1()
}

type DocumentRow = Awaited<ReturnType<typeof repo.publishedDocuments>>[number]
type ResolutionRow = Awaited<ReturnType<typeof repo.recordedResolutions>>[number]

const later = (a: Date, b: Date): Date => (a >= b ? a : b)

export function documentEntry(doc: DocumentRow, site: FeedSite): FeedEntry {
  return {
    id: tagUri(site, `document-${doc.id}`),
    title: doc.title,
    link: `${site.origin}/meetings/${doc.meeting_slug}`,
    updated: later(doc.published, doc.updated_at),
    published: doc.published,
    summary: `${KIND_LABELS[doc.kind]} for the ${doc.committee_name} meeting on ${formatLongDate(doc.meeting_date)}.`,
  }
}

export function resolutionEntry(resolution: ResolutionRow, site: FeedSite): FeedEntry {
  const item =
    resolution.item_title !== null
      ? `${resolution.item_number}. ${resolution.item_title}`
      : (resolution.item_label ?? 'Resolution')
  return {
    id: tagUri(site, `resolution-${resolution.id}`),
    title: `Resolved: ${item}`,
    link: `${site.origin}/meetings/${resolution.meeting_slug}`,
    updated: resolution.recorded,
    summary: `Decision of the ${resolution.committee_name} meeting on ${formatLongDate(resolution.meeting_date)}.`,
    content: paragraphs(`RESOLVED:\n\n${resolution.body}`),
  }
}

/** Atom feeds of newly published documents and decisions, for the whole council or one committee. */
export function createFeedsService(db: Kysely<Database>, councilName: string) {
  async function committeeOf(slug: string) {
    const committee = await findCommitteeBySlug(db, slug)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    return committee
  }

  return {
    async allDocuments(site: FeedSite): Promise<string> {
      const docs = await repo.publishedDocuments(db)
      return buildAtom(
        {
          id: tagUri(site, 'feeds/documents'),
          title: `${councilName}: new scrutiny documents`,
          subtitle: 'Newly published agendas, reports and papers of every scrutiny committee',
          link: `${site.origin}/committees`,
          self: `${site.origin}/feeds/documents.atom`,
          author: councilName,
        },
        docs.map(d => documentEntry(d, site)),
      )
    },

    async committeeDocuments(slug: string, site: FeedSite): Promise<string> {
      const committee = await committeeOf(slug)
      const docs = await repo.publishedDocuments(db, committee.id)
      return buildAtom(
        {
          id: tagUri(site, `committee-${committee.id}/feeds/documents`),
          title: `${councilName}: ${committee.name}: new documents`,
          subtitle: `Newly published agendas, reports and papers of the ${committee.name}`,
          link: `${site.origin}/committees/${committee.slug}`,
          self: `${site.origin}/committees/${committee.slug}/feeds/documents.atom`,
          author: councilName,
        },
        docs.map(d => documentEntry(d, site)),
      )
    },

    async allDecisions(site: FeedSite): Promise<string> {
      const resolutions = await repo.recordedResolutions(db)
      return buildAtom(
        {
          id: tagUri(site, 'feeds/decisions'),
          title: `${councilName}: scrutiny decisions`,
          subtitle: 'Resolutions of every scrutiny committee, from their action notes',
          link: `${site.origin}/committees`,
          self: `${site.origin}/feeds/decisions.atom`,
          author: councilName,
        },
        resolutions.map(r => resolutionEntry(r, site)),
      )
    },

    async committeeDecisions(slug: string, site: FeedSite): Promise<string> {
      const committee = await committeeOf(slug)
      const resolutions = await repo.recordedResolutions(db, committee.id)
      return buildAtom(
        {
          id: tagUri(site, `committee-${committee.id}/feeds/decisions`),
          title: `${councilName}: ${committee.name}: decisions`,
          subtitle: `Resolutions of the ${committee.name}, from its action notes`,
          link: `${site.origin}/committees/${committee.slug}`,
          self: `${site.origin}/committees/${committee.slug}/feeds/decisions.atom`,
          author: councilName,
        },
        resolutions.map(r => resolutionEntry(r, site)),
      )
    },
  }
}

export type FeedsService = ReturnType<typeof createFeedsService>
