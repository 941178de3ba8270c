import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { AppError } from '../errors.ts'
import { asOfQuery, formBody, idOrNotFound, parseFormDate, parseId, postedValues } from './form-fields.ts'

describe('form plumbing shared by the staff screens', () => {
  test('ids are positive whole numbers that fit the column; anything else is not found', () => {
    assert.equal(parseId('42'), 42)
    for (const bad of ['0', '007', '-1', '1e3', '1234567890', '', undefined, ['1']]) assert.equal(parseId(bad), null)
    assert.equal(idOrNotFound('7'), 7)
    assert.throws(
      () => idOrNotFound('x', 'INQUIRY_NOT_FOUND'),
      (e: unknown) => {
        return e instanceof AppError && e.code === 'INQUIRY_NOT_FOUND'
      },
    )
  })

  test('posted values keep only strings, and a body that is not an object counts as empty', () => {
    assert.deepEqual(postedValues({ title: 'Budget', tags: ['a', 'b'], file: { size: 1 } }), { title: 'Budget' })
    assert.deepEqual(formBody(['a']), {})
    assert.deepEqual(postedValues(null), {})
  })

  test('dates are read the UK way or as ISO dates, and only real days pass', () => {
    assert.equal(parseFormDate(' 5/4/2023 '), '2023-04-05')
    assert.equal(parseFormDate('2023-04-05'), '2023-04-05')
    assert.equal(parseFormDate('29/02/2023'), null)
    assert.equal(parseFormDate('yesterday'), null)
  })

  test('?asOf= is a real date or a 400, and today when absent', () => {
    assert.equal(asOfQuery({ asOf: '23/11/2026' }), '2026-11-23')
    assert.match(asOfQuery({}), /^\d{4}-\d{2}-\d{2}$/)
    for (const asOf of ['2026-02-30', ['2026-01-01']])
      assert.throws(
        () => asOfQuery({ asOf }),
        (e: unknown) => e instanceof AppError && e.code === 'BAD_REQUEST',
      )
  })
})
