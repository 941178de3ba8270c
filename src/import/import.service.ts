import type { Kysely } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { sha256Of, sha256OfFile, type FileStore } from '../documents/file-store.ts'
import { faultPoint } from '../ops/fault-points.ts'
import { todayInLondon } from '../shared/dates.ts'
import type { ExtractOptions } from './pdf/extract.ts'
import { readPackFile, type PackFile } from './pdf/read-pack.ts'
import { PackParseError } from './parse/errors.ts'
import { splitPages } from './parse/pages.ts'
import { parsePack } from './parse/parse-pack.ts'
import type { PackPage, ParsedPack, ParseWarning } from './parse/types.ts'
import type { RecordType, Tally } from './store/context.ts'
import { storePack } from './store/store-pack.ts'

export interface ImportReport {
  file: string
  status: 'imported' | 'unchanged'
  committee: string
  meetingDate: string
  meetingSlug: string
  counts: Partial<Record<RecordType, Tally>>
  warnings: ParseWarning[]
}

/** A pack file read and parsed, ready to store. */
export interface ReadPack {
  read: PackFile
  pack: ParsedPack
  pages: PackPage[]
  /** SHA-256 of `read.bytes`: the file as stored, by which a second import is known. */
  sha: string
}

/** Reads and parses a pack file, without touching the database. */
export async function readPack(path: string, extract: ExtractOptions = {}): Promise<ReadPack> {
  const read = await readPackFile(path, extract)
  // Text goes to the parser whole: it knows inferred page breaks are less exact than a PDF's.
  const pack = parsePack(read.pages ?? read.text ?? '')
  return { read, pack, pages: read.pages ?? splitPages(read.text ?? ''), sha: sha256Of(read.bytes) }
}

/**
 * Imports agenda packs: each pack is read, parsed and stored in one transaction, with the original
 * file kept. Importing the same file again changes nothing; a pack for a meeting already recorded
 * is matched to it, not duplicated.
 */
export function createImportService(db: Kysely<Database>, files: FileStore) {
  return {
    /** `readAlready`: the file's pack as readPack gave it, if the caller has read it before. */
    async importFile(
      path: string,
      actor: Actor,
      extract: ExtractOptions = {},
      readAlready?: ReadPack,
    ): Promise<ImportReport> {
      // Checked before extraction: re-importing a long PDF should not pay for pdf.js again.
      const previous = await previousImport(db, readAlready?.sha ?? (await sha256OfFile(path)))
      if (previous) return { ...previous, file: path, status: 'unchanged' }
      const { read, pack, pages, sha } = readAlready ?? (await readPack(path, extract))
      requireMeeting(pack)
      await files.put(read.bytes) // content-addressed: harmless if the transaction below fails
      const name = path.split('/').at(-1) ?? path
      const file = {
        sha,
        name,
        bytes: read.bytes.length,
        mediaType: read.kind === 'pdf' ? 'application/pdf' : 'text/plain',
      }
      return db.transaction().execute(async trx => {
        const stored = await storePack(trx, { pack, pages, file, today: todayInLondon(), importedBy: actor.name })
        await faultPoint('pack.import') // fault-injection tests kill the process here, mid-transaction
        const report: ImportReport = { file: path, status: 'imported', ...stored }
        await trx
          .updateTable('import_run')
          .set({ report: JSON.stringify(report) })
          .where('id', '=', stored.importRunId)
          .execute()
        await recordAudit(trx, actor, {
          action: 'pack.import',
          entityType: 'meeting',
          entityId: stored.meetingId,
          after: { file: name, sha256: sha, counts: stored.counts },
        })
        return report
      })
    },
  }
}

export type ImportService = ReturnType<typeof createImportService>

function requireMeeting(
  pack: ParsedPack,
): asserts pack is ParsedPack & { committee: string; meeting: { date: string } } {
  if (!pack.committee)
    throw new PackParseError('The front sheet does not name a committee, so the pack cannot be filed.')
  if (!pack.meeting.date)
    throw new PackParseError('The front sheet gives no meeting date, so the pack cannot be filed.')
}

async function previousImport(db: Kysely<Database>, sha: string): Promise<ImportReport | null> {
  const run = await db
    .selectFrom('import_run')
    .innerJoin('stored_file', 'stored_file.id', 'import_run.file_id')
    .select('import_run.report')
    .where('stored_file.sha256', '=', sha)
    .orderBy('import_run.id', 'desc')
    .executeTakeFirst()
  return run ? (run.report as ImportReport) : null
}
