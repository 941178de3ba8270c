import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import type { Mailer, Message } from './mailer.ts'

/** Queues a message in the caller's transaction: it is delivered only if that transaction commits. */
export async function queueMail(db: Kysely<Database>, message: Message): Promise<number> {
  const row = await db
    .insertInto('mail_outbox')
    .values({
      to_address: message.to,
      subject: message.subject,
      body: message.text,
      headers: JSON.stringify(message.headers ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export interface DeliveryResult {
  sent: number
  failed: number
}

// A message that keeps failing (a bad address) stops being retried rather than blocking the queue forever.
const MAX_ATTEMPTS = 5

/**
 * Delivers queued mail, one message per transaction. `FOR UPDATE SKIP LOCKED` lets several app instances
 * drain the outbox at once without two of them taking the same message.
 */
export async function deliverQueuedMail(db: Kysely<Database>, mailer: Mailer, limit = 50): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 }
  const failedNow: number[] = [] // retried on the next run, not straight away
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction().execute(async trx => {
      const mail = await trx
        .selectFrom('mail_outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('attempts', '<', MAX_ATTEMPTS)
        .$if(failedNow.length > 0, qb => qb.where('id', 'not in', failedNow))
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst()
      if (!mail) return 'empty' as const
      try {
        await mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body, headers: mail.headers })
        await trx
          .updateTable('mail_outbox')
          .set({ sent_at: new Date(), attempts: mail.attempts + 1, last_error: null })
          .where('id', '=', mail.id)
          .execute()
        return 'sent' as const
      } catch (error) {
        await trx
          .updateTable('mail_outbox')
          .set({ attempts: mail.attempts + 1, last_error: String((error as Error).message ?? error).slice(0, 500) })
          .where('id', '=', mail.id)
          .execute()
        failedNow.push(mail.id)
        return 'failed' as const
      }
    })
    if (outcome === 'empty') break
    result[outcome]++
  }
  return result
}
