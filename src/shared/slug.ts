/**
 * A URL-safe slug of a name.
 *
 * ```ts
 * slugify("Education and Children's Social Care O&S Committee") // 'education-and-childrens-social-care-o-s-committee'
 * ```
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'untitled'
  )
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/**
 * Title case for names printed in capitals on a front sheet; leaves mixed-case text alone.
 *
 * ```ts
 * titleCase('SCHOOLS, CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE')
 * // 'Schools, Children and Families Overview and Scrutiny Committee'
 * ```
 */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalise(word)))
    .join('')
}

function capitalise(word: string): string {
  if (/^o&s$/.test(word)) return 'O&S'
  return word.replace(/^(['‘"(]?)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase())
}
