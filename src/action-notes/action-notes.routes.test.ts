import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import fc from 'fast-check'
import { Browser, csrfTokenIn } from '../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../test/support/test-app.ts'
import { systemActor } from '../audit/audit.repository.ts'
import { todayInLondon } from '../shared/dates.ts'
import { addPreviewRoute, PREVIEW_RULES } from './preview-route.test-support.ts'

interface DemoMeeting {
  id: number
  slug: string
  meeting_date: string
}

describe('action notes: recording, approval and what the public sees', () => {
  let t: TestApp
  let officer: Browser
  let member: Browser
  let author: Browser
  let anonymous: Browser
  let past1: DemoMeeting
  let past2: DemoMeeting
  let next: DemoMeeting
  let items: Array<{ id: number; title: string }>
  let members: Array<{ id: number; full_name: string }>

  before(async () => {
    t = await buildTestApp({ demo: true, extraAccessRules: PREVIEW_RULES })
    addPreviewRoute(t.app, t.services)
    await t.addUser('officer@example.gov.uk', 'scrutiny_officer')
    await t.addUser('member@example.gov.uk', 'member')
    await t.addUser('author@example.gov.uk', 'report_author')
    const db = t.services.engine.db
    const meetings = await db
      .selectFrom('meeting')
      .innerJoin('committee', 'committee.id', 'meeting.committee_id')
      .select(['meeting.id', 'meeting.slug', 'meeting.meeting_date'])
      .where('committee.slug', '=', 'children-and-education')
      .orderBy('meeting.meeting_date')
      .execute()
    ;[past1, past2, next] = meetings as [DemoMeeting, DemoMeeting, DemoMeeting]
    items = await db
      .selectFrom('agenda_item')
      .select(['id', 'title'])
      .where('meeting_id', '=', past2.id)
      .orderBy('position')
      .execute()
    members = await db
      .selectFrom('membership')
      .innerJoin('committee', 'committee.id', 'membership.committee_id')
      .innerJoin('person', 'person.id', 'membership.person_id')
      .select(['person.id', 'person.full_name'])
      .where('committee.slug', '=', 'children-and-education')
      .where('membership.role', 'in', ['chair', 'deputy_chair', 'member', 'co_opted'])
      .where('membership.starts_on', '<=', past2.meeting_date)
      .where(eb => eb.or([eb('membership.ends_on', 'is', null), eb('membership.ends_on', '>=', past2.meeting_date)]))
      .execute()
    officer = new Browser(t.app)
    member = new Browser(t.app)
    author = new Browser(t.app)
    anonymous = new Browser(t.app)
    await officer.signIn('officer@example.gov.uk')
    await member.signIn('member@example.gov.uk')
    await author.signIn('author@example.gov.uk')
  })
  after(() => t.close())

  const url = (m: DemoMeeting, rest = 'action-notes') => `/staff/meetings/${m.slug}/${rest}`
  const item = (title: RegExp) => items.find(i => title.test(i.title))!

  /** A complete form: everyone present but one with apologies, plus whatever the test adds. */
  function form(extra: Record<string, string> = {}): Record<string, string> {
    const attendance = Object.fromEntries(
      members.map((m, i) => [`attendance-${m.id}`, i === 0 ? 'apologies' : 'present']),
    )
    return { ...attendance, 'also-present': 'Naomi Osei, Director of Education and Skills', ...extra }
  }

  test('the form lists the members on the day of the meeting and suggests who was also present', async () => {
    const page = await officer.get(url(past2))
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Daniel Okafor/) // joined 39 days ago, before the meeting 28 days ago
    assert.doesNotMatch(page.body, /Helen Marsh/) // left 40 days ago
    assert.match(page.body, /Ruth Kendall, Scrutiny Officer/)
    assert.match(page.body, /Naomi Osei, Director of Education and Skills/)
    assert.match(page.body, /name="attendance-\d+" type="radio" value="present" checked/)
  })

  test('a scrutiny officer saves draft notes; actions arising enter the action tracker; all audited', async () => {
    const transport = item(/Transport/)
    const response = await officer.submit(
      url(past2),
      url(past2),
      form({
        [`notes-${transport.id}`]: 'The committee discussed rising costs.',
        [`resolutions-${transport.id}`]: 'That the report be noted.\n\nThat a further report come in March.',
        [`action-${transport.id}`]: 'Circulate the route review',
        [`action-owner-${transport.id}`]: 'Naomi Osei',
        [`action-due-${transport.id}-day`]: '1',
        [`action-due-${transport.id}-month`]: '3',
        [`action-due-${transport.id}-year`]: '2027',
      }),
    )
    assert.equal(response.statusCode, 303)
    const db = t.services.engine.db
    const notes = await db
      .selectFrom('action_notes')
      .selectAll()
      .where('meeting_id', '=', past2.id)
      .executeTakeFirstOrThrow()
    assert.equal(notes.status, 'draft')
    const resolutions = await db
      .selectFrom('resolution')
      .select(['body', 'position'])
      .where('meeting_id', '=', past2.id)
      .orderBy('position')
      .execute()
    assert.deepEqual(
      resolutions.map(r => r.body),
      ['That the report be noted.', 'That a further report come in March.'],
    )
    const action = await db
      .selectFrom('action')
      .selectAll()
      .where('meeting_id', '=', past2.id)
      .where('description', '=', 'Circulate the route review')
      .executeTakeFirstOrThrow()
    assert.equal(action.description, 'Circulate the route review')
    assert.equal(action.raised_on, past2.meeting_date)
    assert.equal(action.due_on, '2027-03-01')
    assert.equal(action.status, 'open')
    const apologies = await db
      .selectFrom('attendance')
      .select('person_id')
      .where('meeting_id', '=', past2.id)
      .where('kind', '=', 'apologies')
      .execute()
    assert.deepEqual(
      apologies.map(a => a.person_id),
      [members[0]!.id],
    )
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['action_notes.saved', 'action.created'])
      .execute()
    assert.deepEqual(audit.map(a => a.action).sort(), ['action.created', 'action_notes.saved'])
    const again = await officer.get(url(past2))
    assert.match(again.body, /That a further report come in March\./)
    assert.match(again.body, /Circulate the route review/)
  })

  test('draft notes are read by members but not published, nor shown to report authors', async () => {
    assert.equal((await member.get(url(past2))).statusCode, 200)
    assert.match((await member.get(url(past2))).body, /rising costs/)
    assert.equal((await author.get(url(past2))).statusCode, 403)
    assert.equal((await anonymous.get(url(past2))).statusCode, 303)
    const shown = await t.services.actionNotes.forMeetingPage(past2.id, null)
    assert.equal(shown?.notes, null)
    const preview = await anonymous.get(`/test/meetings/${past2.slug}/action-notes`)
    assert.doesNotMatch(preview.body, /rising costs|That the report be noted/)
  })

  test('members and report authors cannot record or approve', async () => {
    for (const browser of [member, author]) {
      assert.equal((await browser.submit('/staff', url(past2), form())).statusCode, 403)
      assert.equal((await browser.submit('/staff', url(past2, 'action-notes/approve'), {})).statusCode, 403)
      assert.equal((await browser.submit('/staff', url(past2, 'declarations'), {})).statusCode, 403)
    }
  })

  test('bad input is refused with a 400 and an error summary linking to each field', async () => {
    const transport = item(/Transport/)
    const response = await officer.submit(
      url(past2),
      url(past2),
      form({
        [`attendance-${members[1]!.id}`]: 'asleep',
        [`action-owner-${transport.id}`]: 'Someone',
        [`action-due-${transport.id}-day`]: '31',
        [`action-due-${transport.id}-month`]: '2',
        [`action-due-${transport.id}-year`]: '2027',
      }),
    )
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /govuk-error-summary/)
    assert.match(response.body, new RegExp(`href="#attendance-${members[1]!.id}"`))
    assert.match(response.body, new RegExp(`href="#action-due-${transport.id}-day"`))
    assert.match(response.body, new RegExp(`href="#action-${transport.id}"`))
    assert.match(response.body, /<title>Error: /)
    assert.match(response.body, /value="Someone"/) // what was typed is kept
  })

  test('notes cannot be approved on or before the day of the meeting', async () => {
    const blank = await officer.submit(url(next), url(next), {})
    assert.equal(blank.statusCode, 400) // attendance must be given for every member
    const none = await officer.submit(url(next), url(next, 'action-notes/approve'), {})
    assert.equal(none.statusCode, 400)
    assert.match(none.body, /Save the draft action notes before approving them/)
  })

  test('approving records the date and the meeting that approved them, then the notes are public and locked', async () => {
    const page = await officer.get(url(past1))
    const radios = new Set([...page.body.matchAll(/name="(attendance-\d+)"/g)].map(m => m[1]!))
    assert.equal(radios.size, 7) // Helen Marsh was still a member; Daniel Okafor not yet
    const saved = await officer.submit(url(past1), url(past1), Object.fromEntries([...radios].map(r => [r, 'present'])))
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000))
    const approved = await officer.submit(url(past1), url(past1, 'action-notes/approve'), {})
    assert.equal(approved.statusCode, 303)
    const notes = await t.services.engine.db
      .selectFrom('action_notes')
      .selectAll()
      .where('meeting_id', '=', past1.id)
      .executeTakeFirstOrThrow()
    assert.equal(notes.status, 'approved')
    assert.equal(notes.approved_on, todayInLondon())
    assert.equal(notes.approved_at_meeting_id, past2.id)
    const shown = await t.services.actionNotes.forMeetingPage(past1.id, null)
    assert.equal(shown?.notes?.status, 'approved')
    assert.equal(shown?.notes?.approvedAt?.slug, past2.slug)
    const locked = await officer.submit(url(past1), url(past1), {})
    assert.equal(locked.statusCode, 400)
    assert.match(locked.body, /Approved action notes cannot be changed/)
    const twice = await officer.submit(url(past1), url(past1, 'action-notes/approve'), {})
    assert.equal(twice.statusCode, 400)
  })

  test('the next meeting’s action notes item can link the previous meeting’s notes and their status', async () => {
    assert.deepEqual(await t.services.actionNotes.previousMeetingNotes(next.id), {
      meeting: { slug: past2.slug, date: past2.meeting_date },
      status: 'draft',
      url: `/meetings/${past2.slug}#action-notes`,
    })
    assert.equal((await t.services.actionNotes.previousMeetingNotes(past2.id))?.status, 'approved')
    assert.equal(await t.services.actionNotes.previousMeetingNotes(past1.id), null)
  })

  test('notes, resolutions and actions on an exempt item never reach the public', async () => {
    const db = t.services.engine.db
    const tracking = item(/Tracking/)
    await db
      .updateTable('agenda_item')
      .set({ is_exempt: true, exempt_paragraph: 3 })
      .where('id', '=', tracking.id)
      .execute()
    const saved = await officer.submit(
      url(past2),
      url(past2),
      form({
        [`resolutions-${item(/Transport/).id}`]: 'That the report be noted.',
        [`notes-${tracking.id}`]: 'Secret pricing from Larkfield',
        [`resolutions-${tracking.id}`]: 'Larkfield contract approved',
        [`action-${tracking.id}`]: 'Negotiate Larkfield rates',
      }),
    )
    assert.equal(saved.statusCode, 303)
    assert.equal((await officer.submit(url(past2), url(past2, 'action-notes/approve'), {})).statusCode, 303)
    const forPublic = JSON.stringify(await t.services.actionNotes.forMeetingPage(past2.id, null))
    assert.doesNotMatch(forPublic, /Larkfield|Tracking: School/)
    assert.match(forPublic, /That the report be noted/)
    const preview = await anonymous.get(`/test/meetings/${past2.slug}/action-notes`)
    assert.equal(preview.statusCode, 200)
    assert.doesNotMatch(preview.body, /Larkfield|Tracking: School/)
    assert.match(preview.body, /That the report be noted/)
    const forAuthor = JSON.stringify(
      await t.services.actionNotes.forMeetingPage(past2.id, {
        id: 1,
        email: '',
        displayName: '',
        role: 'report_author',
      }),
    )
    assert.doesNotMatch(forAuthor, /Larkfield/)
    const forMember = await member.get(`/test/meetings/${past2.slug}/action-notes`)
    assert.match(forMember.body, /Secret pricing from Larkfield/)
    await db
      .updateTable('agenda_item')
      .set({ is_exempt: false, exempt_paragraph: null })
      .where('id', '=', tracking.id)
      .execute()
  })

  test('<script> typed into the notes is shown as text', async () => {
    const response = await officer.submit(url(next), url(next), {
      ...Object.fromEntries(members.map(m => [`attendance-${m.id}`, 'present'])),
      'also-present': '<script>alert("x")</script>',
    })
    assert.equal(response.statusCode, 303, response.body.slice(0, 1500))
    const page = await officer.get(url(next))
    assert.doesNotMatch(page.body, /<script>alert/)
    assert.match(page.body, /&lt;script&gt;alert/)
    const preview = await member.get(`/test/meetings/${next.slug}/action-notes`)
    assert.doesNotMatch(preview.body, /<script>alert/)
    assert.match(preview.body, /&lt;script&gt;alert/)
  })

  test('imported action notes count as approved: public, read-only, resolutions by the item named in the pack', async () => {
    const pack = new URL('../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url)
    await t.services.imports.importFile(pack.pathname, systemActor('test'))
    const db = t.services.engine.db
    const imported = await db
      .selectFrom('action_notes')
      .innerJoin('meeting', 'meeting.id', 'action_notes.meeting_id')
      .select(['meeting.id', 'meeting.slug'])
      .where('action_notes.source_file_id', 'is not', null)
      .executeTakeFirstOrThrow()
    const shown = await t.services.actionNotes.forMeetingPage(imported.id, null)
    assert.equal(shown?.notes?.status, 'approved')
    assert.equal(shown?.notes?.imported, true)
    assert.ok(shown!.notes!.present.length > 0)
    assert.ok(shown!.notes!.otherResolutions.length > 0)
    const page = await officer.get(`/staff/meetings/${imported.slug}/action-notes`)
    assert.match(page.body, /Approved action notes cannot be changed/)
    assert.match(page.body, /imported from an agenda pack/)
  })

  test('random form input never causes a server error', async () => {
    const names = ['also-present', ...members.map(m => `attendance-${m.id}`)]
    for (const i of items)
      names.push(
        `notes-${i.id}`,
        `resolutions-${i.id}`,
        `action-${i.id}`,
        `action-owner-${i.id}`,
        `action-due-${i.id}-day`,
        `action-due-${i.id}-month`,
        `action-due-${i.id}-year`,
      )
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('present', 'apologies', 'absent', '29', '2', '2028', ''),
      fc.string({ unit: 'binary' }),
    )
    const token = csrfTokenIn((await officer.get(url(next))).body)
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string()), value), async body => {
        const clean = Object.fromEntries(
          Object.entries(body).map(([k, v]) => [k.replace(/\0/g, ''), v.replace(/\0/g, '')]),
        )
        delete clean._csrf
        const response = await officer.post(url(next), { ...clean, _csrf: token })
        assert.ok([303, 400].includes(response.statusCode), `status ${response.statusCode}`)
      }),
      { numRuns: 30 },
    )
  })
})
