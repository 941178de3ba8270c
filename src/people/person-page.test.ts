import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('the public person page (/people/:slug)', () => {
  let t: TestApp

  before(async () => {
    t = await buildTestApp({ demo: true })
    await t.addUser('member@example.gov.uk', 'member')
    const db = t.services.engine.db
    const shah = await db.selectFrom('person').select('id').where('slug', '=', 'priya-shah').executeTakeFirstOrThrow()
    const exempt = await db
      .selectFrom('agenda_item')
      .select(['id', 'meeting_id'])
      .where('is_exempt', '=', true)
      .executeTakeFirstOrThrow()
    const open = await db
      .selectFrom('agenda_item')
      .select(['id', 'meeting_id'])
      .where('meeting_id', '=', exempt.meeting_id)
      .where('is_exempt', '=', false)
      .where('standing_kind', 'is', null)
      .executeTakeFirstOrThrow()
    const meetings = await db.selectFrom('meeting').select('id').orderBy('meeting_date').execute()
    const kinds = ['present', 'present', 'apologies', 'absent'] as const
    await db
      .insertInto('attendance')
      .values(kinds.map((kind, i) => ({ meeting_id: meetings[i]!.id, person_id: shah.id, name: 'Priya Shah', kind })))
      .execute()
    await db
      .insertInto('declaration')
      .values([
        {
          meeting_id: open.meeting_id,
          agenda_item_id: open.id,
          person_id: shah.id,
          interest_kind: 'other_registerable',
          nature: 'Governor of Moor Edge Primary School',
          participation: 'spoke_only',
        },
        {
          meeting_id: exempt.meeting_id,
          agenda_item_id: exempt.id,
          person_id: shah.id,
          interest_kind: 'disclosable_pecuniary',
          nature: 'Director of the bidding contractor',
          participation: 'withdrew',
        },
        { meeting_id: open.meeting_id, person_id: shah.id, interest_kind: 'sensitive', nature: null },
      ])
      .execute()
  })
  after(() => t.close())

  test('shows current committees and roles, with past ones apart', async () => {
    const page = await new Browser(t.app).get('/people/priya-shah')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1[^>]*>Councillor Priya Shah<\/h1>/)
    const current = page.body.slice(page.body.indexOf('data-qa="current-memberships"'))
    assert.match(current, /href="\/committees\/children-and-education">Children and Education[^<]*<\/a>:\s*Chair/)
    const marsh = await new Browser(t.app).get('/people/helen-marsh')
    assert.match(marsh.body, /data-qa="past-memberships"[^]*Children and Education[^]*Member/)
    assert.match(marsh.body, /Not on any committee at present/)
  })

  test('shows attendance as a table and as an accessible SVG chart with the same figures', async () => {
    const page = await new Browser(t.app).get('/people/priya-shah')
    const table = page.body.slice(page.body.indexOf('data-qa="attendance-table"'))
    assert.match(table, /Present<\/th>\s*<td[^>]*>2</)
    assert.match(table, /Sent apologies<\/th>\s*<td[^>]*>1</)
    assert.match(table, /Absent<\/th>\s*<td[^>]*>1</)
    assert.match(table, /Total<\/th>\s*<td[^>]*>4</)
    assert.match(page.body, /<svg[^>]*role="img" aria-labelledby="attendance-chart-title"/)
    assert.match(
      page.body,
      /<title id="attendance-chart-title">Bar chart of Councillor Priya Shah’s attendance at 4 meetings: Present 2,/,
    )
  })

  test('shows declarations, but never the title or nature of an exempt item to the public', async () => {
    const page = await new Browser(t.app).get('/people/priya-shah')
    const declarations = page.body.slice(page.body.indexOf('data-qa="declarations"'))
    assert.match(
      declarations,
      /Other registerable interest<\/strong><br>Governor of Moor Edge Primary School<br>Spoke only/,
    )
    assert.match(declarations, /Sensitive interest<\/strong><br>The nature of a sensitive interest is not published/)
    assert.match(declarations, /exempt item \(paragraph 3\)/)
    assert.doesNotMatch(page.body, /Director of the bidding contractor/)
    const exemptTitle = await t.services.engine.db
      .selectFrom('agenda_item')
      .select('title')
      .where('is_exempt', '=', true)
      .executeTakeFirstOrThrow()
    assert.ok(!page.body.includes(exemptTitle.title), 'exempt title withheld')

    const member = new Browser(t.app)
    await member.signIn('member@example.gov.uk')
    const entitled = await member.get('/people/priya-shah')
    assert.match(entitled.body, /Director of the bidding contractor/)
    assert.ok(entitled.body.includes(exemptTitle.title))
  })

  test('a membership that has not started yet is listed as from its start date', async () => {
    const db = t.services.engine.db
    const osei = await db.selectFrom('person').select('id').where('slug', '=', 'naomi-osei').executeTakeFirstOrThrow()
    const committee = await db
      .selectFrom('committee')
      .select('id')
      .where('slug', '=', 'housing-and-neighbourhoods')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('membership')
      .values({ committee_id: committee.id, person_id: osei.id, role: 'officer_support', starts_on: '2199-01-01' })
      .execute()
    const page = await new Browser(t.app).get('/people/naomi-osei')
    assert.match(page.body, /Supporting officer,\s*from 1 January 2199/)
    await db.deleteFrom('membership').where('person_id', '=', osei.id).execute()
  })

  test('a person’s email address, recorded for staff, is not published', async () => {
    await t.services.engine.db
      .updateTable('person')
      .set({ email: 'priya.shah@northmoor.example' })
      .where('slug', '=', 'priya-shah')
      .execute()
    const page = await new Browser(t.app).get('/people/priya-shah')
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /priya\.shah@northmoor/)
  })

  test('someone with no record gets a page that says so', async () => {
    const page = await new Browser(t.app).get('/people/naomi-osei')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /No attendance has been recorded/)
    assert.match(page.body, /No interests have been declared/)
    assert.doesNotMatch(page.body, /<svg[^>]*attendance-chart/)
  })
})
