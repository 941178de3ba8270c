/**
 * A pack saved from the council's website as a text browser writes it (`lynx -dump`, `w3m -dump`):
 * the meeting's web pages first (menus, "[12]" link marks, the agenda again with no page numbers),
 * each closed by a "References" list of its link addresses, then the documents' own text, which is
 * the pack. The web pages go, so the front sheet and the agenda are read from the documents.
 */

// "  12. https://democracy.example.gov.uk/…", a reference a line: its number, then its address alone.
const LINK_REFERENCE = /^\s*\d{1,4}\.\s+(?:https?:|mailto:|ftp:|file:)\S*\s*$/
// "[14]Add to my calendar": a text browser's mark for a link, right before its words.
const LINK_MARK = /\[\d{1,4}\](?=\S)/g
// What must be left after the web pages for it to be a pack: a page's worth of lines at least.
const MIN_DOCUMENT_LINES = 50

export function withoutSavedWebPages(text: string): string {
  if (!text.includes('References')) return text
  const lines = text.split('\n')
  let cut = -1
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*References\s*$/.test(lines[i] ?? '')) continue
    const end = referencesEnd(lines, i + 1)
    // Its page marked its links as many as the list numbers (a report's own references name their sources).
    const listed = lines.slice(i + 1, end).filter(l => LINK_REFERENCE.test(l)).length
    const marked = lines.slice(Math.max(cut, 0), i).join('\n').match(LINK_MARK)?.length ?? 0
    if (listed >= 3 && marked * 2 >= listed) cut = end
  }
  if (cut < 0) return text
  const rest = lines.slice(cut)
  return rest.filter(l => l.trim() !== '').length >= MIN_DOCUMENT_LINES ? rest.join('\n') : text
}

/** The line after a references list starting at `from`: its addresses and the blank lines among them. */
function referencesEnd(lines: string[], from: number): number {
  let end = from
  while (end < lines.length && ((lines[end] ?? '').trim() === '' || LINK_REFERENCE.test(lines[end] ?? ''))) end++
  return end
}
