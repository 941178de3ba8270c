import type { PackVariant } from './pack-layout.ts'

/** What a pack is built from: the meeting as its front sheet prints it, and each item's papers. */
export interface PackMeeting {
  councilName: string
  committeeName: string
  /** YYYY-MM-DD */
  date: string
  /** HH:MM[:SS], local time */
  startTime: string | null
  venue: string | null
  webcastUrl: string | null
  /** Members on the meeting date, in the order printed (chair first). */
  members: ReadonlyArray<{ name: string; role: string }>
  items: readonly PackItem[]
}

export interface PackItem {
  id: number
  number: string
  title: string
  description: string | null
  timeFrom: string | null
  timeTo: string | null
  attendees: string | null
  exemptParagraph: number | null
  documents: readonly PackDocument[]
}

export interface PackDocument {
  id: number
  title: string
  exemptParagraph: number | null
  /** The document's PDF, read lazily so the caller decides where bytes come from. */
  bytes: () => Promise<Uint8Array>
}

/** The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972, as notices quote them. */
export const EXEMPT_PARAGRAPHS: Record<number, string> = {
  1: 'Information relating to any individual.',
  2: 'Information which is likely to reveal the identity of an individual.',
  3: 'Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
  4: 'Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter arising between the authority or a Minister of the Crown and employees of, or office holders under, the authority.',
  5: 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.',
  6: 'Information which reveals that the authority proposes to give under any enactment a notice by virtue of which requirements are imposed on a person, or to make an order or direction under any enactment.',
  7: 'Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime.',
}

/** A document is withheld from the public pack when it, or the item it belongs to, is exempt. */
export function exemptParagraphOf(item: PackItem, doc: PackDocument): number | null {
  return doc.exemptParagraph ?? item.exemptParagraph
}

export const isWithheld = (item: PackItem, doc: PackDocument, variant: PackVariant): boolean =>
  variant === 'public' && exemptParagraphOf(item, doc) !== null
