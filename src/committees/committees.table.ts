import type { Generated, JSONColumnType, Selectable } from 'kysely'

export const MEMBERSHIP_ROLES = [
  'chair',
  'deputy_chair',
  'member',
  'co_opted',
  'substitute',
  'scrutiny_officer',
  'committee_manager',
  'lawyer',
  'officer_support',
] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

export type PersonKind = 'councillor' | 'co_optee' | 'officer' | 'witness' | 'other'

export interface MunicipalYearTable {
  id: Generated<number>
  council_id: number
  label: string
  starts_on: string
  ends_on: string
}

export interface CommitteeTable {
  id: Generated<number>
  council_id: number
  name: string
  slug: string
  kind: Generated<'overview_scrutiny' | 'coordinating' | 'cabinet' | 'full_council' | 'other'>
  purpose: string | null
  terms_of_reference: string | null
  standing_items: JSONColumnType<string[], string, string>
  is_active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type CommitteeRow = Selectable<CommitteeTable>

export interface PersonTable {
  id: Generated<number>
  council_id: number
  slug: string
  full_name: string
  honorific: string | null
  kind: PersonKind
  job_title: string | null
  organisation: string | null
  party: string | null
  ward: string | null
  email: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface MembershipTable {
  id: Generated<number>
  committee_id: number
  person_id: number
  municipal_year_id: number | null
  role: MembershipRole
  co_opted_capacity: string | null
  is_voting: Generated<boolean>
  starts_on: string
  ends_on: string | null
  created_at: Generated<Date>
}
