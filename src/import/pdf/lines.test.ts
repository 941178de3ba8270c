import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runsToText } from './lines.ts'
import type { TextRun } from './lines.ts'

/** A run of 10 pt Helvetica-ish text: 5 pt per character. */
function run(str: string, x: number, y: number, opts: { size?: number; turns?: number } = {}): TextRun {
  const size = opts.size ?? 10
  const turns = opts.turns ?? 0
  const a = Math.round(Math.cos((turns * Math.PI) / 2))
  const b = Math.round(Math.sin((turns * Math.PI) / 2))
  return {
    str,
    transform: [a * size, b * size, -b * size, a * size, x, y],
    width: str.length * size * 0.5,
    height: size,
  }
}

describe('runsToText', () => {
  it('orders lines top to bottom and runs left to right', () => {
    const text = runsToText([run('world', 128, 700), run('second line', 100, 688), run('hello', 100, 700)])
    assert.equal(text, 'hello world\nsecond line')
  })

  it('joins runs with no gap (a font change mid-word) without a space', () => {
    assert.equal(runsToText([run('bold', 100, 700), run('face', 120, 700)]), 'boldface')
  })

  it('writes a tab for a column gap and a space for a word gap', () => {
    const text = runsToText([run('Date', 100, 700), run('Item', 160, 700), run('one', 185, 700)])
    assert.equal(text, 'Date\tItem one')
  })

  it('keeps a justified line with words set wide apart as one line of prose', () => {
    // Words placed one by one, 6 pt (0.6 em) apart, as a loose justified line is set.
    const words = ['The', 'Committee', 'agreed', 'the', 'work', 'programme']
    let x = 100
    const runs = words.map(w => {
      const r = run(w, x, 700)
      x += r.width + 6
      return r
    })
    assert.equal(runsToText(runs), 'The Committee agreed the work programme')
  })

  it('splits cells at a tight table gutter (cell padding of 3 pt a side, 0.7 em)', () => {
    const text = runsToText([run('R05', 100, 700), run('That training', 100 + 15 + 7, 700)])
    assert.equal(text, 'R05\tThat training')
  })

  it('keeps the empty middle cell of a row that cell padding sets apart from the header above it', () => {
    const header = [run('No.', 100, 700), run('Text', 150, 700), run('Revised', 250, 700), run('Assessment', 300, 700)]
    // 30 pt lower: padding above and below each row leaves a gap as wide as a paragraph's.
    const row = [run('R07', 100, 670), run('That a system', 150, 670), run('6', 300, 670)]
    assert.equal(runsToText([...header, ...row]), 'No.\tText\tRevised\tAssessment\n\nR07\tThat a system\t\t6')
  })

  it("places a row's wrapped lines, each set apart by cell padding, in the header's columns", () => {
    const header = [run('Date', 100, 700), run('Item', 150, 700), run('Action', 250, 700), run('Update', 350, 700)]
    const row = [run('19 Sep', 100, 670), run('Delayed', 150, 670), run('Figures for', 250, 670), run('Sent', 350, 670)]
    // Its wrapped lines: the nearest, missing the date, would take the first column from the last.
    const wrap = [run('(DToC)', 150, 640), run('each trust', 250, 640), run('on 9 Oct', 350, 640)]
    const last = [run('to be sent.', 250, 610), run('and 6 Nov.', 350, 610)]
    assert.equal(
      runsToText([...header, ...row, ...wrap, ...last]),
      'Date\tItem\tAction\tUpdate\n\n19 Sep\tDelayed\tFigures for\tSent\n\n\t(DToC)\teach trust\ton 9 Oct\n\n\t\tto be sent.\tand 6 Nov.',
    )
  })

  it("places a cell's paragraphs, each a row of its own, in its column however many there are", () => {
    const header = [run('Date', 100, 700), run('Item', 150, 700), run('Action', 250, 700), run('Update', 350, 700)]
    const row = [run('8 Feb', 100, 670), run('Paradise', 150, 670), run('Visits.', 250, 670), run('Sent.', 350, 670)]
    const paragraphs = [
      run('A note covering:', 350, 640),
      run('the phasing;', 350, 610),
      run('and the works.', 350, 580),
    ]
    assert.equal(
      runsToText([...header, ...row, ...paragraphs]),
      'Date\tItem\tAction\tUpdate\n\n8 Feb\tParadise\tVisits.\tSent.\n\n\t\t\tA note covering:\n\n\t\t\tthe phasing;\n\n\t\t\tand the works.',
    )
  })

  it("joins a cell's wrapped lines, a range broken after its dash kept whole", () => {
    const header = [run('Topic', 100, 700), run('Type', 300, 700)]
    const row = [run('Strategy 2025–', 100, 670), run('Consultation', 300, 670), run('2030', 100, 659)]
    assert.equal(runsToText([...header, ...row]), 'Topic\tType\n\nStrategy 2025–2030\tConsultation')
  })

  it('keeps a list indented inside a cell in its column, not a column of its own', () => {
    // A row set 30 pt below its header (cell padding); the list is set in 30 pt within its cell.
    const header = [run('No.', 100, 700), run('Recommendation', 150, 700), run('Responsibility', 300, 700)]
    const row = [run('R02', 100, 670), run('That:', 150, 670), run('Deputy', 300, 670)]
    const list = [run('a) monthly data', 180, 659), run('Leader', 300, 659), run('is made available;', 180, 648)]
    assert.equal(
      runsToText([...header, ...row, ...list]),
      'No.\tRecommendation\tResponsibility\n\nR02\tThat: a) monthly data is made available;\tDeputy Leader',
    )
  })

  it("joins a cell's second paragraph, set lower than the lines beside it, to its row", () => {
    const header = [run('Date', 100, 700), run('Action', 150, 700), run('Update', 300, 700)]
    const row = [run('16 Nov', 100, 670), run('Members to be', 150, 670), run('Briefing held.', 300, 670)]
    // The update's second paragraph 6 pt lower than a line: between the action's lines, and
    // grouped with the one it is nearest to.
    const rest = [run('briefed on it.', 150, 659), run('Slides sent.', 300, 653), run('And more.', 150, 648)]
    const next = [run('The number of faults.', 150, 620)]
    assert.equal(
      runsToText([...header, ...row, ...rest, ...next]),
      'Date\tAction\tUpdate\n\n16 Nov\tMembers to be briefed on it. And more.\tBriefing held. Slides sent.\n\n\tThe number of faults.',
    )
  })

  it('joins a cell that opens with a list, a little lower than the cells beside it, to its row', () => {
    const header = [run('Date', 100, 700), run('Topic', 150, 700), run('Type', 300, 700), run('Lead', 350, 700)]
    // Rows set apart by cell padding, each a region of its own; the topic starts 9 pt lower.
    const first = [run('10 Dec', 100, 670), run('Update', 300, 670), run('Clive', 350, 670)]
    const topic = [run('ICT Investment Plan', 150, 661), run('report', 300, 659.5), run('Rowntree', 350, 659.5)]
    const next = [run('17 Dec', 100, 630), run('Budget', 150, 630), run('Report', 300, 630), run('Alison', 350, 630)]
    assert.equal(
      runsToText([...header, ...first, ...topic, ...next]),
      'Date\tTopic\tType\tLead\n\n10 Dec\tICT Investment Plan\tUpdate report\tClive Rowntree\n\n17 Dec\tBudget\tReport\tAlison',
    )
  })

  it("keeps a row's empty middle cell though the rows between it and its header lack columns too", () => {
    const header = [run('Date', 100, 700), run('Action', 150, 700), run('Update', 250, 700), run('Status', 350, 700)]
    const row = [run('That', 150, 670), run('Sent.', 250, 670), run('Done', 350, 670)]
    // No update: a column fewer, and the row above lacks the date column.
    const open = [run('21 Jul', 100, 640), run('A briefing.', 150, 640), run('Open', 350, 640)]
    assert.equal(
      runsToText([...header, ...row, ...open]),
      'Date\tAction\tUpdate\tStatus\n\n\tThat\tSent.\tDone\n\n21 Jul\tA briefing.\t\tOpen',
    )
  })

  it('gives a header no column for a list indented in a cell of a row further down', () => {
    const header = [
      run('Date', 100, 700),
      run('Item', 150, 700),
      run('Action', 250, 700),
      run('Lead', 400, 700),
      run('Status', 450, 700),
    ]
    const row = [
      run('12 Dec', 100, 670),
      run('Budget', 150, 670),
      run('Yes.', 250, 670),
      run('Ann', 400, 670),
      run('Open', 450, 670),
    ]
    const listed = [
      ...[run('6 Mar', 100, 640), run('Repairs', 150, 640), run('The following information:', 250, 640)],
      ...[run('Gavin', 400, 640), run('Done', 450, 640), run('Update', 150, 629), run('• The number', 280, 629)],
    ]
    assert.equal(runsToText([...header, ...row, ...listed]).split('\n')[0], 'Date\tItem\tAction\tLead\tStatus')
  })

  it('keeps superscripts on their line', () => {
    const text = runsToText([run('footnote', 100, 700), run('1', 140, 703, { size: 6 }), run('text', 145, 700)])
    assert.equal(text, 'footnote1 text')
  })

  it('leaves a blank line at a paragraph gap', () => {
    assert.equal(runsToText([run('one', 100, 700), run('two', 100, 670)]), 'one\n\ntwo')
  })

  it('drops the second copy of fake-bold text', () => {
    assert.equal(runsToText([run('AGENDA', 100, 700), run('AGENDA', 100.4, 700)]), 'AGENDA')
  })

  it('reads rotated (landscape) tables as rows', () => {
    const text = runsToText([
      run('Topic', 100, 100, { turns: 1 }),
      run('Lead', 100, 160, { turns: 1 }),
      run('SEND', 112, 100, { turns: 1 }),
      run('Director', 112, 160, { turns: 1 }),
    ])
    assert.equal(text, 'Topic\tLead\nSEND\tDirector')
  })

  it('puts rotated text after the upright text of the page', () => {
    const text = runsToText([run('side note', 20, 400, { turns: 1 }), run('Body', 100, 700)])
    assert.equal(text, 'Body\nside note')
  })

  it('drops control characters, including form feeds that would read as page breaks', () => {
    assert.equal(runsToText([run('a\u0000b\fc', 100, 700)]), 'abc')
  })

  it('is empty for a page without text', () => {
    assert.equal(runsToText([]), '')
    assert.equal(runsToText([run('   ', 100, 700)]), '')
  })
})
