import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { auditEntries, buildTestApp, type TestApp } from '../../test/support/test-app.ts'

describe('the council’s settings (/staff/council), on the demo council', () => {
  let t: TestApp
  let admin: Browser
  let meetingSlug: string

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['admin', 'scrutiny_officer', 'member', 'report_author'] as const) {
      await t.addUser(`${role}@example.gov.uk`, role)
    }
    admin = new Browser(t.app)
    await admin.signIn('admin@example.gov.uk')
    const meeting = await t.services.engine.db
      .selectFrom('meeting')
      .select(['slug'])
      .orderBy('meeting_date', 'desc')
      .executeTakeFirstOrThrow()
    meetingSlug = meeting.slug
  })
  after(() => t.close())

  const kindsOffered = async (browser: Browser) => {
    const page = await browser.get(`/staff/meetings/${meetingSlug}/declarations`)
    assert.equal(page.statusCode, 200)
    return [...page.body.matchAll(/name="kind"[^>]*value="([a-z_]+)"/g)].map(m => m[1])
  }

  test('an administrator sees the name and the day the model code took effect', async () => {
    const page = await admin.get('/staff/council')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<h1 class="govuk-heading-xl">Council settings<\/h1>/)
    assert.match(page.body, /value="Northmoor City Council"/)
    assert.match(page.body, /value="2021-05-01"/)
  })

  test('the declarations form offers the kinds of interest of the code in force on the meeting’s day', async () => {
    const officer = new Browser(t.app)
    await officer.signIn('scrutiny_officer@example.gov.uk')
    assert.deepEqual(await kindsOffered(officer), [
      'disclosable_pecuniary',
      'other_registerable',
      'non_registerable',
      'sensitive',
    ])

    // A council that adopted the model code only after the meeting: the 2012 code's two kinds.
    const saved = await admin.submit('/staff/council', '/staff/council', {
      name: 'Northmoor City Council',
      modelCodeAdoptedOn: '2199-01-01',
    })
    assert.equal(saved.statusCode, 303)
    assert.equal(saved.headers.location, '/staff/council?saved=1')
    assert.match((await admin.get('/staff/council?saved=1')).body, /The council’s settings were saved/)
    assert.deepEqual(await kindsOffered(officer), ['pecuniary', 'non_pecuniary'])
    const refused = await officer.submit(
      `/staff/meetings/${meetingSlug}/declarations`,
      `/staff/meetings/${meetingSlug}/declarations`,
      { person: '1', item: 'none', kind: 'disclosable_pecuniary', nature: 'Owns shares', withdrew: 'yes' },
    )
    assert.equal(refused.statusCode, 400, 'a kind of the other code is refused')
    assert.match(refused.body, /Select the kind of interest/)

    const [entry] = (await auditEntries(t, 'council.update')).slice(-1)
    assert.ok(entry?.user_id, 'the administrator is named')
    assert.equal((entry?.before as { modelCodeAdoptedOn: string }).modelCodeAdoptedOn, '2021-05-01')
    assert.equal((entry?.after as { modelCodeAdoptedOn: string }).modelCodeAdoptedOn, '2199-01-01')

    await admin.submit('/staff/council', '/staff/council', {
      name: 'Northmoor City Council',
      modelCodeAdoptedOn: '2021-05-01',
    })
  })

  test('a wrong form is shown again with a GOV.UK error summary, and nothing changes', async () => {
    const before = await t.services.council.settings()
    const wrong = await admin.submit('/staff/council', '/staff/council', {
      name: '  ',
      modelCodeAdoptedOn: '2021-02-30',
    })
    assert.equal(wrong.statusCode, 400)
    assert.match(wrong.body, /govuk-error-summary/)
    assert.match(wrong.body, /<a href="#name">Enter the council’s name<\/a>/)
    assert.match(wrong.body, /<a href="#modelCodeAdoptedOn">Enter the day the code took effect as a real date/)
    assert.match(wrong.body, /value="2021-02-30"/, 'what was typed is kept')
    assert.deepEqual(await t.services.council.settings(), before)
  })

  test('only an administrator may see or change the settings', async () => {
    for (const role of ['scrutiny_officer', 'member', 'report_author'] as const) {
      const browser = new Browser(t.app)
      await browser.signIn(`${role}@example.gov.uk`)
      assert.equal((await browser.get('/staff/council')).statusCode, 403, role)
      const token = /name="_csrf" value="([^"]+)"/.exec((await browser.get('/staff')).body)?.[1] ?? ''
      const posted = await browser.post('/staff/council', {
        _csrf: token,
        name: 'Taken over',
        modelCodeAdoptedOn: '2021-05-01',
      })
      assert.equal(posted.statusCode, 403, role)
    }
    assert.equal((await t.services.council.settings())?.name, 'Northmoor City Council')
  })
})

describe('a new installation without a council', () => {
  let t: TestApp
  before(async () => {
    t = await buildTestApp()
    await t.addUser('admin@example.gov.uk', 'admin')
  })
  after(() => t.close())

  test('the administrator sets the council up, and committees can then be added', async () => {
    const admin = new Browser(t.app)
    await admin.signIn('admin@example.gov.uk')
    const page = await admin.get('/staff/council')
    assert.match(page.body, /Set up the council/)
    const created = await admin.submit('/staff/council', '/staff/council', {
      name: 'Southmoor Borough Council',
      modelCodeAdoptedOn: '2022-04-01',
    })
    assert.equal(created.statusCode, 303)
    assert.deepEqual(await t.services.council.settings(), {
      id: (await t.services.council.settings())!.id,
      name: 'Southmoor Borough Council',
      slug: 'southmoor-borough-council',
      modelCodeAdoptedOn: '2022-04-01',
    })
    const [entry] = await auditEntries(t, 'council.create')
    assert.equal(entry?.before, null)
    const committee = await admin.submit('/staff/committees/new', '/staff/committees', {
      name: 'Overview and Scrutiny Committee',
      kind: 'overview_scrutiny',
    })
    assert.equal(committee.statusCode, 303, committee.body.slice(0, 300))
  })
})
