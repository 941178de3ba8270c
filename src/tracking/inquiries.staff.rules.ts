// Pure rules for editing inquiries: recommendation numbers and what an uploaded evidence file must be.

/**
 * The next recommendation number of an inquiry: R01, R02 … after the highest number already used.
 *
 * ```ts
 * nextRecommendationNumber([]) // 'R01'
 * nextRecommendationNumber(['R01', 'R02', 'R10']) // 'R11'
 * nextRecommendationNumber(['1a', 'R03']) // 'R04'
 * ```
 */
export function nextRecommendationNumber(existing: readonly string[]): string {
  const highest = Math.max(0, ...existing.map(n => Number(/^R(\d+)$/i.exec(n.trim())?.[1] ?? 0)))
  return `R${String(highest + 1).padStart(2, '0')}`
}

/** The largest written evidence or report file accepted (the app's upload limit is larger, for agenda packs). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

/** Whether bytes look like a PDF: the type is sniffed from the content, never taken from the file name. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk (PDF 1.7, 7.5.2 allows readers to search the first 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  return head.includes('%PDF-')
}
