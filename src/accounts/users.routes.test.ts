import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { auditEntries, buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import type { Role } from './accounts.table.ts'

describe('staff accounts administered by an administrator (/staff/users)', () => {
  let t: TestApp
  const as: Partial<Record<Role, Browser>> = {}
  const people: Record<string, number> = {}

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer', 'admin'] as const) {
      await t.addUser(`${role}@example.gov.uk`, role)
      as[role] = new Browser(t.app)
      await as[role].signIn(`${role}@example.gov.uk`)
    }
    const rows = await t.services.engine.db.selectFrom('person').select(['id', 'slug']).execute()
    for (const row of rows) people[row.slug] = row.id
  })
  after(() => t.close())

  const admin = () => as.admin!
  const userId = async (email: string) =>
    (
      await t.services.engine.db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id
  const audit = (action: string) => auditEntries(t, action)
  const add = (form: Record<string, string>) => admin().submit('/staff/users/new', '/staff/users', form)

  test('members, report authors and scrutiny officers get 403 on every account screen and form', async () => {
    const id = await userId('member@example.gov.uk')
    for (const role of ['member', 'report_author', 'scrutiny_officer'] as const) {
      const who = as[role]!
      for (const url of ['/staff/users', '/staff/users/new', `/staff/users/${id}/edit`])
        assert.equal((await who.get(url)).statusCode, 403, `${role} GET ${url}`)
      const form = { email: `sneaky-${role}@example.gov.uk`, displayName: 'x', role: 'admin', password: 'p'.repeat(20) }
      assert.equal((await who.submit('/staff', '/staff/users', form)).statusCode, 403)
      assert.equal(
        (await who.submit('/staff', `/staff/users/${id}`, { displayName: 'x', role: 'admin' })).statusCode,
        403,
      )
      assert.doesNotMatch((await who.get('/staff')).body, /href="\/staff\/users"/, 'no Users link for them')
    }
    assert.equal(
      await t.services.engine.db
        .selectFrom('app_user')
        .select('id')
        .where('email', 'like', 'sneaky%')
        .executeTakeFirst(),
      undefined,
    )
    const visitor = await new Browser(t.app).get('/staff/users')
    assert.equal(visitor.statusCode, 303)
    assert.match(String(visitor.headers.location), /^\/sign-in/)
  })

  test('an administrator adds a user who is a person; the list shows the person; audited; they can sign in', async () => {
    assert.match((await admin().get('/staff')).body, /href="\/staff\/users"/)
    const response = await add({
      email: 'Naomi.Osei@Northmoor.example',
      displayName: 'Naomi Osei',
      role: 'report_author',
      personId: String(people['naomi-osei']),
      password: 'a long enough password',
    })
    assert.equal(response.statusCode, 303)
    const id = await userId('naomi.osei@northmoor.example')
    assert.equal(response.headers.location, `/staff/users#user-${id}`)
    const list = await admin().get('/staff/users')
    assert.equal(list.statusCode, 200)
    const row = list.body.slice(list.body.indexOf(`id="user-${id}"`))
    assert.match(row.slice(0, row.indexOf('</tr>')), /Naomi Osei[\s\S]*Report author[\s\S]*Naomi Osei[\s\S]*Never/)
    const [entry] = await audit('user.create').then(rows => rows.filter(r => r.entity_id === String(id)))
    assert.deepEqual(entry?.after, {
      email: 'naomi.osei@northmoor.example',
      displayName: 'Naomi Osei',
      role: 'report_author',
      personId: people['naomi-osei'],
    })
    assert.equal(entry?.user_id, await userId('admin@example.gov.uk'))
    const signedIn = await new Browser(t.app).signIn('naomi.osei@northmoor.example', 'a long enough password')
    assert.equal(signedIn.statusCode, 303)
  })

  test('a form with errors is a 400 with an error summary for each field; the password is not sent back', async () => {
    const bad = await add({ email: 'not-an-email', displayName: ' ', role: 'wizard', personId: 'x', password: 'short' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /govuk-error-summary/)
    for (const field of ['email', 'displayName', 'role', 'personId', 'password'])
      assert.match(bad.body, new RegExp(`href="#${field}"`), field)
    assert.doesNotMatch(bad.body, /value="short"/)
    assert.match(bad.body, /value="not-an-email"/)

    const taken = await add({
      email: 'member@example.gov.uk',
      displayName: 'x',
      role: 'member',
      password: 'p'.repeat(12),
    })
    assert.equal(taken.statusCode, 400)
    assert.match(taken.body, /href="#email">An account with this email address already exists/)

    const linkedTwice = await add({
      email: 'second@example.gov.uk',
      displayName: 'Second Naomi',
      role: 'member',
      personId: String(people['naomi-osei']),
      password: 'p'.repeat(12),
    })
    assert.equal(linkedTwice.statusCode, 400)
    assert.match(linkedTwice.body, /href="#personId">Naomi Osei is already linked to the account of Naomi Osei/)
    const unknown = await add({
      email: 'third@example.gov.uk',
      displayName: 'Third',
      role: 'member',
      personId: '999999',
      password: 'p'.repeat(12),
    })
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.body, /href="#personId">Choose a person from the list/)
    const created = await t.services.engine.db
      .selectFrom('app_user')
      .select('id')
      .where('email', 'in', ['second@example.gov.uk', 'third@example.gov.uk', 'not-an-email'])
      .execute()
    assert.deepEqual(created, [])
  })

  test('an administrator links an account to a person on its edit page, and unlinks it; before and after are audited', async () => {
    const id = await userId('member@example.gov.uk')
    const page = `/staff/users/${id}/edit`
    const form = await admin().get(page)
    assert.equal(form.statusCode, 200)
    assert.match(form.body, /member@example\.gov\.uk/)
    assert.match(form.body, /Not linked to a person/)
    assert.doesNotMatch(form.body, /<option value="\d+" selected>/, 'no person chosen yet')

    const linked = await admin().submit(page, `/staff/users/${id}`, {
      displayName: 'Councillor Priya Shah',
      role: 'member',
      personId: String(people['priya-shah']),
    })
    assert.equal(linked.statusCode, 303)
    assert.equal(linked.headers.location, `/staff/users#user-${id}`)
    const row = await t.services.engine.db
      .selectFrom('app_user')
      .select(['display_name', 'role', 'person_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(row, { display_name: 'Councillor Priya Shah', role: 'member', person_id: people['priya-shah'] })
    assert.match((await admin().get(page)).body, new RegExp(`<option value="${people['priya-shah']}" selected>`))
    const list = (await admin().get('/staff/users')).body
    const listed = list.slice(list.indexOf(`id="user-${id}"`))
    assert.match(listed.slice(0, listed.indexOf('</tr>')), /Councillor Priya Shah[\s\S]*Priya Shah/)

    const unlinked = await admin().submit(page, `/staff/users/${id}`, {
      displayName: 'Councillor Priya Shah',
      role: 'member',
      personId: '',
    })
    assert.equal(unlinked.statusCode, 303)
    const entries = (await audit('user.update')).filter(r => r.entity_id === String(id))
    assert.deepEqual(
      entries.map(e => [e.before, e.after]),
      [
        [
          { displayName: 'member@example.gov.uk', role: 'member', personId: null },
          { displayName: 'Councillor Priya Shah', role: 'member', personId: people['priya-shah'] },
        ],
        [
          { displayName: 'Councillor Priya Shah', role: 'member', personId: people['priya-shah'] },
          { displayName: 'Councillor Priya Shah', role: 'member', personId: null },
        ],
      ],
    )
  })

  test('edit errors: a blank name, an unknown role, a person already linked, an administrator’s own role', async () => {
    const id = await userId('scrutiny_officer@example.gov.uk')
    const page = `/staff/users/${id}/edit`
    const bad = await admin().submit(page, `/staff/users/${id}`, { displayName: '', role: 'root', personId: '-1' })
    assert.equal(bad.statusCode, 400)
    for (const field of ['displayName', 'role', 'personId']) assert.match(bad.body, new RegExp(`href="#${field}"`))
    const taken = await admin().submit(page, `/staff/users/${id}`, {
      displayName: 'Officer',
      role: 'scrutiny_officer',
      personId: String(people['naomi-osei']),
    })
    assert.equal(taken.statusCode, 400)
    assert.match(taken.body, /href="#personId">Naomi Osei is already linked/)

    const self = await userId('admin@example.gov.uk')
    const demote = await admin().submit(`/staff/users/${self}/edit`, `/staff/users/${self}`, {
      displayName: 'Admin',
      role: 'member',
    })
    assert.equal(demote.statusCode, 400)
    assert.match(demote.body, /href="#role">You cannot change your own role/)
    const rename = await admin().submit(`/staff/users/${self}/edit`, `/staff/users/${self}`, {
      displayName: 'The Administrator',
      role: 'admin',
      personId: String(people['ruth-kendall']),
    })
    assert.equal(rename.statusCode, 303)
    const me = await t.services.engine.db
      .selectFrom('app_user')
      .select(['role', 'display_name'])
      .where('id', '=', self)
      .executeTakeFirstOrThrow()
    assert.deepEqual(me, { role: 'admin', display_name: 'The Administrator' })
  })

  test('unknown accounts are 404s', async () => {
    assert.equal((await admin().get('/staff/users/999999/edit')).statusCode, 404)
    assert.equal((await admin().get('/staff/users/abc/edit')).statusCode, 404)
    const post = await admin().submit('/staff/users', '/staff/users/999999', { displayName: 'x', role: 'member' })
    assert.equal(post.statusCode, 404)
  })
})
