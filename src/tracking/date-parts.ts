/**
 * A GOV.UK date input's three fields (`<name>-day`, `-month`, `-year`) as one YYYY-MM-DD string for the
 * validators: '' when all are blank, and a string that is not a real date (so it is reported as such) when
 * any part is not a number.
 *
 * ```ts
 * dateFromParts({ 'due-day': '3', 'due-month': '9', 'due-year': '2027' }, 'due') // '2027-09-03'
 * ```
 */
export function dateFromParts(body: Record<string, unknown>, name: string): string {
  const part = (suffix: string) => {
    const value = body[`${name}-${suffix}`]
    return typeof value === 'string' ? value.trim() : ''
  }
  const [day, month, year] = [part('day'), part('month'), part('year')]
  if (day === '' && month === '' && year === '') return ''
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid'
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** The three fields of a date input filled from a YYYY-MM-DD date (or left as the person typed them). */
export function partsOf(
  body: Record<string, unknown> | null,
  name: string,
  fallback: string | null,
): { day: string; month: string; year: string } {
  if (body) {
    const text = (suffix: string) => String(body[`${name}-${suffix}`] ?? '')
    return { day: text('day'), month: text('month'), year: text('year') }
  }
  const [year = '', month = '', day = ''] = (fallback ?? '').split('-')
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year }
}
