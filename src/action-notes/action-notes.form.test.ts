import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { dateFromParts, field, paragraphs, parseNotesForm } from './action-notes.form.ts'

describe('dateFromParts', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['', '', '', null],
    ['1', '3', '2027', '2027-03-01'],
    ['29', '2', '2028', '2028-02-29'],
    ['29', '2', '2027', 'invalid'],
    ['31', '4', '2027', 'invalid'],
    ['1', '13', '2027', 'invalid'],
    ['0', '1', '2027', 'invalid'],
    ['1', '1', '27', 'invalid'],
    ['1', '', '2027', 'invalid'],
    ['one', '1', '2027', 'invalid'],
  ]
  for (const [d, m, y, expected] of cases) {
    test(`${d}/${m}/${y} is ${expected}`, () => assert.equal(dateFromParts(d, m, y), expected))
  }
})

test('paragraphs splits resolutions on blank lines, trimming each', () => {
  assert.deepEqual(paragraphs('  One.\n\n\nTwo\nlines. \n \nThree'), ['One.', 'Two\nlines.', 'Three'])
  assert.deepEqual(paragraphs(' \n\n '), [])
})

test('field reads a single string from whatever the body holds', () => {
  assert.equal(field({ a: 'x' }, 'a'), 'x')
  assert.equal(field({ a: ['y', 'z'] }, 'a'), 'y')
  assert.equal(field({ a: 3 }, 'a'), '')
  assert.equal(field(null, 'a'), '')
  assert.equal(field({ a: 'r\r\nn' }, 'a'), 'r\nn')
})

describe('parseNotesForm', () => {
  const context = { members: [{ personId: 1, name: 'Cllr A' }], items: [{ id: 9, label: 'item 7' }] }

  test('a complete form', () => {
    const result = parseNotesForm(
      {
        'attendance-1': 'apologies',
        'also-present': 'Officer One\n\nOfficer Two ',
        'resolutions-9': 'First.\n\nSecond.',
        'action-9': 'Do it',
        'action-due-9-day': '2',
        'action-due-9-month': '1',
        'action-due-9-year': '2027',
      },
      context,
    )
    assert.deepEqual(result, {
      ok: true,
      value: {
        attendance: [{ personId: 1, kind: 'apologies' }],
        alsoPresent: ['Officer One', 'Officer Two'],
        items: [
          {
            agendaItemId: 9,
            notes: '',
            resolutions: ['First.', 'Second.'],
            action: { description: 'Do it', owner: null, dueOn: '2027-01-02' },
          },
        ],
      },
    })
  })

  test('errors name the field and link to it', () => {
    const result = parseNotesForm({ 'action-owner-9': 'Someone', 'action-due-9-day': '40' }, context)
    assert.equal(result.ok, false)
    if (result.ok) return
    assert.deepEqual(
      result.errors.errors.map(e => e.href),
      ['#attendance-1', '#action-due-9-day', '#action-9'],
    )
  })

  test('any input gives a result or errors, never an exception', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer())), body => {
        const result = parseNotesForm(body, context)
        assert.ok(result.ok || result.errors.errors.length > 0)
      }),
    )
  })
})
