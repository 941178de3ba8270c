/**
 * A Scrutiny backup is gzip'd JSON lines, readable by any tool and by any later version:
 *
 *   {"type":"header","format":"scrutiny-backup","version":1,"migrations":[...],...}
 *   {"type":"file","sha256":"…","part":0,"parts":2,"data":"<base64>"}      stored files
 *   {"type":"table","name":"council","columns":["id",…],"rows":1}            then its rows,
 *   [{"id":1,"name":"…"},…]                                                  in batches
 *   {"type":"end","tables":{"council":1,…},"files":3}
 *
 * Row batches are the database's own JSON (`to_jsonb`) and go back through
 * `jsonb_populate_recordset` untouched by JavaScript, so no number or timestamp loses precision.
 * The end record tells a complete backup from a truncated one.
 */
export const BACKUP_FORMAT = 'scrutiny-backup'
export const BACKUP_VERSION = 1

export interface MigrationRecord {
  name: string
  applied_at: string
}

export interface HeaderRecord {
  type: 'header'
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  engine: string
  migrations: MigrationRecord[]
}

export interface FileRecord {
  type: 'file'
  sha256: string
  part: number
  parts: number
  data: string
}

export interface TableRecord {
  type: 'table'
  name: string
  columns: string[]
  rows: number
}

export interface EndRecord {
  type: 'end'
  tables: Record<string, number>
  files: number
}

export type BackupRecord = HeaderRecord | FileRecord | TableRecord | EndRecord

/** A backup that cannot be made or restored, with a message for whoever runs the command. */
export class BackupError extends Error {}

/** Stored files travel in parts so no line holds a whole 400-page pack. */
export const FILE_PART_BYTES = 512 * 1024
/** Rows per batch line. */
export const ROWS_PER_BATCH = 500
