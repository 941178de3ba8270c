import type { AccountsService } from '../accounts/accounts.service.ts'
import { systemActor } from '../audit/audit.repository.ts'

/** Sign-in accounts for trying the staff side of the demo. Never created in production. */
export const DEMO_PASSWORD = 'northmoor-demo'
export const DEMO_USERS = [
  { email: 'officer@northmoor.example', displayName: 'Ruth Kendall', role: 'scrutiny_officer' },
  { email: 'member@northmoor.example', displayName: 'Councillor Priya Shah', role: 'member' },
  { email: 'author@northmoor.example', displayName: 'Naomi Osei', role: 'report_author' },
  { email: 'admin@northmoor.example', displayName: 'Demo Administrator', role: 'admin' },
] as const

export async function createDemoUsers(accounts: AccountsService): Promise<void> {
  for (const user of DEMO_USERS) {
    await accounts.createUser({ ...user, password: DEMO_PASSWORD }, systemActor('demo'))
  }
}
