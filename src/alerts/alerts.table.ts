import type { Generated } from 'kysely'

export interface AlertSubscriptionTable {
  id: Generated<number>
  email: string
  committee_id: number | null
  search_words: string | null
  search_type: string | null
  token: string
  created_at: Generated<Date>
  confirmation_sent_at: Generated<Date>
  confirmed_at: Date | null
  seen_up_to: Generated<string>
  last_digest_on: string | null
}

export interface AlertSentTable {
  subscription_id: number
  item_key: string
  sent_on: string
}
