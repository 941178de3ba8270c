import assert from 'node:assert/strict'
import { it } from 'node:test'
import { withOcrDigits } from './ocr-digits.ts'

it('reads a number OCR spelt with an l, I or O among its digits as the number, and leaves words alone', () => {
  const [page] = withOcrDigits([{ number: 3, text: 'Pages l0 - 14\nl2.07.05  SC.l4  2OO5\nIO Oil Item I Minute O' }])
  assert.equal(page?.text, 'Pages 10 - 14\n12.07.05  SC.14  2005\nIO Oil Item I Minute O')
})

it("reads a name's O read as a zero before its apostrophe as the letter", () => {
  const [page] = withOcrDigits([{ number: 5, text: "K. Pilbeam, T. 0'Halloran and Ms A. Vardy; 10'000" }])
  assert.equal(page?.text, "K. Pilbeam, T. O'Halloran and Ms A. Vardy; 10'000")
})
