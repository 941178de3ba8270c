import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { codeInForce, interestKindsOn, natureWithheld } from './code-of-conduct.ts'

describe('codeInForce', () => {
  const cases: Array<[string, string]> = [
    ['2012-07-01', 'localism_2012'],
    ['2016-04-20', 'localism_2012'],
    ['2021-04-30', 'localism_2012'],
    ['2021-05-01', 'model_code_2020'],
    ['2023-05-17', 'model_code_2020'],
    ['2030-01-01', 'model_code_2020'],
  ]
  for (const [date, code] of cases) {
    test(`a meeting on ${date} is under ${code}`, () => assert.equal(codeInForce(date), code))
  }

  test('a council that adopted the model code later keeps the old kinds until then', () => {
    assert.equal(codeInForce('2022-01-10', '2022-04-01'), 'localism_2012')
    assert.equal(codeInForce('2022-04-01', '2022-04-01'), 'model_code_2020')
  })
})

describe('interestKindsOn', () => {
  test('the 2016 packs speak of pecuniary and non-pecuniary interests', () => {
    assert.deepEqual(interestKindsOn('2016-04-20'), ['pecuniary', 'non_pecuniary'])
  })
  test('the 2023 pack speaks of the model code’s four kinds', () => {
    assert.deepEqual(interestKindsOn('2023-05-17'), [
      'disclosable_pecuniary',
      'other_registerable',
      'non_registerable',
      'sensitive',
    ])
  })
})

describe('natureWithheld', () => {
  for (const kind of ['disclosable_pecuniary', 'other_registerable', 'non_registerable', 'pecuniary'] as const) {
    test(`the nature of a ${kind} interest is recorded`, () => assert.equal(natureWithheld(kind), false))
  }
  test('the nature of a sensitive interest is withheld', () => assert.equal(natureWithheld('sensitive'), true))
})
