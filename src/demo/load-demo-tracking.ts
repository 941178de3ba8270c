import type { Transaction } from 'kysely'
import type { Database } from '../db/database.ts'
import { addDays } from '../shared/dates.ts'
import { endsTracking } from '../tracking/assessment-scale.ts'
import type { Ids } from './load-demo.ts'
import {
  DEMO_ACTIONS,
  DEMO_EVIDENCE_SESSIONS,
  DEMO_INQUIRY,
  DEMO_RECOMMENDATIONS,
  type DemoRecommendation,
} from './demo-tracking.ts'

interface Context {
  people: Ids
  meetings: Ids
  today: string
}

/** The demo inquiry, its recommendations with their tracking history, and the action tracker. */
export async function loadDemoTracking(trx: Transaction<Database>, ctx: Context): Promise<void> {
  const committee = await trx
    .selectFrom('committee')
    .select('id')
    .where('slug', '=', DEMO_INQUIRY.committeeSlug)
    .executeTakeFirstOrThrow()
  const inquiry = await trx
    .insertInto('inquiry')
    .values({
      committee_id: committee.id,
      slug: DEMO_INQUIRY.slug,
      title: DEMO_INQUIRY.title,
      key_question: DEMO_INQUIRY.keyQuestion,
      lines_of_enquiry: DEMO_INQUIRY.linesOfEnquiry,
      lead_member_id: ctx.people.get(DEMO_INQUIRY.leadMember) ?? null,
      lead_officer_id: ctx.people.get(DEMO_INQUIRY.leadOfficer) ?? null,
      status: 'tracking',
      approved_by_council_on: addDays(ctx.today, DEMO_INQUIRY.approvedOffset),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await trx
    .insertInto('evidence_session')
    .values(
      DEMO_EVIDENCE_SESSIONS.map(session => ({
        inquiry_id: inquiry.id,
        held_on: addDays(ctx.today, session.offset),
        witnesses: session.witnesses,
        notes: session.notes,
      })),
    )
    .execute()
  let position = 0
  for (const rec of DEMO_RECOMMENDATIONS) {
    position += 1
    await insertRecommendation(trx, inquiry.id, position, rec, ctx)
  }
  await insertActions(trx, committee.id, ctx)
}

async function insertRecommendation(
  trx: Transaction<Database>,
  inquiryId: number,
  position: number,
  rec: DemoRecommendation,
  { today, people }: Context,
) {
  const last = rec.history.filter(a => a.by === 'committee').at(-1)
  const concluded = last && endsTracking(last.code) ? last : undefined
  const row = await trx
    .insertInto('recommendation')
    .values({
      inquiry_id: inquiryId,
      number: rec.number,
      position,
      body: rec.body,
      responsible: rec.responsible,
      responsible_person_id: rec.responsiblePerson ? (people.get(rec.responsiblePerson) ?? null) : null,
      original_completion_date: addDays(today, rec.dueOffset),
      concluded_on: concluded ? addDays(today, concluded.offset) : null,
      final_assessment: concluded ? (concluded.code as 1 | 2 | 4) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  for (const a of rec.history) {
    await trx
      .insertInto('assessment')
      .values({
        recommendation_id: row.id,
        assessed_by: a.by,
        code: a.code,
        evidence: a.evidence ?? null,
        new_completion_date: a.newDateOffset === undefined ? null : addDays(today, a.newDateOffset),
        assessed_on: addDays(today, a.offset),
      })
      .execute()
  }
}

async function insertActions(trx: Transaction<Database>, committeeId: number, ctx: Context) {
  for (const action of DEMO_ACTIONS) {
    const meetingId = ctx.meetings.get(action.meeting)!
    const meeting = await trx
      .selectFrom('meeting')
      .select('meeting_date')
      .where('id', '=', meetingId)
      .executeTakeFirstOrThrow()
    const row = await trx
      .insertInto('action')
      .values({
        committee_id: committeeId,
        meeting_id: meetingId,
        raised_on: meeting.meeting_date,
        agenda_item_title: action.agendaItem,
        description: action.description,
        owner: action.owner,
        status: action.done ? 'done' : 'open',
        closed_on: action.done ? addDays(ctx.today, action.done.offset) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (action.done) {
      await trx
        .insertInto('action_update')
        .values({ action_id: row.id, written_on: addDays(ctx.today, action.done.offset), body: action.done.update })
        .execute()
    }
  }
}
