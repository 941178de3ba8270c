import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withoutMarkdownEscapes } from './markdown-escapes.ts'

test("pandoc's escapes and hard line breaks are taken off the printed text", () => {
  const text = ['| 10\\. | **Date of Next Meeting** |', 'Adeel Sarwar\\', '\\* Councillor Quayle replaced …'].join('\n')
  assert.deepEqual(withoutMarkdownEscapes(text).split('\n'), [
    '| 10. | **Date of Next Meeting** |',
    'Adeel Sarwar',
    '* Councillor Quayle replaced …',
  ])
})

test('a backslash before a letter is text: a file path stays whole', () => {
  const path = 'H:\\Scrutiny\\HSC O&S 2018-19\\cover report v4.docx'
  assert.equal(withoutMarkdownEscapes(path), path)
})
