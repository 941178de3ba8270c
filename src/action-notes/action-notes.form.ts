import type { FormErrors } from '../web/forms.ts'

/** Attendance a scrutiny officer records for each member on the day. */
export const MEMBER_ATTENDANCE = ['present', 'apologies', 'absent'] as const
export type MemberAttendance = (typeof MEMBER_ATTENDANCE)[number]

export const LIMITS = {
  notes: 20_000,
  resolution: 5_000,
  resolutions: 30,
  action: 2_000,
  owner: 200,
  alsoPresent: 5_000,
}

export interface NotesFormContext {
  members: Array<{ personId: number; name: string }>
  items: Array<{ id: number; label: string }>
}

export interface ActionArising {
  description: string
  owner: string | null
  dueOn: string | null
}

export interface NotesForm {
  attendance: Array<{ personId: number; kind: MemberAttendance }>
  alsoPresent: string[]
  items: Array<{ agendaItemId: number; notes: string; resolutions: string[]; action: ActionArising | null }>
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FormErrors }

/** A form field as one string: absent fields are empty and repeated ones count once. */
export function field(body: unknown, name: string): string {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.replace(/\r\n?/g, '\n') : ''
}

/** Paragraphs separated by blank lines: one resolution each. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(p => p.trim())
    .filter(p => p !== '')
}

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '')

/**
 * A date from GOV.UK's day / month / year fields: null when all are empty, 'invalid' when they
 * do not make a real date between 2000 and 2099.
 */
export function dateFromParts(day: string, month: string, year: string): string | null | 'invalid' {
  const parts = [day, month, year].map(p => p.trim())
  if (parts.every(p => p === '')) return null
  if (!parts.every(p => /^\d{1,4}$/.test(p))) return 'invalid'
  const [d, m, y] = parts.map(Number) as [number, number, number]
  if (y < 2000 || y > 2099) return 'invalid'
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid'
  return date.toISOString().slice(0, 10)
}

class Collector {
  readonly list: FormErrors = { errors: [], fieldErrors: {} }
  add(id: string, text: string, href = `#${id}`) {
    if (this.list.fieldErrors[id]) return
    this.list.fieldErrors[id] = text
    this.list.errors.push({ text, href })
  }
}

/** Reads and checks the action notes form against the meeting's members and agenda items. */
export function parseNotesForm(body: unknown, context: NotesFormContext): Parsed<NotesForm> {
  const errors = new Collector()
  const attendance = context.members.map(({ personId, name }) => {
    const kind = field(body, `attendance-${personId}`) as MemberAttendance
    if (!MEMBER_ATTENDANCE.includes(kind))
      errors.add(`attendance-${personId}`, `Select whether ${name} was present, sent apologies or was absent`)
    return { personId, kind }
  })
  const alsoPresentText = field(body, 'also-present')
  if (alsoPresentText.length > LIMITS.alsoPresent)
    errors.add('also-present', `Also present must be ${LIMITS.alsoPresent} characters or fewer`)
  const items = context.items.map(item => parseItem(body, item, errors))
  if (errors.list.errors.length) return { ok: false, errors: errors.list }
  return { ok: true, value: { attendance, alsoPresent: lines(alsoPresentText), items } }
}

function parseItem(body: unknown, item: { id: number; label: string }, errors: Collector) {
  const notes = field(body, `notes-${item.id}`).trim()
  if (notes.length > LIMITS.notes)
    errors.add(`notes-${item.id}`, `Notes on ${item.label} must be ${LIMITS.notes} characters or fewer`)
  const resolutions = paragraphs(field(body, `resolutions-${item.id}`))
  if (resolutions.length > LIMITS.resolutions)
    errors.add(`resolutions-${item.id}`, `Record at most ${LIMITS.resolutions} resolutions on ${item.label}`)
  if (resolutions.some(r => r.length > LIMITS.resolution))
    errors.add(
      `resolutions-${item.id}`,
      `Each resolution on ${item.label} must be ${LIMITS.resolution} characters or fewer`,
    )
  return { agendaItemId: item.id, notes, resolutions, action: parseAction(body, item, errors) }
}

function parseAction(body: unknown, item: { id: number; label: string }, errors: Collector): ActionArising | null {
  const description = field(body, `action-${item.id}`).trim()
  const owner = field(body, `action-owner-${item.id}`).trim()
  const due = `action-due-${item.id}`
  const dueOn = dateFromParts(field(body, `${due}-day`), field(body, `${due}-month`), field(body, `${due}-year`))
  if (dueOn === 'invalid') errors.add(due, `Due date of the action on ${item.label} must be a real date`, `#${due}-day`)
  if (description === '' && (owner !== '' || dueOn !== null))
    errors.add(`action-${item.id}`, `Enter the action arising from ${item.label}`)
  if (description.length > LIMITS.action)
    errors.add(`action-${item.id}`, `The action must be ${LIMITS.action} characters or fewer`)
  if (owner.length > LIMITS.owner)
    errors.add(`action-owner-${item.id}`, `Who will do it must be ${LIMITS.owner} characters or fewer`)
  if (description === '' || dueOn === 'invalid') return null
  return { description, owner: owner || null, dueOn }
}
