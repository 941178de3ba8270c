/**
 * What the search page's "type" filter offers, each choice covering one or more kinds of
 * search entry (a document's kind, or the kind of record for everything else).
 */
export const SEARCH_TYPES = {
  agenda_item: { label: 'Agenda items', entryTypes: ['agenda_item'] },
  report: {
    label: 'Reports and appendices',
    entryTypes: ['report', 'appendix', 'supplement', 'tracking_report', 'inquiry_report', 'other'],
  },
  agenda_pack: { label: 'Agenda packs', entryTypes: ['agenda_pack'] },
  decision: { label: 'Decisions', entryTypes: ['resolution'] },
  action_notes: { label: 'Action notes', entryTypes: ['action_notes', 'item_note'] },
  action: { label: 'Actions', entryTypes: ['action', 'action_tracker'] },
  recommendation: { label: 'Recommendations and evidence', entryTypes: ['recommendation', 'evidence'] },
  work_programme: { label: 'Work programmes', entryTypes: ['work_programme'] },
} as const satisfies Record<string, { label: string; entryTypes: readonly string[] }>

export type SearchType = keyof typeof SEARCH_TYPES

export const isSearchType = (value: string): value is SearchType => Object.hasOwn(SEARCH_TYPES, value)

/** The type filter's choices for govukSelect, `selected` chosen; the search and alert forms share it. */
export function searchTypeItems(selected: string | null | undefined) {
  return [
    { value: '', text: 'Everything' },
    ...Object.entries(SEARCH_TYPES).map(([value, type]) => ({ value, text: type.label, selected: value === selected })),
  ]
}

const ENTRY_LABELS: Record<string, string> = {
  agenda_item: 'Agenda item',
  report: 'Report',
  appendix: 'Appendix',
  supplement: 'Supplement',
  tracking_report: 'Tracking report',
  inquiry_report: 'Inquiry report',
  agenda_pack: 'Agenda pack',
  resolution: 'Decision',
  action_notes: 'Action notes',
  item_note: 'Action notes',
  action: 'Action',
  action_tracker: 'Action tracker',
  recommendation: 'Recommendation',
  evidence: 'Evidence',
  work_programme: 'Work programme',
}

/** How a result names what it is ("Report", "Decision"). */
export const entryTypeLabel = (entryType: string): string => ENTRY_LABELS[entryType] ?? 'Document'
