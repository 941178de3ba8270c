import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Browser } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { formDate } from '../web/form-fields.ts'
import { todayInLondon } from '../shared/dates.ts'

const SLUG = 'children-and-education'
const TRACKER = `/staff/committees/${SLUG}/actions`

describe('action tracker screens', () => {
  let t: TestApp
  const as: Record<string, Browser> = {}

  before(async () => {
    t = await buildTestApp({ demo: true })
    for (const role of ['member', 'report_author', 'scrutiny_officer'] as const) {
      await t.addUser(`${role}@example.gov.uk`, role)
      as[role] = new Browser(t.app)
      await as[role].signIn(`${role}@example.gov.uk`)
    }
  })
  after(() => t.close())

  const auditOf = (id: number) =>
    t.services.engine.db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'before', 'after'])
      .where('entity_type', '=', 'action')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()

  async function addAction(form: Record<string, string>) {
    return as.scrutiny_officer!.submit(`${TRACKER}/new`, TRACKER, form)
  }
  const idFrom = (location: unknown) => Number(/\/actions\/(\d+)$/.exec(String(location))?.[1])

  test('members read the tracker; report authors are refused; only officers see the add button', async () => {
    const member = await as.member!.get(TRACKER)
    assert.equal(member.statusCode, 200)
    assert.match(member.body, /Invite the alternative provision pilot provider/)
    assert.doesNotMatch(member.body, /Add an action/)
    assert.equal((await as.report_author!.get(TRACKER)).statusCode, 403)
    assert.equal((await as.member!.get(`${TRACKER}/new`)).statusCode, 403)
    assert.match((await as.scrutiny_officer!.get(TRACKER)).body, /Add an action/)
  })

  test('a member cannot add an action', async () => {
    const response = await as.member!.submit(TRACKER, TRACKER, { raisedOn: '01/10/2026', description: 'x' })
    assert.equal(response.statusCode, 403)
  })

  test('an officer adds an action by hand; it is audited and shows on the tracker', async () => {
    const response = await addAction({ raisedOn: '01/10/2026', description: 'Send the SEND figures', owner: 'Ruth' })
    assert.equal(response.statusCode, 303)
    const id = idFrom(response.headers.location)
    const page = await as.member!.get(TRACKER)
    assert.match(page.body, /Send the SEND figures/)
    const audit = await auditOf(id)
    assert.equal(audit[0]?.action, 'action.create')
    assert.equal(audit[0]?.actor, 'scrutiny_officer@example.gov.uk')
  })

  test('an action raised from an agenda item of the action notes takes its meeting and title', async () => {
    const items = await t.services.actions.agendaItemChoices(SLUG)
    const item = items.agendaItems.find(i => !i.is_exempt)!
    const response = await addAction({
      raisedOn: '02/10/2026',
      description: 'From the notes',
      agendaItemId: String(item.id),
    })
    assert.equal(response.statusCode, 303)
    const row = await t.services.engine.db
      .selectFrom('action')
      .selectAll()
      .where('id', '=', idFrom(response.headers.location))
      .executeTakeFirstOrThrow()
    assert.equal(row.meeting_id, item.meeting_id)
    assert.equal(row.agenda_item_title, `${item.item_number}. ${item.title}`)
  })

  test('bad input gets a 400 with a GOV.UK error summary linking to each field', async () => {
    const response = await addAction({ raisedOn: '31/02/2026', description: '  ', agendaItemId: 'x' })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /govuk-error-summary/)
    assert.match(response.body, /href="#raisedOn"/)
    assert.match(response.body, /href="#description"/)
    assert.match(response.body, /href="#agendaItemId"/)
    assert.match(response.body, /value="31\/02\/2026"/)
  })

  test('an agenda item of another committee is refused with a 400', async () => {
    const other = await t.services.actions.agendaItemChoices('housing-and-neighbourhoods')
    const response = await addAction({
      raisedOn: '02/10/2026',
      description: 'Wrong committee',
      agendaItemId: String(other.agendaItems[0]!.id),
    })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /Choose an agenda item from the list/)
  })

  test('an update that says done closes the action; then it can be raised again, linked both ways', async () => {
    const id = idFrom((await addAction({ raisedOn: '01/09/2026', description: 'Visit the PRU' })).headers.location)
    const page = `${TRACKER}/${id}`
    const open = await as.scrutiny_officer!.submit(page, `${page}/updates`, {
      body: 'Date being arranged',
      writtenOn: '05/09/2026',
      outcome: 'open',
    })
    assert.equal(open.statusCode, 303)
    const early = await as.scrutiny_officer!.submit(page, `${page}/re-raise`, {
      raisedOn: '01/10/2026',
      description: 'Visit the PRU',
    })
    assert.equal(early.statusCode, 400, 'an open action cannot be raised again')

    const done = await as.scrutiny_officer!.submit(page, `${page}/updates`, {
      body: 'Visited on 20 September',
      writtenOn: '21/09/2026',
      outcome: 'done',
    })
    assert.equal(done.statusCode, 303)
    const closed = await as.member!.get(page)
    assert.match(closed.body, /Done on 21/)
    assert.match(closed.body, /Visited on 20 September/)

    const again = await as.scrutiny_officer!.submit(page, `${page}/re-raise`, {
      raisedOn: '15/10/2026',
      description: 'Visit the PRU again with new members',
    })
    assert.equal(again.statusCode, 303)
    const newId = idFrom(again.headers.location)
    const newPage = await as.member!.get(`${TRACKER}/${newId}`)
    assert.match(newPage.body, /originally requested 1 Sep/)
    assert.match(newPage.body, new RegExp(`href="${TRACKER}/${id}"`))
    assert.match((await as.member!.get(page)).body, new RegExp(`href="${TRACKER}/${newId}"`))

    const audit = await auditOf(id)
    assert.deepEqual(
      audit.map(a => a.action),
      ['action.create', 'action.update', 'action.close'],
    )
    assert.deepEqual(audit[2]?.before, { status: 'open', closed_on: null })
    assert.equal((await auditOf(newId))[0]?.action, 'action.re_raise')
  })

  test('a closed action takes no more updates', async () => {
    const id = idFrom((await addAction({ raisedOn: '01/09/2026', description: 'One-off' })).headers.location)
    const page = `${TRACKER}/${id}`
    const form = { body: 'Done', writtenOn: '02/09/2026', outcome: 'done' }
    assert.equal((await as.scrutiny_officer!.submit(page, `${page}/updates`, form)).statusCode, 303)
    const second = await as.scrutiny_officer!.post(`${page}/updates`, {
      ...form,
      _csrf: csrf(await as.scrutiny_officer!.get(TRACKER)),
    })
    assert.equal(second.statusCode, 400)
  })

  test('script in any field is shown as text, never run', async () => {
    const payload = '<script>alert(1)</script>'
    const response = await addAction({ raisedOn: '03/10/2026', description: payload, owner: payload })
    const page = await as.member!.get(`${TRACKER}/${idFrom(response.headers.location)}`)
    assert.doesNotMatch(page.body, /<script>alert/)
    assert.match(page.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
  })

  test('unknown actions and committees are 404s', async () => {
    assert.equal((await as.member!.get(`${TRACKER}/999999`)).statusCode, 404)
    assert.equal((await as.member!.get(`${TRACKER}/abc`)).statusCode, 404)
    assert.equal((await as.member!.get('/staff/committees/no-such/actions')).statusCode, 404)
  })

  test('the published tracker lists open actions and leaves out actions on exempt items', async () => {
    const db = t.services.engine.db
    const items = await t.services.actions.agendaItemChoices(SLUG)
    const item = items.agendaItems[0]!
    await db
      .updateTable('agenda_item')
      .set({ is_exempt: true, exempt_paragraph: 3 })
      .where('id', '=', item.id)
      .execute()
    const secret = await addAction({
      raisedOn: '04/10/2026',
      description: 'Secret contract action',
      agendaItemId: String(item.id),
    })
    assert.equal(secret.statusCode, 303)
    assert.match((await as.member!.get(TRACKER)).body, /Secret contract action/)

    const publicPage = await new Browser(t.app).get(`/committees/${SLUG}/action-tracker`)
    assert.equal(publicPage.statusCode, 200)
    assert.match(publicPage.body, /Invite the alternative provision pilot provider/)
    assert.doesNotMatch(publicPage.body, /Secret contract action/)
    const pdf = await new Browser(t.app).get(`/committees/${SLUG}/action-tracker.pdf?asOf=${todayInLondon()}`)
    assert.equal(pdf.statusCode, 200)
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
  })

  test('a bad asOf date is a 400, not a 500', async () => {
    const response = await new Browser(t.app).get(`/committees/${SLUG}/action-tracker.pdf?asOf=yesterday`)
    assert.equal(response.statusCode, 400)
  })

  test('the new-action form is prefilled with today', async () => {
    const page = await as.scrutiny_officer!.get(`${TRACKER}/new`)
    assert.match(page.body, new RegExp(`value="${formDate(todayInLondon()).replace(/\//g, '\\/')}"`))
  })
})

function csrf(page: { body: string }): string {
  return /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!
}
