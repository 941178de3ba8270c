/**
 * Accuracy on packs the parser was not written from (test/support/holdout.ts): every record of every
 * list the issue measures, every field, against keys typed by hand from each pack. The few records a
 * pack's `.misses.json` lists, with the reason the parser reads them otherwise, are the only exceptions.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { difference, frontSheetRecords, holdoutPacks, holdoutRecords } from '../../../test/support/holdout.ts'
import { parsePack } from './parse-pack.ts'

for (const { name, text, key, misses } of holdoutPacks()) {
  describe(`hold-out pack ${name}`, () => {
    const pack = parsePack(text)

    it('reads the front sheet', () => {
      // A known miss here too must stay exactly as listed.
      const known = misses['front sheet'] ?? { missing: [], extra: [] }
      assert.deepEqual(difference(frontSheetRecords(key), frontSheetRecords(pack)), {
        missing: known.missing,
        extra: known.extra,
      })
    })

    const truth = holdoutRecords(key)
    const found = holdoutRecords(pack)
    for (const list of Object.keys(truth)) {
      it(`finds every record of the ${list}, every field`, () => {
        // A known miss (`<pack>.misses.json`, with its reason) must stay exactly as listed.
        const known = misses[list] ?? { missing: [], extra: [] }
        assert.deepEqual(difference(truth[list] ?? [], found[list] ?? []), {
          missing: known.missing,
          extra: known.extra,
        })
      })
    }
  })
}
