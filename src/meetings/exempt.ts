import type { CurrentUser } from '../web/access.ts'

/**
 * Who is entitled to exempt and confidential material (LGA 1972 Sch 12A): members of the council
 * and the officers who administer the committee. Report authors and the public are not.
 */
export function canSeeExempt(user: CurrentUser | null): boolean {
  return user !== null && (user.role === 'member' || user.role === 'scrutiny_officer' || user.role === 'admin')
}

export interface ExemptFlagged {
  is_exempt: boolean
  exempt_paragraph: number | null
}

/**
 * Replaces exempt records with a bare notice for people not entitled to them: the notice keeps
 * the paragraph number (which is public) but never the title or any text.
 */
export function redactExempt<T extends ExemptFlagged & { item_number?: string }>(
  items: T[],
  user: CurrentUser | null,
): Array<T | { redacted: true; exempt_paragraph: number | null; item_number?: string }> {
  if (canSeeExempt(user)) return items
  return items.map(item =>
    item.is_exempt ? { redacted: true, exempt_paragraph: item.exempt_paragraph, item_number: item.item_number } : item,
  )
}
