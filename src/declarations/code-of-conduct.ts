import type { InterestKind } from './declarations.table.ts'

export type CodeOfConduct = 'localism_2012' | 'model_code_2020'

/**
 * The day the council's current code (the LGA Model Councillor Code of Conduct 2020) took
 * effect. Before it, the Localism Act 2011 code of 2012 spoke only of pecuniary and
 * non-pecuniary interests (the 2016 packs); councils adopted the model code during 2021.
 */
export const MODEL_CODE_ADOPTED_ON = '2021-05-01'

const KINDS: Record<CodeOfConduct, readonly InterestKind[]> = {
  localism_2012: ['pecuniary', 'non_pecuniary'],
  model_code_2020: ['disclosable_pecuniary', 'other_registerable', 'non_registerable', 'sensitive'],
}

export const INTEREST_KIND_LABELS: Record<InterestKind, string> = {
  disclosable_pecuniary: 'Disclosable pecuniary interest',
  other_registerable: 'Other registerable interest',
  non_registerable: 'Non-registerable interest',
  sensitive: 'Sensitive interest',
  pecuniary: 'Pecuniary interest',
  non_pecuniary: 'Non-pecuniary interest',
}

export const INTEREST_KIND_HINTS: Partial<Record<InterestKind, string>> = {
  disclosable_pecuniary: 'The member may not take part in the item',
  other_registerable: 'The member may speak only where the public may, then leave',
  sensitive: 'Its nature is not recorded or published',
}

/** Which code of conduct governed a meeting on this date (YYYY-MM-DD). */
export function codeInForce(meetingDate: string, adoptedOn: string = MODEL_CODE_ADOPTED_ON): CodeOfConduct {
  return meetingDate < adoptedOn ? 'localism_2012' : 'model_code_2020'
}

/** The kinds of interest a member could declare at a meeting on this date. */
export function interestKindsOn(meetingDate: string, adoptedOn?: string): readonly InterestKind[] {
  return KINDS[codeInForce(meetingDate, adoptedOn)]
}

/** A sensitive interest is declared without its nature (Localism Act 2011, s.32). */
export const natureWithheld = (kind: InterestKind): boolean => kind === 'sensitive'
