import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { extractPdfText } from '../import/pdf/extract.ts'
import { coverReportForm, coverSections } from './cover-report.ts'
import { coverReportPdf } from './cover-report-pdf.ts'

const filled = {
  reportDate: '2027-01-06',
  subject: 'Elective Home Education',
  reportOf: 'Director for Children and Families',
  authorName: 'Naomi Osei',
  authorTitle: 'Head of Service',
  authorPhone: '0121 303 1234',
  authorEmail: 'naomi.osei@northmoor.example',
  purpose: 'To update the committee on elective home education.',
  recommendations: '- That the committee notes the report.\n- That the committee agrees to track numbers.',
  financeImplications: '',
  legalImplications: 'The council has a duty under the Education Act 1996.',
  equalitiesImplications: '',
  appendices: 'Appendix 1: numbers by ward',
}

describe('cover reports', () => {
  test('sections are numbered, paragraphs too, and blank implications read "None."', () => {
    const report = coverReportForm.parse(filled)
    const sections = coverSections(report)
    assert.deepEqual(
      sections.map(s => `${s.number} ${s.heading}`),
      [
        '1 Purpose',
        '2 Recommendations',
        '3 Any Finance Implications',
        '4 Any Legal Implications',
        '5 Any Equalities Implications',
        '6 Appendices',
      ],
    )
    assert.deepEqual(sections[1]!.paragraphs, [
      '2.1 That the committee notes the report.',
      '2.2 That the committee agrees to track numbers.',
    ])
    assert.deepEqual(sections[2]!.paragraphs, ['3.1 None.'])
  })

  test('the form refuses what the template needs and bad contact details, with messages', () => {
    const result = coverReportForm.safeParse({
      ...filled,
      subject: ' ',
      authorEmail: 'not-an-email',
      reportDate: '2027-02-30',
    })
    assert.equal(result.success, false)
    const messages = result.error!.issues.map(i => i.message)
    assert.ok(messages.includes('Enter the subject'))
    assert.ok(messages.some(m => /email address in the correct format/.test(m)))
    assert.ok(messages.some(m => /real date/.test(m)))
  })

  test('renders to a PDF whose text reads back in the template’s order', async () => {
    const bytes = await coverReportPdf(coverReportForm.parse(filled), {
      councilName: 'Northmoor City Council',
      committeeName: 'Children and Education Overview and Scrutiny Committee',
    })
    const text = (await extractPdfText(bytes)).map(p => p.text).join('\n')
    const order = [
      'Northmoor City Council',
      'Subject: Elective Home Education',
      'Report of:',
      'Report author: Naomi Osei',
      '1 Purpose',
      '2.2 That the committee agrees',
      '3.1 None.',
      '4.1 The council has a duty',
      '6 Appendices',
    ]
    let at = -1
    for (const phrase of order) {
      const found = text.indexOf(phrase, at + 1)
      assert.ok(found > at, `"${phrase}" after position ${at} in:\n${text}`)
      at = found
    }
  })
})
