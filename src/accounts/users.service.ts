import type { Kysely } from 'kysely'
import { z } from 'zod'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { todayInLondon } from '../shared/dates.ts'
import { isUniqueViolation, optionalId } from '../web/form-fields.ts'
import { findUserByEmail, insertUser } from './accounts.repository.ts'
import { ROLES, type Role } from './accounts.table.ts'
import { hashPassword, MIN_PASSWORD_LENGTH, type HashingCost } from './passwords.ts'
import * as repo from './users.repository.ts'

export const ROLE_LABELS: Record<Role, string> = {
  member: 'Member (councillor or co-opted member)',
  report_author: 'Report author (executive officer)',
  scrutiny_officer: 'Scrutiny officer',
  admin: 'Administrator',
}

const text = (missing: string, max: number) =>
  z
    .string({ required_error: missing, invalid_type_error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${missing.replace(/^Enter /, 'Shorten ')} to ${max} characters or fewer`)

/** What an administrator may change about an account: the name shown, the role and the person it belongs to. */
export const editUserForm = z.object({
  displayName: text('Enter a name', 200),
  role: z.enum(ROLES, { errorMap: () => ({ message: 'Choose a role' }) }),
  // Reminders and tracking requests go to the account of the person responsible (jobs/reminders.ts).
  personId: optionalId('Choose a person from the list'),
})
export type EditUserInput = z.infer<typeof editUserForm>

const EMAIL_MESSAGE = 'Enter an email address in the correct format, like name@example.gov.uk'

export const newUserForm = editUserForm.extend({
  email: z
    .string({ required_error: EMAIL_MESSAGE, invalid_type_error: EMAIL_MESSAGE })
    .trim()
    .toLowerCase()
    .max(254, EMAIL_MESSAGE)
    .email(EMAIL_MESSAGE),
  password: z
    .string({ required_error: 'Enter a password', invalid_type_error: 'Enter a password' })
    .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(200, 'The password must be 200 characters or fewer'),
})
export type NewUserInput = z.infer<typeof newUserForm>

/** A change the rules refuse, shown against one field of the form. */
export class UserRefusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

const audited = (u: { displayName: string; role: Role; personId: number | null }) => ({
  displayName: u.displayName,
  role: u.role,
  personId: u.personId,
})

/** Administering staff accounts: the list, adding one, and changing its name, role and person. */
export function createUsersService(db: Kysely<Database>, hashing: HashingCost = 'standard') {
  /** A person may be linked to one account; locking the person serialises two administrators linking it at once. */
  async function checkPerson(trx: Kysely<Database>, personId: number | null, userId: number | null) {
    if (personId === null) return
    const person = await trx
      .selectFrom('person')
      .select('full_name')
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst()
    if (!person) throw new UserRefusal('personId', 'Choose a person from the list')
    const other = await repo.userLinkedTo(trx, personId, userId)
    if (other)
      throw new UserRefusal(
        'personId',
        `${person.full_name} is already linked to the account of ${other.display_name} (${other.email})`,
      )
  }

  return {
    async listUsers() {
      const rows = await repo.listUsers(db)
      return rows.map(u => ({ ...u, last_signed_in_on: u.last_login_at ? todayInLondon(u.last_login_at) : null }))
    },
    people: () => repo.peopleToLink(db),

    async user(id: number) {
      const user = await repo.findUser(db, id)
      if (!user) throw notFound()
      return user
    },

    async addUser(input: NewUserInput, actor: Actor): Promise<number> {
      const taken = () => new UserRefusal('email', 'An account with this email address already exists')
      if (await findUserByEmail(db, input.email)) throw taken()
      const passwordHash = await hashPassword(input.password, hashing)
      try {
        return await db.transaction().execute(async trx => {
          await checkPerson(trx, input.personId, null)
          const row = await insertUser(trx, {
            email: input.email,
            display_name: input.displayName,
            role: input.role,
            password_hash: passwordHash,
            person_id: input.personId,
          })
          await recordAudit(trx, actor, {
            action: 'user.create',
            entityType: 'app_user',
            entityId: row.id,
            after: { email: row.email, ...audited(input) },
          })
          return row.id
        })
      } catch (error) {
        if (isUniqueViolation(error)) throw taken() // added by someone else meanwhile
        throw error
      }
    },

    /** Changes an account's name, role and person; an administrator cannot change their own role. */
    async updateUser(id: number, input: EditUserInput, actor: Actor): Promise<void> {
      await db.transaction().execute(async trx => {
        const row = await trx
          .selectFrom('app_user')
          .select(['display_name', 'role', 'person_id'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst()
        if (!row) throw notFound()
        if (id === actor.userId && input.role !== row.role)
          throw new UserRefusal('role', 'You cannot change your own role: ask another administrator')
        await checkPerson(trx, input.personId, id)
        await trx
          .updateTable('app_user')
          .set({ display_name: input.displayName, role: input.role, person_id: input.personId, updated_at: new Date() })
          .where('id', '=', id)
          .execute()
        await recordAudit(trx, actor, {
          action: 'user.update',
          entityType: 'app_user',
          entityId: id,
          before: audited({ displayName: row.display_name, role: row.role, personId: row.person_id }),
          after: audited(input),
        })
      })
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
