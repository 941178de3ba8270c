/**
 * Accuracy on packs written by other extraction tools and templates (issue 4, item 5): every seed
 * pack, rewritten as other PDF-to-text tools write and with its tables headed as other templates
 * head them (test/support/pack-variants.ts), must give the same records
 * as the original. The originals' records are checked by hand in parse-pack.seeds.test.ts and the
 * table parsers' tests; this file checks that nothing depends on one tool's habits.
 */
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { VARIANTS, recordKeys, seedPacks } from '../../../test/support/pack-variants.ts'
import { parsePack } from './parse-pack.ts'

for (const { name, text } of seedPacks()) {
  describe(`${name} written other ways`, () => {
    const original = recordKeys(parsePack(text))

    test('the original has records of every type the pack holds', () => {
      assert.equal(original['front sheet']?.length, 1)
      assert.ok((original['agenda items']?.length ?? 0) >= 10)
    })

    for (const [variant, { what, write }] of Object.entries(VARIANTS)) {
      const rewritten = write(text)
      // A variant of a table this pack does not hold leaves it as it is: nothing to test.
      if (rewritten === text) continue
      test(`${variant} (${what}): the same records`, () => {
        const found = recordKeys(parsePack(rewritten))
        for (const [type, keys] of Object.entries(original)) {
          assert.deepEqual(found[type], keys, `${type} differ`)
        }
      })
    }
  })
}
