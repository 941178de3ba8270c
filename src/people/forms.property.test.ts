import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import fc from 'fast-check'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'

// Anything a form post can carry, biased towards values that are nearly right: real and unreal dates, ids out of
// the column's range, role and kind names, markup; a repeated key arrives as an array.
const oneValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '2024-05-15', '2025-05-14', '2024-02-30', '0000-01-01', '99999-01-01', '1', '2', '-1'),
  fc.constantFrom(
    '99999999999',
    '1e3',
    'chair',
    'co_opted',
    'member',
    'councillor',
    'other',
    'yes',
    '<script>x</script>',
  ),
  fc.string({ minLength: 300, maxLength: 3000 }),
)
const value = fc.oneof(
  { weight: 5, arbitrary: oneValue.map(v => [v]) },
  { weight: 1, arbitrary: fc.array(oneValue, { minLength: 2, maxLength: 3 }) },
)

const FORMS: Array<{ page: string; action: string; fields: string[] }> = [
  {
    page: '/staff/committees/new',
    action: '/staff/committees',
    fields: ['name', 'kind', 'purpose', 'terms_of_reference', 'standing_items', 'is_active'],
  },
  {
    page: '/staff/people/new',
    action: '/staff/people',
    fields: ['full_name', 'honorific', 'kind', 'job_title', 'organisation', 'party', 'ward', 'email'],
  },
  {
    page: '/staff/people/priya-shah/edit',
    action: '/staff/people/priya-shah',
    fields: ['full_name', 'honorific', 'kind', 'email'],
  },
  { page: '/staff/municipal-years/new', action: '/staff/municipal-years', fields: ['label', 'starts_on', 'ends_on'] },
  {
    page: '/staff/committees/housing-and-neighbourhoods/memberships/new',
    action: '/staff/committees/housing-and-neighbourhoods/memberships',
    fields: ['person_id', 'role', 'co_opted_capacity', 'municipal_year_id', 'starts_on', 'ends_on'],
  },
  {
    page: '/staff/committees/housing-and-neighbourhoods/edit',
    action: '/staff/committees/housing-and-neighbourhoods',
    fields: ['name', 'kind', 'purpose', 'standing_items', 'is_active'],
  },
]

let t: TestApp
let officer: Browser
before(async () => {
  t = await buildTestApp({ demo: true })
  await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
  officer = new Browser(t.app)
  await officer.signIn('officer@example.gov.uk')
  const membership = await t.services.engine.db
    .selectFrom('membership')
    .innerJoin('committee', 'committee.id', 'membership.committee_id')
    .select('membership.id')
    .where('committee.slug', '=', 'housing-and-neighbourhoods')
    .executeTakeFirstOrThrow()
  const base = `/staff/committees/housing-and-neighbourhoods/memberships/${membership.id}`
  FORMS.push(
    {
      page: `${base}/edit`,
      action: base,
      fields: ['person_id', 'role', 'co_opted_capacity', 'municipal_year_id', 'starts_on', 'ends_on'],
    },
    { page: `${base}/end`, action: `${base}/end`, fields: ['ends_on'] },
  )
})
after(() => t.close())

test('every staff form answers random input with a redirect or a 4xx, never a 500, never raw markup', async () => {
  for (const form of FORMS) {
    const token = csrfTokenIn((await officer.get(form.page)).body)
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...form.fields, 'other'), value), async fields => {
        const body = new URLSearchParams([['_csrf', token]])
        for (const [key, values] of Object.entries(fields)) for (const v of values) body.append(key, v)
        const response = await t.app.inject({
          method: 'POST',
          url: form.action,
          payload: body.toString(),
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie: `scrutiny.sid=${officer.cookie('scrutiny.sid')}`,
          },
        })
        assert.ok(response.statusCode >= 300 && response.statusCode < 500, `${form.action}: ${response.statusCode}`)
        if (response.statusCode === 400) assert.match(response.body, /govuk-error-summary|There is a problem/)
        assert.ok(!response.body.includes('<script>x'), 'input is escaped')
      }),
      { numRuns: 25 },
    )
  }
})
