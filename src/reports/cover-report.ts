import { z } from 'zod'
import { isRealDate } from '../web/form-fields.ts'

const text = (label: string, max = 5000) =>
  z
    .string({ invalid_type_error: `Enter ${label} as text` })
    .trim()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)
    .optional()
    .transform(v => (v ? v : null))

/** The council's report template, as a form: what the author fills in instead of a Word file. */
export const coverReportForm = z.object({
  reportDate: z
    .string({ required_error: 'Enter the date of the report' })
    .trim()
    .min(1, 'Enter the date of the report')
    .refine(isRealDate, 'The date of the report must be a real date'),
  subject: z
    .string({ required_error: 'Enter the subject' })
    .trim()
    .min(1, 'Enter the subject')
    .max(500, 'The subject must be 500 characters or fewer'),
  reportOf: z
    .string({ required_error: 'Enter who the report is of' })
    .trim()
    .min(1, 'Enter who the report is of, for example the director')
    .max(500, 'Report of must be 500 characters or fewer'),
  authorName: z
    .string({ required_error: 'Enter the author’s name' })
    .trim()
    .min(1, 'Enter the author’s name')
    .max(200, 'The author’s name must be 200 characters or fewer'),
  authorTitle: text('the author’s job title', 200),
  authorPhone: text('the author’s telephone number', 50).refine(
    v => v === null || /^[0-9 +()-]{6,}$/.test(v),
    'Enter a telephone number, like 0121 303 1234',
  ),
  authorEmail: text('the author’s email address', 200).refine(
    v => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    'Enter an email address in the correct format, like name@example.gov.uk',
  ),
  purpose: z
    .string({ required_error: 'Enter the purpose of the report' })
    .trim()
    .min(1, 'Enter the purpose of the report')
    .max(5000, 'The purpose must be 5000 characters or fewer'),
  recommendations: z
    .string({ required_error: 'Enter the recommendations' })
    .trim()
    .min(1, 'Enter the recommendations')
    .max(5000, 'The recommendations must be 5000 characters or fewer'),
  financeImplications: text('the finance implications'),
  legalImplications: text('the legal implications'),
  equalitiesImplications: text('the equalities implications'),
  appendices: text('the list of appendices', 2000),
})

export type CoverReport = z.infer<typeof coverReportForm>

export interface CoverSection {
  number: number
  heading: string
  /** Numbered paragraphs ("2.1 …"), one per paragraph the author wrote. */
  paragraphs: string[]
}

/**
 * The numbered sections of a report in the layout councils use: purpose, recommendations, the
 * three implications ("None" when left blank, as the template requires an answer), appendices.
 */
export function coverSections(report: CoverReport): CoverSection[] {
  const sections: Array<[string, string | null]> = [
    ['Purpose', report.purpose],
    ['Recommendations', report.recommendations],
    ['Any Finance Implications', report.financeImplications ?? 'None.'],
    ['Any Legal Implications', report.legalImplications ?? 'None.'],
    ['Any Equalities Implications', report.equalitiesImplications ?? 'None.'],
    ['Appendices', report.appendices ?? 'None.'],
  ]
  return sections.map(([heading, body], i) => ({
    number: i + 1,
    heading,
    paragraphs: paragraphsOf(body ?? '').map((p, j) => `${i + 1}.${j + 1} ${p}`),
  }))
}

/** Paragraphs are separated by blank lines or new lines; list markers typed by the author are dropped. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map(line => line.replace(/^\s*(?:[-*•]|\d+(?:\.\d+)*[.)]?)\s+/, '').trim())
    .filter(Boolean)
}

/** The report_cover row for a report. */
export const coverRow = (documentId: number, r: CoverReport) => ({
  document_id: documentId,
  report_date: r.reportDate,
  subject: r.subject,
  report_of: r.reportOf,
  author_name: r.authorName,
  author_title: r.authorTitle,
  author_phone: r.authorPhone,
  author_email: r.authorEmail,
  purpose: r.purpose,
  recommendations: r.recommendations,
  finance_implications: r.financeImplications,
  legal_implications: r.legalImplications,
  equalities_implications: r.equalitiesImplications,
  appendices: r.appendices,
})
