import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { Message } from '../mail/mailer.ts'
import { MAX_QUERY_LENGTH } from '../search/search-query.ts'
import { isSearchType, SEARCH_TYPES } from '../search/search-types.ts'

/** What a subscription follows: a committee, or a saved search (words, optionally narrowed). */
export interface AlertSubject {
  committee: { id: number; name: string; slug: string } | null
  words: string | null
  type: string | null
}

/** The secret of the confirm and unsubscribe links: 32 random bytes, URL-safe. */
export function newAlertToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Tokens as made by newAlertToken; anything else is not looked up at all. */
export const ALERT_TOKEN = /^[A-Za-z0-9_-]{43}$/

/** How long before the same address may be sent another confirmation for the same subject. */
export const CONFIRMATION_RESEND_MINUTES = 10
/** Addresses never confirmed are forgotten after this long. */
export const UNCONFIRMED_KEPT_DAYS = 7
/** Items listed in one digest; the rest are counted and linked. */
export const DIGEST_ITEMS = 50

/** The subscription form: an email address, and what to follow (as the hidden fields carry it). */
export const subscribeForm = z.object({
  email: z
    .string({ required_error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Enter an email address of 254 characters or fewer')
    .email('Enter an email address in the correct format, like name@example.com'),
  committee: z.string().trim().max(200).optional().default(''),
  q: z
    .string()
    .trim()
    .max(MAX_QUERY_LENGTH, `Search for ${MAX_QUERY_LENGTH} characters or fewer`)
    .optional()
    .default(''),
  type: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine(type => !type || isSearchType(type), 'Choose a type from the list'),
})
export type SubscribeForm = z.infer<typeof subscribeForm>

/** What a subscription follows, in words, e.g. `new matches for “school exclusions” in reports`. */
export function describeSubject(subject: AlertSubject): string {
  if (!subject.words) return `what is published for the ${subject.committee?.name ?? 'committee'}`
  const type = subject.type && isSearchType(subject.type) ? SEARCH_TYPES[subject.type].label.toLowerCase() : null
  // Words that carry their own quotes (a "phrase") are not quoted again.
  const words = subject.words.includes('"') ? subject.words : `“${subject.words}”`
  const parts = [`new matches for ${words}`]
  if (type) parts.push(`in ${type}`)
  if (subject.committee) parts.push(`of the ${subject.committee.name}`)
  return parts.join(' ')
}

/** The page that shows everything a subscription follows (the committee page, or the search). */
export function subjectPath(subject: AlertSubject): string {
  if (!subject.words) return `/committees/${subject.committee?.slug ?? ''}`
  const query = new URLSearchParams({ q: subject.words, sort: 'newest' })
  if (subject.committee) query.set('committee', subject.committee.slug)
  if (subject.type) query.set('type', subject.type)
  return `/search?${query.toString()}`
}

/** The headers that let a mail client offer one-click unsubscribe (RFC 2369 and RFC 8058). */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

export function confirmationMessage(
  to: string,
  councilName: string,
  subject: AlertSubject,
  links: { confirm: string },
): Message {
  return {
    to,
    subject: `Confirm your email alerts from ${councilName}`,
    text: [
      `Someone (we hope you) asked for a daily email from ${councilName} about ${describeSubject(subject)}.`,
      '',
      'To start getting them, confirm your address:',
      links.confirm,
      '',
      `If it was not you, ignore this email: nothing will be sent, and we will forget this address in ${UNCONFIRMED_KEPT_DAYS} days.`,
    ].join('\n'),
  }
}

export function alreadySubscribedMessage(to: string, councilName: string, subject: AlertSubject): Message {
  return {
    to,
    subject: `You already get these email alerts from ${councilName}`,
    text: [
      `You asked for email alerts about ${describeSubject(subject)}, and this address already gets them.`,
      '',
      'Each alert email has a link to unsubscribe at the bottom.',
    ].join('\n'),
  }
}

export interface DigestItem {
  title: string
  what: string
  committee: string | null
  date: string | null
  url: string
}

export function digestMessage(
  to: string,
  councilName: string,
  subject: AlertSubject,
  items: DigestItem[],
  more: number,
  links: { all: string; unsubscribe: string },
): Message {
  const lines = items.flatMap(item => [
    `- ${item.title}`,
    `  ${[item.what, item.committee, item.date].filter(Boolean).join(', ')}`,
    `  ${item.url}`,
  ])
  const count = items.length + more
  return {
    to,
    subject: `${count} new from ${councilName}: ${describeSubject(subject)}`,
    text: [
      `Newly published by ${councilName}, ${describeSubject(subject)}:`,
      '',
      ...lines,
      ...(more ? ['', `And ${more} more: ${links.all}`] : []),
      '',
      '--',
      `You get this email once a day when there is something new, because you asked for alerts about ${describeSubject(subject)}.`,
      `Unsubscribe with one click: ${links.unsubscribe}`,
    ].join('\n'),
    headers: unsubscribeHeaders(links.unsubscribe),
  }
}
