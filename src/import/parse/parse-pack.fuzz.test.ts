import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import fc from 'fast-check'
import { PackParseError } from './errors.ts'
import { parsePack } from './parse-pack.ts'
import { toLines } from './lines.ts'
import { findCovers } from './report-covers.ts'
import type { ParsedPack } from './types.ts'

const seedText = readFileSync(
  new URL('../../../../shared/seeds/pack-2023-05-17-education-childrens-social-care.txt', import.meta.url),
  'utf8',
)
// The front sheet and the action notes: the part every section parser looks at.
const seedHead = seedText.slice(0, 20000)

function assertWellFormed(pack: ParsedPack): void {
  assert.ok(Array.isArray(pack.agenda_items) && Array.isArray(pack.warnings) && Array.isArray(pack.reports))
  for (const item of pack.agenda_items) {
    assert.ok(Number.isInteger(item.number) && typeof item.title === 'string')
    if (item.pages !== null) assert.ok(item.pages[0] <= item.pages[1])
    if (item.time_slot !== null) assert.match(item.time_slot.join(' '), /^\d\d:\d\d \d\d:\d\d$/)
  }
  if (pack.meeting.date !== null) assert.match(pack.meeting.date, /^\d{4}-\d\d-\d\d$/)
  for (const w of pack.warnings)
    assert.ok(typeof w.message === 'string' && (w.page === null || Number.isInteger(w.page)))
}

function parsesOrRefuses(text: string): void {
  try {
    assertWellFormed(parsePack(text))
  } catch (error) {
    if (!(error instanceof PackParseError)) throw error
    assert.ok(error.message.length > 0)
  }
}

// Cut, duplicate, delete and inject text the way bad extraction does.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 500 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary' }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('\f', '**', '\n- ', ' - 5 - ', '\t|', 'Page 3 of 9\n', '<td>'),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 2000 }) }),
)

type Mutation =
  { kind: 'delete' | 'duplicate'; at: number; length: number } | { kind: 'insert'; at: number; text: string }

function mutate(text: string, steps: Mutation[]): string {
  let out = text
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % out.length
    if (step.kind === 'delete') out = out.slice(0, at) + out.slice(at + step.length)
    else if (step.kind === 'insert') out = out.slice(0, at) + step.text + out.slice(at)
    else out = out.slice(0, at) + out.slice(at, at + step.length) + out.slice(at)
  }
  return out
}

test('random text either parses to a well-formed pack or is refused with PackParseError', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), parsesOrRefuses), { numRuns: 300 })
})

test('random lines shaped like agenda items never break the parser', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'A G E N D A',
      'AGENDA',
      '',
      'RESOLVED:-',
      'PRESENT:',
      'Report of: X',
      'Subject: Y',
      'Date: 1 May 2020',
    ),
    fc.tuple(fc.nat({ max: 20 }), fc.string()).map(([n, t]) => `${n} ${t.toUpperCase()}`),
    fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 300 })).map(([a, b]) => `- ${a} - ${b}**`),
  )
  fc.assert(
    fc.property(fc.array(line, { maxLength: 80 }), lines => parsesOrRefuses(lines.join('\n'))),
    { numRuns: 300 },
  )
})

test('mutated seed text never breaks the parser', () => {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), steps => parsesOrRefuses(mutate(seedHead, steps))),
    { numRuns: 150 },
  )
})

test('a second cover label after a cover’s fields ends (found by the fuzzer: it looped for ever)', () => {
  // The second "Report of" gathers the first one's fields, which end before it.
  const text = 'Report of: X\n1 SB\\\nDate: 1 May 2020\n- 242 - 53**\nReport of: X'
  parsesOrRefuses(text)
  const found = findCovers(toLines([{ number: 1, text }]), 0)
  assert.equal(found.length, 1)
})

test('text that is not an agenda pack is refused with a readable PackParseError', () => {
  assert.throws(() => parsePack('Dear Sir,\nThank you for your letter.\n'), PackParseError)
  assert.throws(() => parsePack(''), PackParseError)
})

test('pages may be passed in directly', () => {
  const pack = parsePack([
    { number: 1, text: 'AGENDA\n1 APOLOGIES\n\n3 - 4\n2 ACTION NOTES' },
    { number: 2, text: '' },
    { number: 3, text: 'Action Notes\nPresent:\nCouncillor Ann Smith (Chair)\n' },
    { number: 4, text: 'RESOLVED: That the notes be agreed.' },
  ])
  assert.deepEqual(
    pack.agenda_items.map(i => [i.number, i.title, i.pages]),
    [
      [1, 'APOLOGIES', null],
      [2, 'ACTION NOTES', [3, 4]],
    ],
  )
  assert.deepEqual(pack.action_notes?.present, ['Ann Smith'])
  assert.equal(pack.action_notes?.source_page, 3)
})
