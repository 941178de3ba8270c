/**
 * Text read from a scanned page by OCR (tesseract and the like) takes a digit for the letter it
 * looks like: "l2.07.05" for 12.07.05, "Pages l0 - 14", "2OO5". A number spelt with such a letter
 * among its digits is read as the number: no word is made of digits with an l, I or O among them.
 * And a name's O before its apostrophe, read as a zero, is read as the letter.
 */
import type { PackPage } from './types.ts'

// A run of digits with l, I or O among them, standing apart from letters and digits.
const MISREAD_NUMBER = /(?<![\p{L}\p{N}])(?=[lIO]*\d)(?=\d*[lIO])[lIO\d]{2,8}(?![\p{L}\p{N}])/gu
const AS_DIGIT: Record<string, string> = { l: '1', I: '1', O: '0' }

// "T. 0'Halloran": the O of an Irish name read as a zero.
const MISREAD_O = /(?<![\p{L}\p{N}])0(?=['’]\p{Lu}\p{Ll})/gu

export function withOcrDigits(pages: PackPage[]): PackPage[] {
  return pages.map(p => {
    // (Cheaply first: most pages have no digit beside an l, I or O, nor a zero before an apostrophe.)
    if (!/[lIO]\d|\d[lIO]|0['’]/.test(p.text)) return p
    const text = p.text.replace(MISREAD_NUMBER, run => run.replace(/[lIO]/g, c => AS_DIGIT[c] ?? c))
    return { ...p, text: text.replace(MISREAD_O, 'O') }
  })
}
