import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../shared/dates.ts'
import type { AssessmentCode } from './assessment-scale.ts'
import type { Assessor, RecommendationState } from './assessment-rules.ts'
import { type OutstandingInput, countByCategory, isOverdue, outstandingByInquiry } from './outstanding.ts'

const DUE = '2024-03-31'

const rec = (over: Partial<RecommendationState> = {}): RecommendationState => ({
  originalCompletionDate: DUE,
  history: [],
  concludedOn: null,
  ...over,
})

const past = (
  assessedBy: Assessor,
  code: AssessmentCode,
  assessedOn: string,
  newCompletionDate: string | null = null,
) => ({
  assessedBy,
  code,
  assessedOn,
  newCompletionDate,
})

describe('isOverdue', () => {
  test('not before the completion date', () => assert.equal(isOverdue(rec(), '2024-03-30'), false))
  test('not on the completion date itself', () => assert.equal(isOverdue(rec(), DUE), false))
  test('from the day after', () => assert.equal(isOverdue(rec(), '2024-04-01'), true))
  test('never without a completion date', () => {
    assert.equal(isOverdue(rec({ originalCompletionDate: null }), '2099-01-01'), false)
  })
  test('not once concluded', () => {
    assert.equal(isOverdue(rec({ concludedOn: '2024-05-15' }), '2024-06-01'), false)
    assert.equal(isOverdue(rec({ history: [past('committee', 4, '2024-05-15')] }), '2024-06-01'), false)
  })
  test('not when the committee has assessed it since the date passed', () => {
    // Imported history is kept as printed, so a committee 6 after the date can exist.
    assert.equal(isOverdue(rec({ history: [past('committee', 6, '2024-04-01')] }), '2024-06-01'), false)
  })
  test('still overdue when the committee last assessed it on the completion day', () => {
    assert.equal(isOverdue(rec({ history: [past('committee', 6, DUE)] }), '2024-06-01'), true)
  })
  test("the executive's self-assessment since the date passed does not clear it", () => {
    assert.equal(isOverdue(rec({ history: [past('executive', 6, '2024-04-10')] }), '2024-06-01'), true)
  })
  test("the executive's proposed new date does not clear it", () => {
    assert.equal(isOverdue(rec({ history: [past('executive', 3, '2024-04-10', '2024-12-31')] }), '2024-06-01'), true)
  })
  test('a new date set by the committee is the one that must pass', () => {
    const moved = rec({ history: [past('committee', 3, '2024-04-10', '2024-09-30')] })
    assert.equal(isOverdue(moved, '2024-09-30'), false)
    assert.equal(isOverdue(moved, '2024-10-01'), true)
  })
  test('overdue from the day after the current completion date, for any date', () => {
    const anyDate = fc.integer({ min: 0, max: 4000 }).map(n => addDays('2018-01-01', n))
    fc.assert(
      fc.property(anyDate, due => {
        const r = rec({ originalCompletionDate: due })
        assert.equal(isOverdue(r, due), false)
        assert.equal(isOverdue(r, addDays(due, 1)), true)
      }),
    )
  })
})

describe('outstandingByInquiry', () => {
  const row = (over: Partial<OutstandingInput>): OutstandingInput => ({
    inquiryId: 1,
    inquiryTitle: 'Reducing School Exclusions',
    nextTrackingOn: '2024-09-18',
    number: 'R01',
    position: 1,
    concludedOn: null,
    ...over,
  })

  test('nothing outstanding, no rows', () => {
    assert.deepEqual(outstandingByInquiry([]), [])
    assert.deepEqual(outstandingByInquiry([row({ concludedOn: '2024-01-10' })]), [])
  })

  test('one row per inquiry, its outstanding recommendations in report order', () => {
    assert.deepEqual(
      outstandingByInquiry([
        row({ number: 'R10', position: 10 }),
        row({ number: 'R02', position: 2 }),
        row({ number: 'R01', position: 1, concludedOn: '2024-01-10' }),
        row({ number: 'R03', position: 3 }),
      ]),
      [
        {
          inquiryId: 1,
          inquiry: 'Reducing School Exclusions',
          outstanding: ['R02', 'R03', 'R10'],
          trackingOn: '2024-09-18',
        },
      ],
    )
  })

  test('numbers break ties of position naturally (R2 before R10)', () => {
    const [first] = outstandingByInquiry([row({ number: 'R10', position: 1 }), row({ number: 'R2', position: 1 })])
    assert.deepEqual(first?.outstanding, ['R2', 'R10'])
  })

  test('soonest tracking first, unscheduled last, then by title', () => {
    const rows = outstandingByInquiry([
      row({ inquiryId: 1, inquiryTitle: 'Unscheduled', nextTrackingOn: null }),
      row({ inquiryId: 2, inquiryTitle: 'Later', nextTrackingOn: '2024-11-20' }),
      row({ inquiryId: 3, inquiryTitle: 'Sooner B', nextTrackingOn: '2024-09-18' }),
      row({ inquiryId: 4, inquiryTitle: 'Sooner A', nextTrackingOn: '2024-09-18' }),
      row({ inquiryId: 5, inquiryTitle: 'All concluded', nextTrackingOn: '2024-07-01', concludedOn: '2024-05-01' }),
    ])
    assert.deepEqual(
      rows.map(r => [r.inquiry, r.trackingOn]),
      [
        ['Sooner A', '2024-09-18'],
        ['Sooner B', '2024-09-18'],
        ['Later', '2024-11-20'],
        ['Unscheduled', null],
      ],
    )
  })

  test('when rows of one inquiry disagree on the tracking date, the soonest is shown', () => {
    const [only] = outstandingByInquiry([
      row({ number: 'R01', nextTrackingOn: null }),
      row({ number: 'R02', position: 2, nextTrackingOn: '2024-11-20' }),
      row({ number: 'R03', position: 3, nextTrackingOn: '2024-09-18' }),
    ])
    assert.equal(only?.trackingOn, '2024-09-18')
  })

  test('does not change its input', () => {
    const input = [row({ number: 'R02', position: 2 }), row({ number: 'R01', position: 1 })]
    const copy = structuredClone(input)
    outstandingByInquiry(input)
    assert.deepEqual(input, copy)
  })

  test('every outstanding recommendation appears exactly once, under its inquiry', () => {
    const input = fc.array(
      fc.record({
        inquiryId: fc.integer({ min: 1, max: 4 }),
        number: fc.integer({ min: 1, max: 30 }).map(n => `R${String(n).padStart(2, '0')}`),
        concludedOn: fc.option(fc.constant('2024-01-10')),
        nextTrackingOn: fc.option(fc.constantFrom('2024-09-18', '2024-11-20')),
      }),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(input, recs => {
        const rows = outstandingByInquiry(
          recs.map(r => ({ ...r, inquiryTitle: `Inquiry ${r.inquiryId}`, position: Number(r.number.slice(1)) })),
        )
        const listed = rows.flatMap(r => r.outstanding.map(n => `${r.inquiryId}:${n}`)).sort()
        const expected = recs
          .filter(r => r.concludedOn === null)
          .map(r => `${r.inquiryId}:${r.number}`)
          .sort()
        assert.deepEqual(listed, expected)
        assert.ok(rows.every(r => r.outstanding.length > 0))
        assert.equal(new Set(rows.map(r => r.inquiryId)).size, rows.length)
      }),
    )
  })
})

describe('countByCategory', () => {
  test('every code is present, 0 when unused', () => {
    assert.deepEqual(countByCategory([]), { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 })
  })
  test('counts each code', () => {
    const codes: AssessmentCode[] = [1, 3, 3, 6, 2, 3, 4, 5, 5, 6]
    assert.deepEqual(countByCategory(codes.map(code => ({ code }))), { 1: 1, 2: 1, 3: 3, 4: 1, 5: 2, 6: 2 })
  })
  test('skips anything that is not a code', () => {
    const junk = [{ code: 0 }, { code: 7 }, { code: '3' }, { code: null }] as unknown as Array<{ code: AssessmentCode }>
    assert.deepEqual(countByCategory([...junk, { code: 4 }]), { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0, 6: 0 })
  })
  test('accepts any iterable, such as a generator', () => {
    function* codes() {
      yield { code: 2 as const }
      yield { code: 2 as const }
    }
    assert.equal(countByCategory(codes())[2], 2)
  })
  test('the counts add up to the number of assessments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<AssessmentCode>(1, 2, 3, 4, 5, 6)), codes => {
        const counts = countByCategory(codes.map(code => ({ code })))
        assert.equal(
          Object.values(counts).reduce((a, b) => a + b, 0),
          codes.length,
        )
      }),
    )
  })
})
