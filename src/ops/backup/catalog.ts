import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/database.ts'

/** What backup and restore need to know about one table of the app's schema. */
export interface TableInfo {
  name: string
  /** Columns a backup carries: all but generated ones, which the database computes again. */
  columns: string[]
  generatedColumns: string[]
  identityColumns: string[]
  primaryKey: string[]
  /** Foreign keys from this table to itself (e.g. an action re-raised from an earlier one). */
  selfReferences: { column: string; referencedColumn: string }[]
}

// `schema_migrations` travels in the backup's header, not as data; `site_revision` only tells
// the page cache when the record last changed, and a restored database starts a new one.
const NOT_DATA = new Set(['schema_migrations', 'site_revision'])

/**
 * Every table of the current schema, each after the tables it references, so rows can be loaded
 * in this order with foreign keys checked as they go. Read from the catalog, not a list in code,
 * so a table added by a later migration is backed up without anyone remembering to add it.
 */
export async function readCatalog(db: Kysely<Database>): Promise<TableInfo[]> {
  const [columns, keys, references] = await Promise.all([
    sql<{ table_name: string; column_name: string; generated: string; identity: string }>`
      select c.relname as table_name, a.attname as column_name, a.attgenerated::text as generated,
        a.attidentity::text as identity
      from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
        and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(db),
    sql<{ table_name: string; column_name: string }>`
      select c.relname as table_name, a.attname as column_name
      from pg_index i join pg_class c on c.oid = i.indrelid
      cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, position)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indisprimary and c.relnamespace = current_schema()::regnamespace
      order by c.relname, k.position`.execute(db),
    sql<{ table_name: string; referenced_table: string; column_name: string; referenced_column: string }>`
      select c.relname as table_name, r.relname as referenced_table,
        a.attname as column_name, ra.attname as referenced_column
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_class r on r.oid = con.confrelid
      cross join lateral unnest(con.conkey, con.confkey) as k(attnum, referenced_attnum)
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
      join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.referenced_attnum
      where con.contype = 'f' and c.relnamespace = current_schema()::regnamespace`.execute(db),
  ])
  const tables = new Map<string, TableInfo>()
  for (const column of columns.rows) {
    if (NOT_DATA.has(column.table_name)) continue
    const table = tables.get(column.table_name) ?? emptyTable(column.table_name)
    tables.set(column.table_name, table)
    if (column.generated) table.generatedColumns.push(column.column_name)
    else table.columns.push(column.column_name)
    if (column.identity) table.identityColumns.push(column.column_name)
  }
  for (const key of keys.rows) tables.get(key.table_name)?.primaryKey.push(key.column_name)
  const dependsOn = new Map<string, Set<string>>([...tables.keys()].map(name => [name, new Set<string>()]))
  for (const ref of references.rows) {
    if (ref.table_name === ref.referenced_table) {
      tables
        .get(ref.table_name)
        ?.selfReferences.push({ column: ref.column_name, referencedColumn: ref.referenced_column })
    } else dependsOn.get(ref.table_name)?.add(ref.referenced_table)
  }
  return dependencyOrder(dependsOn).map(name => tables.get(name)!)
}

function emptyTable(name: string): TableInfo {
  return { name, columns: [], generatedColumns: [], identityColumns: [], primaryKey: [], selfReferences: [] }
}

/** Names ordered so each comes after everything it depends on; alphabetical among equals. */
export function dependencyOrder(dependsOn: Map<string, Set<string>>): string[] {
  const ordered: string[] = []
  const done = new Set<string>()
  let remaining = [...dependsOn.keys()].sort()
  while (remaining.length) {
    const ready = remaining.filter(name => [...dependsOn.get(name)!].every(dep => done.has(dep) || !dependsOn.has(dep)))
    if (!ready.length) throw new Error(`Tables reference each other in a cycle: ${remaining.join(', ')}`)
    for (const name of ready) done.add(name)
    ordered.push(...ready)
    remaining = remaining.filter(name => !done.has(name))
  }
  return ordered
}

/** Rows ordered so a row referencing another row of the same table comes after it. */
export function selfReferenceOrder<T extends Record<string, unknown>>(rows: T[], table: TableInfo): T[] {
  if (!table.selfReferences.length) return rows
  const key = (row: T, column: string) => JSON.stringify(row[column])
  const placed = new Set<string>()
  const ordered: T[] = []
  let remaining = rows
  while (remaining.length) {
    const next = remaining.filter(row =>
      table.selfReferences.every(
        ref => row[ref.column] == null || placed.has(`${ref.referencedColumn}=${key(row, ref.column)}`),
      ),
    )
    // A reference to a row that is not in the table cannot be satisfied by ordering: keep it last.
    const batch = next.length ? next : remaining
    for (const row of batch)
      for (const ref of table.selfReferences) placed.add(`${ref.referencedColumn}=${key(row, ref.referencedColumn)}`)
    ordered.push(...batch)
    const taken = new Set(batch)
    remaining = remaining.filter(row => !taken.has(row))
  }
  return ordered
}
