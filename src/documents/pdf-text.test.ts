import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { printable, toPdfText, wrapLines, wrapText } from './pdf-text.ts'

const helvetica = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)

describe('wrapLines', () => {
  const measure = (s: string) => s.length
  test('breaks at spaces within the width, keeps paragraphs, and breaks words longer than a line', () => {
    assert.deepEqual(wrapLines('aaa bbb ccc', 7, measure), ['aaa bbb', 'ccc'])
    assert.deepEqual(wrapLines('one two three', 7, measure), ['one two', 'three'])
    assert.deepEqual(wrapLines('one\n\ntwo', 10, measure), ['one', '', 'two'])
    assert.deepEqual(wrapLines('a\nb', 10, measure), ['a', 'b'])
    assert.deepEqual(wrapLines('abcdefghij', 4, measure), ['abcd', 'efgh', 'ij'])
  })
})

describe('printable and toPdfText', () => {
  test('table cells keep their line breaks; characters the font lacks become ?', async () => {
    const font = await helvetica()
    assert.equal(printable(font, 'Café\r\nčas\tend'), 'Café\n?as end')
  })

  test('single lines lose control characters and keep a drawable letter where accents can go', async () => {
    const font = await helvetica()
    assert.equal(toPdfText(font, 'Café\nčas \u2212 1 \u4e2d'), 'Café cas - 1 ?')
  })
})

describe('wrapText', () => {
  test('every line fits the width in the font, and no word is lost', async () => {
    const font = await helvetica()
    const text = 'Overview and Scrutiny Committee recommendations on temporary accommodation'
    const lines = wrapText(font, text, 10, 120)
    assert.ok(lines.length > 1)
    for (const line of lines) assert.ok(font.widthOfTextAtSize(line, 10) <= 120, line)
    assert.equal(lines.join(' '), text)
  })
})
