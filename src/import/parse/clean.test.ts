import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { cleanLine, normaliseUnicode, normaliseWhitespace, stripBold, stripBullet, stripHtml } from './clean.ts'

describe('cleanLine', () => {
  const cases: [string, string][] = [
    ['- 4 **ACTION NOTES**', '4 ACTION NOTES'],
    ['- 5 - 16**', '5 - 16'],
    ['**Report of: Sue Harrison (Director for', 'Report of: Sue Harrison (Director for'],
    ['8 <u>WORK PROGRAMME</u>', '8 WORK PROGRAMME'],
    ['4 DISTRICT CHAIRS (2.10 \u2013 4.10)', '4 DISTRICT CHAIRS (2.10 - 4.10)'],
    ['\u2018It takes a city\u2019 \u201Cquoted\u201D', '\'It takes a city\' "quoted"'],
    ['Page 13 of 100', ''],
    ['ways of Page 30 of 100', 'ways of'],
    ['webcast ([please click this link](#)) here', 'webcast (please click this link) here'],
    ['a\u00A0\tb   c ', 'a b c'],
    ['-', ''],
    ['| Report of: | Cabinet Member for Children |', 'Report of: Cabinet Member for Children'],
    ['- | | R10 | text |', 'R10 text'],
    ['|--|---|:--:|', ''],
    ['a | b in prose', 'a | b in prose'],
  ]
  for (const [input, expected] of cases) {
    test(`cleans ${JSON.stringify(input)}`, () => assert.equal(cleanLine(input), expected))
  }
})

describe('helpers', () => {
  test('stripBold removes unbalanced markers', () => assert.equal(stripBold('23 MARCH, 2016**'), '23 MARCH, 2016'))
  test('stripBullet keeps numbers that follow the bullet', () =>
    assert.equal(stripBullet('- 363 Apologies'), '363 Apologies'))
  test('stripHtml turns cells into text', () =>
    assert.equal(stripHtml('<p>That:</p><ul><li>A &amp; B</li></ul>').replace(/\s+/g, ' ').trim(), 'That: A & B'))
  test('normaliseUnicode maps dashes', () => assert.equal(normaliseUnicode('a\u2014b\u2212c'), 'a-b-c'))
  // Their fast paths skip the work when nothing would change; the results must not.
  const spaced = fc.string({ unit: fc.constantFrom('a', '-', '•', ' ', '  ', '\t', '\n', '\u00A0', '\u2003', '*') })
  test('normaliseWhitespace collapses and trims as a plain replace would', () =>
    fc.assert(fc.property(spaced, s => assert.equal(normaliseWhitespace(s), s.replace(/\s+/g, ' ').trim()))))
  test('stripBullet changes only lines that start with a bullet', () =>
    fc.assert(
      fc.property(spaced, s =>
        assert.equal(stripBullet(s), s.replace(/^\s*(?:[-•●▪◦○·]\s+)+/, '').replace(/^\s*[-•●▪◦○·]\s*$/, '')),
      ),
    ))
})
