import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { parseActionTracker } from './action-tracker.ts'
import { splitPages } from './pages.ts'
import { parseRecommendations } from './recommendations.ts'
import type { PackPage, ParseWarning } from './types.ts'
import { parseWorkProgramme } from './work-programme.ts'

const seed = (name: string): string =>
  readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')

const SEEDS = [
  'pack-2016-04-20-education-vulnerable-children.txt',
  'pack-2016-07-20-schools-children-families.txt',
  'pack-2023-05-17-education-childrens-social-care.txt',
]

function runAll(pages: PackPage[]): void {
  const warnings: ParseWarning[] = []
  parseActionTracker(pages, warnings)
  parseRecommendations(pages, warnings)
  parseWorkProgramme(pages, warnings, '2023-05-17')
  for (const w of warnings) assert.equal(typeof w.message, 'string')
}

// Fragments that steer text into the table parsers' interesting states.
const FRAGMENTS = [
  'Date\tAgenda Item\tAction\tUpdate',
  'No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tTracking Assessment',
  'Item/ Topic\tType\tAims and Objectives\tLead Officer\tWitnesses',
  'Date / Location\tSession / Outcome\tOfficers / Attendees',
  '| Date | Item | Action | Update |',
  '|--|---|',
  'Date of Meeting: Wednesday 25th January at 1pm',
  'TO BE SCHEDULED:',
  '1. ',
  'R04\t',
  '\t\t',
  '20 Jul 2022\t',
  '31/02/2016',
  'Evidence of Progress',
  'Progress Report on Implementation: ',
  '<p>',
  '</ul>',
  'Outcomes:',
  'originally requested ',
  '(10.05 - 10.45)',
  'Page 3 of 9',
  '\n',
  '\t',
  '|',
]

const mangled = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 20 }),
      fc.string({ maxLength: 8, unit: 'grapheme' }),
    ),
    {
      maxLength: 60,
    },
  )
  .map(parts => parts.join(''))

describe('table parsers never throw', () => {
  it('on random and mangled text', () => {
    fc.assert(
      fc.property(mangled, fc.integer({ min: -5, max: 500 }), (text, number) => {
        runAll([{ number, text }])
      }),
      { numRuns: 300 },
    )
  })

  it('on seed packs cut, shuffled and stripped of tabs', () => {
    const lines = SEEDS.flatMap(name => seed(name).split('\n'))
    const slice = fc
      .tuple(fc.nat(lines.length), fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.boolean())
      .map(([start, length, dropTabs, reverse]) => {
        let part = lines.slice(start, start + length)
        if (reverse) part = [...part].reverse()
        const text = part.join('\n')
        return dropTabs ? text.replace(/\t/g, ' | ') : text
      })
    fc.assert(
      fc.property(slice, text => {
        runAll(splitPages(text))
      }),
      { numRuns: 150 },
    )
  })
})
