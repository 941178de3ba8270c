import type { MembershipRole } from './committees.table.ts'

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  chair: 'Chair',
  deputy_chair: 'Deputy Chair',
  member: 'Member',
  co_opted: 'Co-opted member',
  substitute: 'Substitute',
  scrutiny_officer: 'Scrutiny Officer',
  committee_manager: 'Committee Manager',
  lawyer: 'Legal adviser',
  officer_support: 'Supporting officer',
}

const ORDER: MembershipRole[] = [
  'chair',
  'deputy_chair',
  'member',
  'co_opted',
  'substitute',
  'scrutiny_officer',
  'committee_manager',
  'lawyer',
  'officer_support',
]

/** Chair first, then deputy, councillors, co-optees, then supporting officers. */
export function compareRoles(a: MembershipRole, b: MembershipRole): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b)
}

export function isSupportingOfficerRole(role: MembershipRole): boolean {
  return ORDER.indexOf(role) >= ORDER.indexOf('scrutiny_officer')
}
