import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../shared/dates.ts'
import type { AssessmentCode } from './assessment-scale.ts'
import {
  type AssessmentInput,
  type Assessor,
  type PastAssessment,
  type RecommendationState,
  currentCompletionDate,
  isConcluded,
  trackingOutcome,
  validateAssessment,
} from './assessment-rules.ts'

const DUE = '2024-03-31'
const TODAY = '2024-06-30'
const CODES = [1, 2, 3, 4, 5, 6] as const
const ASSESSORS = ['executive', 'committee'] as const

const outstanding = (over: Partial<RecommendationState> = {}): RecommendationState => ({
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

/** An input that satisfies the fields its code needs, so only the timing rules can fail it. */
function complete(assessedBy: Assessor, code: AssessmentCode, assessedOn: string): AssessmentInput {
  return {
    assessedBy,
    code,
    assessedOn,
    evidence: 'Report to Cabinet, 12 March.',
    ...(code === 3 || code === 5 ? { newCompletionDate: addDays(assessedOn, 90) } : {}),
    ...(code === 4 ? { obstacle: 'The funding was withdrawn.' } : {}),
  }
}

function errorsOf(input: unknown, rec: RecommendationState = outstanding(), today = TODAY) {
  const result = validateAssessment(input, rec, today)
  assert.equal(result.ok, false, 'expected the assessment to be rejected')
  return result.ok ? [] : result.errors
}

function valueOf(input: unknown, rec: RecommendationState = outstanding(), today = TODAY) {
  const result = validateAssessment(input, rec, today)
  assert.ok(result.ok, `expected the assessment to be accepted: ${JSON.stringify(result)}`)
  return result.value
}

describe('trackingOutcome', () => {
  for (const [code, outcome] of [
    [1, 'concluded'],
    [2, 'concluded'],
    [3, 'outstanding'],
    [4, 'concluded'],
    [5, 'outstanding'],
    [6, 'outstanding'],
  ] as const) {
    test(`${code} → ${outcome}`, () => assert.equal(trackingOutcome(code), outcome))
  }
})

describe('currentCompletionDate', () => {
  test('the original date while no new date has been set', () => {
    assert.equal(currentCompletionDate(outstanding({ history: [past('committee', 6, '2024-01-10')] })), DUE)
  })
  test('null when the report gave no date', () => {
    assert.equal(currentCompletionDate(outstanding({ originalCompletionDate: null })), null)
  })
  test("the committee's new anticipated date replaces the original", () => {
    const rec = outstanding({ history: [past('committee', 3, '2024-05-15', '2024-09-30')] })
    assert.equal(currentCompletionDate(rec), '2024-09-30')
  })
  test('a new date is used even when there was no original date', () => {
    const rec = outstanding({
      originalCompletionDate: null,
      history: [past('committee', 5, '2024-05-15', '2024-09-30')],
    })
    assert.equal(currentCompletionDate(rec), '2024-09-30')
  })
  test("the executive's proposed date does not move it", () => {
    const rec = outstanding({ history: [past('executive', 3, '2024-05-08', '2024-12-31')] })
    assert.equal(currentCompletionDate(rec), DUE)
  })
  test('the most recently set date wins, even when it is earlier than a previous one', () => {
    const rec = outstanding({
      history: [past('committee', 3, '2024-05-15', '2024-12-31'), past('committee', 5, '2024-09-18', '2024-11-30')],
    })
    assert.equal(currentCompletionDate(rec), '2024-11-30')
  })
  test('the most recent by assessment date, whatever order the history is in', () => {
    const rec = outstanding({
      history: [past('committee', 5, '2024-09-18', '2024-11-30'), past('committee', 3, '2024-05-15', '2024-12-31')],
    })
    assert.equal(currentCompletionDate(rec), '2024-11-30')
  })
  test('of two on the same day, the one recorded later', () => {
    const rec = outstanding({
      history: [past('committee', 3, '2024-05-15', '2024-12-31'), past('committee', 5, '2024-05-15', '2024-10-31')],
    })
    assert.equal(currentCompletionDate(rec), '2024-10-31')
  })
})

describe('isConcluded', () => {
  test('not while outstanding', () => assert.equal(isConcluded(outstanding()), false))
  test('when a conclusion date is recorded', () =>
    assert.equal(isConcluded(outstanding({ concludedOn: '2024-05-15' })), true))
  for (const code of [1, 2, 4] as const) {
    test(`when the committee has given ${code}`, () => {
      assert.equal(isConcluded(outstanding({ history: [past('committee', code, '2024-05-15')] })), true)
    })
    test(`not when only the executive has given ${code}`, () => {
      assert.equal(isConcluded(outstanding({ history: [past('executive', code, '2024-05-15')] })), false)
    })
  }
  for (const code of [3, 5, 6] as const) {
    test(`not when the committee has given ${code}`, () => {
      assert.equal(isConcluded(outstanding({ history: [past('committee', code, '2024-03-01', '2024-09-30')] })), false)
    })
  }
})

describe('validateAssessment: every code on either side of the completion date', () => {
  const BEFORE = addDays(DUE, -1)
  const ON = DUE
  const AFTER = addDays(DUE, 1)
  // Which codes each assessment date allows. The completion day itself has not passed.
  const allowed: Record<AssessmentCode, Record<string, boolean>> = {
    1: { [BEFORE]: true, [ON]: true, [AFTER]: false },
    2: { [BEFORE]: false, [ON]: false, [AFTER]: true },
    3: { [BEFORE]: true, [ON]: true, [AFTER]: true },
    4: { [BEFORE]: true, [ON]: true, [AFTER]: true },
    5: { [BEFORE]: true, [ON]: true, [AFTER]: true },
    6: { [BEFORE]: true, [ON]: true, [AFTER]: false },
  }
  const timingMessage: Partial<Record<AssessmentCode, string>> = {
    1: 'Achieved (Fully) can only be given on or before the completion date, 31 March 2024',
    2: 'Achieved (Late) can only be given after the completion date, 31 March 2024',
    6: 'In Progress cannot be given after the completion date, 31 March 2024',
  }
  for (const assessedBy of ASSESSORS) {
    for (const code of CODES) {
      for (const assessedOn of [BEFORE, ON, AFTER]) {
        const ok = allowed[code][assessedOn]
        test(`${assessedBy} ${code} on ${assessedOn}: ${ok ? 'accepted' : 'rejected'}`, () => {
          const input = complete(assessedBy, code, assessedOn)
          if (ok) {
            const value = valueOf(input)
            assert.equal(value.code, code)
            assert.equal(value.concludes, assessedBy === 'committee' && [1, 2, 4].includes(code))
          } else {
            assert.deepEqual(errorsOf(input), [{ field: 'code', message: timingMessage[code] }])
          }
        })
      }
    }
  }

  test('a new date set by the committee moves the boundary', () => {
    const rec = outstanding({ history: [past('committee', 3, '2024-04-10', '2024-09-30')] })
    valueOf(complete('committee', 6, '2024-06-20'), rec)
    valueOf(complete('committee', 1, '2024-09-30'), rec, '2024-12-31')
    assert.deepEqual(errorsOf(complete('committee', 2, '2024-09-30'), rec, '2024-12-31'), [
      { field: 'code', message: 'Achieved (Late) can only be given after the completion date, 30 September 2024' },
    ])
    valueOf(complete('committee', 2, '2024-10-01'), rec, '2024-12-31')
  })

  test("the executive's own new date does not", () => {
    const rec = outstanding({ history: [past('executive', 3, '2024-04-10', '2024-09-30')] })
    assert.deepEqual(errorsOf(complete('committee', 6, '2024-06-20'), rec), [
      { field: 'code', message: 'In Progress cannot be given after the completion date, 31 March 2024' },
    ])
  })
})

describe('validateAssessment: a recommendation with no completion date', () => {
  const rec = outstanding({ originalCompletionDate: null })
  for (const code of [1, 3, 4, 5, 6] as const) {
    test(`${code} is accepted`, () => {
      valueOf(complete('committee', code, '2024-05-15'), rec)
    })
  }
  test('2 is rejected: nothing can be late without a date', () => {
    assert.deepEqual(errorsOf(complete('committee', 2, '2024-05-15'), rec), [
      { field: 'code', message: 'Achieved (Late) cannot be given to a recommendation that has no completion date' },
    ])
  })
})

describe('validateAssessment: codes 3 and 5 need a new anticipated completion date', () => {
  for (const code of [3, 5] as const) {
    for (const blank of [undefined, null, '', '   ']) {
      test(`${code} with the date ${JSON.stringify(blank)}`, () => {
        assert.deepEqual(
          errorsOf({ assessedBy: 'committee', code, assessedOn: '2024-05-15', newCompletionDate: blank }),
          [{ field: 'newCompletionDate', message: 'Enter a new anticipated completion date' }],
        )
      })
    }
    for (const bad of ['2024-02-30', '2023-02-29', '30/09/2024', '2024-9-30', 'next year', 20240930]) {
      test(`${code} with the date ${JSON.stringify(bad)}`, () => {
        assert.deepEqual(
          errorsOf({ assessedBy: 'committee', code, assessedOn: '2024-05-15', newCompletionDate: bad }),
          [{ field: 'newCompletionDate', message: 'New anticipated completion date must be a real date' }],
        )
      })
    }
    test(`${code} with a date on the assessment day`, () => {
      assert.deepEqual(
        errorsOf({ assessedBy: 'committee', code, assessedOn: '2024-05-15', newCompletionDate: '2024-05-15' }),
        [
          {
            field: 'newCompletionDate',
            message: 'New anticipated completion date must be after the date of the assessment',
          },
        ],
      )
    })
    test(`${code} with a date before the assessment day`, () => {
      assert.equal(
        errorsOf({ assessedBy: 'executive', code, assessedOn: '2024-05-15', newCompletionDate: '2024-01-01' })[0]
          ?.field,
        'newCompletionDate',
      )
    })
    test(`${code} with the day after the assessment`, () => {
      const value = valueOf({
        assessedBy: 'committee',
        code,
        assessedOn: '2024-05-15',
        newCompletionDate: '2024-05-16',
      })
      assert.equal(value.newCompletionDate, '2024-05-16')
    })
    test(`${code} accepts a leap day`, () => {
      valueOf({ assessedBy: 'committee', code, assessedOn: '2024-01-15', newCompletionDate: '2024-02-29' })
    })
  }
  for (const code of [1, 2, 4, 6] as const) {
    test(`${code} ignores a new date (a closed conditional reveal still posts it) and does not store it`, () => {
      const value = valueOf({
        ...complete('committee', code, code === 2 ? '2024-05-15' : '2024-03-01'),
        newCompletionDate: 'x',
      })
      assert.equal(value.newCompletionDate, null)
    })
  }
})

describe('validateAssessment: code 4 needs the obstacle', () => {
  for (const blank of [undefined, null, '', ' \n ']) {
    test(`obstacle ${JSON.stringify(blank)}`, () => {
      assert.deepEqual(errorsOf({ assessedBy: 'committee', code: 4, assessedOn: '2024-05-15', obstacle: blank }), [
        { field: 'obstacle', message: 'Enter the obstacle that prevents the recommendation being achieved' },
      ])
    })
  }
  test('an obstacle that is not text', () => {
    assert.deepEqual(errorsOf({ assessedBy: 'committee', code: 4, assessedOn: '2024-05-15', obstacle: 42 }), [
      { field: 'obstacle', message: 'Obstacle must be text' },
    ])
  })
  test('the obstacle is trimmed', () => {
    const value = valueOf({ assessedBy: 'executive', code: 4, assessedOn: '2024-05-15', obstacle: '  No budget.  ' })
    assert.equal(value.obstacle, 'No budget.')
  })
  for (const code of [1, 2, 3, 5, 6] as const) {
    test(`${code} does not store an obstacle`, () => {
      const value = valueOf({ ...complete('committee', code, code === 2 ? '2024-05-15' : '2024-03-01'), obstacle: 'x' })
      assert.equal(value.obstacle, null)
    })
  }
})

describe('validateAssessment: the other fields', () => {
  test('an empty submission names every missing field', () => {
    assert.deepEqual(errorsOf({}), [
      { field: 'assessedBy', message: 'Select who made the assessment' },
      { field: 'code', message: 'Select an assessment' },
      { field: 'assessedOn', message: 'Enter the date of the assessment' },
    ])
  })
  for (const input of [null, undefined, 'committee', 3, []]) {
    test(`a non-object input (${JSON.stringify(input)}) is rejected, not thrown on`, () => {
      assert.ok(errorsOf(input).length > 0)
    })
  }
  for (const assessedBy of ['cabinet', 'Committee', '', 1]) {
    test(`assessed by ${JSON.stringify(assessedBy)}`, () => {
      assert.deepEqual(errorsOf({ ...complete('committee', 6, '2024-03-01'), assessedBy }), [
        { field: 'assessedBy', message: 'Select who made the assessment' },
      ])
    })
  }
  for (const code of [0, 7, 3.5, -1, '', '0', '7', 'three', '3a', null, true]) {
    test(`code ${JSON.stringify(code)}`, () => {
      assert.deepEqual(errorsOf({ ...complete('committee', 6, '2024-03-01'), code }), [
        { field: 'code', message: 'Select an assessment' },
      ])
    })
  }
  for (const code of CODES) {
    test(`the radio value '${code}' is the code ${code}`, () => {
      const input = complete('committee', code, code === 2 ? '2024-05-15' : '2024-03-01')
      assert.equal(valueOf({ ...input, code: String(code) }).code, code)
    })
  }
  test('an assessment dated today is accepted', () => {
    valueOf(complete('committee', 3, TODAY))
  })
  test('an assessment dated tomorrow is rejected', () => {
    assert.deepEqual(errorsOf(complete('committee', 3, addDays(TODAY, 1))), [
      { field: 'assessedOn', message: 'Date of the assessment must be today or in the past' },
    ])
  })
  test('an assessment date that is not a date', () => {
    assert.deepEqual(
      errorsOf({ assessedBy: 'committee', code: 3, assessedOn: '31/13/2024', newCompletionDate: '2024-09-30' }),
      [{ field: 'assessedOn', message: 'Date of the assessment must be a real date' }],
    )
  })
  test('evidence is optional, trimmed, and blank is stored as null', () => {
    assert.equal(valueOf({ ...complete('committee', 6, '2024-03-01'), evidence: '  Done.  ' }).evidence, 'Done.')
    assert.equal(valueOf({ ...complete('committee', 6, '2024-03-01'), evidence: '   ' }).evidence, null)
    assert.equal(valueOf({ assessedBy: 'committee', code: 6, assessedOn: '2024-03-01' }).evidence, null)
  })
  test('evidence that is not text', () => {
    assert.deepEqual(errorsOf({ ...complete('committee', 6, '2024-03-01'), evidence: ['a'] }), [
      { field: 'evidence', message: 'Evidence must be text' },
    ])
  })
  test('the accepted value is exactly what is stored', () => {
    assert.deepEqual(
      valueOf({
        assessedBy: 'committee',
        code: '5',
        assessedOn: '2024-05-15',
        newCompletionDate: ' 2024-11-30 ',
        evidence: 'Little has changed.',
        obstacle: 'ignored',
        unknownField: 'ignored',
      }),
      {
        assessedBy: 'committee',
        code: 5,
        evidence: 'Little has changed.',
        newCompletionDate: '2024-11-30',
        obstacle: null,
        assessedOn: '2024-05-15',
        concludes: false,
      },
    )
  })
})

describe('validateAssessment: a concluded recommendation accepts no further assessment', () => {
  const message = (on: string) => [
    { field: 'code', message: `This recommendation was concluded on ${on} and cannot be assessed again` },
  ]
  test('concluded by its recorded date', () => {
    const rec = outstanding({ concludedOn: '2024-05-15', history: [past('committee', 1, '2024-05-15')] })
    assert.deepEqual(errorsOf(complete('committee', 3, '2024-06-01'), rec), message('15 May 2024'))
  })
  for (const code of [1, 2, 4] as const) {
    test(`concluded by a committee ${code} in its history, before its date is recorded`, () => {
      const rec = outstanding({ history: [past('committee', code, '2024-05-15')] })
      for (const assessedBy of ASSESSORS) {
        assert.deepEqual(errorsOf(complete(assessedBy, 6, '2024-03-01'), rec), message('15 May 2024'))
      }
    })
    test(`an executive ${code} does not conclude it`, () => {
      const rec = outstanding({ history: [past('executive', code, '2024-04-15')] })
      valueOf(complete('committee', 5, '2024-04-20'), rec)
    })
  }
  test('still after a new date set before the conclusion', () => {
    const rec = outstanding({
      concludedOn: '2024-05-15',
      history: [past('committee', 3, '2024-01-10', '2024-09-30'), past('committee', 4, '2024-05-15')],
    })
    assert.deepEqual(errorsOf(complete('committee', 6, '2024-06-01'), rec), message('15 May 2024'))
  })
})

describe('validateAssessment: properties', () => {
  const anyDate = fc.integer({ min: 0, max: 4000 }).map(n => addDays('2018-01-01', n))
  const assessor = fc.constantFrom<Assessor>(...ASSESSORS)
  const code = fc.constantFrom<AssessmentCode>(...CODES)
  const pastAssessment: fc.Arbitrary<PastAssessment> = fc.record({
    assessedBy: assessor,
    code,
    newCompletionDate: fc.option(anyDate),
    assessedOn: anyDate,
  })
  const outstandingRec: fc.Arbitrary<RecommendationState> = fc.record({
    originalCompletionDate: fc.option(anyDate),
    // Only assessments that leave it outstanding: executive ones of any code, the committee's of 3, 5 or 6.
    history: fc
      .array(pastAssessment, { maxLength: 6 })
      .map(h => h.filter(p => p.assessedBy === 'executive' || trackingOutcome(p.code) === 'outstanding')),
    concludedOn: fc.constant(null),
  })
  const anyRec: fc.Arbitrary<RecommendationState> = fc.record({
    originalCompletionDate: fc.option(anyDate),
    history: fc.array(pastAssessment, { maxLength: 6 }),
    concludedOn: fc.option(anyDate),
  })
  // Mostly plausible values, so that many inputs pass, with junk mixed in.
  const maybe = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 6, arbitrary: arb },
      { weight: 1, arbitrary: fc.constantFrom(undefined, null, '') },
      { weight: 1, arbitrary: fc.anything() },
    )
  const plausibleInput = fc.record(
    {
      assessedBy: maybe(assessor),
      code: maybe(fc.oneof(code, code.map(String))),
      evidence: maybe(fc.string()),
      newCompletionDate: maybe(anyDate),
      obstacle: maybe(fc.string()),
      assessedOn: maybe(anyDate),
    },
    { requiredKeys: [] },
  )

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.object(), plausibleInput), anyRec, anyDate, (input, rec, today) => {
        const result = validateAssessment(input, rec, today)
        assert.equal(typeof result.ok, 'boolean')
        if (!result.ok) assert.ok(result.errors.length > 0)
      }),
      { numRuns: 2000 },
    )
  })

  // Dates near each other, so that many 3s and 5s are accepted and the boundaries are hit often.
  const nearbyDates = fc
    .tuple(anyDate, fc.integer({ min: -30, max: 400 }), fc.integer({ min: -5, max: 400 }))
    .map(([assessedOn, ahead, sinceAssessed]) => ({
      assessedOn,
      newCompletionDate: addDays(assessedOn, ahead),
      today: addDays(assessedOn, sinceAssessed),
    }))
  const datedInput = fc.tuple(plausibleInput, nearbyDates, fc.boolean()).map(([input, dates, keepJunk]) => ({
    input: keepJunk ? input : { ...input, assessedOn: dates.assessedOn, newCompletionDate: dates.newCompletionDate },
    today: dates.today,
  }))

  test('an accepted 3 or 5 always has a new date after the assessment date', () => {
    let seen = 0
    fc.assert(
      fc.property(datedInput, outstandingRec, ({ input, today }, rec) => {
        const result = validateAssessment(input, rec, today)
        if (!result.ok) return
        assert.ok(result.value.assessedOn <= today)
        if (result.value.code === 3 || result.value.code === 5) {
          seen++
          assert.ok(result.value.newCompletionDate !== null && result.value.newCompletionDate > result.value.assessedOn)
        } else {
          assert.equal(result.value.newCompletionDate, null)
        }
      }),
      { numRuns: 3000 },
    )
    assert.ok(seen > 50, `only ${seen} accepted 3s and 5s: the generator is too strict to test anything`)
  })

  test('every accepted value obeys the timing rules against the current completion date', () => {
    fc.assert(
      fc.property(datedInput, outstandingRec, ({ input, today }, rec) => {
        const result = validateAssessment(input, rec, today)
        if (!result.ok) return
        const due = currentCompletionDate(rec)
        const { code: given, assessedOn } = result.value
        if (given === 1 && due !== null) assert.ok(assessedOn <= due)
        if (given === 2) assert.ok(due !== null && assessedOn > due)
        if (given === 6 && due !== null) assert.ok(assessedOn <= due)
        if (given === 4) assert.ok(result.value.obstacle)
        assert.equal(
          result.value.concludes,
          result.value.assessedBy === 'committee' && trackingOutcome(given) === 'concluded',
        )
      }),
      { numRuns: 2000 },
    )
  })

  test('executive and committee assessments follow the same rules; only the committee concludes', () => {
    fc.assert(
      fc.property(datedInput, outstandingRec, ({ input, today }, rec) => {
        const asExecutive = validateAssessment({ ...input, assessedBy: 'executive' }, rec, today)
        const asCommittee = validateAssessment({ ...input, assessedBy: 'committee' }, rec, today)
        assert.equal(asExecutive.ok, asCommittee.ok)
        if (asExecutive.ok && asCommittee.ok) {
          assert.deepEqual(
            { ...asExecutive.value, assessedBy: 'committee', concludes: asCommittee.value.concludes },
            asCommittee.value,
          )
          assert.equal(asExecutive.value.concludes, false)
        }
      }),
      { numRuns: 1000 },
    )
  })

  test('after a concluding committee assessment every further input is rejected', () => {
    const concluding = fc.record({
      assessedBy: fc.constant<Assessor>('committee'),
      code: fc.constantFrom<AssessmentCode>(1, 2, 4),
      newCompletionDate: fc.constant(null),
      assessedOn: anyDate,
    })
    const concludedRec = fc
      .tuple(outstandingRec, concluding, fc.array(pastAssessment, { maxLength: 3 }), fc.boolean())
      .map(([rec, last, after, recorded]) => ({
        ...rec,
        history: [...rec.history, last, ...after],
        concludedOn: recorded ? last.assessedOn : null,
      }))
    fc.assert(
      fc.property(fc.oneof(plausibleInput, fc.anything()), concludedRec, anyDate, (input, rec, today) => {
        const result = validateAssessment(input, rec, today)
        assert.equal(result.ok, false)
      }),
      { numRuns: 2000 },
    )
  })
})
