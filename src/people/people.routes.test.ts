import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Role } from '../accounts/accounts.table.ts'
import { Browser } from '../../test/support/browser.ts'
import { auditEntries, buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const COMMITTEE = '/staff/committees/children-and-education'

describe('staff screens for people, memberships and municipal years', () => {
  let t: TestApp
  let officer: Browser

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer', 'admin'] as Role[])
      await t.addUser(`${role}@example.gov.uk`, role)
    officer = new Browser(t.app)
    await officer.signIn('scrutiny_officer@example.gov.uk')
  })
  after(() => t.close())

  const audits = (action: string) => auditEntries(t, action)

  const addPerson = (fields: Record<string, string>) =>
    officer.submit('/staff/people/new', '/staff/people', { kind: 'councillor', ...fields })

  const addMembership = (fields: Record<string, string>) =>
    officer.submit(`${COMMITTEE}/memberships/new`, `${COMMITTEE}/memberships`, fields)

  async function personId(slug: string): Promise<string> {
    const person = await t.services.engine.db
      .selectFrom('person')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow()
    return String(person.id)
  }

  /** Names of the members on a date, from the staff committee page. */
  async function membersOn(date: string): Promise<string> {
    const page = await officer.get(`${COMMITTEE}?on=${date}`)
    assert.equal(page.statusCode, 200)
    return page.body.slice(page.body.indexOf('data-qa="members-on"'), page.body.indexOf('All memberships'))
  }

  test('an officer adds a person: readable slug, -2 for a namesake, audited with the officer’s name', async () => {
    const first = await addPerson({ full_name: 'Alice Brown', honorific: 'Councillor', party: 'Green' })
    assert.equal(first.statusCode, 303)
    assert.equal(first.headers.location, '/staff/people/alice-brown')
    const second = await addPerson({ full_name: 'Alice Brown' })
    assert.equal(second.headers.location, '/staff/people/alice-brown-2')
    const created = await audits('person.create')
    assert.equal(created.length, 2)
    assert.equal(created[0]!.actor, 'scrutiny_officer@example.gov.uk')
    assert.equal((created[0]!.after as unknown as { full_name: string }).full_name, 'Alice Brown')
    assert.match((await officer.get('/staff/people')).body, /href="\/staff\/people\/alice-brown-2">Alice Brown/)
  })

  test('renaming a person keeps their slug (links stay valid); the audit row holds before and after', async () => {
    await addPerson({ full_name: 'Bob Stone' })
    const renamed = await officer.submit('/staff/people/bob-stone/edit', '/staff/people/bob-stone', {
      full_name: 'Robert Stone',
      kind: 'councillor',
      ward: 'Moor Edge',
    })
    assert.equal(renamed.headers.location, '/staff/people/bob-stone')
    const page = await new Browser(t.app).get('/people/bob-stone')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1[^>]*>Robert Stone<\/h1>/)
    const [update] = await audits('person.update')
    assert.deepEqual(
      [(update!.before as { full_name?: string }).full_name, (update!.after as { full_name?: string }).full_name],
      ['Bob Stone', 'Robert Stone'],
    )
  })

  test('a blank or malformed person form is a 400 with an error summary linking to each field', async () => {
    const response = await addPerson({ full_name: '  ', kind: 'alien', email: 'not-an-email' })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /<title>Error: Add a person/)
    assert.match(response.body, /govuk-error-summary/)
    assert.match(response.body, /href="#full_name">Enter the person’s full name/)
    assert.match(response.body, /href="#kind">Select what kind of person this is/)
    assert.match(response.body, /href="#email">Enter an email address in the correct format/)
  })

  test('membership: add, end and correct; the membership on past dates stays right; every change audited', async () => {
    await addPerson({ full_name: 'Carol Jones' })
    const carol = await personId('carol-jones')
    const added = await addMembership({ person_id: carol, role: 'member', starts_on: '2024-06-01' })
    assert.equal(added.statusCode, 303)
    assert.equal(added.headers.location, COMMITTEE)
    assert.match(await membersOn('2024-06-01'), /Carol Jones/)
    assert.doesNotMatch(await membersOn('2024-05-31'), /Carol Jones/)
    assert.match(
      (await new Browser(t.app).get('/committees/children-and-education')).body,
      /href="\/people\/carol-jones">Carol Jones/,
    )

    const [membership] = await audits('membership.add')
    const id = membership!.entity_id!
    const ended = await officer.submit(`${COMMITTEE}/memberships/${id}/end`, `${COMMITTEE}/memberships/${id}/end`, {
      ends_on: '2024-12-31',
    })
    assert.equal(ended.statusCode, 303)
    assert.match(await membersOn('2024-12-31'), /Carol Jones/, 'the last day is inclusive')
    assert.doesNotMatch(await membersOn('2025-01-01'), /Carol Jones/)
    assert.doesNotMatch((await new Browser(t.app).get('/committees/children-and-education')).body, /Carol Jones/)
    assert.match((await officer.get(COMMITTEE)).body, /Carol Jones/, 'the history is still listed')

    const corrected = await officer.submit(`${COMMITTEE}/memberships/${id}/edit`, `${COMMITTEE}/memberships/${id}`, {
      person_id: carol,
      role: 'co_opted',
      co_opted_capacity: 'Parent Governor',
      starts_on: '2024-07-01',
      ends_on: '2024-12-31',
    })
    assert.equal(corrected.statusCode, 303)
    assert.doesNotMatch(await membersOn('2024-06-15'), /Carol Jones/)
    assert.match(await membersOn('2024-07-01'), /Carol Jones<\/td>\s*<td[^>]*>Co-opted member, Parent Governor/)

    const corrections = await audits('membership.correct')
    assert.equal(corrections.length, 2, 'ending is recorded as a change too')
    assert.deepEqual(corrections[0]!.before, { ...(corrections[0]!.before as object), ends_on: null })
    assert.equal((corrections[1]!.before as { starts_on: string }).starts_on, '2024-06-01')
    assert.equal((corrections[1]!.after as { starts_on: string }).starts_on, '2024-07-01')
    const count = await t.services.engine.db
      .selectFrom('membership')
      .select(eb => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', Number(carol))
      .executeTakeFirstOrThrow()
    assert.equal(Number(count.n), 1, 'nothing added or deleted behind the officer’s back')
  })

  test('membership rules give clear 400s: capacity, date order, overlaps, one chair at a time', async () => {
    await addPerson({ full_name: 'Dev Patel' })
    const dev = await personId('dev-patel')
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [
        { role: 'co_opted', starts_on: '2024-06-01' },
        'co_opted_capacity',
        /Enter the capacity the co-opted member sits in/,
      ],
      [
        { role: 'member', starts_on: '2024-06-01', ends_on: '2024-05-01' },
        'ends_on',
        /end date must be the same as or after/,
      ],
      [
        { role: 'chair', starts_on: '2024-06-01' },
        'role',
        /Priya Shah is chair from .* a committee has one chair at a time/,
      ],
      [{ role: 'member', starts_on: '2024-02-30' }, 'starts_on', /Enter the start date as a real date/],
      [{ role: 'treasurer', starts_on: '2024-06-01' }, 'role', /Select the role/],
      [
        { role: 'member', starts_on: '2024-06-01', municipal_year_id: '999999' },
        'municipal_year_id',
        /Select a municipal year/,
      ],
    ]
    for (const [fields, field, message] of cases) {
      const response = await addMembership({ person_id: dev, ...fields })
      assert.equal(response.statusCode, 400, JSON.stringify(fields))
      assert.match(response.body, /govuk-error-summary/)
      assert.match(response.body, new RegExp(`href="#${field}"`), field)
      assert.match(response.body, message)
    }
    assert.equal((await addMembership({ person_id: '99999', role: 'member', starts_on: '2024-06-01' })).statusCode, 400)

    assert.equal((await addMembership({ person_id: dev, role: 'member', starts_on: '2024-06-01' })).statusCode, 303)
    const again = await addMembership({ person_id: dev, role: 'deputy_chair', starts_on: '2025-01-01' })
    assert.equal(again.statusCode, 400)
    assert.match(again.body, /Dev Patel is already on this committee from 1 June 2024 with no end date/)
  })

  test('a co-optee can be recorded without a vote, and corrected to have one', async () => {
    await addPerson({ full_name: 'Hana Vote', kind: 'co_optee' })
    const hana = await personId('hana-vote')
    const fields = { person_id: hana, role: 'co_opted', co_opted_capacity: 'Parent Governor', starts_on: '2024-06-01' }
    assert.equal((await addMembership(fields)).statusCode, 303, 'the checkbox left unticked')
    assert.match(
      (await officer.get(COMMITTEE)).body,
      /Hana Vote<\/a><\/td>\s*<td[^>]*>Co-opted member, Parent Governor \(non-voting\)/,
    )
    assert.match((await new Browser(t.app).get('/people/hana-vote')).body, /\(Parent Governor\), non-voting,/)
    const { id } = await t.services.engine.db
      .selectFrom('membership')
      .select('id')
      .where('person_id', '=', Number(hana))
      .executeTakeFirstOrThrow()
    const form = await officer.get(`${COMMITTEE}/memberships/${id}/edit`)
    assert.doesNotMatch(form.body, /name="is_voting" type="checkbox" value="yes" checked/)
    const url = `${COMMITTEE}/memberships/${id}`
    assert.equal((await officer.submit(`${url}/edit`, url, { ...fields, is_voting: 'yes' })).statusCode, 303)
    assert.doesNotMatch((await officer.get(COMMITTEE)).body, /Hana Vote<\/a><\/td>\s*<td[^>]*>[^<]*non-voting/)
    assert.match((await officer.get(`${url}/edit`)).body, /name="is_voting" type="checkbox" value="yes" checked/)
  })

  test('two officers naming a chair at the same moment: exactly one succeeds (the committee is locked)', async () => {
    await officer.submit('/staff/committees/new', '/staff/committees', { name: 'Race Committee', kind: 'other' })
    await addPerson({ full_name: 'Fay One' })
    await addPerson({ full_name: 'Gus Two' })
    const [fay, gus] = [await personId('fay-one'), await personId('gus-two')]
    const page = '/staff/committees/race-committee/memberships/new'
    const action = '/staff/committees/race-committee/memberships'
    const results = await Promise.all(
      [fay, gus].map(id => officer.submit(page, action, { person_id: id, role: 'chair', starts_on: '2024-06-01' })),
    )
    assert.deepEqual(results.map(r => r.statusCode).sort(), [303, 400])
  })

  test('municipal years: add, refuse a clash or a backwards year, edit', async () => {
    const add = (fields: Record<string, string>) =>
      officer.submit('/staff/municipal-years/new', '/staff/municipal-years', fields)
    assert.equal((await add({ label: '2024/25', starts_on: '2024-05-15', ends_on: '2025-05-14' })).statusCode, 303)
    const clash = await add({ label: 'again', starts_on: '2024-05-15', ends_on: '2025-05-14' })
    assert.equal(clash.statusCode, 400)
    assert.match(clash.body, /Another municipal year starts on this date/)
    const backwards = await add({ label: '2023/24', starts_on: '2024-05-15', ends_on: '2023-05-14' })
    assert.equal(backwards.statusCode, 400)
    assert.match(backwards.body, /href="#ends_on">The year must end after it starts/)

    const year = await t.services.engine.db
      .selectFrom('municipal_year')
      .select('id')
      .where('label', '=', '2024/25') // the year added above, not one of the demo's
      .executeTakeFirstOrThrow()
    const edited = await officer.submit(`/staff/municipal-years/${year.id}/edit`, `/staff/municipal-years/${year.id}`, {
      label: '2024-25',
      starts_on: '2024-05-16',
      ends_on: '2025-05-14',
    })
    assert.equal(edited.statusCode, 303)
    assert.match((await officer.get('/staff/municipal-years')).body, /2024-25<\/td>\s*<td[^>]*>16 May 2024/)
    assert.equal((await audits('municipal_year.update')).length, 1)
    assert.equal((await officer.get('/staff/municipal-years/99999999999/edit')).statusCode, 404)
  })

  test('members and report authors get 403 on every staff screen; the public is sent to sign-in', async () => {
    const pages = [
      '/staff/people',
      '/staff/people/new',
      '/staff/people/priya-shah',
      '/staff/municipal-years',
      `${COMMITTEE}/memberships/new`,
    ]
    for (const role of ['member', 'report_author']) {
      const browser = new Browser(t.app)
      await browser.signIn(`${role}@example.gov.uk`)
      for (const url of pages) assert.equal((await browser.get(url)).statusCode, 403, `${role} ${url}`)
      const post = await browser.submit('/staff', '/staff/people', { full_name: 'Mallory', kind: 'other' })
      assert.equal(post.statusCode, 403)
      assert.doesNotMatch((await browser.get('/staff')).body, /href="\/staff\/people"/, 'no link they cannot use')
    }
    for (const url of pages) {
      const response = await new Browser(t.app).get(url)
      assert.equal(response.statusCode, 303)
      assert.match(String(response.headers.location), /^\/sign-in\?returnTo=/)
    }
    const admin = new Browser(t.app)
    await admin.signIn('admin@example.gov.uk')
    assert.equal((await admin.get('/staff/people')).statusCode, 200)
    assert.equal(
      (await admin.submit('/staff/people/new', '/staff/people', { full_name: 'Erin Admin', kind: 'officer' }))
        .statusCode,
      303,
    )
  })

  test('unknown people and memberships are 404s, not 500s', async () => {
    assert.equal((await new Browser(t.app).get('/people/nobody-at-all')).statusCode, 404)
    assert.equal((await officer.get('/staff/people/nobody-at-all')).statusCode, 404)
    assert.equal((await officer.get(`${COMMITTEE}/memberships/abc/edit`)).statusCode, 404)
    assert.equal((await officer.get(`${COMMITTEE}/memberships/99999999999/end`)).statusCode, 404)
    assert.equal((await officer.get(`${COMMITTEE}?on=2024-13-01`)).statusCode, 400)
  })
})
