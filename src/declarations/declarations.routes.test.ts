import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { addPreviewRoute, PREVIEW_RULES } from '../action-notes/preview-route.test-support.ts'

describe('declarations of interests: recorded by officers, shown on the meeting page', () => {
  let t: TestApp
  let officer: Browser
  let member: Browser
  let author: Browser
  let anonymous: Browser
  let meeting: { id: number; slug: string; committee_id: number }
  let items: Array<{ id: number; title: string }>
  let shah: number

  before(async () => {
    t = await buildTestApp({ demo: true, extraAccessRules: PREVIEW_RULES })
    addPreviewRoute(t.app, t.services)
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('member@example.gov.uk', 'member')
    await t.addUser('author@example.gov.uk', 'report_author')
    const db = t.services.engine.db
    meeting = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select(['meeting.id', 'meeting.slug', 'meeting.committee_id'])
      .where('committee.slug', '=', 'children-and-education')
      .orderBy('meeting.meeting_date', 'desc')
      .executeTakeFirstOrThrow()
    items = await db
      .selectFrom('agenda_item')
      .select(['id', 'title'])
      .where('meeting_id', '=', meeting.id)
      .orderBy('position')
      .execute()
    shah = (await db.selectFrom('person').select('id').where('full_name', '=', 'Priya Shah').executeTakeFirstOrThrow())
      .id
    officer = new Browser(t.app)
    member = new Browser(t.app)
    author = new Browser(t.app)
    anonymous = new Browser(t.app)
    await officer.signIn('officer@example.gov.uk')
    await member.signIn('member@example.gov.uk')
    await author.signIn('author@example.gov.uk')
  })
  after(() => t.close())

  const url = () => `/staff/meetings/${meeting.slug}/declarations`
  const item = (title: RegExp) => items.find(i => title.test(i.title))!
  const declare = (form: Record<string, string>) => officer.submit(url(), url(), form)
  const stored = () =>
    t.services.engine.db
      .selectFrom('declaration')
      .selectAll()
      .where('meeting_id', '=', meeting.id)
      .orderBy('id')
      .execute()
  const preview = () => anonymous.get(`/test/meetings/${meeting.slug}/action-notes`)

  test('the form offers the members on the day and the kinds of interest under the 2020 model code', async () => {
    const page = await officer.get(url())
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Councillor Priya Shah/)
    assert.doesNotMatch(page.body, /Ruth Kendall/) // a supporting officer declares nothing here
    assert.match(page.body, /Disclosable pecuniary interest/)
    assert.match(page.body, /Sensitive interest/)
    assert.doesNotMatch(page.body, /value="non_pecuniary"/)
  })

  test('a disclosable pecuniary interest is recorded, audited and published', async () => {
    const youth = item(/Youth Service/)
    const response = await declare({
      person: String(shah),
      item: String(youth.id),
      kind: 'disclosable_pecuniary',
      nature: 'Employed by the <b>youth</b> service',
      withdrew: 'yes',
    })
    assert.equal(response.statusCode, 303)
    const [row] = await stored()
    assert.equal(row?.interest_kind, 'disclosable_pecuniary')
    assert.equal(row?.participation, 'withdrew')
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'declaration.created')
      .execute()
    assert.equal(audit.length, 1)
    const page = await preview()
    assert.match(page.body, /Councillor Priya Shah/)
    assert.match(page.body, /Employed by the &lt;b&gt;youth&lt;\/b&gt; service/)
    assert.match(page.body, /Withdrew from the item/)
  })

  test('the nature of a sensitive interest is refused, never stored and never shown', async () => {
    const youth = item(/Youth Service/)
    const base = { person: String(shah), item: String(youth.id), kind: 'sensitive', withdrew: 'no' }
    const refused = await declare({ ...base, nature: 'Lives at 12 Acacia Avenue' })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Do not record the nature of a sensitive interest/)
    assert.match(refused.body, /href="#nature"/)
    assert.equal((await stored()).length, 1)
    assert.equal((await declare({ ...base, nature: '' })).statusCode, 303)
    const sensitive = (await stored()).find(d => d.interest_kind === 'sensitive')
    assert.equal(sensitive?.nature, null)
    const page = await preview()
    assert.match(page.body, /Withheld: sensitive interest/)
    assert.doesNotMatch(page.body, /Acacia/)
  })

  test('bad input gets a 400 with an error summary: kinds not in the code in force, unknown members and items', async () => {
    const response = await declare({
      person: '999999',
      item: '999999',
      kind: 'pecuniary',
      nature: '',
      withdrew: 'maybe',
    })
    assert.equal(response.statusCode, 400)
    for (const field of ['person', 'item', 'kind', 'withdrew'])
      assert.match(response.body, new RegExp(`href="#${field}"`))
    assert.match(response.body, /govuk-error-summary/)
    const missingNature = await declare({
      person: String(shah),
      item: 'none',
      kind: 'other_registerable',
      nature: ' ',
      withdrew: 'no',
    })
    assert.equal(missingNature.statusCode, 400)
    assert.match(missingNature.body, /Enter the nature of the interest/)
  })

  test('a meeting before the model code offers the 2012 code’s pecuniary and non-pecuniary interests', async () => {
    const db = t.services.engine.db
    const old = await db
      .insertInto('meeting')
      .values({
        committee_id: meeting.committee_id,
        slug: '2016-04-20-children-and-education',
        meeting_date: '2016-04-20',
        status: 'held',
      })
      .returning('slug')
      .executeTakeFirstOrThrow()
    const page = await officer.get(`/staff/meetings/${old.slug}/declarations`)
    assert.match(page.body, /value="pecuniary"/)
    assert.match(page.body, /value="non_pecuniary"/)
    assert.doesNotMatch(page.body, /value="disclosable_pecuniary"|value="sensitive"/)
  })

  test('on an exempt item the public sees neither the item’s title nor the nature', async () => {
    const contract = item(/Larkfield/)
    const response = await declare({
      person: String(shah),
      item: String(contract.id),
      kind: 'other_registerable',
      nature: 'Relative works for Larkfield Care',
      withdrew: 'yes',
    })
    assert.equal(response.statusCode, 303)
    const page = await preview()
    assert.doesNotMatch(page.body, /Larkfield/)
    assert.match(page.body, /Not published: exempt item/)
    const forMember = await member.get(`/test/meetings/${meeting.slug}/action-notes`)
    assert.match(forMember.body, /Relative works for Larkfield Care/)
  })

  test('members read the declarations but cannot change them; report authors and the public are refused', async () => {
    assert.equal((await member.get(url())).statusCode, 200)
    assert.doesNotMatch((await member.get(url())).body, /Record a declaration/)
    assert.equal((await member.submit('/staff', url(), {})).statusCode, 403)
    assert.equal((await author.get(url())).statusCode, 403)
    assert.equal((await anonymous.get(url())).statusCode, 303)
  })

  test('a scrutiny officer removes a declaration, audited; an unknown one is a 404', async () => {
    const [first] = await stored()
    const removed = await officer.submit(url(), `${url()}/${first!.id}/remove`, {})
    assert.equal(removed.statusCode, 303)
    assert.equal(
      (await stored()).some(d => d.id === first!.id),
      false,
    )
    const audit = await t.services.engine.db
      .selectFrom('audit_log')
      .select('before')
      .where('action', '=', 'declaration.removed')
      .execute()
    assert.equal(audit.length, 1)
    assert.equal((await officer.submit(url(), `${url()}/${first!.id}/remove`, {})).statusCode, 404)
    assert.equal((await officer.submit(url(), `${url()}/abc/remove`, {})).statusCode, 404)
  })

  test('random form input never causes a server error', async () => {
    const token = csrfTokenIn((await officer.get(url())).body)
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(String(shah), String(items[0]!.id), 'none', 'sensitive', 'disclosable_pecuniary', 'yes', 'no'),
      fc.string({ unit: 'binary' }),
    )
    const form = fc.record(
      { person: value, item: value, kind: value, nature: value, withdrew: value },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(form, async body => {
        const clean = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v.replace(/\0/g, '')]))
        const response = await officer.post(url(), { ...clean, _csrf: token })
        assert.ok([303, 400].includes(response.statusCode), `status ${response.statusCode}`)
        if (clean.kind === 'sensitive' && response.statusCode === 303) {
          const rows = await stored()
          assert.equal(rows.at(-1)?.nature, null)
        }
      }),
      { numRuns: 30 },
    )
  })
})
