import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { withCellLineTables } from './cell-lines.ts'
import { parsePack } from './parse-pack.ts'

const rows = (text: string): string[] =>
  withCellLineTables([{ number: 1, text }])[0]
    ?.text.split('\n')
    .filter(l => l.includes('\t')) ?? []

describe('withCellLineTables', () => {
  it("reads each row's cells back by what each column holds: a reference, a date, a title, a sentence, a name", () => {
    const text = [
      'Action No.',
      'Meeting',
      'Minute',
      'Action',
      'Owner',
      'Target date',
      'Update',
      '',
      'PCP 25/20',
      '17/11/2025',
      "41. Rural Crime Review: Commissioner's",
      'Six-Month Response',
      'Ask the Commissioner for an update on',
      'recommendation 8 (rural crime data).',
      'Police and Crime Commissioner and Chief',
      'Constable',
      'January 2026',
      'The Panel Support Officer wrote to the',
      'Commissioner on 20 November 2025.',
      '',
    ].join('\n')
    assert.deepEqual(rows(text), [
      'Action No.\tMeeting\tMinute\tAction\tOwner\tTarget date\tUpdate',
      [
        'PCP 25/20',
        '17/11/2025',
        "41. Rural Crime Review: Commissioner's Six-Month Response",
        'Ask the Commissioner for an update on recommendation 8 (rural crime data).',
        'Police and Crime Commissioner and Chief Constable',
        'January 2026',
        'The Panel Support Officer wrote to the Commissioner on 20 November 2025.',
      ].join('\t'),
    ])
  })

  it('starts a row at its date where no blank line comes between, and reads a key to ratings', () => {
    const text = [
      'Date of meeting',
      'Item',
      'Action',
      'Officer / Member responsible',
      'Update [status]',
      '',
      '20/04/2016',
      'Libraries',
      'Modernisation',
      'Arrange a visit for members to the',
      'self-service pilot at Wrenfield Library.',
      'Head of Libraries',
      'The visit took place. [Complete]',
      '08/06/2016',
      'Carnbury Homes Annual',
      'Report 2015/16',
      'Circulate the void turnaround time.',
      'Chief Executive,',
      'Carnbury Homes',
      '[Ongoing]',
      '',
      'Status',
      'Meaning',
      '',
      'Achieved*',
      'Fully implemented, but after the',
      'target date.',
    ].join('\n')
    assert.deepEqual(rows(text).slice(1), [
      '20/04/2016\tLibraries Modernisation\tArrange a visit for members to the self-service pilot at Wrenfield Library.\tHead of Libraries\tThe visit took place. [Complete]',
      '08/06/2016\tCarnbury Homes Annual Report 2015/16\tCirculate the void turnaround time.\tChief Executive, Carnbury Homes\t[Ongoing]',
      'Status\tMeaning',
      'Achieved*\tFully implemented, but after the target date.',
    ])
  })

  it("reads a header under a details line, a name wrapped ('Progress at August' / '2016'), rows led by their numbers with no blank between", () => {
    const text = [
      'Tracked: for the first time',
      'No.',
      'Recommendation',
      'Lead',
      'Target date',
      'Progress at August',
      '2016',
      'Status',
      '1',
      'That the Council consults on a',
      'licensing scheme.',
      'Head of Private Sector',
      'Housing',
      'March 2016',
      'Consultation ran in March.',
      'Implemented',
      '2',
      'That a landlord accreditation scheme',
      'is set up.',
      'Head of Housing',
      'April 2016',
      'Launched in June.',
      'Partly implemented',
    ].join('\n')
    assert.deepEqual(rows(text), [
      'No.\tRecommendation\tLead\tTarget date\tProgress at August 2016\tStatus',
      '1\tThat the Council consults on a licensing scheme.\tHead of Private Sector Housing\tMarch 2016\tConsultation ran in March.\tImplemented',
      '2\tThat a landlord accreditation scheme is set up.\tHead of Housing\tApril 2016\tLaunched in June.\tPartly implemented',
    ])
  })

  it('leaves prose and short lists that name no table as they are', () => {
    const text = ['Apologies', 'Declarations', 'Minutes', '', 'The Committee met on 3 May.'].join('\n')
    assert.equal(withCellLineTables([{ number: 1, text }])[0]?.text, text)
  })
})

describe('parsePack of a tracker set out a cell a line', () => {
  it("gives each action its meeting, item and update, a bracketed status no update's text", () => {
    const text = [
      'OVERVIEW AND SCRUTINY COMMITTEE',
      'Date: Wednesday, 14 September 2016',
      'AGENDA',
      '1.',
      'Apologies for Absence',
      '2.',
      'Action Tracker',
      '(Pages 2 - 3)',
      '\f',
      'Date of meeting',
      'Item',
      'Action',
      'Officer / Member responsible',
      'Update [status]',
      '',
      '08/06/2016',
      'Carnbury Homes Annual',
      'Report 2015/16',
      'Circulate the void turnaround time.',
      'Chief Executive,',
      'Carnbury Homes',
      '[Ongoing]',
      '',
      '13/07/2016',
      'Work Programme 2016/17',
      'Scope a short review of the use of bed',
      'and breakfast accommodation.',
      'Scrutiny Officer',
      'A draft scope is at item 9. [Complete]',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).action_tracker.map(a => [a.date, a.agenda_item, a.update]),
      [
        ['2016-06-08', 'Carnbury Homes Annual Report 2015/16', null],
        ['2016-07-13', 'Work Programme 2016/17', 'A draft scope is at item 9.'],
      ],
    )
  })
})
