import { sql, type Kysely } from 'kysely'
import { recordAudit, type Actor } from '../audit/audit.repository.ts'
import type { Database } from '../db/database.ts'
import { queueMail } from '../mail/outbox.repository.ts'
import { resultLink } from '../search/search-results.ts'
import { entryTypeLabel } from '../search/search-types.ts'
import { committeeChoices, hasSearchableWords } from '../search/search.repository.ts'
import { formatDate } from '../web/format.ts'
import {
  alreadySubscribedMessage,
  CONFIRMATION_RESEND_MINUTES,
  confirmationMessage,
  DIGEST_ITEMS,
  digestMessage,
  newAlertToken,
  subjectPath,
  UNCONFIRMED_KEPT_DAYS,
  type AlertSubject,
  type SubscribeForm,
} from './alert-rules.ts'
import * as repo from './alerts.repository.ts'

// Arbitrary but fixed: the advisory lock that lets one instance at a time make a digest pass.
const DIGEST_LOCK = 716_402_002

/** Why a subscription form cannot be taken: shown against the field. */
export class AlertRefusal extends Error {
  constructor(
    readonly field: 'q' | 'committee',
    message: string,
  ) {
    super(message)
  }
}

export function createAlertsService(db: Kysely<Database>, siteUrl: string) {
  const site = siteUrl.replace(/\/+$/, '')
  const councilName = async () =>
    (await db.selectFrom('council').select('name').orderBy('id').executeTakeFirst())?.name ?? 'the council'

  return {
    committees: () => committeeChoices(db),

    /** What the form asks to follow, checked: an unknown committee or a search of stop words only is refused. */
    async subjectOf(form: Pick<SubscribeForm, 'committee' | 'q' | 'type'>): Promise<AlertSubject> {
      const committee = form.committee
        ? await db
            .selectFrom('committee')
            .select(['id', 'name', 'slug'])
            .where('slug', '=', form.committee)
            .executeTakeFirst()
        : null
      if (committee === undefined) throw new AlertRefusal('committee', 'Choose a committee from the list')
      const words = form.q || null
      if (!words && !committee) throw new AlertRefusal('q', 'Enter words to search for, or choose a committee')
      if (words && !(await hasSearchableWords(db, words)))
        throw new AlertRefusal('q', 'Enter words to search for, not only common words like “the” or “of”')
      return { committee, words, type: words ? form.type || null : null }
    },

    /**
     * Double opt-in: a new address gets a confirmation link and nothing else until it is used. Asking
     * again re-sends it (at most every few minutes); an address already confirmed is told so. The
     * answer on screen is the same in every case, so the form does not reveal who subscribes to what.
     */
    async subscribe(email: string, subject: AlertSubject, actor: Actor): Promise<void> {
      const council = await councilName()
      await db.transaction().execute(async trx => {
        const existing = await repo.subscriptionFor(trx, email, subject)
        if (existing && recentlyAsked(existing.confirmation_sent_at)) return
        if (existing?.confirmed_at) {
          await queueMail(trx, alreadySubscribedMessage(email, council, subject))
          await trx
            .updateTable('alert_subscription')
            .set({ confirmation_sent_at: new Date() })
            .where('id', '=', existing.id)
            .execute()
          return
        }
        const token = newAlertToken()
        const id = existing
          ? await renewToken(trx, existing.id, token)
          : await insertPending(trx, email, subject, token)
        if (id === undefined) return // the same request, a moment ago, from another tab or instance: it sends the email
        await queueMail(
          trx,
          confirmationMessage(email, council, subject, { confirm: `${site}/alerts/confirm/${token}` }),
        )
        // The audit log is kept for ever: it records that someone subscribed, never who.
        await recordAudit(trx, actor, {
          action: 'alert.request',
          entityType: 'alert_subscription',
          entityId: id,
          after: { subject: subjectPath(subject) },
        })
      })
    },

    /** The subscription a link's token belongs to, if any. */
    async byToken(token: string) {
      const row = await repo.subscriptionByToken(db, token)
      return row ? { ...row, subject: repo.subjectOf(row) } : undefined
    },

    /** Confirms the address: digests start with what is published from now on. */
    async confirm(token: string, actor: Actor): Promise<boolean> {
      return db.transaction().execute(async trx => {
        const row = await repo.subscriptionByToken(trx, token)
        if (!row) return false
        if (row.confirmed_at) return true
        await trx
          .updateTable('alert_subscription')
          .set({ confirmed_at: new Date(), seen_up_to: await repo.newestEntryId(trx) })
          .where('id', '=', row.id)
          .execute()
        await recordAudit(trx, actor, {
          action: 'alert.confirm',
          entityType: 'alert_subscription',
          entityId: row.id,
          before: { subject: subjectPath(repo.subjectOf(row)), confirmed: false },
          after: { subject: subjectPath(repo.subjectOf(row)), confirmed: true },
        })
        return true
      })
    },

    /** Unsubscribes by deleting the subscription (and what it was sent): nothing is kept of the address. */
    async unsubscribe(token: string, actor: Actor): Promise<boolean> {
      return db.transaction().execute(async trx => {
        const row = await repo.subscriptionByToken(trx, token)
        const gone = await trx
          .deleteFrom('alert_subscription')
          .where('token', '=', token)
          .returning('id')
          .executeTakeFirst()
        // What was followed, never the address (see subscribe).
        if (gone)
          await recordAudit(trx, actor, {
            action: 'alert.unsubscribe',
            entityType: 'alert_subscription',
            entityId: gone.id,
            before: row && { subject: subjectPath(repo.subjectOf(row)), confirmed: row.confirmed_at !== null },
          })
        return Boolean(gone)
      })
    },

    /**
     * The scheduled job's pass: each confirmed subscription not yet sent a digest today gets one if
     * anything new matches it; addresses never confirmed are forgotten. Several instances may run
     * it at once: an advisory lock lets one pass through at a time. Returns how many digests were queued.
     */
    async queueDigests(today: string): Promise<number> {
      const council = await councilName()
      return db.transaction().execute(async trx => {
        const { rows } = await sql<{
          locked: boolean
        }>`select pg_try_advisory_xact_lock(${DIGEST_LOCK}) as locked`.execute(trx)
        if (!rows[0]?.locked) return 0
        await trx
          .deleteFrom('alert_subscription')
          .where('confirmed_at', 'is', null)
          .where('created_at', '<', sql<Date>`now() - make_interval(days => ${UNCONFIRMED_KEPT_DAYS})`)
          .execute()
        const upTo = await repo.newestEntryId(trx)
        const due = await trx
          .selectFrom('alert_subscription as s')
          .leftJoin('committee as c', 'c.id', 's.committee_id')
          .selectAll('s')
          .select(['c.name as committee_name', 'c.slug as committee_slug'])
          .where('s.confirmed_at', 'is not', null)
          .where(eb => eb.or([eb('s.last_digest_on', 'is', null), eb('s.last_digest_on', '<', today)]))
          .orderBy('s.id')
          .execute()
        let queued = 0
        for (const subscription of due) {
          if (await queueDigest(trx, subscription, council, today, upTo)) queued++
        }
        return queued
      })
    },
  }

  async function queueDigest(
    trx: Kysely<Database>,
    subscription: { id: number; email: string; token: string; seen_up_to: string } & Parameters<
      typeof repo.subjectOf
    >[0],
    council: string,
    today: string,
    upTo: string,
  ): Promise<boolean> {
    const subject = repo.subjectOf(subscription)
    const matches = await repo.unsentMatches(trx, subscription.id, subject, subscription.seen_up_to, upTo)
    await trx
      .updateTable('alert_subscription')
      .set({ seen_up_to: upTo, last_digest_on: today })
      .where('id', '=', subscription.id)
      .execute()
    if (!matches.length) return false
    await trx
      .insertInto('alert_sent')
      .values(matches.map(m => ({ subscription_id: subscription.id, item_key: m.item_key, sent_on: today })))
      .execute()
    const items = matches.slice(0, DIGEST_ITEMS).map(m => ({
      title: m.title,
      what: entryTypeLabel(m.entry_type),
      committee: m.committee_name,
      date: m.entry_date ? formatDate(m.entry_date) : null,
      url: `${site}${resultLink(m)}`,
    }))
    const links = {
      all: `${site}${subjectPath(subject)}`,
      unsubscribe: `${site}/alerts/unsubscribe/${subscription.token}`,
    }
    await queueMail(
      trx,
      digestMessage(subscription.email, council, subject, items, matches.length - items.length, links),
    )
    return true
  }
}

async function renewToken(trx: Kysely<Database>, id: number, token: string): Promise<number> {
  await trx
    .updateTable('alert_subscription')
    .set({ token, confirmation_sent_at: new Date() })
    .where('id', '=', id)
    .execute()
  return id
}

async function insertPending(trx: Kysely<Database>, email: string, subject: AlertSubject, token: string) {
  const row = await trx
    .insertInto('alert_subscription')
    .values({
      email,
      committee_id: subject.committee?.id ?? null,
      search_words: subject.words,
      search_type: subject.type,
      token,
    })
    .onConflict(oc => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  return row?.id
}

function recentlyAsked(sentAt: Date): boolean {
  return Date.now() - sentAt.getTime() < CONFIRMATION_RESEND_MINUTES * 60_000
}

export type AlertsService = ReturnType<typeof createAlertsService>
