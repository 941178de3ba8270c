import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withHtmlHeadingsAsBold, withHtmlTablesAsRows } from './html-tables.ts'
import { parseWorkProgramme } from './work-programme.ts'

describe('withHtmlTablesAsRows', () => {
  it('writes each row a line of tab-separated cells, line breaks kept, merged cells printed once', () => {
    const text = [
      'Appendix 1 – Work Programme',
      '<table>',
      '<tr><th>Meeting</th><th>Item</th><th>Lead</th></tr>',
      '<tr><td rowspan="2">30 November 2022</td><td>Winter Plan<br>(update)</td><td>Ann Lee</td></tr>',
      '<tr><td>Carers Strategy</td><td>Raj Patel</td></tr>',
      '<tr><td colspan="2">Items to be scheduled</td><td></td></tr>',
      '</table>',
      'Page 38',
    ].join('\n')
    assert.equal(
      withHtmlTablesAsRows(text),
      [
        'Appendix 1 – Work Programme',
        'Meeting\tItem\tLead',
        '30 November 2022\tWinter Plan<br>(update)\tAnn Lee',
        '\tCarers Strategy\tRaj Patel',
        'Items to be scheduled\t\t',
        'Page 38',
      ].join('\n'),
    )
  })

  it("sets a continued table's rows, short of the cell spanning from the page before, under their columns", () => {
    const text = [
      '<table>',
      '<tr><th>Meeting Date</th><th>Item</th><th>Lead</th></tr>',
      '<tr><td>Primary Care Access</td><td>Dr James Okafor</td></tr>',
      '</table>',
    ].join('\n')
    assert.equal(
      withHtmlTablesAsRows(text),
      ['Meeting Date\tItem\tLead', '\tPrimary Care Access\tDr James Okafor'].join('\n'),
    )
  })

  it('leaves text without tables as it is', () => {
    const text = 'Minutes of the meeting\n<p>not a table</p>'
    assert.equal(withHtmlTablesAsRows(text), text)
  })

  it('gives a programme whose meeting cell spans its rows the date of each', () => {
    const text = withHtmlTablesAsRows(
      [
        '<table>',
        '<tr><th>Meeting date</th><th>Item</th><th>Lead officer</th></tr>',
        '<tr><td rowspan="2">30 November 2022</td><td>Winter Plan</td><td>Ann Lee</td></tr>',
        '<tr><td>Carers Strategy</td><td>Raj Patel</td></tr>',
        '</table>',
      ].join('\n'),
    )
    assert.deepEqual(
      parseWorkProgramme([{ number: 1, text }], [], '2022-09-28').map(w => [w.meeting_date, w.topic, w.lead_officer]),
      [
        ['2022-11-30', 'Winter Plan', 'Ann Lee'],
        ['2022-11-30', 'Carers Strategy', 'Raj Patel'],
      ],
    )
  })
})

describe('withHtmlHeadingsAsBold', () => {
  it('writes a heading line as the bold line a PDF heading extracts as, markup inside it dropped', () => {
    const text = [
      '<h2>Aelodaeth y Pwyllgor / Committee Membership</h2>',
      '  <h3 class="x">Item 6(a) – <em>Young Carers</em></h3>',
      'Text <h2>inline</h2> stays',
    ].join('\n')
    assert.deepEqual(withHtmlHeadingsAsBold(text).split('\n'), [
      '**Aelodaeth y Pwyllgor / Committee Membership**',
      '**Item 6(a) – Young Carers**',
      'Text <h2>inline</h2> stays',
    ])
  })
})
