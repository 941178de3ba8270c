import { recordStoredFile } from '../../documents/stored-files.ts'
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import { slugify, titleCase } from '../../shared/slug.ts'
import type { PackPage, ParsedPack } from '../parse/types.ts'
import { storeActionNotes } from './action-notes.ts'
import { storeActions } from './actions.ts'
import type { StoreContext } from './context.ts'
import { tally } from './context.ts'
import { attachPack, storeReports } from './documents.ts'
import { findOrCreateCommittee, findOrCreateMeeting, storeAgenda } from './meetings.ts'
import { storeRecommendations } from './recommendations.ts'
import { storeWorkProgramme } from './work-programme.ts'

export interface PackToStore {
  pack: ParsedPack & { committee: string; meeting: { date: string } }
  pages: PackPage[]
  file: { sha: string; name: string; bytes: number; mediaType: string }
  today: string
  importedBy: string
}

/** Writes every record of a parsed pack inside the caller's transaction. */
export async function storePack(trx: Transaction<Database>, input: PackToStore) {
  const { pack, today } = input
  const fileId = await storeFile(trx, input)
  const councilId = await findOrCreateCouncil(trx, pack.council ?? null)
  const base = { trx, fileId, councilId, counts: {}, warnings: [...pack.warnings] }
  const committee = await findOrCreateCommittee(base, pack.committee)
  const ctx: StoreContext = { ...base, committeeId: committee.id }
  tally(ctx, 'committee', committee.created ? 'created' : 'matched')

  const date = pack.meeting.date
  const meetingId = await findOrCreateMeeting(ctx, date, {
    startTime: pack.meeting.start_time,
    venue: pack.meeting.venue,
    status: date < today ? 'held' : 'agenda_published',
  })
  const agendaItems = await storeAgenda(ctx, meetingId, pack)
  await attachPack(ctx, meetingId, `Agenda pack: ${input.file.name}`)
  await storeReports(ctx, meetingId, pack.reports, agendaItems)
  if (pack.action_notes) await storeActionNotes(ctx, pack.action_notes)
  await storeActions(ctx, pack.action_tracker, date)
  // (Those listed by number only still carry the committee's final assessment: their history.)
  await storeRecommendations(ctx, [...pack.recommendations, ...(pack.concluded_recommendations ?? [])], date)
  await storeWorkProgramme(ctx, pack.work_programme, today)

  const meeting = await trx.selectFrom('meeting').select(['slug']).where('id', '=', meetingId).executeTakeFirstOrThrow()
  const committeeRow = await trx
    .selectFrom('committee')
    .select('name')
    .where('id', '=', ctx.committeeId)
    .executeTakeFirstOrThrow()
  const run = await trx
    .insertInto('import_run')
    .values({ file_id: fileId, meeting_id: meetingId, imported_by: input.importedBy, report: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return {
    importRunId: run.id,
    meetingId,
    meetingSlug: meeting.slug,
    meetingDate: date,
    committee: committeeRow.name,
    counts: ctx.counts,
    warnings: ctx.warnings,
  }
}

async function storeFile(trx: Transaction<Database>, input: PackToStore): Promise<number> {
  const stored = await recordStoredFile(trx, { ...input.file, pages: input.pages })
  return stored.id
}

async function findOrCreateCouncil(trx: Transaction<Database>, printed: string | null): Promise<number> {
  if (!printed) {
    const first = await trx.selectFrom('council').select('id').orderBy('id').executeTakeFirst()
    if (first) return first.id
  }
  const name = titleCase((printed ?? 'Council').trim())
  const slug = slugify(name)
  const found = await trx.selectFrom('council').select('id').where('slug', '=', slug).executeTakeFirst()
  if (found) return found.id
  const row = await trx.insertInto('council').values({ name, slug }).returning('id').executeTakeFirstOrThrow()
  return row.id
}
