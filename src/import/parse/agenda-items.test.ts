import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parsePack } from './parse-pack.ts'

const FRONT_SHEET = [
  'BIRMINGHAM CITY COUNCIL',
  '',
  'HEALTH AND SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE',
  '',
  'TUESDAY, 21 NOVEMBER 2017 AT 10:00 HOURS',
  'IN COMMITTEE ROOM 6, COUNCIL HOUSE',
  '',
  'A G E N D A',
  '',
  '1 APOLOGIES',
  '',
  'To receive any apologies.',
  '',
  '47 - 53',
  '',
]

describe('agenda items', () => {
  it('keeps the dash a wrapped title broke after', () => {
    const text = [
      ...FRONT_SHEET,
      '2 **BIRMINGHAM AND SOLIHULL SUSTAINABILITY AND TRANSFORMATION PARTNERSHIP –',
      'PROGRESS UPDATE (11.50 – 12.30)**',
      '',
      'Paul Kettering, STP Programme Director, in attendance.',
      '',
      '3 OTHER URGENT BUSINESS',
      '',
      'To consider any urgent items.',
    ].join('\n')
    const items = parsePack(text).agenda_items
    assert.deepEqual(
      items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'APOLOGIES', null, null],
        [
          2,
          'BIRMINGHAM AND SOLIHULL SUSTAINABILITY AND TRANSFORMATION PARTNERSHIP - PROGRESS UPDATE',
          [47, 53],
          ['11:50', '12:30'],
        ],
        [3, 'OTHER URGENT BUSINESS', null, null],
      ],
    )
  })

  it('reads a time slot wrapped after its start time', () => {
    const text = [
      ...FRONT_SHEET,
      '2 **CABINET MEMBER FOR HEALTH AND SOCIAL CARE – ADULT SOCIAL CARE BUDGET 2018+ (11.30 –',
      '11.50)**',
      '',
      'A verbal update.',
      '',
      '3 PUBLIC HEALTH GRANT – BUDGET PROPOSALS 2017/18',
      '(11.50 – 12.10)',
      'Dr Furness in attendance.',
      '',
      '4 **BIRMINGHAM MARKETS: TRADING UPDATE**',
      '',
      '12.10pm – 12.30pm',
      '',
      'A verbal update.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text)
        .agenda_items.slice(1)
        .map(i => [i.title, i.time_slot]),
      [
        ['CABINET MEMBER FOR HEALTH AND SOCIAL CARE - ADULT SOCIAL CARE BUDGET 2018+', ['11:30', '11:50']],
        ['PUBLIC HEALTH GRANT - BUDGET PROPOSALS 2017/18', ['11:50', '12:10']],
        ['BIRMINGHAM MARKETS: TRADING UPDATE', ['12:10', '12:30']],
      ],
    )
  })

  it("reads a 24-hour slot printed without separators, and leaves a title's years alone", () => {
    const text = [
      ...FRONT_SHEET,
      '2 FINANCIAL MONITORING 2020/21 (1405-1450)',
      '',
      'A report.',
      '',
      '3 WORK PROGRAMME (2016-2017)',
      '',
      'To note.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text)
        .agenda_items.slice(1)
        .map(i => [i.title, i.time_slot]),
      [
        ['FINANCIAL MONITORING 2020/21', ['14:05', '14:50']],
        ['WORK PROGRAMME (2016-2017)', null],
      ],
    )
  })

  // As a PDF reads (Chromium's print of a pack): no bold markers, and the page's footer between
  // a heading's halves.
  it('carries a heading on without bold markers: a slot alone or with lower-case "pm", and across a page', () => {
    const pages = [
      {
        number: 1,
        text: [
          ...FRONT_SHEET,
          '2 TRACKING: YOUTH EMPLOYMENT AND SKILLS INQUIRY',
          '(1110-1140)',
          'Cllr Ravinder Bassi in attendance.',
          '3 FUTURE OF COMMUNITY LIBRARIES – FINAL REPORT OF THE SCRUTINY',
          'INQUIRY FOR CITY COUNCIL (3.30pm – 4.10pm)',
          'Councillor Jean McAllister to present the final report.',
          '4 ICT AND DIGITAL SERVICES – PROCUREMENT OF SERVICE INTEGRATION AND',
          '',
          'Page 1 of 2',
        ].join('\n'),
      },
      { number: 2, text: ['MANAGEMENT (SIAM) ARRANGEMENTS (1545-1615)', 'Priya Nandra in attendance.'].join('\n') },
    ]
    assert.deepEqual(
      parsePack(pages)
        .agenda_items.slice(1)
        .map(i => [i.number, i.title, i.time_slot]),
      [
        [2, 'TRACKING: YOUTH EMPLOYMENT AND SKILLS INQUIRY', ['11:10', '11:40']],
        [
          3,
          'FUTURE OF COMMUNITY LIBRARIES - FINAL REPORT OF THE SCRUTINY INQUIRY FOR CITY COUNCIL',
          ['15:30', '16:10'],
        ],
        [
          4,
          'ICT AND DIGITAL SERVICES - PROCUREMENT OF SERVICE INTEGRATION AND MANAGEMENT (SIAM) ARRANGEMENTS',
          ['15:45', '16:15'],
        ],
      ],
    )
  })

  it('does not carry a finished heading on to the next page', () => {
    const pages = [
      { number: 1, text: [...FRONT_SHEET, '2 WORK PROGRAMME', '', 'Page 1 of 2'].join('\n') },
      { number: 2, text: ['BIRMINGHAM CITY COUNCIL REPORT', 'Minutes of the meeting'].join('\n') },
    ]
    assert.equal(parsePack(pages).agenda_items.at(-1)?.title, 'WORK PROGRAMME')
  })
})

const MODERNGOV_FRONT = [
  'Public Document Pack',
  '',
  'WEALDSHIRE COUNTY COUNCIL',
  '',
  'Adult Social Care and Health Overview and Scrutiny Committee',
  '',
  'Date:\tTuesday, 8 November 2022',
  'Time:\t10.00 am',
  'Venue:\tCouncil Chamber, County Hall, Maidbury',
  '',
  'AGENDA',
  '',
]

describe('agenda items in a ModernGov pack', () => {
  const MODERNGOV = [
    'Public Document Pack',
    '',
    'WEALDSHIRE COUNTY COUNCIL',
    '',
    'Adult Social Care and Health Overview and Scrutiny Committee',
    '',
    'Date:\tTuesday, 8 November 2022',
    'Time:\t10.00 am',
    'Venue:\tCouncil Chamber, County Hall, Maidbury',
    '',
    'AGENDA',
    '',
    '1.\t**Apologies for Absence**',
    '',
    '2.\t**Minutes** (Pages 5 - 11)',
    '',
    'To approve the minutes of the meeting held on 13 September 2022.',
    '',
    '3.\t**Public Questions** (Page 16)',
    '',
    '4.\t**Hospital Discharge Task and Finish Group – Tracking of**',
    '**Recommendations** (Pages 31 - 36)',
    '',
    'To consider the second progress report.',
    '',
  ].join('\n')

  it('reads the range printed after the title in brackets, one page as "(Page 16)"', () => {
    const items = parsePack(MODERNGOV).agenda_items.map(i => [i.number, i.title, i.pages])
    assert.deepEqual(items.slice(1, 3), [
      [2, 'Minutes', [5, 11]],
      [3, 'Public Questions', [16, 16]],
    ])
  })

  it('carries a title on to the line that ends with its range, whatever its case', () => {
    const item = parsePack(MODERNGOV).agenda_items.at(-1)
    assert.deepEqual(
      [item?.title, item?.pages],
      ['Hospital Discharge Task and Finish Group - Tracking of Recommendations', [31, 36]],
    )
  })

  it('takes the venue from its label, below the date and time', () => {
    assert.equal(parsePack(MODERNGOV).meeting.venue, 'Council Chamber, County Hall, Maidbury')
  })
})

describe('agenda items from pdftotext without -layout, the number on a line of its own', () => {
  it("reads the range after the title, or on its own line between a wrapped title's lines", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.',
      'Apologies for Absence and Substitutions',
      'To receive apologies for absence and to note any substitutions.',
      '',
      '2.',
      'Minutes (Pages 1 - 5)',
      'To confirm as a correct record the minutes of the meeting held on 16 July 2024.',
      '',
      '3.',
      'Private Rented Housing Standards Task and Finish Group: 12-Month',
      '(Pages 8 - 15)',
      'Review of Recommendations',
      'Report of the Head of Housing and Communities.',
      '',
      '4.',
      'Cabinet Forward Plan',
      'To note the Forward Plan of Key Decisions.',
      '(Pages 16 - 17)',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence and Substitutions', null],
        [2, 'Minutes', [1, 5]],
        [3, 'Private Rented Housing Standards Task and Finish Group: 12-Month Review of Recommendations', [8, 15]],
        [4, 'Cabinet Forward Plan', [16, 17]],
      ],
    )
  })
})

describe('agenda items in a layout table with a column of wards before the subject', () => {
  it("reads the subject past the wards and an empty cell, and stops at the minutes' 'Agenda Item 6' stamp", () => {
    const text = [
      ...MODERNGOV_FRONT,
      'Item\tWard/Equal\tItem Not\tPage',
      '1\t\tApologies for Absence<br>To receive any apologies.',
      '',
      '2\t\tMinutes - 19 June 2018<br>To confirm the minutes.\t1 - 3',
      '',
      '3\tBeckside;\tCouncil Housing Growth Programme - Progress',
      '\tEastfold;<br>Kirkholme;\tUpdate\t4 - 6',
      '\t\tTo receive a report from the Director.',
      '',
      '4\t\tWork Schedule\t7 - 9',
      '\f',
      'Agenda Item 6',
      'Draft minutes to be approved at the meeting to be held on Tuesday, 17th July, 2018',
      'SCRUTINY BOARD (HOUSING, ENVIRONMENT AND COMMUNITIES)',
      'TUESDAY, 19TH JUNE, 2018',
      'Councillor Barbara Ainsworth in the Chair',
      '1\tAppeals Against Refusal of Inspection of Documents',
      'There were no appeals.',
      '5\tDate and Time of Next Meeting',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'Minutes - 19 June 2018', [1, 3]],
        [3, 'Council Housing Growth Programme - Progress Update', [4, 6]],
        [4, 'Work Schedule', [7, 9]],
      ],
    )
  })

  it("reads the bold subject past wards named without semicolons and an exempt appendix's paragraph", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '| Item No | Ward | Item Not Open | | Page No |',
      '|---|---|---|---|---|',
      '| 1 | | | **LATE ITEMS**<br>To identify late items. | |',
      '| 2 | | | **MINUTES - 17 OCTOBER 2024**<br>To confirm the minutes. | 1 - 6 |',
      '| 3 | All Wards | | **HOUSING REPAIRS AND VOIDS PERFORMANCE**<br>To consider a report. | 7 - 12 |',
      '| 4 | Eastmoor; Highfield; Skelby | Appendix 2<br>10.4(3) | **HOUSEHOLD WASTE COLLECTION ROUTE REVIEW**<br>To consider a report. | 13 - 16 |',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'LATE ITEMS', null],
        [2, 'MINUTES - 17 OCTOBER 2024', [1, 6]],
        [3, 'HOUSING REPAIRS AND VOIDS PERFORMANCE', [7, 12]],
        [4, 'HOUSEHOLD WASTE COLLECTION ROUTE REVIEW', [13, 16]],
      ],
    )
  })

  it("does not take whose paper it is, a bracket left open at the line's end, for the title's rest", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.\tSupported Bus Services Review\t25 - 28',
      '',
      '\tReport of the Director of Environment and Transport (pre-decision<br>scrutiny of a key decision).',
      '',
      '2.\tWork Programme 2019/20\t29 - 32',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Supported Bus Services Review', [25, 28]],
        [2, 'Work Programme 2019/20', [29, 32]],
      ],
    )
  })

  it('reads a title in capitals to the close of a bracket its cell wraps', () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.\tCORPORATE PERFORMANCE REPORT: QUARTER 2 (JULY<br>TO SEPTEMBER 2021)\t19 - 26',
      '',
      '2.\tPANEL ACTION SHEET\t27 - 29',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'CORPORATE PERFORMANCE REPORT: QUARTER 2 (JULY TO SEPTEMBER 2021)', [19, 26]],
        [2, 'PANEL ACTION SHEET', [27, 29]],
      ],
    )
  })

  it("reads a Welsh council's long minutes item, its range on a line of its own below", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1. Apologies for Absence',
      '',
      '2. To sign as a correct record the minutes of the meeting held on the 10th March, 2016',
      '',
      '5 - 8',
      '',
      '3. Action Tracker',
      '',
      '9 - 11',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'To sign as a correct record the minutes of the meeting held on the 10th March, 2016', [5, 8]],
        [3, 'Action Tracker', [9, 11]],
      ],
    )
  })

  it('reads a subject of two bold runs and the slot in brackets after them, across the page the table breaks at', () => {
    const text = [
      ...MODERNGOV_FRONT,
      '| Item | Business | Pages |',
      '|---|---|---|',
      '| 1. | **Urgent and Emergency Care: Winter 2023/24 Review** (10.40 am – 11.30 am) To review performance. | 11 - 19 |',
      '',
      '2',
      '',
      '<!-- page 3 -->',
      '',
      '| Item | Business | Pages |',
      '|---|---|---|',
      '| 2. | **Joint Health Scrutiny Review of Stroke Services:** **Tracking of Recommendations** (11.30 am – 12.15 pm) To consider progress. | 20 - 29 |',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Urgent and Emergency Care: Winter 2023/24 Review', [11, 19], ['10:40', '11:30']],
        [
          2,
          'Joint Health Scrutiny Review of Stroke Services: Tracking of Recommendations',
          [20, 29],
          ['11:30', '12:15'],
        ],
      ],
    )
  })

  it("reads a typed agenda's title broken after its dash and underlined, its slot under the underline", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.\tReview of Public Toilet Provision –\t11 - 19',
      '\tImplementation of Recommendations',
      '\t-----------------------------------',
      '\t(approx. 7.15 pm - 8.00 pm)',
      '\tReport of the Head of Environmental Services (attached).',
      '',
      '2.\tPerformance Monitoring\t20 - 22',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Review of Public Toilet Provision - Implementation of Recommendations', [11, 19], ['19:15', '20:00']],
        [2, 'Performance Monitoring', [20, 22], null],
      ],
    )
  })

  it('reads items worded as short sentences, their full stops no part of their titles', () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1\tTo receive apologies for absence.',
      '',
      '2\tDeclarations of Interest.',
      '',
      '3\tAction Sheet.\t14 - 16',
      '',
      '4\tEducation Scrutiny Committee held on 17th September 2019.\t17 - 20',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'To receive apologies for absence', null],
        [2, 'Declarations of Interest', null],
        [3, 'Action Sheet', [14, 16]],
        [4, 'Education Scrutiny Committee held on 17th September 2019', [17, 20]],
      ],
    )
  })

  it("joins a title's last words wrapped onto the line its slot closes", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1. Cost of Living Support: Household Support Fund and Local Welfare',
      'Assistance (7.10pm – 7.55pm)',
      'Pages 9 - 14',
      '',
      '2. Work Programme',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.time_slot]),
      [
        [1, 'Cost of Living Support: Household Support Fund and Local Welfare Assistance', ['19:10', '19:55']],
        [2, 'Work Programme', null],
      ],
    )
  })
})

describe("agenda items with an 'Approx' start time under the title", () => {
  it('runs each slot to the next start, over a title wrapped in its table row', () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.\tQuestions for the City Mayor',
      'Approx 5.45pm',
      '',
      '2.\tScrutiny Review: Tackling Food Insecurity in Wrenport –\t(Pages 26 - 31)',
      '\tProgress on Recommendations',
      'Approx 7.15pm',
      '',
      '3.\tWork Programme',
      'Approx 7.45pm',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.time_slot]),
      [
        [1, ['17:45', '19:15']],
        [2, ['19:15', '19:45']],
        [3, null],
      ],
    )
  })
})

describe('agenda items from a table printed to PDF, each cell on one line', () => {
  it('takes the bold title before the text run on after it, a labelled slot within the cell, a range after the title', () => {
    const text = [
      ...MODERNGOV_FRONT,
      'Item\tBusiness\tPages',
      '**1.**\t**Apologies for Absence and Substitutions** To receive apologies for absence.',
      '**2.**\t**Minutes** (Pages 5 - 11)',
      '**3.**\t**Lyndmoor Hospitals Trust: Performance Report** *Indicative timing: 2.10pm – 2.50pm* Dominic Achterberg will attend.\t12 - 19',
      '**4.**\t**Urgent Business** To consider any other business.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Apologies for Absence and Substitutions', null, null],
        [2, 'Minutes', [5, 11], null],
        [3, 'Lyndmoor Hospitals Trust: Performance Report', [12, 19], ['14:10', '14:50']],
        [4, 'Urgent Business', null, null],
      ],
    )
  })
})

describe("agenda items in a table with a 'Time' column last and '(Pages …)' under each summary", () => {
  it('gives each item the range printed below its summary and runs its start time to the next', () => {
    const text = [
      ...MODERNGOV_FRONT,
      'No.\tItem\tLead\tTime',
      '1\t**Apologies for Absence**\tChair\t1.00pm',
      '\tTo receive any apologies.\t\t',
      '2\t**Minutes of the Previous Meeting**\tChair\t1.05pm',
      '\tTo approve the minutes.\t\t',
      '\t(Pages 5 - 10)\t\t',
      '3\t**Matters Arising and Action Log**\tPrincipal Scrutiny Adviser\t1.10pm',
      '\tTo note the action log.\t\t',
      '\t(Pages 11 - 14)\t\t',
      '4\t**Date and Time of Next Meeting**\tChair\t',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages, i.time_slot]),
      [
        [1, null, ['13:00', '13:05']],
        [2, [5, 10], ['13:05', '13:10']],
        [3, [11, 14], null],
        [4, null, null],
      ],
    )
  })
})

describe("agenda items in a table whose 'Page' column gives only the page each item's papers start on", () => {
  // Pages 1–2 the front sheet and agenda; the papers of items 1, 3 and 4 start on pages 3, 4 and 6 of 7.
  const page = (n: number, ...lines: string[]): string[] => [...lines, '', `Page ${n}`, '']
  const pack = (last: string): string =>
    [
      ...page(
        1,
        ...MODERNGOV_FRONT,
        'Item\tSubject\tPage',
        '1\t**Apologies for Absence**\t3',
        '2\t**Any Urgent Business**\t',
        '3\t**Minutes of the Previous Meeting**\t4',
        `4\t**Work Programme 2020/21**\t${last}`,
      ),
      ...page(2, 'Public information: webcasting and access.'),
      ...page(3, 'Agenda Item 1', 'Declarations of interest: guidance.'),
      ...page(4, 'Agenda Item 3', 'MINUTES of the meeting held on 11 January 2021.'),
      ...page(5, 'The Committee noted the report.'),
      ...page(6, 'Agenda Item 4', 'Work Programme 2020/21'),
      ...page(7, 'Unscheduled items.'),
    ].join('\n')

  it("runs each item to the page before the next item's papers, and the last to the pack's last page", () => {
    assert.deepEqual(
      parsePack(pack('6')).agenda_items.map(i => [i.number, i.pages]),
      [
        [1, [3, 3]],
        [2, null],
        [3, [4, 5]],
        [4, [6, 7]],
      ],
    )
  })

  it("reads no ranges where the start pages do not rise, or run past the pack's pages", () => {
    for (const last of ['2', '9']) {
      assert.deepEqual(
        parsePack(pack(last)).agenda_items.map(i => i.pages),
        [null, null, null, null],
        last,
      )
    }
  })
})

describe("agenda items whose ranges are printed before them, an item's only on its lettered parts", () => {
  it("runs the parent over its parts' ranges printed under it, before each part", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '5 - 10',
      '',
      '1.\tMinutes',
      '',
      'To receive the report of the Chief Executive.',
      '',
      '2.\t**Budget Monitoring 2022/23 – Quarter 1**',
      '',
      '11 - 14',
      '',
      '(a)\tRevenue Budget Monitoring',
      '',
      'To receive the report of the Director of Finance.',
      '',
      '15 - 17',
      '',
      '(b)\tCapital Programme Monitoring',
      '',
      'To receive the report of the Director of Finance.',
      '',
      '18 - 20',
      '',
      '3.\t**Scrutiny Recommendations Monitoring**',
      '',
      'To receive the report of the Head of Democratic Services.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages]),
      [
        [1, [5, 10]],
        [2, [11, 17]],
        [3, [18, 20]],
      ],
    )
  })
})

describe('agenda items in a table with each slot on the row under its item, a second lead beside it', () => {
  it("reads 'Time: 11.00 – 11.40' in the subject's cell of the row under, whatever the lead's cell holds", () => {
    const text = [
      ...MODERNGOV_FRONT,
      'Item\tSubject\tLead\tPages',
      '1\tApologies for absence\tCouncillor Helen Marsh, Chair\t–',
      "2\tMayor's Question Time\tDanielle Okoro, Mayor of Sedgewater\t13 - 18",
      '\tTime: 10.15 – 11.00\t\t',
      '3\tBus Franchising: Tracking of Recommendations\tCouncillor Sunita Bhatt, Vice-Chair\t19 - 27',
      '\tTime: 11.00 – 11.40\tTom Ellery, Director of Bus Services\t',
      '4\tWork Programme 2025/26\tRebecca Doyle, Statutory Scrutiny Officer\t32 - 36',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.time_slot]),
      [
        [1, null],
        [2, ['10:15', '11:00']],
        [3, ['11:00', '11:40']],
        [4, null],
      ],
    )
  })
})

describe('agenda items whose titles close with where the papers are', () => {
  it("leaves '(copy attached)' out of the title", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1 **Declarations of Interest**',
      '',
      '- 12 - 17**',
      '- 2 **Revenue Budget Monitoring 2023/24 – Position as at 31 December 2023** (copy attached)',
      '- Report by Head of Finance',
      '- 18 - 21**',
      '- 3 **Internal Audit Progress Report** (Copy Attached)',
      '- Submit report by Chief Internal Auditor (copy attached).',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => i.title),
      [
        'Declarations of Interest',
        'Revenue Budget Monitoring 2023/24 - Position as at 31 December 2023',
        'Internal Audit Progress Report',
      ],
    )
  })
})

describe('agenda items in a table whose row a page broke', () => {
  it("reads the title's rest on the next page, past the page's footer, and no row of the agenda as a recommendation", () => {
    const pages = [
      {
        number: 2,
        text: [
          ...MODERNGOV_FRONT,
          'Item\tSubject\tLead\tPages',
          '1\tApologies for absence\tCouncillor Helen Marsh, Chair\t–',
          '2\tBus Franchising Task and Finish Group:\tCouncillor Sunita Bhatt, Vice-Chair and\t19 - 27',
          '',
          'Page 2 of 27',
        ].join('\n'),
      },
      {
        number: 3,
        text: [
          '\tTracking of Recommendations\tLead Member of the Task and Finish Group',
          '\tTime: 11.00 – 11.40\tTom Ellery, Director of Bus Services',
          '3\tWork Programme 2025/26\tRebecca Doyle, Statutory Scrutiny Officer\t32 - 36',
          '4\tDate and time of next meeting\tCouncillor Helen Marsh, Chair\t–',
        ].join('\n'),
      },
    ]
    const pack = parsePack(pages)
    assert.deepEqual(
      pack.agenda_items.map(i => [i.number, i.title, i.time_slot]),
      [
        [1, 'Apologies for absence', null],
        [2, 'Bus Franchising Task and Finish Group: Tracking of Recommendations', ['11:00', '11:40']],
        [3, 'Work Programme 2025/26', null],
        [4, 'Date and time of next meeting', null],
      ],
    )
    assert.deepEqual(pack.recommendations, [])
  })
})

describe("agenda items whose description numbers its points '1)', '2)', '3)'", () => {
  it("takes no point leading into what follows ('3) If so, to formally pass …:-') for the next item", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1 **Appeals Against Refusal of Inspection of Documents**',
      'To consider any appeals.',
      '',
      '2 **Exempt Information - Possible Exclusion of the Press and Public**',
      '- 1) To highlight reports which officers have identified as containing exempt information.',
      '- 2) To consider whether or not to accept the officers recommendation.',
      '- 3) If so, to formally pass the following resolution:-',
      '',
      '3 **Late Items**',
      'To identify items which have been admitted to the agenda by the Chair.',
      '',
      '4 **Declaration of Interests**',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title]),
      [
        [1, 'Appeals Against Refusal of Inspection of Documents'],
        [2, 'Exempt Information - Possible Exclusion of the Press and Public'],
        [3, 'Late Items'],
        [4, 'Declaration of Interests'],
      ],
    )
  })
})

describe("agenda items from layout text, the slot on the first line of the summary's cell", () => {
  it("reads 'Indicative timing: 10.45 am – 11.35 am<br>To comment …' as the item's slot", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.\tApologies for Absence',
      '',
      '2.\tDraft Revenue Budget 2022/23: Children’s Services\t11 - 15',
      '',
      '\tIndicative timing: 10.45 am – 11.35 am<br>To comment on the budget proposals before Cabinet.',
      '',
      '3.\tTask Group on Elective Home Education – Recommendation Monitoring\t16 - 22',
      '',
      '\tIndicative timing: 11.35 am – 12.20 pm<br>To review progress on the recommendations.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.time_slot]),
      [
        [1, null],
        [2, ['10:45', '11:35']],
        [3, ['11:35', '12:20']],
      ],
    )
  })
})

describe('agenda items set out as a table, or in lettered parts', () => {
  it("reads 'Item No. | Subject | Page No.' rows, the title before the cell's line break, a title wrapped into the next row", () => {
    const text = [
      'To: All Members of the Overview and Scrutiny Committee',
      '',
      'You are summoned to attend a meeting of the Overview and Scrutiny Committee which will be held in the Council Chamber, Harrowdale House, on Wednesday, 9 July 2025 at 6.30 pm.',
      '',
      'AGENDA',
      '',
      'Item No.\tSubject\tPage No.',
      '1.\t**Apologies for Absence**<br>To receive apologies for absence.\t',
      '2.\t**Minutes**<br>To confirm the minutes of the meeting held on 4 June 2025.\t1 - 7',
      '3.\t**Planning Enforcement Task and Finish Group –**\t20 - 28',
      '\t**Twelve Month Review of Recommendations**<br>Report of the Chairman of the Group.\t',
      '4.\t**Urgent Business**<br>To consider any urgent items.\t',
    ].join('\n')
    const pack = parsePack(text)
    assert.equal(pack.committee, 'Overview and Scrutiny Committee')
    assert.deepEqual(
      pack.agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'Minutes', [1, 7]],
        [3, 'Planning Enforcement Task and Finish Group - Twelve Month Review of Recommendations', [20, 28]],
        [4, 'Urgent Business', null],
      ],
    )
  })

  it("takes a slot from an 'Approximate timing:' line, and an item's pages from its lettered parts", () => {
    const text = [
      ...FRONT_SHEET.slice(0, 8),
      '1\tAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS',
      '',
      '2\tSPECIAL EDUCATIONAL NEEDS AND DISABILITIES: TIMELINESS OF\t(Pages 9 - 17)',
      'EDUCATION, HEALTH AND CARE PLANS',
      'Approximate timing: 10.15am – 11.15am',
      '',
      '3\tACTIONS AND RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME',
      'Approximate timing: 11.50am – 12.10pm',
      '',
      'a.\tActions and Recommendations Tracker\t(Pages 24 - 25)',
      '',
      'b.\tForward Work Programme 2023/24\t(Pages 26 - 31)',
      '',
      '4\tDATE OF THE NEXT MEETING',
      '(Indicative timing: 6.10 pm – 6.55 pm)',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'APOLOGIES FOR ABSENCE AND SUBSTITUTIONS', null, null],
        [
          2,
          'SPECIAL EDUCATIONAL NEEDS AND DISABILITIES: TIMELINESS OF EDUCATION, HEALTH AND CARE PLANS',
          [9, 17],
          ['10:15', '11:15'],
        ],
        [3, 'ACTIONS AND RECOMMENDATIONS TRACKER AND FORWARD WORK PROGRAMME', [24, 31], ['11:50', '12:10']],
        // The label may stand inside the slot's brackets, in the evening.
        [4, 'DATE OF THE NEXT MEETING', null, ['18:10', '18:55']],
      ],
    )
  })
})

describe('agenda items with the range in a cell of its own', () => {
  it("carries a title that breaks off at a colon before its range on, and spans '(a)' parts' ranges", () => {
    const text = [
      'Public Document Pack',
      '',
      'Overview and Scrutiny Committee',
      '',
      'Date:\tTuesday, 19 November 2024',
      'Time:\t6.30 pm',
      '',
      'AGENDA',
      '',
      '1.\tApologies for Absence',
      '',
      '2.\tFly-Tipping and Environmental Crime Task and Finish Group:\t(Pages 25 - 32)',
      'Six-Month Monitoring of Recommendations',
      '',
      "To consider progress on the recommendations six months after Cabinet's response.",
      '',
      '3.\tAction Log and Work Programme',
      '',
      '(a)\tAction Log\t(Pages 33 - 34)',
      '',
      '(b)\tOverview and Scrutiny Work Programme 2024/25\t(Pages 35 - 38)',
      '',
      '4.\tDate of Next Meeting',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [
          2,
          'Fly-Tipping and Environmental Crime Task and Finish Group: Six-Month Monitoring of Recommendations',
          [25, 32],
        ],
        [3, 'Action Log and Work Programme', [33, 38]],
        [4, 'Date of Next Meeting', null],
      ],
    )
  })
})

describe('agenda items whose titles wrap in the subject column', () => {
  it('joins rows in title case or after a dangling word, long as the title runs, takes the slot below, and leaves a sentence row', () => {
    const text = [
      'Health and Adult Social Care Overview and Scrutiny Panel',
      'Tuesday, 23 September 2025 at 2.00 pm',
      '',
      'A G E N D A',
      '',
      'Item\tSubject\tPages',
      '',
      '1.\tApologies for Absence and Substitutions',
      '',
      '2.\tScrutiny Recommendations Monitoring: Hospital Discharge and\t(Pages 21 - 28)',
      '\tIntermediate Care Inquiry and Access to NHS Dentistry Task',
      '\tand Finish Group',
      '\t(3.50 pm – 4.20 pm)',
      '\tReport of the Scrutiny Officer.',
      '',
      '3.\tWork Programme 2025/26\t(Pages 32 - 36)',
      "\tTo review the Panel's work programme and the relevant items on the Cabinet",
      '\tForward Plan, and to agree any changes.',
      '',
      '4.\tDate of Next Meeting',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Apologies for Absence and Substitutions', null, null],
        [
          2,
          'Scrutiny Recommendations Monitoring: Hospital Discharge and Intermediate Care Inquiry and Access to NHS Dentistry Task and Finish Group',
          [21, 28],
          ['15:50', '16:20'],
        ],
        [3, 'Work Programme 2025/26', [32, 36], null],
        [4, 'Date of Next Meeting', null, null],
      ],
    )
  })
})

describe('agenda items in capitals with slot and pages in the bold title', () => {
  it('reads a title opening with its year, and one wrapped after a colon onto the line with its slot and range', () => {
    const text = [
      '**LONDON BOROUGH OF KINGSHOLT**',
      '',
      '**OVERVIEW AND SCRUTINY COMMITTEE**',
      '',
      '**Tuesday 7 November 2023 at 7.30pm**',
      '',
      '**AGENDA**',
      '',
      '**1. APOLOGIES FOR ABSENCE**',
      '',
      '**2. 2023/24 QUARTER 1 PERFORMANCE AND FINANCE MONITORING REPORT (8.10 – 8.50PM) (PAGES 17 - 24)**',
      '',
      'Councillor Rashida Begum in attendance.',
      '',
      '**3. SCRUTINY REVIEWS – EXECUTIVE RESPONSES AND ACTION PLANS:',
      'PROGRESS UPDATE (8.50 – 9.30PM) (PAGES 25 - 34)**',
      '',
      '**4. ANY OTHER BUSINESS**',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'APOLOGIES FOR ABSENCE', null, null],
        [2, '2023/24 QUARTER 1 PERFORMANCE AND FINANCE MONITORING REPORT', [17, 24], ['20:10', '20:50']],
        [3, 'SCRUTINY REVIEWS - EXECUTIVE RESPONSES AND ACTION PLANS: PROGRESS UPDATE', [25, 34], ['20:50', '21:30']],
        [4, 'ANY OTHER BUSINESS', null, null],
      ],
    )
  })
})

describe('agenda items with ranges in the margin before lettered parts', () => {
  it("gives an item the span of '36 - 39 (a) …' and '40 (b) …'", () => {
    const text = [
      ...FRONT_SHEET,
      '2 **ACTION LOG**',
      '',
      'To review progress on the actions.',
      '',
      '3 <u>WORK PROGRAMME AND FORWARD PLAN</u>',
      '',
      '36 - 39 (a) Work Programme 2017/18',
      '',
      '40 (b) Extract from the Forward Plan of Key Decisions',
      '',
      '4 **URGENT BUSINESS**',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'APOLOGIES', null],
        [2, 'ACTION LOG', [47, 53]],
        [3, 'WORK PROGRAMME AND FORWARD PLAN', [36, 40]],
        [4, 'URGENT BUSINESS', null],
      ],
    )
  })
})

describe('agenda items in an HTML table', () => {
  it("reads the slot on a line of the title's cell", () => {
    const text = [
      'Adult Social Care and Health Scrutiny Committee',
      'Wednesday, 28 September 2022 at 6.00 pm',
      '',
      'AGENDA',
      '<table>',
      '<tr><th>Agenda Item No.</th><th>Title</th><th>Lead Member / Officer</th><th>Page No.</th></tr>',
      '<tr><td>1.</td><td>Apologies for Absence<br>To receive apologies.</td><td>Chair</td><td></td></tr>',
      '<tr><td>2.</td><td>Fair Cost of Care<br>(6.20 pm – 7.05 pm)</td><td>Christine Oduya</td><td>15 - 22</td></tr>',
      '</table>',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Apologies for Absence', null, null],
        [2, 'Fair Cost of Care', [15, 22], ['18:20', '19:05']],
      ],
    )
  })
})

describe('agenda items with lettered parts in a column of their own', () => {
  it("keeps '(a)' out of the title and counts a part's one page printed alone", () => {
    const text = [
      ...FRONT_SHEET.slice(0, -3),
      '2\tWork Programme 2020/21 and Forward Plan\t9.00 pm -<br>9.20 pm',
      '\t(a)\tSelect Committee Work Programme 2020/21\t23 - 26',
      '\t(b)\tForward Plan of Key Decisions\t27',
      '',
      '3\tDate of Next Meeting',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'APOLOGIES', null],
        [2, 'Work Programme 2020/21 and Forward Plan', [23, 27]],
        [3, 'Date of Next Meeting', null],
      ],
    )
  })
})

describe('agenda items in a Scottish council’s business list', () => {
  it("reads 'Pages 3 to 8' at the right as the range, and a sentence row under a title as what the item is for", () => {
    const text = [
      'CLYDEBURN COUNCIL',
      '',
      'BUSINESS',
      '',
      '1.\tApologies for Absence',
      '',
      '2.\tMinute of Previous Meeting – 28th November 2019\tPages 3 to 8',
      '\tMinute of the meeting of the Audit and Scrutiny Committee held on 28th November 2019 (copy attached).',
      '',
      '3.\tScrutiny Review of Sickness Absence Management – Progress on',
      '\tImplementation of Recommendations\tPages 19 to 28',
      '\tReport by Head of People and Organisational Development (copy attached).',
      '',
      '4.\tFleet Management Arrangements – Internal Audit Follow-up\tWITHDRAWN',
      '\tThis report has been withdrawn and will be submitted to the meeting on 23rd April 2020.',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'Minute of Previous Meeting - 28th November 2019', [3, 8]],
        [3, 'Scrutiny Review of Sickness Absence Management - Progress on Implementation of Recommendations', [19, 28]],
        [4, 'Fleet Management Arrangements - Internal Audit Follow-up', null],
      ],
    )
  })
})

describe('agenda items with two reports', () => {
  it("gives an item the range of its second report too, printed in the gap before the next item's", () => {
    const text = [
      'A G E N D A',
      '',
      '1 APOLOGIES',
      '',
      '- 3 - 8**',
      '- 2 **ACTION NOTES**',
      '- 9 - 12**',
      '- 3 **CULTURAL INVESTMENT PROGRAMME AND CULTURAL COMPACT**',
      '- (a) Cultural Investment Programme: report of the Head of Culture.',
      '- 13 - 16**',
      '- (b) Birmingham Cultural Compact: annual update.',
      '- 17 - 25**',
      '- 4 **TRACKING: ACTIVE PARKS INQUIRY**',
      '',
      '5 OTHER URGENT BUSINESS',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages]),
      [
        [1, null],
        [2, [3, 8]],
        [3, [9, 16]],
        [4, [17, 25]],
        [5, null],
      ],
    )
  })
})

describe('agenda items converted to markdown', () => {
  it("carries a title that breaks off ('… – Tracking of') on to the short line under it", () => {
    const text = [
      '# AGENDA',
      '',
      '**1.** **Apologies for Absence and Substitutions**',
      '',
      '**2.** **Rural Bus Connectivity Inquiry – Tracking of** **21 - 32**',
      '**Recommendations**',
      '',
      'To consider progress on the recommendations of the inquiry.',
      '',
      '**3.** **Work Programme 2024/25** **33 - 38**',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence and Substitutions', null],
        [2, 'Rural Bus Connectivity Inquiry - Tracking of Recommendations', [21, 32]],
        [3, 'Work Programme 2024/25', [33, 38]],
      ],
    )
  })
})

describe('agenda items with a column of start times', () => {
  it('runs each slot to the next time given, the last to the Close, and gives a deferred item none', () => {
    const text = [
      '**A G E N D A**',
      '',
      'Time\tItem\t\tPages',
      '',
      '10.30\t1\t**Apologies for Absence and Substitutions**',
      '\t\tTo receive apologies for absence.',
      '',
      '11.55\t2\t**Hospital Discharge Task and Finish Group: Tracking of\t22 - 31',
      '\t\tRecommendations**',
      '\t\tTo consider the progress reported by the NHS bodies.',
      '',
      '\t3\t**Community Paediatric Audiology Service Review**',
      '\t\tDEFERRED. This item has been deferred to 11 December 2023.',
      '',
      '12.35\t4\t**Work Programme 2023/24**\t32 - 37',
      '\t\tTo review the work programme.',
      '',
      '13.00\t\t**Close**',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot]),
      [
        [1, 'Apologies for Absence and Substitutions', null, ['10:30', '11:55']],
        [2, 'Hospital Discharge Task and Finish Group: Tracking of Recommendations', [22, 31], ['11:55', '12:35']],
        [3, 'Community Paediatric Audiology Service Review', null, null],
        [4, 'Work Programme 2023/24', [32, 37], ['12:35', '13:00']],
      ],
    )
  })
})

describe("the membership where the front sheet lists the committee's officers and co-optees apart", () => {
  it('takes the Chair, Deputy Chair, members and education representatives together', () => {
    const text = [
      'BIRMINGHAM CITY COUNCIL',
      '',
      'LEARNING, CULTURE AND PHYSICAL ACTIVITY OVERVIEW AND SCRUTINY COMMITTEE',
      '',
      'WEDNESDAY, 18 NOVEMBER 2020 AT 10:00 HOURS',
      'IN ONLINE MEETING, MICROSOFT TEAMS',
      '',
      'Chair:\tCllr Rosalind Ashcombe',
      'Deputy Chair:\tCllr Nasreen Qadri',
      'Committee Members:\tCllrs: Oliver Brackenbury and Maureen Tolland',
      '\tEducation Representatives: Gillian Marchbank, Church of England Diocese, and Temitope Adewale, Parent Governor',
      '',
      'A G E N D A',
      '',
      '1 NOTICE OF RECORDING/WEBCAST',
      '',
      '2 APOLOGIES',
    ].join('\n')
    assert.deepEqual(parsePack(text).members, [
      'Rosalind Ashcombe',
      'Nasreen Qadri',
      'Oliver Brackenbury',
      'Maureen Tolland',
      'Gillian Marchbank',
      'Temitope Adewale',
    ])
  })
})

describe('agenda items from a layout table whose subject cell holds a summary under the title', () => {
  it('keeps the title to its lines in title case, and finds the venue past a pre-meeting note', () => {
    const text = [
      '                                 Scrutiny Board (Adults and Health)',
      '',
      '                                Tuesday, 20th March, 2018 at 1.30 pm',
      '',
      '              (A pre-meeting will take place for ALL Members of the Board at 1.00 pm)',
      '',
      '                                  at Civic Hall, Airedale, AD1 1UR',
      '',
      // Enough lines set out in columns for the pack to read as layout text.
      ...['H Lowther (Chair)', 'C Ashby', 'R Banerjee', 'B Ellery', 'S Fenwick', 'M Garside', 'A Hussain'].map(
        name => `        ${name.padEnd(31)}-   Airedale Ward;`,
      ),
      '\f                                            A G E N D A',
      '',
      ' Item     Ward/Equal        Item Not                                                          Page',
      ' No       Opportunities     Open                                                              No',
      '',
      ' 1                                      Exempt Information – Possible Exclusion of the Press',
      '                                        and Public',
      '                                        To highlight reports or appendices which officers have',
      '                                        identified as containing exempt information.',
      '',
      ' 2                                      Minutes – 20th February 2018                             1 - 6',
      '                                        To approve as a correct record the minutes.',
      '',
      ' 3                                      Recommendation Tracking – Inquiry into Social            11 - 22',
      '                                        Isolation and Loneliness in Later Life',
      '                                        To consider a report of the Head of Scrutiny.',
      '',
      ' 4                                      Work Schedule                                            23 - 30',
      '                                        To consider the work schedule.',
      '\f',
    ].join('\n')
    const pack = parsePack(text)
    assert.equal(pack.meeting.venue, 'Civic Hall, Airedale, AD1 1UR')
    assert.deepEqual(
      pack.agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Exempt Information - Possible Exclusion of the Press and Public', null],
        [2, 'Minutes - 20th February 2018', [1, 6]],
        [3, 'Recommendation Tracking - Inquiry into Social Isolation and Loneliness in Later Life', [11, 22]],
        [4, 'Work Schedule', [23, 30]],
      ],
    )
  })
})

describe("agenda items past the council's name at the top of the agenda's next page", () => {
  it('reads on past a running header when the next item follows it', () => {
    const text = [
      'RIVERTON CITY COUNCIL',
      '',
      'SCRUTINY MANAGEMENT BOARD – MONDAY, 9TH JUNE 2025 AT 5.30PM IN COMMITTEE ROOM A',
      '',
      'A G E N D A',
      '',
      '1 **Apologies for Absence**',
      '',
      '2 **Action Log**',
      '',
      'RIVERTON CITY COUNCIL',
      'SCRUTINY MANAGEMENT BOARD – 9 JUNE 2025',
      '',
      '3 **Work Programme**',
      '',
      'RIVERTON CITY COUNCIL',
      '',
      'MINUTES of the meeting held on 14 April 2025',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => i.title),
      ['Apologies for Absence', 'Action Log', 'Work Programme'],
    )
  })
})

describe("agenda items of a police and crime panel's agenda", () => {
  it('reads ranges at the end of a summary, one printed over its item, and slots ending at noon', () => {
    const text = [
      'BRACKENSHIRE POLICE AND CRIME PANEL',
      '',
      'Thursday, 7 October 2021 at 10.00 am',
      '',
      '**A G E N D A**',
      '',
      '1\t**Apologies for Absence**',
      'To receive apologies for absence.',
      '',
      '2\t**Declarations of Interest**',
      'Members are reminded that they must declare any interest.',
      '',
      '(Pages 5 - 10)',
      '3\t**Minutes of the Meeting held on 22 July 2021**',
      'To confirm the minutes.',
      '',
      "4\t**Commissioner's Update Report**\t10.20 am – 11.00 am",
      'Lead: Mark Thurlow, Police and Crime Commissioner',
      '',
      "To receive the Commissioner's report on his activity since the last meeting.\t(Pages 11 - 22)",
      '',
      '5\t**Task Group on Police Response Times – Progress on Recommendations**\t11.00 am – 12 noon',
      '',
      'To agree the Panel’s assessment of each recommendation.\t(Pages 23 - 31)',
      '',
      '6\t**Panel Work Programme 2021/22**\t12 noon – 12.15 pm',
      '',
      'To review the work programme.\t(Pages 32 - 36)',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages, i.time_slot]),
      [
        [1, null, null],
        [2, null, null],
        [3, [5, 10], null],
        [4, [11, 22], ['10:20', '11:00']],
        [5, [23, 31], ['11:00', '12:00']],
        [6, [32, 36], ['12:00', '12:15']],
      ],
    )
  })

  it("reads a Welsh council's 'Tudalennau / Pages' ranges under each item's summary, one before a title", () => {
    const text = [
      'PWYLLGOR CRAFFU / SCRUTINY COMMITTEE',
      '',
      'Dyddiad / Date: Thursday, 17 November 2022',
      '',
      '**AGENDA**',
      '',
      '1. **Welcome and Apologies for Absence**',
      '',
      '2. **Minutes**',
      '',
      'To approve the minutes of the meeting held on 29 September 2022.',
      '',
      'Tudalennau / Pages 5 - 10',
      '',
      '3. **Action Sheet**',
      '',
      "To consider the Committee's Action Sheet.",
      '',
      'Tudalennau / Pages 11 - 14',
      '',
      'Tudalennau / Pages 15 - 22 4. **Cost of Living Support**',
      '',
      'To receive the report of the Head of Revenues and Benefits.',
      '',
      '5. **Forward Work Programme 2022-23**',
      '',
      'To approve the Forward Work Programme.',
      '',
      'Tudalennau / Pages 23 - 30',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages]),
      [
        [1, null],
        [2, [5, 10]],
        [3, [11, 14]],
        [4, [15, 22]],
        [5, [23, 30]],
      ],
    )
  })

  it('ends an item at a comfort break set in the time column before the next item', () => {
    const text = [
      'HOLLINSDALE FIRE AUTHORITY – SCRUTINY COMMITTEE',
      '',
      'Wednesday, 18 October 2023 at 10.30 am',
      '',
      '**AGENDA**',
      '',
      '10.30\t1.\t**Apologies for Absence**',
      '10.55\t2.\t**Quarter 1 Performance Report**',
      '11.25\t\tComfort break',
      '11.35\t3.\t**Progress on Recommendations**',
      '12.15\t\tClose',
    ].join('\n')
    assert.deepEqual(
      parsePack(text)
        .agenda_items.slice(0, 2)
        .map(i => [i.number, i.time_slot]),
      [
        [1, ['10:30', '10:55']],
        [2, ['10:55', '11:25']],
      ],
    )
  })
})

describe('agenda items in a table of start times before the pages', () => {
  it("runs each to the next start or to a break or the close set in the time column ('| | Comfort break | | 3.40 pm | |')", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '| No. | Item | Lead | Time | Pages |',
      '|---|---|---|---|---|',
      '| 1 | **Apologies and Substitutions** | Chairman | 2.00 pm | |',
      '| 2 | **Community Hospitals Review** | Director of Strategy | 3.05 pm | 17 - 21 |',
      '| | *Comfort break* | | 3.40 pm | |',
      '| 3 | **Action Tracker** | Scrutiny Officer | 3.50 pm | 22 - 24 |',
      '| | **Close** | | 4.45 pm | |',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.pages, i.time_slot]),
      [
        [1, null, ['14:00', '15:05']],
        [2, [17, 21], ['15:05', '15:40']],
        [3, [22, 24], ['15:50', '16:45']],
      ],
    )
  })
})

describe('agenda items from pdftotext without -layout, a title wrapped over the range below it', () => {
  it("joins the title's second line before '(Pages 16 - 20)'; 'Report of …' there is whose paper it is", () => {
    const text = [
      ...MODERNGOV_FRONT,
      '1.',
      'Tracking of Scrutiny Review Recommendations: Private Rented Sector Housing',
      'Conditions and Fly-tipping and Street Cleanliness',
      '(Pages 16 - 20)',
      'Councillor Nadia Farouk will attend.',
      '2.',
      'Proposed Police and Crime Precept 2026/27',
      'Report of the Police and Crime Commissioner',
      '(Pages 21 - 30)',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [
          1,
          'Tracking of Scrutiny Review Recommendations: Private Rented Sector Housing Conditions and Fly-tipping and Street Cleanliness',
          [16, 20],
        ],
        [2, 'Proposed Police and Crime Precept 2026/27', [21, 30]],
      ],
    )
  })
})

describe('agenda items in an `Item | Page` table, each number leading its bold title in the item cell', () => {
  it('reads the number, the title (its bold going on in lower case on the next line) and the pages', () => {
    const text = [
      ...MODERNGOV_FRONT,
      '| Item | Page |',
      '|---|---|',
      '| **1. Filming at Meetings**<br>Please note this meeting may be filmed. | |',
      '| **2. Apologies for Absence** | |',
      '| **3. Minutes**<br>To confirm the minutes of the meeting held on 19 September 2023. | 1 - 8 |',
      '| **4. Scrutiny Review of Youth Violence – 12 month**<br>**update**<br>To consider progress. | 9 - 19 |',
    ].join('\n')
    assert.deepEqual(
      parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Filming at Meetings', null],
        [2, 'Apologies for Absence', null],
        [3, 'Minutes', [1, 8]],
        [4, 'Scrutiny Review of Youth Violence - 12 month update', [9, 19]],
      ],
    )
  })
})

it('joins a bold title broken over two bold lines of its cell ("…and the Housing**<br>**Options Improvement Plan")', () => {
  const text = [
    ...MODERNGOV_FRONT,
    '| Item | Subject | Pages |',
    '|---|---|---|',
    '| **1.** | **Apologies for Absence** | |',
    '| **2.** | **Temporary Accommodation: Demand, Cost and the Housing**<br>**Options Improvement Plan**<br>5.45 pm – 6.40 pm<br>Report of the Director of Housing. | 7 - 14 |',
  ].join('\n')
  assert.equal(
    parsePack(text).agenda_items[1]?.title,
    'Temporary Accommodation: Demand, Cost and the Housing Options Improvement Plan',
  )
})

it('reads "Page 31" after a title as the one page of its papers', () => {
  const text = [
    ...FRONT_SHEET.slice(0, 8),
    '1.  Apologies for Absence',
    '',
    '2.  Executive Forward Plan: October 2005 to January 2006  Page 31',
    '',
    '3.  Scrutiny Work Programme 2005/06  Pages 32 - 34',
  ].join('\n')
  assert.deepEqual(
    parsePack(text).agenda_items.map(i => [i.number, i.title, i.pages]),
    [
      [1, 'Apologies for Absence', null],
      [2, 'Executive Forward Plan: October 2005 to January 2006', [31, 31]],
      [3, 'Scrutiny Work Programme 2005/06', [32, 34]],
    ],
  )
})

it('starts the agenda at "AGENDA - PART I", not at the numbered reserve members listed above it', () => {
  const text = [
    'LONDON BOROUGH OF HADDINGLEY',
    '',
    '**HOUSING SCRUTINY SUB-COMMITTEE**',
    '',
    '**Date:** Wednesday 11 June 2025',
    '**Time:** 7.00 pm',
    '',
    '**Reserve Members:**',
    '| 1. Lucy Tremlett | 1. Philippa Dunmore |',
    '|---|---|',
    '| 2. Kwame Asante-Boateng | 2. Graham Rees |',
    '',
    '**AGENDA - PART I**',
    '',
    '**1. ATTENDANCE BY RESERVE MEMBERS**',
    '',
    '**2. DECLARATIONS OF INTEREST**',
  ].join('\n')
  assert.deepEqual(
    parsePack(text).agenda_items.map(i => [i.number, i.title]),
    [
      [1, 'ATTENDANCE BY RESERVE MEMBERS'],
      [2, 'DECLARATIONS OF INTEREST'],
    ],
  )
})

it("gives each range to the item whose papers the pack stamps 'Agenda Item N' on its first page", () => {
  const text = [
    ...MODERNGOV_FRONT,
    'No. Item Pages',
    '1. Apologies for Absence',
    'To receive apologies.',
    '2. Minutes of the Previous Meeting',
    'To confirm the minutes of 17 January 2024.',
    '2 - 3',
    '3. Public Questions',
    'To receive any questions.',
    '4. Hospital Discharge: Winter Update',
    'Joint report of the ICB and the Council.',
    '4 - 5',
    '5. Date of Next Meeting',
    '\fAgenda Item 2',
    'Minutes',
    '\fMinutes (continued)',
    '\fAgenda Item 4',
    'Hospital discharge report',
    '\fAppendix',
  ].join('\n')
  assert.deepEqual(
    parsePack(text).agenda_items.map(i => [i.number, i.pages]),
    [
      [1, null],
      [2, [2, 3]],
      [3, null],
      [4, [4, 5]],
      [5, null],
    ],
  )
})
