import type { FastifyInstance } from 'fastify'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

/** buildTestApp({ demo: true }) with the API's rate limit chosen by the test. */
export function buildApiTestApp(options: { requestsPerMinute: number }): Promise<TestApp> {
  return buildTestApp({ demo: true, apiRequestsPerMinute: options.requestsPerMinute })
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
