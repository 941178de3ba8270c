import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hashPassword, verifyPassword } from './passwords.ts'

test('the app hashes with Argon2id at the standard cost unless told otherwise (tests only)', async () => {
  const standard = await hashPassword('correct horse battery staple')
  assert.match(standard, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  const minimal = await hashPassword('correct horse battery staple', 'minimal')
  assert.match(minimal, /^\$argon2id\$v=19\$m=1024,t=1,p=1\$/)
  for (const hash of [standard, minimal]) {
    assert.equal(await verifyPassword(hash, 'correct horse battery staple'), true)
    assert.equal(await verifyPassword(hash, 'correct horse battery stapler'), false)
  }
  assert.equal(await verifyPassword('not a hash', 'anything'), false)
})
