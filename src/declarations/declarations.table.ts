import type { Generated } from 'kysely'

export type InterestKind =
  'disclosable_pecuniary' | 'other_registerable' | 'non_registerable' | 'sensitive' | 'pecuniary' | 'non_pecuniary'

export interface DeclarationTable {
  id: Generated<number>
  meeting_id: number
  agenda_item_id: number | null
  person_id: number
  interest_kind: InterestKind
  nature: string | null
  participation: 'took_part' | 'spoke_only' | 'withdrew' | 'dispensation' | null
  created_at: Generated<Date>
}
