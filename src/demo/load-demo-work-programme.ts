import type { Transaction } from 'kysely'
import type { Database } from '../db/database.ts'
import { addDays } from '../shared/dates.ts'
import { type MunicipalYear, municipalYearOf, municipalYearStarting } from '../work-programme/work-programme-rules.ts'
import { DEMO_INQUIRY } from './demo-tracking.ts'
import { DEMO_FORWARD_PLAN, DEMO_WORK_PROGRAMME } from './demo-work-programme.ts'
import type { Ids } from './load-demo.ts'

type Trx = Transaction<Database>

/**
 * The municipal year of the load day with the one before and the one after, May to May as the work programme
 * counts them (work-programme-rules.ts): the demo's meetings, a few weeks either side of the load day, fall in
 * them whatever the day, and there is a next year to plan.
 */
export function demoMunicipalYears(today: string): MunicipalYear[] {
  const current = municipalYearOf(today).start
  return [current - 1, current, current + 1].map(municipalYearStarting)
}

/** Inserts the demo's municipal years; returns each one's id by the year it starts. */
export async function insertMunicipalYears(trx: Trx, councilId: number, today: string): Promise<Map<number, number>> {
  const ids = new Map<number, number>()
  for (const year of demoMunicipalYears(today)) {
    const row = await trx
      .insertInto('municipal_year')
      .values({ council_id: councilId, label: year.label, starts_on: year.startsOn, ends_on: year.endsOn })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.set(year.start, row.id)
  }
  return ids
}

interface Context {
  councilId: number
  meetings: Ids
  years: Map<number, number>
  today: string
}

/** The Forward Plan, and each committee's work programme: items for the demo meetings and some to be scheduled. */
export async function loadDemoWorkProgramme(trx: Trx, ctx: Context): Promise<void> {
  const forwardPlan: Ids = new Map()
  for (const f of DEMO_FORWARD_PLAN) {
    const decisionDate = addDays(ctx.today, f.decisionOffset)
    const row = await trx
      .insertInto('forward_plan_item')
      .values({
        council_id: ctx.councilId,
        reference: `FP/${decisionDate.slice(0, 4)}/${f.number}`,
        title: f.title,
        proposed_decision_date: decisionDate,
        decision_maker: f.decisionMaker,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    forwardPlan.set(f.key, row.id)
  }
  const committees = await trx.selectFrom('committee').select(['id', 'slug']).execute()
  const inquiry = await trx.selectFrom('inquiry').select('id').where('slug', '=', DEMO_INQUIRY.slug).executeTakeFirst()
  const positions = new Map<string, number>()
  for (const item of DEMO_WORK_PROGRAMME) {
    const meetingId = item.meeting ? ctx.meetings.get(item.meeting)! : null
    const date = meetingId
      ? (await trx.selectFrom('meeting').select('meeting_date').where('id', '=', meetingId).executeTakeFirstOrThrow())
          .meeting_date
      : ctx.today
    const list = `${item.committee} ${item.meeting ?? ''}`
    const position = (positions.get(list) ?? 0) + 1
    positions.set(list, position)
    await trx
      .insertInto('work_programme_item')
      .values({
        committee_id: committees.find(c => c.slug === item.committee)!.id,
        municipal_year_id: ctx.years.get(municipalYearOf(date).start) ?? null,
        meeting_id: meetingId,
        topic: item.topic,
        item_type: item.type,
        aims: item.aims ?? null,
        lead_officer: item.leadOfficer ?? null,
        witnesses: item.witnesses ?? null,
        visits: item.visits ?? null,
        additional_information: item.additionalInformation ?? null,
        forward_plan_item_id: item.forwardPlan ? forwardPlan.get(item.forwardPlan)! : null,
        inquiry_id: item.inquiry ? (inquiry?.id ?? null) : null,
        position,
      })
      .execute()
  }
}
