import type { Generated } from 'kysely'
import type { AssessmentCode } from './assessment-scale.ts'

export type InquiryStatus = 'scoping' | 'evidence_gathering' | 'reporting' | 'tracking' | 'concluded'

export interface InquiryTable {
  id: Generated<number>
  committee_id: number
  slug: string
  title: string
  key_question: string | null
  lines_of_enquiry: string | null
  lead_member_id: number | null
  lead_officer_id: number | null
  status: Generated<InquiryStatus>
  approved_by_council_on: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface EvidenceSessionTable {
  id: Generated<number>
  inquiry_id: number
  meeting_id: number | null
  held_on: string
  witnesses: string | null
  notes: string | null
}

export interface RecommendationTable {
  id: Generated<number>
  inquiry_id: number
  number: string
  position: number
  body: string
  responsible: string | null
  responsible_person_id: number | null
  original_completion_date: string | null
  completion_date_text: string | null
  theme: string | null
  concluded_on: string | null
  final_assessment: 1 | 2 | 4 | null
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface TrackingRoundTable {
  id: Generated<number>
  inquiry_id: number
  meeting_id: number | null
  scheduled_for: string
  evidence_due_on: string | null
  /** The deadline for the tracking report to go into the agenda pack. */
  report_due_on: string | null
  scheduled_by: number | null
  status: Generated<'scheduled' | 'awaiting_evidence' | 'evidence_submitted' | 'assessed'>
  created_at: Generated<Date>
}

export interface AssessmentTable {
  id: Generated<number>
  recommendation_id: number
  tracking_round_id: number | null
  assessed_by: 'executive' | 'committee'
  code: AssessmentCode
  evidence: string | null
  new_completion_date: string | null
  obstacle: string | null
  assessed_on: string
  recorded_by: number | null
  source_file_id: number | null
  source_page: number | null
  created_at: Generated<Date>
}
