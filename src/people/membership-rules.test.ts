import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { inForceOn, membershipProblems, termsOverlap, type MembershipCandidate, type Term } from './membership-rules.ts'

const term = (startsOn: string, endsOn: string | null = null): Term => ({ startsOn, endsOn })

describe('termsOverlap', () => {
  const cases: Array<[string, Term, Term, boolean]> = [
    ['one ends the day before the other starts', term('2024-05-01', '2024-09-30'), term('2024-10-01'), false],
    [
      'one ends the day the other starts (dates are inclusive)',
      term('2024-05-01', '2024-10-01'),
      term('2024-10-01'),
      true,
    ],
    ['both open-ended', term('2020-01-01'), term('2024-01-01'), true],
    ['one inside the other', term('2024-01-01', '2024-12-31'), term('2024-03-01', '2024-04-01'), true],
    ['an open-ended term after a closed one', term('2025-01-01'), term('2024-01-01', '2024-12-31'), false],
    ['single days, the same day', term('2024-01-01', '2024-01-01'), term('2024-01-01', '2024-01-01'), true],
  ]
  for (const [name, a, b, expected] of cases)
    test(name, () => {
      assert.equal(termsOverlap(a, b), expected)
      assert.equal(termsOverlap(b, a), expected, 'symmetric')
    })

  const day = fc.integer({ min: 0, max: 60 }).map(n => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10))
  const anyTerm = fc
    .tuple(day, fc.option(day))
    .map(([a, b]) => (b === null ? term(a) : a <= b ? term(a, b) : term(b, a)))

  test('two terms overlap exactly when some day is in force in both (property)', () => {
    fc.assert(
      fc.property(anyTerm, anyTerm, (a, b) => {
        const days = Array.from({ length: 62 }, (_, n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10))
        assert.equal(
          termsOverlap(a, b),
          days.some(d => inForceOn(a, d) && inForceOn(b, d)),
        )
      }),
    )
  })
})

describe('membershipProblems', () => {
  const chair = {
    id: 1,
    personId: 10,
    personName: 'Priya Shah',
    role: 'chair' as const,
    coOptedCapacity: null,
    ...term('2024-05-15'),
  }
  const member = {
    id: 2,
    personId: 11,
    personName: 'Tom Hargreaves',
    role: 'member' as const,
    coOptedCapacity: null,
    ...term('2024-05-15', '2025-05-14'),
  }
  const others = [chair, member]
  const candidate = (c: Partial<MembershipCandidate>): MembershipCandidate => ({
    personId: 12,
    role: 'member',
    coOptedCapacity: null,
    ...term('2024-06-01'),
    ...c,
  })
  const fields = (c: Partial<MembershipCandidate>) => membershipProblems(candidate(c), others).map(p => p.field)

  test('a new member with no clash is accepted', () => assert.deepEqual(fields({}), []))
  test('a co-optee needs a capacity', () => {
    assert.deepEqual(fields({ role: 'co_opted' }), ['coOptedCapacity'])
    assert.deepEqual(fields({ role: 'co_opted', coOptedCapacity: 'Parent Governor' }), [])
  })
  test('a term cannot end before it starts (the same day is fine)', () => {
    assert.deepEqual(fields({ endsOn: '2024-05-31' }), ['endsOn'])
    assert.deepEqual(fields({ endsOn: '2024-06-01' }), [])
  })
  test('a person cannot hold two overlapping memberships of the committee', () => {
    assert.deepEqual(fields({ personId: 11, startsOn: '2025-01-01' }), ['startsOn'])
    assert.deepEqual(fields({ personId: 11, startsOn: '2025-05-15', role: 'chair', endsOn: null }), ['role'])
    assert.deepEqual(fields({ personId: 11, startsOn: '2025-05-15' }), [], 'after their last term ended')
  })
  test('one chair at a time, with a message naming the sitting chair', () => {
    const problems = membershipProblems(candidate({ role: 'chair' }), others)
    assert.equal(problems.length, 1)
    assert.match(
      problems[0]!.text,
      /Priya Shah is chair from 15 May 2024 with no end date: a committee has one chair at a time/,
    )
  })
  test('a new chair may start the day after the old chair’s term ends', () => {
    const ended = { ...chair, endsOn: '2025-05-14' }
    assert.deepEqual(membershipProblems(candidate({ role: 'chair', startsOn: '2025-05-15' }), [ended]), [])
    assert.equal(membershipProblems(candidate({ role: 'chair', startsOn: '2025-05-14' }), [ended]).length, 1)
  })
  test('a correction is not compared with the membership it corrects', () => {
    assert.deepEqual(membershipProblems({ ...chair, endsOn: '2025-05-14' }, others), [])
  })
})
