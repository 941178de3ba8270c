import { MEMBERSHIP_ROLES, type MembershipRole } from './committees.table.ts'

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

// MEMBERSHIP_ROLES is listed in precedence order: chair first, supporting officers last.
const ORDER: readonly MembershipRole[] = MEMBERSHIP_ROLES

/** Chair first, then deputy, councillors, co-optees, then supporting officers. */
export function compareRoles(a: MembershipRole, b: MembershipRole): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b)
}

export function isSupportingOfficerRole(role: MembershipRole): boolean {
  return ORDER.indexOf(role) >= ORDER.indexOf('scrutiny_officer')
}
