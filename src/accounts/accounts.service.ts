import type { Kysely } from 'kysely'
import { z } from 'zod'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import type { CurrentUser } from '../web/access.ts'
import { ROLES } from './accounts.table.ts'
import * as repo from './accounts.repository.ts'
import { isLocked, lockUntilAfterFailure } from './lockout.ts'
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword, type HashingCost } from './passwords.ts'

export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email('Enter an email address in the correct format, like name@example.gov.uk'),
  displayName: z.string().trim().min(1, 'Enter a name'),
  role: z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(', ')}` }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`),
})
export type NewUser = z.input<typeof newUserSchema>

export type SignInResult = { ok: true; user: CurrentUser } | { ok: false; reason: 'invalid' | 'locked' }

export function createAccountsService(db: Kysely<Database>, hashing: HashingCost = 'standard') {
  return {
    async createUser(input: NewUser, actor: Actor): Promise<CurrentUser> {
      const user = newUserSchema.parse(input)
      if (await repo.findUserByEmail(db, user.email)) throw new DuplicateEmailError(user.email)
      const passwordHash = await hashPassword(user.password, hashing)
      return db.transaction().execute(async trx => {
        const row = await repo.insertUser(trx, {
          email: user.email,
          display_name: user.displayName,
          role: user.role,
          password_hash: passwordHash,
        })
        const after = { email: row.email, displayName: row.display_name, role: row.role }
        await recordAudit(trx, actor, { action: 'user.create', entityType: 'app_user', entityId: row.id, after })
        return { id: row.id, email: row.email, displayName: row.display_name, role: row.role }
      })
    },

    /** Checks a password, locking the account after repeated failures; every outcome is audited. */
    async signIn(email: string, password: string, actor: Actor, now = new Date()): Promise<SignInResult> {
      const row = await repo.findUserByEmail(db, email)
      if (!row || !row.is_active) return { ok: false, reason: 'invalid' }
      if (isLocked(row.locked_until, now)) return { ok: false, reason: 'locked' }
      const audit = (action: string, by = actor) =>
        recordAudit(db, by, { action, entityType: 'app_user', entityId: row.id })
      if (!(await verifyPassword(row.password_hash, password))) {
        const lockedUntil = lockUntilAfterFailure(row.failed_logins, now)
        await repo.recordFailedLogin(db, row.id, lockedUntil)
        await audit(lockedUntil ? 'user.locked' : 'user.sign_in_failed')
        return { ok: false, reason: lockedUntil ? 'locked' : 'invalid' }
      }
      await repo.recordSuccessfulLogin(db, row.id)
      await audit('user.sign_in', { ...actor, userId: row.id }) // the password proved who is signing in
      return { ok: true, user: { id: row.id, email: row.email, displayName: row.display_name, role: row.role } }
    },

    /** Ends a session: audited like signing in, so the log shows when each session ended. */
    async signOut(user: CurrentUser, actor: Actor): Promise<void> {
      await recordAudit(db, actor, { action: 'user.sign_out', entityType: 'app_user', entityId: user.id })
    },

    async loadUser(id: number): Promise<CurrentUser | null> {
      const row = await repo.findActiveUserById(db, id)
      return row ? { id: row.id, email: row.email, displayName: row.display_name, role: row.role } : null
    },
  }
}

export type AccountsService = ReturnType<typeof createAccountsService>

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`An account with the email ${email} already exists`)
  }
}
