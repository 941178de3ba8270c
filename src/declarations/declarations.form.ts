import { field, type Parsed } from '../action-notes/action-notes.form.ts'
import type { FormErrors } from '../web/forms.ts'
import { natureWithheld } from './code-of-conduct.ts'
import type { InterestKind } from './declarations.table.ts'

export const NATURE_LIMIT = 1_000

export interface DeclarationForm {
  personId: number
  agendaItemId: number | null
  kind: InterestKind
  nature: string | null
  withdrew: boolean
}

export interface DeclarationFormContext {
  /** The kinds of interest the code in force at the meeting speaks of. */
  kinds: readonly InterestKind[]
  memberIds: number[]
  itemIds: number[]
}

/** Reads and checks a declaration against the members on the day, the agenda and the code in force. */
export function parseDeclarationForm(body: unknown, context: DeclarationFormContext): Parsed<DeclarationForm> {
  const errors: FormErrors = { errors: [], fieldErrors: {} }
  const fail = (id: string, text: string) => {
    errors.fieldErrors[id] = text
    errors.errors.push({ text, href: `#${id}` })
  }
  const personId = Number(field(body, 'person'))
  if (!context.memberIds.includes(personId)) fail('person', 'Select the member who declared the interest')
  const item = field(body, 'item')
  const agendaItemId = item === 'none' ? null : Number(item)
  if (agendaItemId !== null && !context.itemIds.includes(agendaItemId))
    fail('item', 'Select the agenda item the interest is in')
  const kind = field(body, 'kind') as InterestKind
  const { kinds } = context
  if (!kinds.includes(kind)) fail('kind', 'Select the kind of interest')
  const nature = field(body, 'nature').trim()
  if (kinds.includes(kind) && natureWithheld(kind) && nature !== '')
    fail('nature', 'Do not record the nature of a sensitive interest: leave it empty')
  else if (kinds.includes(kind) && !natureWithheld(kind) && nature === '')
    fail('nature', 'Enter the nature of the interest')
  else if (nature.length > NATURE_LIMIT) fail('nature', `The nature must be ${NATURE_LIMIT} characters or fewer`)
  const withdrew = field(body, 'withdrew')
  if (withdrew !== 'yes' && withdrew !== 'no') fail('withdrew', 'Select whether the member withdrew from the item')
  if (errors.errors.length) return { ok: false, errors }
  const value = { personId, agendaItemId, kind, withdrew: withdrew === 'yes' }
  return { ok: true, value: { ...value, nature: natureWithheld(kind) ? null : nature } }
}
