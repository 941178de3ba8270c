import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { parseForwardPlan, parseOutstandingTracking } from './forward-plan.ts'
import { splitPages } from './pages.ts'
import type { ParseWarning } from './types.ts'

const pagesOf = (name: string) =>
  splitPages(readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8'))

describe('parseForwardPlan', () => {
  const cases: [string, [string, string, string | null][]][] = [
    [
      'pack-2016-04-20-education-vulnerable-children.txt',
      [
        ['000232/2015', 'School Organisation Issues', '2016-03-03'],
        ['000732/2015', 'Provision of Additional Places at Harborne', '2016-04-19'],
        ['000949/2015', 'Provision of Permanent Accommodation', '2016-04-19'],
        ['001294/2016', 'Changes to the Full-Time (30 hours)', '2016-04-19'],
        ['001644/2016', 'Early Years Review & Consultation', '2016-05-17'],
        ['000661/2015', 'Cityserve - Alternative Delivery Model', '2016-05-17'],
      ],
    ],
    [
      'pack-2016-07-20-schools-children-families.txt',
      [
        ['000232/2015', 'School Organisation Issues', '2016-03-03'],
        ['000661/2015', 'Cityserve - Alternative Delivery Model - (Public)', '2016-06-28'],
        ['000732/2015', 'Provision of Additional Places at Harborne', '2016-06-29'],
        ['001644/2016', 'Early Years Review & Consultation', '2016-06-28'],
        ['001893/2016', 'Schools Private Finance Initiative', '2016-06-29'],
        ['002076/2016', "Voluntary Children's Trust", '2016-07-26'],
      ],
    ],
    [
      'pack-2023-05-17-education-childrens-social-care.txt',
      [
        ['010978/2023', 'Response to Independent Review', '2023-05-16'],
        ['011355/2023', 'Schools Capital Programme', '2023-05-16'],
      ],
    ],
  ]
  for (const [name, expected] of cases) {
    it(`reads every decision in ${name}`, () => {
      const warnings: ParseWarning[] = []
      const got = parseForwardPlan(pagesOf(name), warnings)
      assert.equal(got.length, expected.length, got.map(g => g.reference).join(' '))
      expected.forEach(([reference, title, date], i) => {
        assert.equal(got[i]?.reference, reference)
        assert.ok(got[i]?.title.startsWith(title), got[i]?.title)
        assert.equal(got[i]?.decision_date, date)
      })
      assert.deepEqual(warnings, [])
    })
  }
})

describe('parseOutstandingTracking', () => {
  it('reads the outstanding tracking tables', () => {
    const april = parseOutstandingTracking(pagesOf('pack-2016-04-20-education-vulnerable-children.txt'), [])
    assert.deepEqual(
      april.map(r => r.inquiry.slice(0, 30)),
      ['Strengthening the Birmingham F', 'We need to get it right: A hea', 'Work Experience for School Age'],
    )
    const july = parseOutstandingTracking(pagesOf('pack-2016-07-20-schools-children-families.txt'), [])
    assert.deepEqual(
      july.map(r => [r.inquiry.slice(0, 20), r.recommendations.slice(0, 2), r.tracking]),
      [
        ['We need to get it ri', 'R6', 'Last Tracked: 20 April 2016'],
        ['Children Missing fro', 'R2', 'Update received: 20 April 2016'],
      ],
    )
  })
})
