import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { diskFileStore } from '../../src/documents/file-store.ts'
import { systemActor } from '../../src/audit/audit.repository.ts'
import { buildApp } from '../../src/app.ts'
import type { Role } from '../../src/accounts/accounts.table.ts'
import { createServices, type Services } from '../../src/services.ts'
import type { Access } from '../../src/web/access.ts'
import { loadDemo } from '../../src/startup.ts'
import { createTestEngine } from './test-database.ts'

export const TEST_PASSWORD = 'correct horse battery staple'

export interface TestApp {
  app: FastifyInstance
  services: Services
  /** Creates a staff account with TEST_PASSWORD. */
  addUser(email: string, role: Role): Promise<void>
  close(): Promise<void>
}

/** The real app on a fresh migrated database (optionally with the demo council), for `app.inject`. */
export async function buildTestApp(
  options: {
    demo?: boolean
    production?: boolean
    loginAttemptsPerMinute?: number
    /** The API's rate limit: high for tests that read everything, low for the test of the limit itself. */
    apiRequestsPerMinute?: number
    extraAccessRules?: Record<string, Access>
  } = {},
): Promise<TestApp> {
  const engine = await createTestEngine()
  const filesDir = await mkdtemp(join(tmpdir(), 'scrutiny-test-files-'))
  // Tests sign in thousands of times: minimal-cost Argon2id (see accounts/passwords.ts).
  const services = createServices(engine, diskFileStore(filesDir), { passwordHashing: 'minimal' })
  const env = options.production ? 'production' : 'test'
  if (options.demo) await loadDemo(services, { env: 'production' }) // council only; tests add their own users
  const app = await buildApp({
    services,
    config: {
      env,
      sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies',
      secureCookies: false,
      loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1000,
      apiRequestsPerMinute: options.apiRequestsPerMinute,
      alertRequestsPerMinute: 1000,
    },
    councilName: 'Northmoor City Council',
    extraAccessRules: options.extraAccessRules,
  })
  return {
    app,
    services,
    addUser: async (email, role) => {
      await services.accounts.createUser(
        { email, role, displayName: email, password: TEST_PASSWORD },
        systemActor('test'),
      )
    },
    close: async () => {
      await app.close()
      await engine.dispose()
      await rm(filesDir, { recursive: true, force: true })
    },
  }
}

/** The audit entries of one kind of change, oldest first. */
export function auditEntries(t: TestApp, action: string) {
  return t.services.engine.db
    .selectFrom('audit_log')
    .select(['entity_id', 'before', 'after', 'actor', 'user_id'])
    .where('action', '=', action)
    .orderBy('id')
    .execute()
}
