/** A document as it was published with an agenda. */
export interface SnapshotDocument {
  id: number
  title: string
  kind: string
  is_exempt: boolean
  exempt_paragraph: number | null
  page_from: number | null
  page_to: number | null
}

/** An agenda item exactly as it was published: what the public sees until the next supplement. */
export interface SnapshotItem {
  id: number
  item_number: string
  title: string
  description: string | null
  /** Absent from versions published before it was recorded. */
  standing_kind?: string | null
  time_from: string | null
  time_to: string | null
  attendees: string | null
  lead_officer: string | null
  is_exempt: boolean
  exempt_paragraph: number | null
  page_from: number | null
  page_to: number | null
  documents: SnapshotDocument[]
}

export interface AgendaChange {
  change: 'added' | 'removed' | 'changed'
  item_number: string
  title: string
  is_exempt: boolean
  exempt_paragraph: number | null
  /** For changes: what changed, in words ("time", "reports"). */
  what: string[]
}

const COMPARED: Array<[keyof SnapshotItem, string]> = [
  ['item_number', 'number'],
  ['title', 'title'],
  ['description', 'description'],
  ['time_from', 'time'],
  ['time_to', 'time'],
  ['attendees', 'attendees'],
  ['lead_officer', 'lead officer'],
  ['is_exempt', 'exempt status'],
  ['exempt_paragraph', 'exempt status'],
]

/**
 * What a supplement changes: items added, removed or changed since the last published version,
 * in the new agenda's order (removed items last). Items are matched by id, not by number, so a
 * reordered agenda shows as renumbered items rather than as removals and additions.
 */
export function agendaChanges(previous: SnapshotItem[], next: SnapshotItem[]): AgendaChange[] {
  const before = new Map(previous.map(item => [item.id, item]))
  const nextIds = new Set(next.map(item => item.id))
  const changes: AgendaChange[] = []
  for (const item of next) {
    const old = before.get(item.id)
    if (!old) changes.push(changeOf('added', item, []))
    else {
      const what = differences(old, item)
      if (what.length) changes.push(changeOf('changed', item, what))
    }
  }
  for (const item of previous) if (!nextIds.has(item.id)) changes.push(changeOf('removed', item, []))
  return changes
}

function differences(old: SnapshotItem, item: SnapshotItem): string[] {
  const what = new Set<string>()
  for (const [field, words] of COMPARED) if (old[field] !== item[field]) what.add(words)
  if (documentKey(old) !== documentKey(item)) what.add('documents')
  return [...what]
}

const documentKey = (item: SnapshotItem) =>
  item.documents.map(d => `${d.id}:${d.title}:${d.is_exempt}:${d.exempt_paragraph ?? ''}`).join('|')

function changeOf(change: AgendaChange['change'], item: SnapshotItem, what: string[]): AgendaChange {
  const { item_number, title, is_exempt, exempt_paragraph } = item
  return { change, item_number, title, is_exempt, exempt_paragraph, what }
}
