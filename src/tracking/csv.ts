/**
 * One CSV field as RFC 4180 writes it, made safe for spreadsheets: a cell starting with = + - @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula) gets a leading apostrophe, so it
 * is shown as text and never run as a formula (OWASP "CSV injection").
 *
 * ```ts
 * csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * csvField('plain') // 'plain'
 * ```
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: a header row then the rows, CRLF line endings as RFC 4180 says. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
): string {
  return [header, ...rows].map(row => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
