import type { Kysely } from 'kysely'
import { z } from 'zod'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { optionalText, requiredText } from '../people/form-fields.ts'
import { isUniqueViolation } from '../web/form-fields.ts'
import { formErrors, type FormErrors } from '../web/forms.ts'
import { slugify } from '../shared/slug.ts'
import * as repo from './committees.staff.repository.ts'
import { uniqueSlug } from './unique-slug.ts'

export const COMMITTEE_KINDS = {
  overview_scrutiny: 'Overview and scrutiny committee',
  coordinating: 'Co-ordinating committee',
  cabinet: 'Cabinet',
  full_council: 'Full council',
  other: 'Other',
} as const

const MAX_STANDING_ITEMS = 40

/** What a new committee's standing items template starts as: the items on most O&S agendas, in their usual order. */
export const STANDARD_STANDING_ITEMS = [
  'Notice of recording/webcast',
  'Apologies',
  'Declarations of interests',
  'Action notes of the last meeting',
  'Action tracker',
  'Work programme',
  'Requests for call-in, councillor call for action and petitions',
  'Other urgent business',
  'Authority to chair and officers',
  'Date of next meeting',
] as const

/** The standing items template is typed one title per line; blank lines are dropped, the order kept. */
export function standingItemLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length > 0)
}

const committeeForm = z.object({
  name: requiredText('the committee’s name'),
  kind: z.enum(Object.keys(COMMITTEE_KINDS) as [keyof typeof COMMITTEE_KINDS], {
    errorMap: () => ({ message: 'Select the kind of committee' }),
  }),
  purpose: optionalText('the purpose', 1000),
  terms_of_reference: optionalText('the terms of reference', 20000),
  standing_items: z
    .string({ invalid_type_error: 'Enter the standing items as text, one per line' })
    .optional()
    .transform(text => standingItemLines(text ?? ''))
    .refine(items => items.length <= MAX_STANDING_ITEMS, `Enter ${MAX_STANDING_ITEMS} standing items or fewer`)
    .refine(items => items.every(i => i.length <= 200), 'Each standing item must be 200 characters or fewer'),
  is_active: z.unknown().transform(v => v === 'yes'),
})

export type CommitteeResult = { ok: true; slug: string } | { ok: false; errors: FormErrors }

/** Creating and editing committees, for scrutiny officers. The slug is fixed at creation, so links survive a rename. */
export function createCommitteesStaffService(db: Kysely<Database>) {
  async function committeeOr404(slug: string) {
    const committee = await repo.findCommitteeForStaff(db, slug)
    if (!committee) throw notFound('COMMITTEE_NOT_FOUND')
    return committee
  }

  return {
    list: () => repo.listAllCommittees(db),
    find: committeeOr404,

    async create(body: unknown, actor: Actor): Promise<CommitteeResult> {
      const form = committeeForm.safeParse({ is_active: 'yes', ...(body as object) })
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      const councilId = await repo.theCouncilId(db)
      if (councilId === null) throw new AppError('BAD_REQUEST', 'Set up the council first')
      // Two officers creating same-named committees at once: the loser's insert hits the unique slug, so retry.
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction().execute(async trx => {
            const slug = uniqueSlug(
              form.data.name,
              await repo.slugsStartingWith(trx, 'committee', slugify(form.data.name)),
            )
            const created = await repo.insertCommittee(trx, councilId, slug, form.data)
            await recordAudit(trx, actor, {
              action: 'committee.create',
              entityType: 'committee',
              entityId: created.id,
              after: created,
            })
            return { ok: true as const, slug }
          })
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= 3) throw error
        }
      }
    },

    async update(slug: string, body: unknown, actor: Actor): Promise<CommitteeResult> {
      const existing = await committeeOr404(slug)
      const form = committeeForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      await db.transaction().execute(async trx => {
        const before = await repo.lockCommittee(trx, existing.id)
        const after = await repo.updateCommittee(trx, existing.id, form.data)
        await recordAudit(trx, actor, {
          action: 'committee.update',
          entityType: 'committee',
          entityId: existing.id,
          before,
          after,
        })
      })
      return { ok: true, slug }
    },
  }
}

export type CommitteesStaffService = ReturnType<typeof createCommitteesStaffService>
