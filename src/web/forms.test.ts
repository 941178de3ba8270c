import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { z } from 'zod'
import { formErrors, safeReturnPath } from './forms.ts'

describe('safeReturnPath', () => {
  for (const [input, expected] of [
    ['/staff', '/staff'],
    ['/meetings/2023-05-17-x?a=1', '/meetings/2023-05-17-x?a=1'],
    ['//evil.example', '/fallback'],
    ['/\\evil.example', '/fallback'],
    ['https://evil.example', '/fallback'],
    ['', '/fallback'],
    [undefined, '/fallback'],
  ] as const) {
    test(`${String(input)} → ${expected}`, () => assert.equal(safeReturnPath(input, '/fallback'), expected))
  }
})

describe('formErrors', () => {
  test('keeps the first message for each field and links it to the field', () => {
    const schema = z.object({
      email: z.string().min(1, 'Enter your email').email('Bad email'),
      password: z.string().min(1, 'Enter your password'),
    })
    const result = schema.safeParse({ email: '', password: '' })
    assert.equal(result.success, false)
    const errors = formErrors(result.error!)
    assert.deepEqual(errors.fieldErrors, { email: 'Enter your email', password: 'Enter your password' })
    assert.deepEqual(errors.errors[0], { text: 'Enter your email', href: '#email' })
  })
})
