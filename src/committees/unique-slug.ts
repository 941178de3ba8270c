import { slugify } from '../shared/slug.ts'

// Slugs that staff URLs use for pages of their own (/staff/committees/new, /staff/people/new).
const RESERVED = new Set(['new', 'edit'])

/**
 * A slug for a new record that no existing one has: the name's slug, or that with -2, -3 … after it.
 *
 * ```ts
 * uniqueSlug('Priya Shah', new Set(['priya-shah'])) // 'priya-shah-2'
 * ```
 */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name)
  const free = (slug: string) => !taken.has(slug) && !RESERVED.has(slug)
  if (free(base)) return base
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`
}
