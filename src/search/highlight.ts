/** ts_headline wraps each hit in these (private-use characters, stripped from indexed text). */
export const HIT_START = '\uE000'
export const HIT_END = '\uE001'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * A snippet as safe HTML: the text escaped first, then the hit markers turned into `<mark>`, so
 * nothing in a document's text can become markup. Unpaired markers are dropped.
 *
 * ```ts
 * highlightSnippet('a \uE000<b>\uE001 c') // 'a <mark>&lt;b&gt;</mark> c'
 * ```
 */
export function highlightSnippet(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, char => ESCAPES[char] ?? char)
  return escaped
    .replace(/\uE000([^\uE000\uE001]*)\uE001/g, '<mark class="app-search-hit">$1</mark>')
    .replace(/[\uE000\uE001]/g, '')
}
