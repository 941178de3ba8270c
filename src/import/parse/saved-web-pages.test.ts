import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withoutSavedWebPages } from './saved-web-pages.ts'

const webPage = [
  '   [1]Skip to main content',
  '   [2]Home > [3]Committees > Overview and Scrutiny Panel > Agenda',
  'AGENDA',
  '======',
  '   Overview and Scrutiny Panel - Thursday, 18th November, 2021 6.30 pm',
  '   3.   Minutes of the Previous Meeting (Pages 1 - 8)',
  '        Documents:',
  '          * [4]Minutes 16092021 Overview and Scrutiny Panel PDF 231 KB',
  'References',
  '',
  '   1. https://democracy.example.gov.uk/',
  '   2. https://democracy.example.gov.uk/mgListCommittees.aspx?bcr=1',
  '   3. https://democracy.example.gov.uk/mgCommitteeDetails.aspx?ID=212',
  '   4. https://democracy.example.gov.uk/documents/s18764/Minutes.pdf',
  '',
]
const pack = [
  'Public Document Pack',
  'To: Members of the Overview and Scrutiny Panel',
  ...Array(60).fill('Text of the pack.'),
]

describe('a pack saved from the council website by a text browser', () => {
  it('is read from its documents: the web pages before them, with their link references, go', () => {
    assert.equal(withoutSavedWebPages([...webPage, ...pack].join('\n')), pack.join('\n'))
  })

  it("keeps a report's own references, and a web page with no documents after it", () => {
    const report = [
      ...pack,
      'References',
      '   1. https://www.gov.uk/guidance/one',
      '   2. https://www.gov.uk/guidance/two',
      '   3. https://www.gov.uk/guidance/three',
      ...pack,
    ].join('\n')
    assert.equal(withoutSavedWebPages(report), report)
    const alone = webPage.join('\n')
    assert.equal(withoutSavedWebPages(alone), alone)
  })
})
