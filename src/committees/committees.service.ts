import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import type { InquiriesService } from '../tracking/inquiries.service.ts'
import * as repo from './committees.repository.ts'
import { compareRoles, isSupportingOfficerRole } from './membership-roles.ts'

export function createCommitteesService(db: Kysely<Database>, inquiries: InquiriesService) {
  return {
    listCommittees: () => repo.listActiveCommittees(db),

    /** A committee's public page: who sits on it today, its meetings, upcoming and past, and its inquiries. */
    async committeePage(slug: string, today: string) {
      const committee = await repo.findCommitteeBySlug(db, slug)
      if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
      const [membership, meetings, tracking] = await Promise.all([
        repo.membershipOn(db, committee.id, today),
        repo.meetingsOfCommittee(db, committee.id),
        inquiries.committeeInquiries(committee, today),
      ])
      membership.sort((a, b) => compareRoles(a.role, b.role))
      return {
        committee,
        members: membership.filter(m => !isSupportingOfficerRole(m.role)),
        officers: membership.filter(m => isSupportingOfficerRole(m.role)),
        upcoming: meetings.filter(m => m.meeting_date >= today).reverse(),
        past: meetings.filter(m => m.meeting_date < today),
        inquiries: tracking.inquiries,
        statistics: tracking.statistics,
      }
    },
  }
}

export type CommitteesService = ReturnType<typeof createCommitteesService>
