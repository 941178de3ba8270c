import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import type { TestApp } from '../../test/support/test-app.ts'
import { addApiFixtures, SECRETS, type Fixtures } from './api.fixtures.ts'
import { RESOURCES } from './api.resources.ts'
import { buildApiTestApp, pathOf } from './api.test-support.ts'
import { ENTITY_PATHS } from './links.ts'

/**
 * Exempt business must never leave through the API, not even as a title (DESIGN.md §10). The
 * fixtures put a marker in every private text; these tests read everything the API serves —
 * every page of every list, every record by every id, the OpenAPI document — and look for them.
 */
describe('no exempt or unpublished text is reachable through the API', () => {
  let t: TestApp
  const seen: Array<{ url: string; body: string }> = []
  let fixtures: Fixtures

  before(async () => {
    t = await buildApiTestApp({ requestsPerMinute: 100_000 })
    fixtures = await addApiFixtures(t.services.engine.db)
    await t.addUser('member@example.gov.uk', 'member')
  })
  after(() => t.close())

  async function read(url: string, browser?: Browser) {
    const response = browser ? await browser.get(url) : await t.app.inject({ url })
    seen.push({ url, body: response.body })
    return response
  }

  function assertNoSecrets() {
    for (const { url, body } of seen) {
      for (const secret of SECRETS) assert.ok(!body.includes(secret), `${url} shows "${secret}": ${body.slice(0, 500)}`)
    }
  }

  test('every page of every list, and every record they link to', async () => {
    for (const resource of RESOURCES) {
      let next: string | undefined = `/api/v1/${ENTITY_PATHS[resource.entity]}?limit=7`
      while (next) {
        const page = (await read(next)).json() as { data: Array<{ id: string }>; links: { next?: string } }
        for (const record of page.data) await read(pathOf(record.id))
        next = page.links.next ? pathOf(page.links.next) : undefined
      }
    }
    await read('/api/v1')
    await read('/api/v1/openapi.json')
    assertNoSecrets()
  })

  test('every id of every entity, listed or not: private records are simply not found', async () => {
    const db = t.services.engine.db
    const secretDocuments = await db
      .selectFrom('document')
      .select('id')
      .where(eb => eb.or([eb('title', 'like', 'SECRET-%'), eb('kind', '=', 'members_pack')]))
      .execute()
    assert.equal(secretDocuments.length, 4)
    for (const { id } of secretDocuments) {
      for (const path of ['papers', 'files', 'consultations']) {
        assert.equal((await read(`/api/v1/${path}/${id}`)).statusCode, 404, `${path}/${id}`)
      }
    }
    for (const resource of RESOURCES) {
      for (let id = 1; id <= 40; id += 1) await read(`/api/v1/${ENTITY_PATHS[resource.entity]}/${id}`)
    }
    assertNoSecrets()
  })

  test('the exempt item is listed by number and paragraph only, as "Exempt item"', async () => {
    const items = (await read('/api/v1/agenda-items?limit=100')).json() as {
      data: Array<{ name: string; public: boolean; exemptParagraph: number | null; description: string | null }>
    }
    const exempt = items.data.filter(item => !item.public)
    assert.equal(exempt.length, 1)
    assert.equal(exempt[0]!.name, 'Exempt item')
    assert.equal(exempt[0]!.exemptParagraph, 3)
    assert.equal(exempt[0]!.description, null)
  })

  test('an agenda edited since it was published shows as published: old title, no new item', async () => {
    const meeting = (await read(`/api/v1/meetings/${fixtures.versionedMeetingId}`)).json() as {
      agendaItem: Array<{ name: string; attendees: string | null }>
    }
    const names = meeting.agendaItem.map(item => item.name)
    assert.ok(names.includes('Home to School Transport'), names.join(', '))
    assert.equal(names.length, 11, 'the nine standing items and two of business, as published')
    assertNoSecrets()
  })

  test('a signed-in member, entitled to exempt papers on the site, gets no more from the API', async () => {
    const member = new Browser(t.app)
    assert.equal((await member.signIn('member@example.gov.uk')).statusCode, 303)
    assert.equal((await member.get('/staff')).statusCode, 200, 'signed in')
    for (const resource of RESOURCES) await read(`/api/v1/${ENTITY_PATHS[resource.entity]}?limit=100`, member)
    assertNoSecrets()
  })
})
