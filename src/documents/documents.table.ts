import type { Generated } from 'kysely'

export const DOCUMENT_KINDS = [
  'report',
  'appendix',
  'agenda_pack',
  'members_pack',
  'supplement',
  'action_notes',
  'action_tracker',
  'work_programme',
  'tracking_report',
  'inquiry_report',
  'evidence',
  'other',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export interface StoredFileTable {
  id: Generated<number>
  sha256: string
  media_type: string
  byte_size: number
  original_name: string | null
  page_count: number | null
  created_at: Generated<Date>
}

export interface FilePageTable {
  file_id: number
  page_number: number
  body: string
}

export interface DocumentTable {
  id: Generated<number>
  meeting_id: number | null
  agenda_item_id: number | null
  inquiry_id: number | null
  kind: DocumentKind
  title: string
  position: Generated<number>
  file_id: number | null
  status: Generated<'draft' | 'submitted' | 'accepted' | 'published' | 'withdrawn'>
  is_exempt: Generated<boolean>
  exempt_paragraph: number | null
  published_at: Date | null
  submitted_by: number | null
  page_from: number | null
  page_to: number | null
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface ReportCoverTable {
  document_id: number
  report_date: string | null
  subject: string
  report_of: string | null
  author_name: string | null
  author_title: string | null
  author_phone: string | null
  author_email: string | null
  purpose: string | null
  recommendations: string | null
  finance_implications: string | null
  legal_implications: string | null
  equalities_implications: string | null
  appendices: string | null
}
