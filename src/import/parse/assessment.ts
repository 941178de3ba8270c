/**
 * The recommendation tracking scale (DESIGN.md): a code 1-6 printed as "2 - Achieved (Late)",
 * "2- Achieved (Late). Work will be ongoing." or only by its category name.
 */

const CATEGORIES: [RegExp, number][] = [
  [/insufficient\s+progress/i, 5],
  [/obstacle/i, 4],
  [/progress\s+made/i, 3],
  [/\bin\s+progress\b/i, 6],
  [/achieved\s*\(?\s*late/i, 2],
  [/achieved\s*\(?\s*fully|fully\s+achieved/i, 1],
]

/** The assessment code stated in `text`, or null when it states none. */
export function assessmentCode(text: string): number | null {
  const lead = /^\s*(?:category\s*)?([1-6])(?![\d/.,%]|\s*(?:st|nd|rd|th|am|pm)\b|\s+[a-z]{3,}\s+\d{4})/i.exec(text)
  if (lead) return Number(lead[1])
  for (const [pattern, code] of CATEGORIES) if (pattern.test(text)) return code
  return null
}
