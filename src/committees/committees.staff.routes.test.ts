import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Role } from '../accounts/accounts.table.ts'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('staff screens for committees', () => {
  let t: TestApp
  let officer: Browser

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer'] as Role[])
      await t.addUser(`${role}@example.gov.uk`, role)
    officer = new Browser(t.app)
    await officer.signIn('scrutiny_officer@example.gov.uk')
  })
  after(() => t.close())

  const create = (fields: Record<string, string>) =>
    officer.submit('/staff/committees/new', '/staff/committees', { kind: 'overview_scrutiny', ...fields })

  test('an officer creates a committee with its standing items in order; it is public and audited', async () => {
    const response = await create({
      name: 'Adult Social Care Overview and Scrutiny Committee',
      purpose: 'Scrutinises adult social care.',
      terms_of_reference: 'Line one\nLine two',
      standing_items: 'Apologies\r\n\r\n  Declarations of interests  \nAction notes\nWork programme\n',
    })
    assert.equal(response.statusCode, 303)
    const slug = 'adult-social-care-overview-and-scrutiny-committee'
    assert.equal(response.headers.location, `/staff/committees/${slug}`)
    const page = await officer.get(`/staff/committees/${slug}`)
    const items = page.body.slice(page.body.indexOf('data-qa="standing-items"'))
    assert.match(
      items,
      /<li>Apologies<\/li><li>Declarations of interests<\/li><li>Action notes<\/li><li>Work programme<\/li>/,
    )
    const row = await t.services.engine.db
      .selectFrom('committee')
      .select(['id', 'standing_items'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow()
    assert.deepEqual(row.standing_items, ['Apologies', 'Declarations of interests', 'Action notes', 'Work programme'])
    assert.match((await new Browser(t.app).get('/committees')).body, new RegExp(`href="/committees/${slug}"`))
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select(['entity_id', 'after'])
      .where('action', '=', 'committee.create')
      .executeTakeFirstOrThrow()
    assert.equal(audit.entity_id, String(row.id))
  })

  test('renaming keeps the slug; the edit is audited before and after; an inactive committee leaves the public list', async () => {
    await create({ name: 'Health Scrutiny' })
    const edit = await officer.get('/staff/committees/health-scrutiny/edit')
    assert.match(edit.body, /name="is_active" type="checkbox" value="yes" checked/)
    const saved = await officer.submit('/staff/committees/health-scrutiny/edit', '/staff/committees/health-scrutiny', {
      name: 'Health and Wellbeing Scrutiny Committee',
      kind: 'overview_scrutiny',
      standing_items: 'Apologies',
    })
    assert.equal(saved.headers.location, '/staff/committees/health-scrutiny')
    const publicPage = await new Browser(t.app).get('/committees/health-scrutiny')
    assert.equal(publicPage.statusCode, 200, 'old links keep working')
    assert.match(publicPage.body, /Health and Wellbeing Scrutiny Committee/)
    assert.doesNotMatch(
      (await new Browser(t.app).get('/committees')).body,
      /health-scrutiny/,
      'left unticked: inactive',
    )
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'committee.update')
      .executeTakeFirstOrThrow()
    const [before, after] = [audit.before, audit.after] as Array<{ name: string; is_active: boolean }>
    assert.deepEqual([before!.name, after!.name], ['Health Scrutiny', 'Health and Wellbeing Scrutiny Committee'])
    assert.deepEqual([before!.is_active, after!.is_active], [true, false])
  })

  test('a committee named like a staff page gets a different slug', async () => {
    const response = await create({ name: 'New' })
    assert.equal(response.headers.location, '/staff/committees/new-2')
  })

  test('bad input is a 400 with an error summary, the typed values kept', async () => {
    const response = await create({ name: '', kind: 'parliament', standing_items: 'x'.repeat(201) })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /<title>Error: Create a committee/)
    assert.match(response.body, /href="#name">Enter the committee’s name/)
    assert.match(response.body, /href="#kind">Select the kind of committee/)
    assert.match(response.body, /href="#standing_items">Each standing item must be 200 characters or fewer/)
    assert.match(response.body, /x{201}<\/textarea>/)
    const edit = await officer.submit(
      '/staff/committees/children-and-education/edit',
      '/staff/committees/children-and-education',
      { name: ' ', kind: 'overview_scrutiny' },
    )
    assert.equal(edit.statusCode, 400)
    assert.match(edit.body, /Error: Edit/)
  })

  test('members and report authors get 403; the public is sent to sign-in', async () => {
    const urls = [
      '/staff/committees',
      '/staff/committees/new',
      '/staff/committees/children-and-education',
      '/staff/committees/children-and-education/edit',
    ]
    for (const role of ['member', 'report_author']) {
      const browser = new Browser(t.app)
      await browser.signIn(`${role}@example.gov.uk`)
      for (const url of urls) assert.equal((await browser.get(url)).statusCode, 403, `${role} ${url}`)
      const post = await browser.submit('/staff', '/staff/committees', { name: 'Sneaky', kind: 'other' })
      assert.equal(post.statusCode, 403)
    }
    for (const url of urls) assert.equal((await new Browser(t.app).get(url)).statusCode, 303)
    const sneaky = await t.services.engine.db
      .selectFrom('committee')
      .select('id')
      .where('name', '=', 'Sneaky')
      .execute()
    assert.deepEqual(sneaky, [])
  })

  test('the public committee page links each member to their person page', async () => {
    const page = await new Browser(t.app).get('/committees/children-and-education')
    assert.match(page.body, /href="\/people\/priya-shah">Councillor Priya Shah<\/a>/)
    assert.match(page.body, /href="\/people\/ruth-kendall">Ruth Kendall, Scrutiny Officer<\/a>/)
  })
})
