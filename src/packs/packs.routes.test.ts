import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { systemActor } from '../audit/audit.repository.ts'
import { extractPdfText } from '../import/pdf/extract.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { attachPaper, DEMO_PAPERS, nextDemoMeeting } from './packs-fixture.ts'

describe('GET /meetings/:slug/agenda-pack.pdf and /members-pack.pdf', () => {
  let t: TestApp
  let slug: string

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('member@example.gov.uk', 'member')
    await t.addUser('author@example.gov.uk', 'report_author')
    const meeting = await nextDemoMeeting(t.services)
    slug = meeting.slug
    for (const paper of DEMO_PAPERS) await attachPaper(t.services, meeting.id, paper)
  })
  after(() => t.close())

  const bodyText = async (body: Buffer) => (await extractPdfText(new Uint8Array(body))).map(p => p.text).join('\n')

  test('answer 404 until the packs are built, and for unknown meetings', async () => {
    const browser = new Browser(t.app)
    assert.equal((await browser.get(`/meetings/${slug}/agenda-pack.pdf`)).statusCode, 404)
    assert.equal((await browser.get('/meetings/1999-01-01-no-such-meeting/agenda-pack.pdf')).statusCode, 404)
  })

  test('the public pack is a PDF anyone can download, without exempt papers', async () => {
    const meeting = await nextDemoMeeting(t.services)
    await t.services.packs.storePacks(meeting.id, systemActor('test'))
    const response = await new Browser(t.app).get(`/meetings/${slug}/agenda-pack.pdf`)
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'application/pdf')
    const text = await bodyText(response.rawPayload)
    assert.ok(text.includes('YOUTHREPORT') && !text.includes('LARKFIELDPRICES') && !text.includes('Larkfield'))
  })

  test("the members' pack is refused to the public and to report authors", async () => {
    const anonymous = await new Browser(t.app).get(`/meetings/${slug}/members-pack.pdf`)
    assert.equal(anonymous.statusCode, 303)
    assert.match(String(anonymous.headers.location), /^\/sign-in/)
    const author = new Browser(t.app)
    await author.signIn('author@example.gov.uk')
    const refused = await author.get(`/meetings/${slug}/members-pack.pdf`)
    assert.equal(refused.statusCode, 403)
    assert.ok(!refused.body.includes('%PDF'))
  })

  test("a member gets the complete members' pack, not to be cached", async () => {
    const member = new Browser(t.app)
    await member.signIn('member@example.gov.uk')
    const response = await member.get(`/meetings/${slug}/members-pack.pdf`)
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['cache-control'], 'private, no-store')
    const text = await bodyText(response.rawPayload)
    assert.ok(text.includes('LARKFIELDPRICES') && text.includes("MEMBERS' PACK"))
  })

  test("the members' pack document is not downloadable through the public documents route", async () => {
    const doc = await t.services.engine.db
      .selectFrom('document')
      .select('id')
      .where('kind', '=', 'members_pack')
      .executeTakeFirstOrThrow()
    assert.equal((await new Browser(t.app).get(`/documents/${doc.id}/file`)).statusCode, 404)
  })
})
