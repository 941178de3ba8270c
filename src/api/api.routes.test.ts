import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import type { TestApp } from '../../test/support/test-app.ts'
import { ACCESS_RULES } from '../web/access-rules.ts'
import { addApiFixtures, type Fixtures } from './api.fixtures.ts'
import { RESOURCES } from './api.resources.ts'
import { buildApiTestApp, openApiValidator, pathOf } from './api.test-support.ts'
import { ENTITY_PATHS } from './links.ts'

interface Page {
  data: Array<{ id: string; [key: string]: unknown }>
  pagination: { elementsPerPage: number }
  links: { first: string; next?: string }
}

describe('the open API', () => {
  let t: TestApp
  let fixtures: Fixtures
  let validator: Awaited<ReturnType<typeof openApiValidator>>

  before(async () => {
    t = await buildApiTestApp({ requestsPerMinute: 100_000 })
    fixtures = await addApiFixtures(t.services.engine.db)
    validator = await openApiValidator(t.app)
  })
  after(() => t.close())

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })

  test('the entry point links to every list, and validates', async () => {
    const response = await get('/api/v1')
    assert.equal(response.statusCode, 200)
    const system = response.json()
    validator.check('System', system)
    assert.equal(Object.keys(system.lists).length, RESOURCES.length)
    for (const link of Object.values(system.lists) as string[]) {
      assert.equal((await get(pathOf(link))).statusCode, 200, link)
    }
  })

  for (const resource of RESOURCES) {
    test(`${resource.entity}: the list shows the demo data, each record validates and is served at its id`, async () => {
      const response = await get(`/api/v1/${ENTITY_PATHS[resource.entity]}?limit=100`)
      assert.equal(response.statusCode, 200)
      assert.match(String(response.headers['content-type']), /^application\/json/)
      const page = response.json() as Page
      validator.check(`${resource.name}List`, page)
      assert.ok(page.data.length > 0, `no ${resource.entity} in the demo data`)
      for (const record of page.data) {
        assert.match(record.id, /^http:\/\/localhost(:80)?\/api\/v1\//, 'ids are absolute URLs')
        const one = await get(pathOf(record.id))
        assert.equal(one.statusCode, 200, record.id)
        validator.check(resource.name, one.json())
        assert.deepEqual(one.json(), record)
      }
    })
  }

  test('the demo council is there: its committees, meetings with agendas, the inquiry and its recommendations', async () => {
    const committees = (await get('/api/v1/organizations')).json() as Page
    assert.deepEqual(
      committees.data.map(c => c.name),
      [
        'Children and Education Overview and Scrutiny Committee',
        'Housing and Neighbourhoods Overview and Scrutiny Committee',
      ],
    )
    const meeting = (await get(`/api/v1/meetings/${fixtures.meetingId}`)).json()
    assert.ok(meeting.agendaItem.some((item: { name: string }) => item.name === 'Youth Service Annual Report'))
    assert.ok(meeting.agendaItem.some((item: { public: boolean }) => !item.public))
    assert.equal(meeting.auxiliaryFile.length, 2, 'the public report and the agenda pack')
    const inquiry = ((await get('/api/v1/inquiries')).json() as Page).data[0]!
    assert.equal(inquiry.name, 'Reducing School Exclusions')
    assert.equal((inquiry.recommendation as string[]).length, 5)
    const paper = (await get(`/api/v1/papers/${fixtures.publicPaperId}`)).json()
    const file = (await get(pathOf(paper.mainFile))).json()
    assert.equal(file.downloadUrl, `http://localhost:80/documents/${fixtures.publicPaperId}/file`)
    const consultation = (await get(pathOf(paper.consultation[0]))).json()
    assert.equal((await get(pathOf(consultation.agendaItem))).json().name, 'Youth Service Annual Report')
  })

  test('pages: following links.next from the first page visits every record once, in id order', async () => {
    const all = ((await get('/api/v1/agenda-items?limit=100')).json() as Page).data.map(item => item.id)
    assert.ok(all.length > 3)
    const seen: string[] = []
    let next: string | undefined = '/api/v1/agenda-items?limit=3'
    let pages = 0
    while (next) {
      const page = (await get(next)).json() as Page
      validator.check('AgendaItemList', page)
      assert.ok(page.data.length <= 3)
      assert.equal(page.pagination.elementsPerPage, 3)
      seen.push(...page.data.map(item => item.id))
      next = page.links.next ? pathOf(page.links.next) : undefined
      pages += 1
    }
    assert.deepEqual(seen, all)
    assert.equal(pages, Math.ceil(all.length / 3))
  })

  test('modified_since: only records changed at or after that time, and the filter is kept on every page', async () => {
    const db = t.services.engine.db
    await db
      .updateTable('meeting')
      .set({ updated_at: new Date('2020-01-01T00:00:00Z') })
      .execute()
    const all = ((await get('/api/v1/meetings')).json() as Page).data
    // An ordinary change, with no thought for updated_at: the trigger of migration 0008 records it.
    await db.updateTable('meeting').set({ venue: 'Council Chamber' }).where('id', '=', fixtures.meetingId).execute()
    const changed = (await get('/api/v1/meetings?modified_since=2024-01-01T00:00:00Z')).json() as Page
    assert.deepEqual(
      changed.data.map(m => m.id),
      [`http://localhost:80/api/v1/meetings/${fixtures.meetingId}`],
    )
    assert.equal(
      changed.data[0]!.location && (changed.data[0]!.location as { description: string }).description,
      'Council Chamber',
    )
    assert.equal(
      ((await get('/api/v1/meetings?modified_since=2019-12-31T23:00:00Z')).json() as Page).data.length,
      all.length,
    )
    const paged = (await get('/api/v1/meetings?modified_since=2019-12-31T23:00:00%2B00:00&limit=1')).json() as Page
    assert.ok(paged.links.next)
    assert.equal(new URL(paged.links.next).searchParams.get('modified_since'), '2019-12-31T23:00:00+00:00')
  })

  test('an update that changes nothing leaves modified alone', async () => {
    const db = t.services.engine.db
    const before = await db.selectFrom('person').select('updated_at').where('id', '=', 1).executeTakeFirstOrThrow()
    await db
      .updateTable('person')
      .set({ full_name: sql`full_name` })
      .where('id', '=', 1)
      .execute()
    const after = await db.selectFrom('person').select('updated_at').where('id', '=', 1).executeTakeFirstOrThrow()
    assert.equal(after.updated_at.getTime(), before.updated_at.getTime())
  })

  test('CORS: any web page may read the API; the rest of the site is not opened up', async () => {
    const origin = { origin: 'https://open-data.example.org' }
    assert.equal((await get('/api/v1/meetings', origin)).headers['access-control-allow-origin'], '*')
    assert.equal((await get('/api/v1/meetings/999999', origin)).headers['access-control-allow-origin'], '*')
    assert.equal((await get('/committees', origin)).headers['access-control-allow-origin'], undefined)
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/meetings',
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    })
    assert.equal(preflight.statusCode, 204)
    assert.equal(preflight.headers['access-control-allow-origin'], '*')
    assert.match(String(preflight.headers['access-control-allow-methods']), /GET/)
    assert.doesNotMatch(String(preflight.headers['access-control-allow-methods']), /POST/)
  })

  test('unknown ids and addresses: 404 in JSON, even to a browser that asks for HTML', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' }
    for (const url of [
      '/api/v1/meetings/999999',
      '/api/v1/meetings/0',
      '/api/v1/meetings/abc',
      '/api/v1/meetings/99999999999999999999',
      '/api/v1/meetings/1.5',
      '/api/v1/no-such-entity',
      '/api/v1/meetings/1/agenda',
    ]) {
      const response = await get(url, html)
      assert.equal(response.statusCode, 404, url)
      assert.match(String(response.headers['content-type']), /^application\/json/, url)
      validator.check('Error', response.json())
      assert.equal(response.json().error.code, 'NOT_FOUND')
    }
  })

  test('bad query parameters: 400 in JSON naming each parameter and what is wrong', async () => {
    for (const [query, parameter] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=1&limit=2', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['modified_since=yesterday', 'modified_since'],
      ['modified_since=2026-05-01', 'modified_since'],
    ] as const) {
      const response = await get(`/api/v1/papers?${query}`, { accept: 'text/html' })
      assert.equal(response.statusCode, 400, query)
      const body = response.json()
      validator.check('Error', body)
      assert.equal(body.error.code, 'BAD_QUERY')
      assert.deepEqual(
        body.error.problems.map((p: { parameter: string }) => p.parameter),
        [parameter],
        query,
      )
    }
  })

  test('a Host header that is not a host name gets a 400 in JSON, not links built from it', async () => {
    const response = await get('/api/v1/meetings', { host: 'evil.example"><script>' })
    assert.equal(response.statusCode, 400)
    assert.equal(response.json().error.code, 'BAD_REQUEST')
    assert.doesNotMatch(response.body, /script/)
  })

  test('read-only: anything but GET (and HEAD, OPTIONS) is not there', async () => {
    for (const method of ['DELETE', 'PUT', 'PATCH'] as const) {
      const response = await t.app.inject({ method, url: '/api/v1/meetings/1' })
      assert.ok([404, 403].includes(response.statusCode), `${method}: ${response.statusCode}`)
    }
    assert.equal((await t.app.inject({ method: 'HEAD', url: '/api/v1/meetings' })).statusCode, 200)
  })

  test('the OpenAPI document is OpenAPI 3.1, served for this site, and describes every API route', async () => {
    const response = await get('/api/v1/openapi.json')
    assert.equal(response.statusCode, 200)
    const document = response.json()
    assert.equal(document.openapi, '3.1.0')
    assert.deepEqual(document.servers, [{ url: 'http://localhost:80' }])
    const routes = Object.keys(ACCESS_RULES)
      .filter(key => key.startsWith('GET /api/v1'))
      .map(key => key.slice(4).replace(/:id$/, '{id}'))
    assert.deepEqual(Object.keys(document.paths).sort(), routes.sort())
    assert.match(document.info.description, /Exempt item/)
  })
})
