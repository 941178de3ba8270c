import { createHash } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import { PDFDocument } from 'pdf-lib'
import { createActionsService } from '../actions/actions.service.ts'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import { membershipOn } from '../committees/committees.repository.ts'
import { compareRoles, isSupportingOfficerRole, MEMBERSHIP_ROLE_LABELS } from '../committees/membership-roles.ts'
import type { Database } from '../db/database.ts'
import type { FileStore } from '../documents/file-store.ts'
import { createTrackingService } from '../tracking/tracking.service.ts'
import { createWorkProgrammeService } from '../work-programme/work-programme.service.ts'
import { placeGeneratedDocuments, type GeneratedSource } from './generated-documents.ts'
import { buildPackPdf, type BuiltPack } from './pack-builder.ts'
import type { PackMeeting } from './pack-content.ts'
import type { PackVariant, PageRange } from './pack-layout.ts'
import * as repo from './packs.repository.ts'

/** The meeting does not exist (or was deleted while its pack was being built). */
export class PackMeetingNotFoundError extends Error {}

export interface StoredPacks {
  publicDocumentId: number
  /** Null when the meeting has no exempt business: the members' pack would be the public pack. */
  membersDocumentId: number | null
  pageCount: number
}

/** The PDF of one generated document, from its generator, read through `conn`. */
function generate(
  conn: Kysely<Database>,
  source: GeneratedSource,
  committeeId: number,
  meetingDate: string,
): Promise<Uint8Array> {
  switch (source.kind) {
    case 'action_tracker':
      return createActionsService(conn).trackerPdf(committeeId, meetingDate)
    case 'work_programme':
      return createWorkProgrammeService(conn).workProgrammePdf(committeeId, meetingDate)
    case 'tracking_report':
      return createTrackingService(conn).trackingReportPdf(source.roundId, meetingDate)
  }
}

export function createPacksService(db: Kysely<Database>, files: FileStore) {
  /** Everything a pack is built from, read through `conn` (a transaction when storing). */
  async function packMeeting(
    conn: Kysely<Database>,
    meetingId: number,
    store: Pick<FileStore, 'get'> = files,
  ): Promise<PackMeeting & { id: number; slug: string }> {
    const meeting = await repo.meetingForPack(conn, meetingId)
    if (!meeting) throw new PackMeetingNotFoundError(`No meeting with id ${meetingId}`)
    const [agenda, papers, members] = await Promise.all([
      repo.agendaForPack(conn, meetingId),
      repo.papersForPack(conn, meetingId),
      membershipOn(conn, meeting.committee_id, meeting.meeting_date),
    ])
    return {
      id: meeting.id,
      slug: meeting.slug,
      councilName: meeting.council_name,
      committeeName: meeting.committee_name,
      date: meeting.meeting_date,
      startTime: meeting.start_time,
      venue: meeting.venue,
      webcastUrl: meeting.webcast_url,
      members: members
        .filter(m => !isSupportingOfficerRole(m.role))
        .sort((a, b) => compareRoles(a.role, b.role))
        .map(m => ({
          name: [m.honorific, m.full_name].filter(Boolean).join(' '),
          role: m.role === 'co_opted' ? (m.co_opted_capacity ?? 'Co-opted member') : MEMBERSHIP_ROLE_LABELS[m.role],
        })),
      items: agenda.map(item => ({
        id: item.id,
        number: item.item_number,
        title: item.title,
        description: item.description,
        timeFrom: item.time_from,
        timeTo: item.time_to,
        attendees: item.attendees,
        exemptParagraph: item.is_exempt ? item.exempt_paragraph : null,
        documents: papers
          .filter(p => p.agenda_item_id === item.id)
          .map(p => ({
            id: p.id,
            title: p.title,
            exemptParagraph: p.is_exempt ? p.exempt_paragraph : null,
            bytes: () => store.get(p.sha256),
          })),
      })),
    }
  }

  async function store(trx: Transaction<Database>, meetingId: number, actor: Actor): Promise<StoredPacks> {
    // Generated first, as published papers of their items: the pack then numbers and ranges them like any other.
    const generated = await storeGenerated(trx, meetingId)
    const meeting = await packMeeting(trx, meetingId)
    const exemptParagraphs = meeting.items.flatMap(i => [i.exemptParagraph, ...i.documents.map(d => d.exemptParagraph)])
    const paragraph = Math.min(...exemptParagraphs.filter((p): p is number => p !== null))
    const publicPack = await buildPackPdf(meeting, 'public')
    const publicDocumentId = await saveBuilt(trx, meeting, 'public', publicPack, null)
    let membersDocumentId: number | null = null
    if (Number.isFinite(paragraph)) {
      membersDocumentId = await saveBuilt(trx, meeting, 'members', await buildPackPdf(meeting, 'members'), paragraph)
    } else {
      await withdrawBuilt(trx, meetingId, 'members')
    }
    const ranges = await writeRanges(trx, meeting, publicPack)
    await recordAudit(trx, actor, {
      action: 'packs.built',
      entityType: 'meeting',
      entityId: meetingId,
      after: { publicDocumentId, membersDocumentId, pages: publicPack.layout.totalPages, ranges, generated },
    })
    return { publicDocumentId, membersDocumentId, pageCount: publicPack.layout.totalPages }
  }

  /**
   * Generates the action tracker, work programme and tracking reports of the agenda as of the
   * meeting date and stores each as a published document of its item: the same document is
   * updated on the next build (so a supplement adds none), and one no longer placed is withdrawn.
   * The generators read through the transaction: PGlite has one connection, which it holds.
   */
  async function storeGenerated(trx: Transaction<Database>, meetingId: number, store: Pick<FileStore, 'put'> = files) {
    const meeting = await repo.meetingForPack(trx, meetingId)
    if (!meeting) throw new PackMeetingNotFoundError(`No meeting with id ${meetingId}`)
    const [items, rounds, existing] = await Promise.all([
      repo.agendaForPlacement(trx, meetingId),
      repo.roundsForMeeting(trx, meetingId),
      repo.generatedDocuments(trx, meetingId),
    ])
    const placements = placeGeneratedDocuments(
      items.map(i => ({ id: i.id, title: i.title, standingKind: i.standing_kind, isExempt: i.is_exempt })),
      rounds.map(r => ({ id: r.id, inquiryTitle: r.inquiry_title })),
    )
    const kept = new Set<number>()
    const written: Array<{ documentId: number; kind: string; agendaItemId: number; pages: number }> = []
    for (const placement of placements) {
      const { kind } = placement.source
      const bytes = await generate(trx, placement.source, meeting.committee_id, meeting.meeting_date)
      const pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
      const fileId = await repo.storedFileId(trx, {
        sha256: await store.put(bytes),
        byteSize: bytes.length,
        name: `${meeting.slug}-${kind.replace(/_/g, '-')}${kind === 'tracking_report' ? `-${written.length + 1}` : ''}.pdf`,
        pageCount,
      })
      const values = {
        file_id: fileId,
        status: 'published' as const,
        published_at: new Date(),
        is_exempt: false,
        exempt_paragraph: null,
        updated_at: new Date(),
      }
      const same = existing.find(
        d => !kept.has(d.id) && d.kind === kind && d.title === placement.title && d.agenda_item_id === placement.itemId,
      )
      let documentId: number
      if (same) {
        await trx.updateTable('document').set(values).where('id', '=', same.id).execute()
        documentId = same.id
      } else {
        const row = await trx
          .insertInto('document')
          .values({ ...values, meeting_id: meetingId, agenda_item_id: placement.itemId, kind, title: placement.title })
          .returning('id')
          .executeTakeFirstOrThrow()
        documentId = row.id
      }
      kept.add(documentId)
      written.push({ documentId, kind, agendaItemId: placement.itemId, pages: pageCount })
    }
    const stale = existing.filter(d => !kept.has(d.id) && d.status !== 'withdrawn').map(d => d.id)
    if (stale.length > 0)
      await trx
        .updateTable('document')
        .set({ status: 'withdrawn', page_from: null, page_to: null, updated_at: new Date() })
        .where('id', 'in', stale)
        .execute()
    return written
  }

  async function saveBuilt(
    trx: Transaction<Database>,
    meeting: PackMeeting & { id: number; slug: string },
    variant: PackVariant,
    pack: BuiltPack,
    exemptParagraph: number | null,
  ): Promise<number> {
    const sha256 = await files.put(pack.bytes)
    const name = `${meeting.slug}-${variant === 'members' ? 'members-pack' : 'agenda-pack'}.pdf`
    const fileId = await repo.storedFileId(trx, {
      sha256,
      byteSize: pack.bytes.length,
      name,
      pageCount: pack.pageCount,
    })
    const values = {
      file_id: fileId,
      status: 'published' as const,
      published_at: new Date(),
      is_exempt: exemptParagraph !== null,
      exempt_paragraph: exemptParagraph,
      updated_at: new Date(),
    }
    const existing = await repo.builtPack(trx, meeting.id, variant)
    if (existing) {
      await trx.updateTable('document').set(values).where('id', '=', existing.id).execute()
      return existing.id
    }
    const title = variant === 'members' ? "Members' agenda pack (including exempt papers)" : 'Agenda pack'
    const row = await trx
      .insertInto('document')
      .values({ ...values, meeting_id: meeting.id, kind: repo.PACK_KIND[variant], title })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  }

  async function withdrawBuilt(trx: Transaction<Database>, meetingId: number, variant: PackVariant): Promise<void> {
    const existing = await repo.builtPack(trx, meetingId, variant)
    if (existing && existing.status !== 'withdrawn') {
      await trx
        .updateTable('document')
        .set({ status: 'withdrawn', updated_at: new Date() })
        .where('id', '=', existing.id)
        .execute()
    }
  }

  /** Page ranges go back onto the agenda and its papers: computed from the pack, never typed. */
  async function writeRanges(trx: Transaction<Database>, meeting: PackMeeting, pack: BuiltPack) {
    const written: Record<string, PageRange | null> = {}
    for (const item of meeting.items) {
      const range = pack.layout.items.get(item.id) ?? null
      written[`item ${item.number}`] = range
      await trx
        .updateTable('agenda_item')
        .set({ page_from: range?.from ?? null, page_to: range?.to ?? null })
        .where('id', '=', item.id)
        .execute()
      for (const doc of item.documents) {
        const docRange = pack.layout.documents.get(doc.id) ?? null
        await trx
          .updateTable('document')
          .set({ page_from: docRange?.from ?? null, page_to: docRange?.to ?? null })
          .where('id', '=', doc.id)
          .execute()
      }
    }
    return written
  }

  return {
    /**
     * Builds one variant of a meeting's pack in memory, exactly as publishing would (generated
     * documents freshly made), and stores nothing: the generated documents' rows are rolled back
     * and their files kept in memory.
     */
    async buildPack(meetingId: number, variant: PackVariant): Promise<BuiltPack> {
      const held = new Map<string, Uint8Array>()
      const overlay: Pick<FileStore, 'get' | 'put'> = {
        put: async bytes => {
          const sha256 = createHash('sha256').update(bytes).digest('hex')
          held.set(sha256, bytes)
          return sha256
        },
        get: sha256 => {
          const bytes = held.get(sha256)
          return bytes ? Promise.resolve(bytes) : files.get(sha256)
        },
      }
      let built: BuiltPack | undefined
      const rollback = new Error('preview rolled back')
      try {
        await db.transaction().execute(async trx => {
          await storeGenerated(trx, meetingId, overlay)
          built = await buildPackPdf(await packMeeting(trx, meetingId, overlay), variant)
          throw rollback
        })
      } catch (error) {
        if (error !== rollback) throw error
      }
      if (!built) throw new Error('unreachable: the preview builds before it rolls back')
      return built
    },

    /**
     * Builds and stores both packs of a meeting (called when its agenda is published), writes the
     * page ranges back onto the agenda, and audits it, all in one transaction. Pass the caller's
     * transaction as `within` to make it part of a larger change.
     */
    storePacks(meetingId: number, actor: Actor, within?: Transaction<Database>): Promise<StoredPacks> {
      if (within) return store(within, meetingId, actor)
      return db.transaction().execute(trx => store(trx, meetingId, actor))
    },

    /**
     * The stored pack of a meeting, or undefined if none was built. A meeting without exempt
     * business has no separate members' pack: members get the public one, which is complete.
     */
    async packFor(meetingId: number, variant: PackVariant) {
      const published = async (v: PackVariant) => {
        const row = await repo.builtPack(db, meetingId, v)
        return row?.status === 'published' ? row : undefined
      }
      const row = (variant === 'members' ? await published('members') : undefined) ?? (await published('public'))
      if (!row) return undefined
      return {
        bytes: await files.get(row.sha256),
        fileName: row.original_name ?? 'agenda-pack.pdf',
        isExempt: row.is_exempt,
      }
    },

    /** The id of the meeting with this slug, or undefined. */
    meetingIdBySlug: async (slug: string) => (await repo.meetingIdBySlug(db, slug))?.id,
  }
}

export type PacksService = ReturnType<typeof createPacksService>
