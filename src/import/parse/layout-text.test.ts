import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseActionTracker } from './action-tracker.ts'
import { fromLayoutText, isLayoutText } from './layout-text.ts'
import { toLines } from './lines.ts'
import { listedMembership } from './membership.ts'
import { cleanCell } from './table-utils.ts'
import { parseWorkProgramme } from './work-programme.ts'

// A cell's lines are kept apart as `<br>`, which every reader cleans to a space.
const cellsCleaned = (text: string): string[] =>
  text.split('\n').map(line =>
    line
      .split('\t')
      .map(c => cleanCell(c))
      .join('\t'),
  )

// As `pdftotext -layout` writes a tracker page: columns set apart by spaces, cells wrapped under them.
const TRACKER = [
  'ACTION TRACKER 2017/18',
  '',
  'Date             Agenda Item                        Action                               Update',
  '18 Jul 2017      Public Health Grant –              The Director of Public Health to     Information e-mailed to',
  '                 Budget Proposals 2017/18           provide a breakdown of the grant.    Members on 11',
  '                                                                                         September 2017.',
  '                                                    The equality analysis for the',
  '                                                    substance misuse service to be',
  '                                                    shared with the Committee.',
  '19 Sep 2017      Delayed Transfers of Care          Figures for each acute trust to be   Circulated monthly.',
  '                                                    provided each month.',
].join('\n')

describe('text written with its layout', () => {
  it('is told from tab-separated text by its column gaps', () => {
    assert.equal(isLayoutText([{ number: 1, text: TRACKER.repeat(3) }]), true)
    assert.equal(isLayoutText([{ number: 1, text: TRACKER.replaceAll('     ', '\t').repeat(3) }]), false)
    assert.equal(
      isLayoutText([{ number: 1, text: 'Prose with  two spaces after a full stop.  Still prose.\n'.repeat(50) }]),
      false,
    )
  })

  it('reads its tables by where the words stand, wrapped cells joined to their row', () => {
    const page = fromLayoutText({ number: 12, text: TRACKER })
    assert.deepEqual(
      parseActionTracker([page], []).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2017-07-18',
          'Public Health Grant - Budget Proposals 2017/18',
          'The Director of Public Health to provide a breakdown of the grant.',
          'Information e-mailed to Members on 11 September 2017.',
        ],
        [
          '2017-07-18',
          'Public Health Grant - Budget Proposals 2017/18',
          'The equality analysis for the substance misuse service to be shared with the Committee.',
          null,
        ],
        [
          '2017-09-19',
          'Delayed Transfers of Care',
          'Figures for each acute trust to be provided each month.',
          'Circulated monthly.',
        ],
      ],
    )
  })

  it('joins a first column that wraps only where a cell plainly goes on', () => {
    const text = [
      'Date of Meeting: Tuesday 20th March 2018',
      '',
      'Item/ Topic          Type            Aims and Objectives            Lead Officer',
      'Winter 2017/18 –     Update Report   To review how the system       Maxine Tolley',
      'Review of System                     performed over the winter.',
      'Performance',
      'Home Care Quality    Update Report   To understand quality          Mark Ventnor',
    ].join('\n')
    const page = fromLayoutText({ number: 59, text })
    assert.deepEqual(
      parseWorkProgramme([page], [], '2017-11-21').map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        ['2018-03-20', 'Winter 2017/18 - Review of System Performance', 'Update Report', 'Maxine Tolley'],
        ['2018-03-20', 'Home Care Quality', 'Update Report', 'Mark Ventnor'],
      ],
    )
  })

  it('starts a row at each label of a block of labels and values, its values wrapped under them', () => {
    const text = [
      'Work Programme 2017/18',
      '',
      'Chair:                     Cllr Rosalind Pemberton',
      'Committee Members:         Cllrs: Tahir Bashir, Diane Coulson, Peter Fairbrother,',
      '                           Kathleen Mulvey and Jeremy Wadsworth',
      'Officer Support:           Research and Policy Officer: Rose Kilbride (303 1730)',
    ].join('\n')
    const page = fromLayoutText({ number: 29, text })
    assert.deepEqual(listedMembership(toLines([page])), [
      'Rosalind Pemberton',
      'Tahir Bashir',
      'Diane Coulson',
      'Peter Fairbrother',
      'Kathleen Mulvey',
      'Jeremy Wadsworth',
    ])
  })

  it('joins no line across a blank line, which sets paragraphs apart', () => {
    const text = [
      'Term                       Meaning',
      'Substantial variation      A significant change to NHS services on which the Committee must be',
      '                           consulted',
      '',
      'Page 53 of 61',
      '',
      'Health Scrutiny Work Programme',
    ].join('\n')
    const lines = fromLayoutText({ number: 28, text }).text.split('\n')
    assert.deepEqual(lines.slice(2), ['', 'Page 53 of 61', '', 'Health Scrutiny Work Programme'])
  })

  it('starts a row where a column empty on the line above has text again', () => {
    const text = [
      'APPENDIX 1 – WORK PROGRAMME 2023/24',
      '',
      'Meeting date       Item                            Type                    Lead officer',
      '25 January 2024    Equal Pay – Liability, Job      Update report           Claire Dunmore, Director of',
      '                   Evaluation and Settlement                               People Services',
      '                   Programme',
      '                   Oracle ERP System –             Update report           Peter Lansdowne, Programme',
      '                   Stabilisation                                           Director',
    ].join('\n')
    const page = fromLayoutText({ number: 73, text })
    assert.deepEqual(
      parseWorkProgramme([page], [], '2023-12-14').map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        [
          '2024-01-25',
          'Equal Pay - Liability, Job Evaluation and Settlement Programme',
          'Update report',
          'Claire Dunmore, Director of People Services',
        ],
        ['2024-01-25', 'Oracle ERP System - Stabilisation', 'Update report', 'Peter Lansdowne, Programme Director'],
      ],
    )
  })

  it('joins a first column that wraps where the line fills fewer columns than its row began with', () => {
    const text = [
      'Date of Meeting: Tuesday 19th December 2017',
      '',
      'Item/ Topic     Type           Aims and Objectives        Lead Officer',
      'Home Care                      To understand quality      Mark Ventnor',
      'Healthwatch     Update         To receive the             Clare Moss,',
      'Birmingham      Report         annual report.             Chief Executive,',
      'Annual                                                    Healthwatch',
      'Report                                                    Birmingham',
    ].join('\n')
    const page = fromLayoutText({ number: 57, text })
    assert.deepEqual(
      parseWorkProgramme([page], [], '2017-11-21').map(i => [i.topic, i.type, i.lead_officer]),
      [
        ['Home Care', null, 'Mark Ventnor'],
        [
          'Healthwatch Birmingham Annual Report',
          'Update Report',
          'Clare Moss, Chief Executive, Healthwatch Birmingham',
        ],
      ],
    )
  })

  it('starts a row at a date in the first column, though it fills fewer columns than the row above', () => {
    const text = [
      'ACTION TRACKER 2023-24',
      '',
      'Date            Agenda Item                Action                              Update',
      '23 Nov 2023     Asset Disposal Programme   A schedule of assets to be shared   Pending',
      '14 Dec 2023     Financial Monitoring       Month 8 figures to be circulated',
    ].join('\n')
    const page = fromLayoutText({ number: 16, text })
    assert.deepEqual(
      parseActionTracker([page], []).map(a => [a.date, a.agenda_item]),
      [
        ['2023-11-23', 'Asset Disposal Programme'],
        ['2023-12-14', 'Financial Monitoring'],
      ],
    )
  })

  it('carries on a cell that stops at a semicolon, an item of a list going on', () => {
    const text = [
      'Date of Meeting: Wednesday 8th March 2017',
      '',
      'Item/ Topic       Type         Aims and Objectives   Lead Officer      Witnesses',
      'HS2 Curzon        Update       Progress on the       Clare             Cllr Stephen',
      'Street            Report       Curzon Street         Whitmore,         Colley;',
      'Masterplan                     masterplan            HS2 Director      Richard Latham',
    ].join('\n')
    const page = fromLayoutText({ number: 65, text })
    assert.deepEqual(
      parseWorkProgramme([page], [], '2017-02-08').map(i => [i.topic, i.type, i.lead_officer]),
      [['HS2 Curzon Street Masterplan', 'Update Report', 'Clare Whitmore, HS2 Director']],
    )
  })

  it('carries a row on where one cell plainly goes on though another starts a new sentence', () => {
    const text = [
      'ACTION TRACKER 2021-22',
      '',
      'Date            Agenda Item            Action                          Update',
      '20 Oct 2021     School Places          The number of pupils not        Information e-mailed',
      '                Sufficiency            offered a preferred school to   to Members.',
      '                                       be provided by ward.            Figures for pupils',
      '                                                                       outside the city to follow.',
    ].join('\n')
    const rows = cellsCleaned(fromLayoutText({ number: 15, text }).text).slice(3)
    assert.deepEqual(rows, [
      [
        '20 Oct 2021',
        'School Places Sufficiency',
        'The number of pupils not offered a preferred school to be provided by ward.',
        'Information e-mailed to Members. Figures for pupils outside the city to follow.',
      ].join('\t'),
    ])
  })

  it('keeps a header to its own column names, the rest of a row the page broke standing under it', () => {
    const text = [
      'ACTION TRACKER 2021-22',
      '',
      'Date            Agenda Item            Action                          Update',
      '                                                                       Information',
      '                                                                       the city boundary will follow.',
      '20 Oct 2021     Work Programme         Members to send suggestions.    Done.',
    ].join('\n')
    const rows = cellsCleaned(fromLayoutText({ number: 17, text }).text).slice(2)
    assert.deepEqual(rows, [
      'Date\tAgenda Item\tAction\tUpdate Information',
      '\t\t\tthe city boundary will follow.',
      '20 Oct 2021\tWork Programme\tMembers to send suggestions.\tDone.',
    ])
    // A number column names nothing; a cell of markup or a label names no column.
    const numbered = [
      'Future of Community Libraries',
      '',
      '        Recommendation                   Responsibility',
      '        business and learning collections',
      '        on request.',
      'R05     That free Wi-Fi is kept          Cabinet Member',
    ].join('\n')
    assert.deepEqual(cellsCleaned(fromLayoutText({ number: 32, text: numbered }).text).slice(2), [
      '\tRecommendation\tResponsibility',
      '\tbusiness and learning collections on request.',
      'R05\tThat free Wi-Fi is kept\tCabinet Member',
    ])
  })
})

describe('layout text whose cells fill their columns', () => {
  it('parts cells at the columns a table keeps, where a full cell leaves two spaces or one', () => {
    const row = (date: string, item: string, action: string, update: string): string =>
      `  ${date.padEnd(20)}${item.padEnd(32)}${action.padEnd(46)}${update}`
    const text = [
      row('Date', 'Agenda item', 'Action', 'Update'),
      '',
      row(
        '21/11/17',
        'Care Quality Commission: Adult',
        'Provide a ward-level breakdown of care homes',
        'Circulated by email',
      ),
      row('', 'Social Care Inspection', "rated 'Requires improvement'.", 'on 4th December 2017.'),
      '',
      row(
        '19/12/17',
        'Mental Health Strategy',
        'Arrange a visit to the Crisis Cafe.',
        'Visit took place on 8th February 2018.',
      ),
      '',
      row('16 Jan 18', 'Primary Care Access: GP', 'Provide the uptake of extended hours.', ''),
    ].join('\n')
    const page = fromLayoutText({ number: 28, text })
    assert.deepEqual(
      parseActionTracker([page], []).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2017-11-21',
          'Care Quality Commission: Adult Social Care Inspection',
          "Provide a ward-level breakdown of care homes rated 'Requires improvement'.",
          'Circulated by email on 4th December 2017.',
        ],
        [
          '2017-12-19',
          'Mental Health Strategy',
          'Arrange a visit to the Crisis Cafe.',
          'Visit took place on 8th February 2018.',
        ],
        ['2018-01-16', 'Primary Care Access: GP', 'Provide the uptake of extended hours.', null],
      ],
    )
  })
})

describe("layout text of a cell's own markup", () => {
  it('keeps a tag broken across a cell’s lines whole, and marks other line breaks', () => {
    const text = [
      'Date            Item                              Lead',
      '15 July 2020    <ul                               Cllr Imran Qureshi,',
      '                style="list-style-type: none">    Cabinet Member',
      '                Priorities for 2020/21',
      '',
      '16 Sept 2020    Full Opening of Schools           Dr Helen Farrant',
      '',
      '21 Oct 2020     Home to School Transport          Kamala Dhaliwal',
    ].join('\n')
    const rows = fromLayoutText({ number: 34, text }).text.split('\n')
    assert.equal(rows[1]?.split('\t')[1], '<ul style="list-style-type: none">')
    assert.equal(rows[1]?.split('\t')[2], 'Cllr Imran Qureshi,<br>Cabinet Member')
  })
})

it("a markdown table's rows, their cells padded with spaces to line up the pipes, are not layout text", () => {
  const row = (k: number): string =>
    `| ${k}.           | Item ${k} title                              | 10.00 – 10.30 | ${k} - ${k + 1}            |`
  const text = [
    '## AGENDA',
    '',
    '| Item | Title | Time | Pages |',
    ...Array.from({ length: 20 }, (_, k) => row(k + 1)),
  ].join('\n')
  assert.equal(isLayoutText([{ number: 1, text }]), false)
})

it('a table of figures under a recommendation table is read a row a line, not as wrapped cells', () => {
  const text = [
    '  Ref    Due          Recommendation                            Owner                       Update from the ICB (February 2026)           Assessment',
    '         2025         the community dental service for          Castlebridge ICB            the data is not yet available from the new    insufficient',
    '                      children and adults with additional                                   referral management system.                   progress',
    '                      needs to the Committee every six months.',
    '  Context',
    '  NHS dental services in Wyvernshire have been commissioned by the ICB since April 2023. In 2024/25 the ICB commissioned 1.21 million units of',
    '  nationally.',
    '  Practices accepting new NHS adult patients in Wyvernshire (as published by the ICB):',
    '    Locality              July 2025       Oct 2025        Jan 2026        Practices',
    '    Castlebridge          6               7               9               31',
    '    Aldermoor             3               3               4               17',
    '    Total                 11              15              20              96',
  ].join('\n')
  const rows = fromLayoutText({ number: 28, text })
    .text.split('\n')
    .filter(r => r.includes('\t'))
  const cells = (row: string | undefined): string[] => (row ?? '').split('\t').filter(c => c !== '')
  assert.deepEqual(cells(rows.at(-3)), ['Castlebridge', '6', '7', '9', '31'])
  assert.deepEqual(cells(rows.at(-1)), ['Total', '11', '15', '20', '96'])
})
