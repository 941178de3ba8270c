import type { MembershipRole } from '../committees/committees.table.ts'
import { formatDate } from '../web/format.ts'

/** A membership's term: both dates inclusive, an open end (null) meaning "still serving". */
export interface Term {
  startsOn: string
  endsOn: string | null
}

export interface MembershipCandidate extends Term {
  id?: number
  personId: number
  role: MembershipRole
  coOptedCapacity: string | null
}

export interface MembershipProblem {
  field: 'role' | 'coOptedCapacity' | 'startsOn' | 'endsOn' | 'personId'
  text: string
}

/**
 * Do two terms share at least one day? Dates are inclusive, as the public committee page reads them
 * (a member whose term ends today still sits today), so a term ending on the day another starts overlaps it.
 *
 * ```ts
 * termsOverlap({ startsOn: '2024-05-01', endsOn: '2024-09-30' }, { startsOn: '2024-10-01', endsOn: null }) // false
 * ```
 */
export function termsOverlap(a: Term, b: Term): boolean {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn)
}

/** Is the term in force on a date? */
export function inForceOn(term: Term, date: string): boolean {
  return term.startsOn <= date && (term.endsOn === null || term.endsOn >= date)
}

/**
 * What is wrong with a new or corrected membership, given the committee's other memberships (the one being
 * corrected, matched by id, is left out). Rules: a co-optee's capacity is recorded; a term does not end before
 * it starts; a person holds one membership of a committee at a time; a committee has one chair at a time.
 */
export function membershipProblems(
  candidate: MembershipCandidate,
  others: ReadonlyArray<MembershipCandidate & { personName: string }>,
): MembershipProblem[] {
  const problems: MembershipProblem[] = []
  if (candidate.role === 'co_opted' && !candidate.coOptedCapacity)
    problems.push({ field: 'coOptedCapacity', text: 'Enter the capacity the co-opted member sits in' })
  if (candidate.endsOn !== null && candidate.endsOn < candidate.startsOn) {
    problems.push({ field: 'endsOn', text: 'The end date must be the same as or after the start date' })
    return problems
  }
  const overlapping = others.filter(o => o.id !== candidate.id && termsOverlap(o, candidate))
  const same = overlapping.find(o => o.personId === candidate.personId)
  if (same)
    problems.push({
      field: 'startsOn',
      text: `${same.personName} is already on this committee ${describeTerm(same)}: end or correct that membership first`,
    })
  const chair = candidate.role === 'chair' ? overlapping.find(o => o.role === 'chair') : undefined
  if (chair)
    problems.push({
      field: 'role',
      text: `${chair.personName} is chair ${describeTerm(chair)}: a committee has one chair at a time`,
    })
  return problems
}

function describeTerm(term: Term): string {
  return term.endsOn
    ? `from ${formatDate(term.startsOn)} to ${formatDate(term.endsOn)}`
    : `from ${formatDate(term.startsOn)} with no end date`
}
