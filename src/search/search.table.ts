import type { Generated } from 'kysely'

/** Kept in step by triggers (migration 0007): code reads it, never writes it. */
export interface SearchEntryTable {
  id: Generated<string>
  source: 'agenda_item' | 'document' | 'page' | 'resolution' | 'item_note' | 'action' | 'recommendation'
  source_id: number
  page_number: number
  entry_type: string
  committee_id: number | null
  meeting_id: number | null
  document_id: number | null
  inquiry_id: number | null
  entry_date: string | null
  title: string
  body: string
  search_vector: string
}
