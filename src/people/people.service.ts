import type { Kysely } from 'kysely'
import { z } from 'zod'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import * as committeesRepo from '../committees/committees.staff.repository.ts'
import { MEMBERSHIP_ROLES } from '../committees/committees.table.ts'
import { uniqueSlug } from '../committees/unique-slug.ts'
import type { Database } from '../db/database.ts'
import { AppError, notFound } from '../errors.ts'
import { canSeeExempt } from '../meetings/exempt.ts'
import { slugify } from '../shared/slug.ts'
import type { CurrentUser } from '../web/access.ts'
import { formErrors, singleError, type FormErrors } from '../web/forms.ts'
import { attendanceChartSvg, attendanceRows, countAttendance } from './attendance-chart.ts'
import { isoDate, isUniqueViolation, optionalIsoDate, parseId } from '../web/form-fields.ts'
import { optionalText, requiredText } from './form-fields.ts'
import { membershipProblems } from './membership-rules.ts'
import * as repo from './people.repository.ts'

export const PERSON_KINDS = {
  councillor: 'Councillor',
  co_optee: 'Co-opted member',
  officer: 'Officer',
  witness: 'Witness',
  other: 'Other',
} as const

const personForm = z.object({
  full_name: requiredText('the person’s full name'),
  honorific: optionalText('the title', 50),
  kind: z.enum(Object.keys(PERSON_KINDS) as [keyof typeof PERSON_KINDS], {
    errorMap: () => ({ message: 'Select what kind of person this is' }),
  }),
  job_title: optionalText('the job title'),
  organisation: optionalText('the organisation'),
  party: optionalText('the party', 100),
  ward: optionalText('the ward', 100),
  email: optionalText('the email address', 254).refine(
    v => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Enter an email address in the correct format, like name@example.gov.uk',
  ),
})

const optionalId = (message: string) =>
  z
    .string({ invalid_type_error: message })
    .optional()
    .refine(v => !v || parseId(v) !== null, message)
    .transform(v => (v ? parseId(v) : null))

const membershipForm = z.object({
  person_id: z
    .string({ required_error: 'Select the person', invalid_type_error: 'Select the person' })
    .refine(v => parseId(v) !== null, 'Select the person')
    .transform(v => parseId(v) as number),
  role: z.enum(MEMBERSHIP_ROLES, { errorMap: () => ({ message: 'Select the role' }) }),
  co_opted_capacity: optionalText('the capacity'),
  municipal_year_id: optionalId('Select a municipal year from the list'),
  // A checkbox: present when ticked.
  is_voting: z.unknown().transform(v => v === 'yes'),
  starts_on: isoDate('Enter the start date as a real date, like 2024-05-15'),
  ends_on: optionalIsoDate('Enter the end date as a real date, like 2025-05-14, or leave it blank'),
})

const endForm = z.object({ ends_on: isoDate('Enter the date the membership ends, like 2025-05-14') })

const yearForm = z
  .object({
    label: requiredText('the label, like 2024/25', 20),
    starts_on: isoDate('Enter the date the year starts, like 2024-05-15'),
    ends_on: isoDate('Enter the date the year ends, like 2025-05-14'),
  })
  .refine(y => y.ends_on > y.starts_on, { path: ['ends_on'], message: 'The year must end after it starts' })

export type FormResult<T = string> = { ok: true; value: T } | { ok: false; errors: FormErrors }
type Committee = { id: number; slug: string }

// Membership problems name the form fields by their column names.
const FIELD_NAMES = {
  role: 'role',
  coOptedCapacity: 'co_opted_capacity',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  personId: 'person_id',
} as const
const FORM_ORDER = ['personId', 'role', 'coOptedCapacity', 'startsOn', 'endsOn'] as const

/** People, municipal years and committee memberships: the staff screens, and the public person page. */
export function createPeopleService(db: Kysely<Database>) {
  async function personOr404(slug: string) {
    const person = await repo.findPersonBySlug(db, slug)
    if (!person) throw notFound()
    return person
  }

  async function councilId() {
    const id = await committeesRepo.theCouncilId(db)
    if (id === null) throw new AppError('BAD_REQUEST', 'Set up the council first')
    return id
  }

  /** Runs a write; a concurrent duplicate (a unique constraint) is retried so that the loser gets a fresh slug. */
  async function withRetry<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write()
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error
      }
    }
  }

  /** Checks a membership against the committee's others, under a lock on the committee so checks cannot race. */
  async function writeMembership(
    committee: Committee,
    fields: repo.MembershipFields,
    actor: Actor,
    existingId?: number,
  ): Promise<FormResult<number>> {
    const [person, year] = await Promise.all([
      repo.findPersonById(db, fields.person_id),
      fields.municipal_year_id === null ? null : repo.findMunicipalYear(db, fields.municipal_year_id),
    ])
    if (!person) return { ok: false, errors: singleError('person_id', 'Select the person') }
    if (fields.municipal_year_id !== null && !year)
      return { ok: false, errors: singleError('municipal_year_id', 'Select a municipal year from the list') }
    return db.transaction().execute(async trx => {
      await committeesRepo.lockCommittee(trx, committee.id)
      const others = await repo.membershipsOfCommittee(trx, committee.id)
      const problems = membershipProblems(
        {
          id: existingId,
          personId: fields.person_id,
          role: fields.role,
          coOptedCapacity: fields.co_opted_capacity,
          startsOn: fields.starts_on,
          endsOn: fields.ends_on,
        },
        others.map(o => ({
          id: o.id,
          personId: o.person_id,
          personName: o.full_name,
          role: o.role,
          coOptedCapacity: o.co_opted_capacity,
          startsOn: o.starts_on,
          endsOn: o.ends_on,
        })),
      )
      if (problems.length) {
        // The summary lists problems in the order of the fields on the form, as GOV.UK's pattern asks.
        problems.sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field))
        const errors = problems.map(p => ({ text: p.text, href: `#${FIELD_NAMES[p.field]}` }))
        const fieldErrors = Object.fromEntries(problems.map(p => [FIELD_NAMES[p.field], p.text]))
        return { ok: false as const, errors: { errors, fieldErrors } }
      }
      // Only co-optees sit in a capacity; a stray one typed for another role is not kept.
      const values: repo.MembershipFields = {
        person_id: fields.person_id,
        role: fields.role,
        co_opted_capacity: fields.role === 'co_opted' ? fields.co_opted_capacity : null,
        municipal_year_id: fields.municipal_year_id,
        is_voting: fields.is_voting,
        starts_on: fields.starts_on,
        ends_on: fields.ends_on,
      }
      const before = existingId === undefined ? null : others.find(o => o.id === existingId)
      const after =
        existingId === undefined
          ? await repo.insertMembership(trx, committee.id, values)
          : await repo.updateMembership(trx, existingId, values)
      await recordAudit(trx, actor, {
        action: existingId === undefined ? 'membership.add' : 'membership.correct',
        entityType: 'membership',
        entityId: after.id,
        before,
        after,
      })
      return { ok: true as const, value: after.id }
    })
  }

  async function membershipOr404(committee: Committee, id: string) {
    const membershipId = parseId(id)
    const membership = membershipId === null ? undefined : await repo.findMembership(db, committee.id, membershipId)
    if (!membership) throw notFound()
    return membership
  }

  return {
    listPeople: () => repo.listPeople(db),
    findPerson: personOr404,

    async personWithMemberships(slug: string) {
      const person = await personOr404(slug)
      return { person, memberships: await repo.membershipsOfPerson(db, person.id) }
    },

    async createPerson(body: unknown, actor: Actor): Promise<FormResult> {
      const form = personForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      const council = await councilId()
      return withRetry(() =>
        db.transaction().execute(async trx => {
          const taken = await committeesRepo.slugsStartingWith(trx, 'person', slugify(form.data.full_name))
          const created = await repo.insertPerson(trx, council, uniqueSlug(form.data.full_name, taken), form.data)
          await recordAudit(trx, actor, {
            action: 'person.create',
            entityType: 'person',
            entityId: created.id,
            after: created,
          })
          return { ok: true as const, value: created.slug }
        }),
      )
    },

    /** Edits a person; the slug stays as it was, so links to the person page keep working after a rename. */
    async updatePerson(slug: string, body: unknown, actor: Actor): Promise<FormResult> {
      const person = await personOr404(slug)
      const form = personForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      await db.transaction().execute(async trx => {
        const before = await repo.lockPerson(trx, person.id)
        const after = await repo.updatePerson(trx, person.id, form.data)
        await recordAudit(trx, actor, {
          action: 'person.update',
          entityType: 'person',
          entityId: person.id,
          before,
          after,
        })
      })
      return { ok: true, value: slug }
    },

    listYears: () => repo.listMunicipalYears(db),

    async findYear(id: string) {
      const yearId = parseId(id)
      const year = yearId === null ? undefined : await repo.findMunicipalYear(db, yearId)
      if (!year) throw notFound()
      return year
    },

    async saveYear(id: number | null, body: unknown, actor: Actor): Promise<FormResult<number>> {
      const form = yearForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      const council = await councilId()
      try {
        return await db.transaction().execute(async trx => {
          const before = id === null ? null : await repo.findMunicipalYear(trx, id)
          const after =
            id === null
              ? await repo.insertMunicipalYear(trx, council, form.data)
              : await repo.updateMunicipalYear(trx, id, form.data)
          await recordAudit(trx, actor, {
            action: id === null ? 'municipal_year.create' : 'municipal_year.update',
            entityType: 'municipal_year',
            entityId: after.id,
            before,
            after,
          })
          return { ok: true as const, value: after.id }
        })
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        return { ok: false, errors: singleError('starts_on', 'Another municipal year starts on this date') }
      }
    },

    /** The choices the membership form offers. */
    async membershipChoices() {
      const [people, years] = await Promise.all([repo.listPeople(db), repo.listMunicipalYears(db)])
      return { people, years }
    },

    committeeMemberships: (committeeId: number) => repo.membershipsOfCommittee(db, committeeId),
    membership: membershipOr404,

    async addMembership(committee: Committee, body: unknown, actor: Actor): Promise<FormResult<number>> {
      const form = membershipForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      return writeMembership(committee, form.data, actor)
    },

    /** Corrects a membership recorded wrongly (any field); the audit log keeps what it said before. */
    async correctMembership(
      committee: Committee,
      id: string,
      body: unknown,
      actor: Actor,
    ): Promise<FormResult<number>> {
      const existing = await membershipOr404(committee, id)
      const form = membershipForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      return writeMembership(committee, form.data, actor, existing.id)
    },

    /** Ends a membership on a date: the history stays, the person simply stops appearing after it. */
    async endMembership(committee: Committee, id: string, body: unknown, actor: Actor): Promise<FormResult<number>> {
      const existing = await membershipOr404(committee, id)
      const form = endForm.safeParse(body ?? {})
      if (!form.success) return { ok: false, errors: formErrors(form.error) }
      const { person_id, role, co_opted_capacity, municipal_year_id, is_voting, starts_on } = existing
      const fields = {
        person_id,
        role,
        co_opted_capacity,
        municipal_year_id,
        is_voting,
        starts_on,
        ends_on: form.data.ends_on,
      }
      return writeMembership(committee, fields, actor, existing.id)
    },

    /** The public person page: committees and roles, attendance and declarations, exempt items withheld. */
    async personPage(slug: string, today: string, user: CurrentUser | null) {
      const person = await personOr404(slug)
      const [memberships, attendance, declarations] = await Promise.all([
        repo.membershipsOfPerson(db, person.id),
        repo.attendanceOfPerson(db, person.id),
        repo.declarationsOfPerson(db, person.id),
      ])
      const counts = countAttendance(attendance)
      const entitled = canSeeExempt(user)
      const name = [person.honorific, person.full_name].filter(Boolean).join(' ')
      return {
        person: { ...person, email: undefined, displayName: name },
        current: memberships
          .filter(m => m.ends_on === null || m.ends_on >= today)
          .map(m => ({ ...m, upcoming: m.starts_on > today })),
        past: memberships.filter(m => m.ends_on !== null && m.ends_on < today),
        attendance,
        attendanceRows: attendanceRows(counts),
        attendanceTotal: attendance.length,
        attendanceChart: attendanceChartSvg('attendance-chart', name, counts),
        declarations: declarations.map(d =>
          d.is_exempt && !entitled
            ? { ...d, item_title: null, nature: null, withheld: true as const }
            : { ...d, withheld: false as const },
        ),
      }
    },
  }
}

export type PeopleService = ReturnType<typeof createPeopleService>
