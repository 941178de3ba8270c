import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createTestEngine } from '../../test/support/test-database.ts'
import { addDays } from '../shared/dates.ts'
import { createWorkProgrammeService } from '../work-programme/work-programme.service.ts'
import { DEMO_COMMITTEES } from './demo-council.ts'
import { demoMunicipalYears } from './load-demo-work-programme.ts'
import { demoMeetingDate, loadDemoCouncil } from './load-demo.ts'

describe('loading the demo council', () => {
  let engine: Awaited<ReturnType<typeof createTestEngine>>
  before(async () => (engine = await createTestEngine()))
  after(() => engine.dispose())

  const count = async (table: 'council' | 'committee' | 'meeting' | 'recommendation' | 'assessment' | 'action') =>
    Number(
      (
        await engine.db
          .selectFrom(table)
          .select(eb => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  test('loads a council with committees, members, meetings, an inquiry and actions', async () => {
    assert.equal(await loadDemoCouncil(engine.db, '2026-11-23'), true)
    assert.equal(await count('council'), 1)
    assert.equal(await count('committee'), 2)
    assert.equal(await count('meeting'), 4)
    assert.equal(await count('recommendation'), 5)
    assert.equal(await count('action'), 3)
  })

  test('has a chair, a deputy chair and a co-opted member', async () => {
    const roles = await engine.db.selectFrom('membership').select('role').distinct().execute()
    const names = roles.map(r => r.role)
    for (const role of ['chair', 'deputy_chair', 'member', 'co_opted'] as const) assert.ok(names.includes(role), role)
  })

  test('has meetings both before and after the day it was loaded', async () => {
    const dates = (await engine.db.selectFrom('meeting').select('meeting_date').execute()).map(m => m.meeting_date)
    assert.ok(dates.some(d => d < '2026-11-23'))
    assert.ok(dates.some(d => d > '2026-11-23'))
  })

  test('the inquiry gathered evidence in sessions before its report went to council', async () => {
    const inquiry = await engine.db
      .selectFrom('inquiry')
      .select(['id', 'approved_by_council_on'])
      .executeTakeFirstOrThrow()
    const sessions = await engine.db
      .selectFrom('evidence_session')
      .select(['held_on', 'witnesses'])
      .where('inquiry_id', '=', inquiry.id)
      .execute()
    assert.equal(sessions.length, 2)
    assert.ok(sessions.every(s => s.held_on < inquiry.approved_by_council_on! && s.witnesses))
  })

  test('its recommendations stand at different stages of tracking', async () => {
    const recs = await engine.db
      .selectFrom('recommendation')
      .select(['number', 'final_assessment'])
      .orderBy('number')
      .execute()
    assert.deepEqual(
      recs.map(r => r.final_assessment),
      [1, 2, null, null, null],
    )
    const latest = await engine.db
      .selectFrom('assessment')
      .innerJoin('recommendation', 'recommendation.id', 'assessment.recommendation_id')
      .select(['recommendation.number', 'assessment.code'])
      .where('assessed_by', '=', 'committee')
      .orderBy('assessed_on')
      .execute()
    const codes = new Set(latest.map(a => a.code))
    assert.ok(codes.size >= 4, `several assessment codes in use, got ${[...codes]}`)
  })

  test('has the municipal years before, of and after the load day, May to May', async () => {
    const years = await engine.db
      .selectFrom('municipal_year')
      .select(['label', 'starts_on', 'ends_on'])
      .orderBy('starts_on')
      .execute()
    assert.deepEqual(years, [
      { label: '2025/26', starts_on: '2025-05-01', ends_on: '2026-04-30' },
      { label: '2026/27', starts_on: '2026-05-01', ends_on: '2027-04-30' },
      { label: '2027/28', starts_on: '2027-05-01', ends_on: '2028-04-30' },
    ])
  })

  test('whatever the load day, every demo meeting falls in one of the demo’s municipal years', () => {
    for (let day = 0; day < 366; day++) {
      const today = addDays('2026-01-01', day)
      const years = demoMunicipalYears(today)
      for (const meeting of DEMO_COMMITTEES.flatMap(c => c.meetings)) {
        const date = demoMeetingDate(today, meeting.dayOffset)
        assert.ok(
          years.some(y => y.startsOn <= date && date <= y.endsOn),
          `${meeting.key} on ${date}, loaded ${today}`,
        )
      }
    }
  })

  test('each committee’s work programme for the year has items planned for its meetings and some to schedule', async () => {
    const workProgramme = createWorkProgrammeService(engine.db)
    const children = await workProgramme.staffPage('children-and-education', undefined, '2026-11-23')
    assert.equal(children.year.label, '2026/27')
    assert.ok(children.yearId, 'the year is a municipal year of the council')
    const next = children.meetings.find(m => m.meeting_date > '2026-11-23')!
    assert.deepEqual(
      next.items.map(i => [i.topic, i.typeLabel]),
      [
        ['Youth Service Annual Report', 'Update report'],
        ['Special Educational Needs Transport: Cabinet decision', 'Pre-decision scrutiny'],
      ],
    )
    assert.ok(
      children.meetings.every(m => m.items.length > 0),
      'every meeting of the year has items',
    )
    assert.ok(children.toBeScheduled.length >= 2)
    const send = children.forwardPlan.find(f => f.items.length > 0)!
    assert.match(send.reference, /^FP\/2027\/031$/)
    assert.ok(send.proposed_decision_date! > next.meeting_date, 'Cabinet decides after the committee has looked at it')

    const housing = await workProgramme.staffPage('housing-and-neighbourhoods', undefined, '2026-11-23')
    assert.deepEqual(
      housing.meetings.flatMap(m => m.items.map(i => i.topic)),
      ['Damp and Mould in Council Homes'],
    )
    const unscheduled = await engine.db
      .selectFrom('work_programme_item')
      .select('municipal_year_id')
      .where('meeting_id', 'is', null)
      .execute()
    assert.ok(
      unscheduled.every(i => i.municipal_year_id === children.yearId),
      'to be scheduled in the current year',
    )
  })

  test('loads once and only once: a second load changes nothing', async () => {
    const before = await Promise.all([count('meeting'), count('assessment')])
    assert.equal(await loadDemoCouncil(engine.db, '2026-11-23'), false)
    assert.deepEqual(await Promise.all([count('meeting'), count('assessment')]), before)
  })

  test('the load is recorded in the audit log', async () => {
    const audit = await engine.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('action', '=', 'demo.load')
      .execute()
    assert.deepEqual(audit, [{ actor: 'demo', action: 'demo.load' }])
  })
})
