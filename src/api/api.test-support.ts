import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { buildApp } from '../app.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { diskFileStore } from '../documents/file-store.ts'
import { createServices } from '../services.ts'
import { loadDemo } from '../startup.ts'
import { createTestEngine } from '../../test/support/test-database.ts'
import { TEST_PASSWORD, type TestApp } from '../../test/support/test-app.ts'

/**
 * As test/support/test-app.ts's buildTestApp({ demo: true }), with the API's rate limit chosen by
 * the test: high for tests that read everything, low for the test of the limit itself.
 */
export async function buildApiTestApp(options: { requestsPerMinute: number }): Promise<TestApp> {
  const engine = await createTestEngine()
  const filesDir = await mkdtemp(join(tmpdir(), 'scrutiny-api-test-files-'))
  const services = createServices(engine, diskFileStore(filesDir), { passwordHashing: 'minimal' })
  await loadDemo(services, { env: 'production' })
  const app = await buildApp({
    services,
    config: {
      env: 'test',
      sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies',
      secureCookies: false,
      loginAttemptsPerMinute: 1000,
      apiRequestsPerMinute: options.requestsPerMinute,
    },
    councilName: 'Northmoor City Council',
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

/** Validates JSON against the schemas of the app's own OpenAPI document (what re-users would do). */
export async function openApiValidator(app: FastifyInstance) {
  const response = await app.inject({ url: '/api/v1/openapi.json' })
  const document = response.json() as { components: { schemas: Record<string, unknown> } }
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addFormat('uri', value => URL.canParse(value))
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addFormat('date-time', value => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
  ajv.addSchema(document, 'openapi')
  const cache = new Map<string, ValidateFunction>()
  return {
    document,
    /** Throws, with ajv's errors, unless `value` is valid against components/schemas/<name>. */
    check(name: string, value: unknown) {
      if (!(name in document.components.schemas)) throw new Error(`No schema ${name} in the OpenAPI document`)
      let validate = cache.get(name)
      if (!validate) {
        validate = ajv.getSchema(`openapi#/components/schemas/${name}`)
        if (!validate) throw new Error(`ajv cannot resolve ${name}`)
        cache.set(name, validate)
      }
      if (!validate(value)) throw new Error(`${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`)
    },
  }
}

/** The path (and query) of one of the API's absolute links, for app.inject. */
export function pathOf(link: string): string {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}
