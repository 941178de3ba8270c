import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

const XSS = '<script>alert(1)</script>'

let t: TestApp
let officer: Browser
before(async () => {
  t = await buildTestApp({ demo: true })
  await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
  officer = new Browser(t.app)
  await officer.signIn('officer@example.gov.uk')
})
after(() => t.close())

test('a <script> stored in every text field is escaped on every page that shows it', async () => {
  const committee = await officer.submit('/staff/committees/new', '/staff/committees', {
    name: `${XSS} Committee`,
    kind: 'other',
    purpose: XSS,
    terms_of_reference: XSS,
    standing_items: `${XSS}\n${XSS}`,
  })
  assert.equal(committee.statusCode, 303)
  const committeeSlug = String(committee.headers.location).split('/').pop()!
  const person = await officer.submit('/staff/people/new', '/staff/people', {
    honorific: XSS,
    full_name: `${XSS} Person`,
    kind: 'co_optee',
    job_title: XSS,
    organisation: XSS,
    party: XSS,
    ward: XSS,
    email: `${XSS}@example.gov.uk`,
  })
  assert.equal(person.statusCode, 303)
  const personSlug = String(person.headers.location).split('/').pop()!
  const { id } = await t.services.engine.db
    .selectFrom('person')
    .select('id')
    .where('slug', '=', personSlug)
    .executeTakeFirstOrThrow()
  const year = await officer.submit('/staff/municipal-years/new', '/staff/municipal-years', {
    label: '<script>x</script>',
    starts_on: '2024-05-15',
    ends_on: '2025-05-14',
  })
  assert.equal(year.statusCode, 303)
  const { id: yearId } = await t.services.engine.db
    .selectFrom('municipal_year')
    .select('id')
    .where('starts_on', '=', '2024-05-15') // the year added above, not one of the demo's
    .executeTakeFirstOrThrow()
  const membership = await officer.submit(
    `/staff/committees/${committeeSlug}/memberships/new`,
    `/staff/committees/${committeeSlug}/memberships`,
    {
      person_id: String(id),
      role: 'co_opted',
      co_opted_capacity: XSS,
      municipal_year_id: String(yearId),
      starts_on: '2024-06-01',
    },
  )
  assert.equal(membership.statusCode, 303)
  const { id: membershipId } = await t.services.engine.db
    .selectFrom('membership')
    .select('id')
    .where('person_id', '=', id)
    .executeTakeFirstOrThrow()

  const pages = [
    '/',
    '/staff',
    '/committees',
    `/committees/${committeeSlug}`,
    `/people/${personSlug}`,
    '/staff/committees',
    `/staff/committees/${committeeSlug}`,
    `/staff/committees/${committeeSlug}/edit`,
    `/staff/committees/${committeeSlug}/memberships/new`,
    `/staff/committees/${committeeSlug}/memberships/${membershipId}/edit`,
    `/staff/committees/${committeeSlug}/memberships/${membershipId}/end`,
    '/staff/people',
    `/staff/people/${personSlug}`,
    `/staff/people/${personSlug}/edit`,
    '/staff/municipal-years',
    `/staff/municipal-years/${yearId}/edit`,
  ]
  for (const url of pages) {
    const page = await officer.get(url)
    assert.equal(page.statusCode, 200, url)
    assert.ok(!page.body.includes('<script>alert(1)') && !page.body.includes('<script>x<'), `${url} has raw script`)
    assert.match(page.body, /&lt;script&gt;/, `${url} shows the escaped text`)
  }
})
