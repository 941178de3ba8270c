import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.ts'
import { queueMail } from '../mail/outbox.repository.ts'
import { remindersDue } from './reminder-schedule.ts'
import { reminderMessage } from './reminder-schedule.ts'

// Arbitrary but fixed: the advisory lock that lets only one instance at a time make a reminder pass.
const REMINDER_LOCK = 716_402_001

/**
 * One pass of the reminder job: queues every reminder due today that has not been queued before. Safe to run
 * on several instances at once: an advisory lock lets one pass run at a time, and the unique key of
 * `reminder_sent` (inserted in the same transaction as the mail it queues) would stop a duplicate anyway.
 * Returns how many reminders were queued.
 */
export async function queueDueReminders(db: Kysely<Database>, today: string, siteUrl: string): Promise<number> {
  return db.transaction().execute(async trx => {
    const { rows } = await sql<{
      locked: boolean
    }>`select pg_try_advisory_xact_lock(${REMINDER_LOCK}) as locked`.execute(trx)
    if (!rows[0]?.locked) return 0
    const rounds = await trx
      .selectFrom('tracking_round')
      .select('id')
      .where('status', '<>', 'assessed')
      .where('scheduled_for', '>=', today)
      .execute()
    let queued = 0
    for (const round of rounds) queued += await queueRoundReminders(trx, round.id, today, siteUrl)
    return queued
  })
}

/** Queues the reminders due today for one round (called in the caller's transaction). */
export async function queueRoundReminders(
  db: Kysely<Database>,
  roundId: number,
  today: string,
  siteUrl: string,
): Promise<number> {
  const round = await db
    .selectFrom('tracking_round')
    .innerJoin('inquiry', 'inquiry.id', 'tracking_round.inquiry_id')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .select([
      'tracking_round.id',
      'tracking_round.inquiry_id',
      'tracking_round.scheduled_for',
      'tracking_round.evidence_due_on',
      'tracking_round.report_due_on',
      'tracking_round.status',
      'tracking_round.created_at',
      'inquiry.title as inquiry_title',
      'committee.name as committee_name',
    ])
    .where('tracking_round.id', '=', roundId)
    .executeTakeFirst()
  if (!round) return 0
  const owed = await evidenceOwed(db, round.id, round.inquiry_id)
  let queued = 0
  for (const author of owed) {
    const due = remindersDue(
      {
        scheduledFor: round.scheduled_for,
        evidenceDueOn: round.evidence_due_on,
        reportDueOn: round.report_due_on,
        scheduledOn: round.created_at.toISOString().slice(0, 10),
        status: round.status,
      },
      today,
      author.numbers.length > 0,
    )
    for (const reminder of due) {
      const inserted = await db
        .insertInto('reminder_sent')
        .values({
          kind: reminder.kind,
          tracking_round_id: round.id,
          app_user_id: author.userId,
          due_on: reminder.dueOn,
        })
        .onConflict(oc => oc.columns(['kind', 'tracking_round_id', 'app_user_id', 'due_on']).doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!inserted) continue
      const message = reminderMessage(reminder.kind, reminder.dueOn, {
        authorName: author.name,
        inquiryTitle: round.inquiry_title,
        committeeName: round.committee_name,
        scheduledFor: round.scheduled_for,
        numbers: author.numbers,
        roundUrl: `${siteUrl.replace(/\/$/, '')}/staff/tracking/${round.id}`,
      })
      const mailId = await queueMail(db, { to: author.email, ...message })
      await db.updateTable('reminder_sent').set({ mail_id: mailId }).where('id', '=', inserted.id).execute()
      queued++
    }
  }
  return queued
}

/**
 * The report authors (signed-in accounts linked to the responsible person) of the round's outstanding
 * recommendations, each with the numbers they have not yet submitted evidence for in this round.
 */
async function evidenceOwed(db: Kysely<Database>, roundId: number, inquiryId: number) {
  const rows = await db
    .selectFrom('recommendation')
    .innerJoin('app_user', 'app_user.person_id', 'recommendation.responsible_person_id')
    .select(['app_user.id as user_id', 'app_user.email', 'app_user.display_name', 'recommendation.number'])
    .where('recommendation.inquiry_id', '=', inquiryId)
    .where('recommendation.concluded_on', 'is', null)
    .where('app_user.role', '=', 'report_author')
    .where('app_user.is_active', '=', true)
    .where(eb =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assessment')
            .select('assessment.id')
            .whereRef('assessment.recommendation_id', '=', 'recommendation.id')
            .where('assessment.tracking_round_id', '=', roundId)
            .where('assessment.assessed_by', '=', 'executive'),
        ),
      ),
    )
    .orderBy('app_user.id')
    .orderBy('recommendation.position')
    .execute()
  const byUser = new Map<number, { userId: number; email: string; name: string; numbers: string[] }>()
  for (const row of rows) {
    const author = byUser.get(row.user_id) ?? {
      userId: row.user_id,
      email: row.email,
      name: row.display_name,
      numbers: [],
    }
    author.numbers.push(row.number)
    byUser.set(row.user_id, author)
  }
  return [...byUser.values()]
}
