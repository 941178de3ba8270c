/**
 * Which documents the system writes for an agenda (rather than an officer attaching them), and
 * under which agenda item each goes. Pure: the packs service reads the agenda and the tracking
 * rounds, asks this where things go, then generates and stores the PDFs.
 */

export type GeneratedKind = 'action_tracker' | 'work_programme' | 'tracking_report'

export const GENERATED_KINDS: readonly GeneratedKind[] = ['action_tracker', 'work_programme', 'tracking_report']

export interface PlacementItem {
  id: number
  title: string
  standingKind: string | null
  isExempt: boolean
}

/** A tracking round scheduled for the meeting, with the title of the inquiry it tracks. */
export interface PlacementRound {
  id: number
  inquiryTitle: string
}

export type GeneratedSource =
  { kind: 'action_tracker' } | { kind: 'work_programme' } | { kind: 'tracking_report'; roundId: number }

export interface GeneratedPlacement {
  itemId: number
  /** The document's title; with the kind, it identifies the document from one build to the next. */
  title: string
  source: GeneratedSource
}

/** Lower case, curly quotes and dashes made plain, runs of space collapsed: titles are typed by hand. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Where a tracking report goes: the first agenda item whose title names the inquiry; failing
 * that, the first whose title mentions tracking; failing that, the work programme item (whose
 * document lists the outstanding tracking). Exempt items are passed over: a tracking report is
 * public and must not disappear behind an exempt notice. Null when the agenda has none of these.
 */
export function trackingItemFor(items: readonly PlacementItem[], inquiryTitle: string): number | null {
  const open = items.filter(i => !i.isExempt)
  const inquiry = normalise(inquiryTitle)
  const named = inquiry === '' ? undefined : open.find(i => normalise(i.title).includes(inquiry))
  const tracking = open.find(i => /\btracking\b/.test(normalise(i.title)))
  const programme = open.find(i => i.standingKind === 'work_programme')
  return (named ?? tracking ?? programme)?.id ?? null
}

/**
 * Every generated document of an agenda: the action tracker under each action tracker item, the
 * work programme under each work programme item, and each tracking round's report under the item
 * `trackingItemFor` picks (a round with nowhere to go is left out of the pack).
 */
export function placeGeneratedDocuments(
  items: readonly PlacementItem[],
  rounds: readonly PlacementRound[],
): GeneratedPlacement[] {
  const placements: GeneratedPlacement[] = []
  for (const item of items) {
    if (item.standingKind === 'action_tracker')
      placements.push({ itemId: item.id, title: 'Action tracker', source: { kind: 'action_tracker' } })
    if (item.standingKind === 'work_programme')
      placements.push({ itemId: item.id, title: 'Work programme', source: { kind: 'work_programme' } })
  }
  for (const round of rounds) {
    const itemId = trackingItemFor(items, round.inquiryTitle)
    if (itemId === null) continue
    placements.push({
      itemId,
      title: `Tracking report: ${round.inquiryTitle}`,
      source: { kind: 'tracking_report', roundId: round.id },
    })
  }
  return placements
}
