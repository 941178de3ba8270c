import type { Kysely } from 'kysely'
import type { AccountsService } from '../accounts/accounts.service.ts'
import { systemActor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'

/** Sign-in accounts for trying the staff side of the demo. Never created in production. */
export const DEMO_PASSWORD = 'northmoor-demo'
export const DEMO_USERS = [
  { email: 'officer@northmoor.example', displayName: 'Ruth Kendall', role: 'scrutiny_officer' },
  { email: 'member@northmoor.example', displayName: 'Councillor Priya Shah', role: 'member' },
  { email: 'author@northmoor.example', displayName: 'Naomi Osei', role: 'report_author' },
  { email: 'admin@northmoor.example', displayName: 'Demo Administrator', role: 'admin' },
] as const

// Each account is a demo person (shown in the administrator's list of users, /staff/users). The report author is
// the person responsible for some recommendations (see demo-tracking.ts), so the tracking workflow can be tried:
// she submits evidence for those and only those.
const DEMO_PERSON_OF: Record<string, string> = {
  'officer@northmoor.example': 'ruth-kendall',
  'member@northmoor.example': 'priya-shah',
  'author@northmoor.example': 'naomi-osei',
}

export async function createDemoUsers(accounts: AccountsService, db?: Kysely<Database>): Promise<void> {
  for (const user of DEMO_USERS) {
    const created = await accounts.createUser({ ...user, password: DEMO_PASSWORD }, systemActor('demo'))
    const personSlug = DEMO_PERSON_OF[user.email]
    if (db && personSlug) {
      const person = await db.selectFrom('person').select('id').where('slug', '=', personSlug).executeTakeFirst()
      if (person) await db.updateTable('app_user').set({ person_id: person.id }).where('id', '=', created.id).execute()
    }
  }
}
