import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { parseActionTracker } from './action-tracker.ts'
import { splitPages } from './pages.ts'
import type { PackPage, ParseWarning } from './types.ts'

const seed = (name: string): string =>
  readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')

const onePage = (text: string): PackPage[] => [{ number: 1, text }]

// [date, agenda item, start of the action, has an update] for every row, read off the 2023 pack.
const SEP = 'Cabinet Member for Children, Young People and Families'
const EXCL = 'School Exclusions, Part-Time Timetables, & Unsuitable School Places'
const ISCF = 'Improving Services for Children and Families Improvement Programme Progress Update'
const EXPECTED_2023: [string, string, string, boolean][] = [
  ['2022-07-20', 'SEND', 'The update was noted, and the SEND update', true],
  ['2022-07-20', 'SEND', 'The SEND Sufficiency Report to be presented', false],
  ['2022-07-20', 'SEND', 'The methodology and full data on EHCP Annual Reviews', true],
  ['2022-07-20', 'Home to School Transport', 'Members agreed that a further update', true],
  ['2022-07-20', 'Home to School Transport', 'Sue Harrison will provide Members with the timescale', true],
  ['2022-07-20', 'Youth Justice Plan', 'Further information on education', true],
  ['2022-07-20', 'Youth Justice Plan', 'Officers to send useful information', true],
  ['2022-07-20', 'Work Programme', 'Cllr Simon Morrall to forward the e-mail', true],
  ['2022-09-07', 'SEND', 'A meeting with the DfE Commissioner for SEND', true],
  ['2022-09-07', 'SEND', 'Timescales for when the Committee can expect', true],
  ['2022-09-07', 'SEND', 'Information on how many children are affected by part-time timetables', true],
  ['2022-09-07', 'SEND', 'Reports on the SEND Strategy, SEND Sufficiency Strategy', true],
  ['2022-09-07', SEP, 'The Director to provide the details of when the BEP contract', true],
  ['2022-09-07', SEP, 'Tim Boyes, Chief Executive, BEP to be invited to a future meeting.', true],
  ['2022-09-07', SEP, 'The structure chart for the Children and Families Directorate', true],
  ['2022-09-07', SEP, 'Details of baselining of services', true],
  ['2022-09-07', SEP, 'Details for the funding bids for three free schools', true],
  ['2022-09-07', SEP, 'Information on how many excluded primary school children', true],
  ['2022-09-07', SEP, "The issues raised regarding the Children's Trust", true],
  ['2022-09-07', SEP, 'Information on the number of places that Special Schools accept', true],
  ['2022-09-07', 'Work Programme', 'Tim Boyes, Chief Executive, BEP to be invited to a future committee meeting', true],
  ['2022-09-07', 'Work Programme', 'The Chair to meet with the DfE Commissioner', true],
  ['2022-10-19', 'SEND Commissioner', 'The Cabinet Member, Children, Young People and Families, to report back', true],
  ['2022-10-19', 'SEND Commissioner', "The Strategic Director, Children and Families to bring the Directorate's", true],
  ['2022-10-19', 'SEND Commissioner', 'The Commissioner to attend a committee meeting early next year.', true],
  ['2022-10-19', 'Home to School Transport', 'Janie Berry, City Solicitor, to share reputational issues', true],
  ['2022-10-19', 'Home to School Transport', 'Janie Berry, City Solicitor to be added to the work programme', true],
  ['2022-10-19', 'Work Programme', 'SENDIASS to be an item on the November 2022 committee meeting.', true],
  ['2022-10-19', 'Work Programme', 'The BSCP, and the Children and Young People Plan', true],
  ['2022-10-19', 'Work Programme', 'The Commissioner to write to the Chair', true],
  ['2022-10-19', 'Work Programme', 'Student attendance at school during their period.', true],
  ['2022-10-19', 'Work Programme', "The Young People's Substance Use Service", true],
  ['2022-11-30', "Children's Trust", 'A paper on unregulated placements.', true],
  ['2022-11-30', "Children's Trust", 'Information on the cost increases if the Early Help offer', true],
  ['2022-11-30', "Children's Trust", "Cost of care and general information on the Children's Trust budget", true],
  ['2023-01-04', 'Children and Families Directorate Improvement Plan', 'Quarterly updates to be provided.', true],
  ['2023-01-04', 'Children and Families Directorate Improvement Plan', "Update on the Directorate's budget", true],
  ['2023-01-04', 'Children and Families Directorate Improvement Plan', 'Details and the membership of the Head', true],
  ['2023-01-04', 'Children and Families Directorate Improvement Plan', 'A directory of the Local Offer', true],
  ['2023-02-22', 'Action Tracker', 'The Children and Families Directorate structure chart to be provided', true],
  ['2023-02-22', 'Action Tracker', 'Details of the Children and Families Directorate Improvement Plan', true],
  ['2023-02-22', 'School Attainment and School Improvement', "More information on the school's consortia", true],
  ['2023-02-22', 'School Attainment and School Improvement', 'Further information on COVID 19 Catch Up Premium.', true],
  ['2023-02-22', 'School Attainment and School Improvement', 'The Developing Local Provision (DLP).', true],
  ['2023-02-22', 'School Attainment and School Improvement', 'The recruitment and retention rates of teachers', false],
  ['2023-02-22', EXCL, 'Officers to come back in six months', true],
  ['2023-02-22', EXCL, 'The following information to be provided:', true],
  ['2023-04-05', "Children's Trust", 'Confirmation to be provided via e-mail', false],
  ['2023-04-05', "Children's Trust", "The Children's Trust to attend a future committee meeting(s)", true],
  ['2023-04-05', ISCF, 'The next quarterly update is due July/September 2023', true],
  ['2023-04-05', ISCF, 'Cllr. Des Hughes to provide information', true],
]

describe('parseActionTracker on the 2023 pack', () => {
  const text = seed('pack-2023-05-17-education-childrens-social-care.txt')
  const warnings: ParseWarning[] = []
  const actions = parseActionTracker(splitPages(text), warnings)

  it('finds every row with its date, agenda item, action and update state', () => {
    assert.equal(actions.length, EXPECTED_2023.length)
    EXPECTED_2023.forEach(([date, item, action, hasUpdate], i) => {
      const got = actions[i]
      assert.ok(got, `row ${i}`)
      assert.equal(got.date, date, `row ${i} date`)
      assert.equal(got.agenda_item, item, `row ${i} item`)
      assert.ok(got.action.startsWith(action), `row ${i} action: ${got.action}`)
      assert.equal(got.has_update, hasUpdate, `row ${i} has_update`)
      assert.equal(got.update === null, !hasUpdate, `row ${i} update`)
      assert.equal(typeof got.source_page, 'number')
    })
    assert.deepEqual(warnings, [])
  })

  it('joins a cell broken across pages and a list carried to the next page', () => {
    const baselining = actions[15]
    assert.match(baselining?.update ?? '', /summary plan e-mailed to Members on 24 January 2023/)
    assert.match(baselining?.update ?? '', /5 April 2023 committee meeting\.$/)
    const list = actions[46]
    assert.match(
      list?.action ?? '',
      /^The following information to be provided: The total number of children .*excluded\. The number of children with SEND/,
    )
    assert.match(list?.action ?? '', /awaiting a mainstream place\.$/)
  })

  it('strips HTML from cells and records re-raised actions', () => {
    assert.ok(actions.every(a => !/<\/?[a-z]/i.test(a.action + (a.update ?? ''))))
    assert.equal(actions[39]?.originally_requested, '2022-09-07')
    assert.equal(actions.filter(a => a.originally_requested).length, 1)
  })
})

describe('parseActionTracker on the 2016 packs', () => {
  for (const name of [
    'pack-2016-04-20-education-vulnerable-children.txt',
    'pack-2016-07-20-schools-children-families.txt',
  ]) {
    it(`finds no tracker in ${name}`, () => {
      const warnings: ParseWarning[] = []
      assert.deepEqual(parseActionTracker(splitPages(seed(name)), warnings), [])
      assert.deepEqual(warnings, [])
    })
  }
})

describe('parseActionTracker on other layouts', () => {
  it('reads pipe tables, numeric dates, placeholder updates and a sentence broken by a page', () => {
    const pages: PackPage[] = [
      {
        number: 3,
        text: [
          'ACTION TRACKER',
          '| Meeting Date | Item | Action | Responsible | Update |',
          '|---|---|---|---|---|',
          '| 20/04/2016 | Budget | Figures to be sent to the | Finance | - |',
        ].join('\n'),
      },
      {
        number: 4,
        text: [
          'committee before June.',
          '| | | Chair to write to schools. | Chair | Letter sent 3 May 2016. |',
          '| 18 May 2016 | <p>SEND</p> | <p>Report on <b>tribunals</b>.</p> | | |',
        ].join('\n'),
      },
    ]
    const warnings: ParseWarning[] = []
    const got = parseActionTracker(pages, warnings)
    assert.deepEqual(
      got.map(a => [a.date, a.agenda_item, a.action, a.update, a.has_update, a.source_page]),
      [
        ['2016-04-20', 'Budget', 'Figures to be sent to the committee before June.', null, false, 3],
        ['2016-04-20', 'Budget', 'Chair to write to schools.', 'Letter sent 3 May 2016.', true, 4],
        ['2016-05-18', 'SEND', 'Report on tribunals.', null, false, 4],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it('joins the last words of a wrapped agenda item printed on the line that carries its action on', () => {
    const text = [
      'Date\tAgenda Item\tAction\tUpdate',
      '19 Sep 2017\tDelayed Transfers of Care\tFigures for each acute trust\tThe August figures were',
      '\t(DToC)\tserving Birmingham, to be provided monthly.\te-mailed on 9 October.',
      '\t\tAn update on the winter plan.\tOn the agenda.',
      '15 Sep 2022\tCabinet Member for Housing and\tThe Cabinet Member to share the timetable for the\tE-mailed on',
      '\tHomelessness – Portfolio Priorities\treview of the allocations scheme.\t4 October 2022.',
      '\tExempt Accommodation\tThe following information: <ul> • Bed spaces by ward. • Inspections. </ul>\t',
    ].join('\n')
    const warnings: ParseWarning[] = []
    assert.deepEqual(
      parseActionTracker(onePage(text), warnings).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2017-09-19',
          'Delayed Transfers of Care (DToC)',
          'Figures for each acute trust serving Birmingham, to be provided monthly.',
          'The August figures were e-mailed on 9 October.',
        ],
        ['2017-09-19', 'Delayed Transfers of Care (DToC)', 'An update on the winter plan.', 'On the agenda.'],
        [
          '2022-09-15',
          'Cabinet Member for Housing and Homelessness - Portfolio Priorities',
          'The Cabinet Member to share the timetable for the review of the allocations scheme.',
          'E-mailed on 4 October 2022.',
        ],
        ['2022-09-15', 'Exempt Accommodation', 'The following information: Bed spaces by ward. Inspections.', null],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it('joins a row broken by the page whose every cell goes on in title case', () => {
    const pages: PackPage[] = [
      {
        number: 7,
        text: [
          'Date\tAgenda Item\tAction\tUpdate',
          '20 Jun 2017\tCabinet Member – Portfolio\tThe Cabinet Member to circulate the Adult Social Care\tCirculated on 14',
        ].join('\n'),
      },
      {
        number: 8,
        text: [
          '\tPriorities 2017/18\tVision and Strategy to Members.\tSeptember 2017.',
          '\t\tThe number of direct payments to be provided.\t',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseActionTracker(pages, []).map(a => [a.agenda_item, a.action, a.update]),
      [
        [
          'Cabinet Member - Portfolio Priorities 2017/18',
          'The Cabinet Member to circulate the Adult Social Care Vision and Strategy to Members.',
          'Circulated on 14 September 2017.',
        ],
        ['Cabinet Member - Portfolio Priorities 2017/18', 'The number of direct payments to be provided.', null],
      ],
    )
  })

  it('ends at the next table, whose first cells are labels, without a warning', () => {
    const text = [
      'Date\tAgenda Item\tAction\tUpdate',
      '8 Feb 2017\tBus Services\tRoute data to be sent.\t',
      'Review Information',
      'Report of:\tCabinet Member for Transport',
      'Member who led the original Inquiry\tCllr Ann Smith',
      '12 Oct 2016\tR01, R03',
    ].join('\n')
    const warnings: ParseWarning[] = []
    assert.deepEqual(
      parseActionTracker(onePage(text), warnings).map(a => a.action),
      ['Route data to be sent.'],
    )
    assert.deepEqual(warnings, [])
  })

  it('ends at a key of short words ("Status | Meaning") printed after it, without a warning', () => {
    const text = [
      'Date\tAgenda Item\tAction\tUpdate\tStatus',
      '15 Sept 2021\tSEND\tFigures to be sent.\tSent on 1 October.\tCompleted',
      'Status key',
      'Status\tMeaning',
      'Completed\tThe action has been completed.',
      'Open\tThe action has not yet been completed.',
    ].join('\n')
    const warnings: ParseWarning[] = []
    assert.deepEqual(
      parseActionTracker(onePage(text), warnings).map(a => a.action),
      ['Figures to be sent.'],
    )
    assert.deepEqual(warnings, [])
  })

  it('ends at a summary table on the next page whose words the PDF set under other columns', () => {
    const pages: PackPage[] = [
      {
        number: 8,
        text: [
          'Ref\tMeeting\tItem\tAction\tOwner\tDue\tUpdate\tStatus',
          'AL/52\t10/09/2024\tWork Programme\tPrepare a scoping document.\tScrutiny Officer\tJanuary 2025\t\tOpen',
        ].join('\n'),
      },
      { number: 9, text: ['Summary\t\t\tNumber', '', 'Open\t\t\t3', '', 'Closed\t\t\t5'].join('\n') },
    ]
    const warnings: ParseWarning[] = []
    assert.deepEqual(
      parseActionTracker(pages, warnings).map(a => [a.action, a.update]),
      [['Prepare a scoping document.', null]],
    )
    assert.deepEqual(warnings, [])
  })

  // pdf-lib drops a row's empty last cell; the rows at the top of the next page are new items.
  it('reads a new agenda item under the same date at the top of a page, its date cell alone empty', () => {
    const pages: PackPage[] = [
      {
        number: 8,
        text: [
          'Date\tAgenda Item\tAction\tUpdate',
          '15/03/17\tCapital Programme 2017/18 to 2022/23\tA list of schemes to be circulated.\tTo be circulated in April.',
        ].join('\n'),
      },
      {
        number: 9,
        text: [
          '\tClean Air Zone – Feasibility Study\tThe Committee to be consulted on the options.',
          '\tWork Programme\tMembers to send suggestions by 28 April 2017.',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseActionTracker(pages, []).map(a => [a.agenda_item, a.action, a.update]),
      [
        ['Capital Programme 2017/18 to 2022/23', 'A list of schemes to be circulated.', 'To be circulated in April.'],
        ['Clean Air Zone - Feasibility Study', 'The Committee to be consulted on the options.', null],
        ['Work Programme', 'Members to send suggestions by 28 April 2017.', null],
      ],
    )
  })

  it('warns about a row whose date cannot be read, and about a tracker it cannot find', () => {
    const warnings: ParseWarning[] = []
    const text = 'Date\tAgenda Item\tAction\tUpdate\nsoon\tSEND\tDo it.\t\n'
    assert.deepEqual(parseActionTracker(onePage(text), warnings), [])
    assert.equal(warnings.length, 1)
    assert.equal(warnings[0]?.page, 1)
    const more: ParseWarning[] = []
    parseActionTracker(onePage('ACTION TRACKER 2022-23\n\nNothing here.'), more)
    assert.equal(more.length, 1)
  })
})

describe('parseActionTracker on a ModernGov action log', () => {
  it('takes the subject of a "Minute No." cell as the agenda item, without the minute\'s number', () => {
    const text = [
      'Minute No.\tMeeting date\tAction\tResponsible Officer\tUpdate / Response\tStatus',
      '25 – Urgent and Emergency Care Performance\t13/09/2022\tCirculate the average ambulance handover time.\tJoanne Ferris\tData circulated on 4 October 2022.\tComplete',
      '87. Temporary Accommodation: Progress Report\t21/03/2017\tProvide a breakdown by area.\tHead of Housing\tCirculated on 12 April 2017.\tClosed',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [
        ['2022-09-13', 'Urgent and Emergency Care Performance'],
        ['2017-03-21', 'Temporary Accommodation: Progress Report'],
      ],
    )
  })
})

describe('parseActionTracker on an action record grouped by meeting', () => {
  it('dates each action by the meeting row above it, where the table has no date column', () => {
    const text = [
      'Minute No.\tAction\tOfficer responsible\tTarget date\tResponse / Progress\tComplete (Y/N)',
      'Meeting held on 16 November 2023',
      '33\tProvide the number of households in temporary accommodation.\tGroup Manager – Housing\tDecember 2023\tCirculated on 4 December 2023.\tY',
      '34\tConfirm the number of grant applications withdrawn in 2022-23\tGroup Manager – Housing\tJanuary 2024\t\tN',
      '\tbecause of the length of the wait for an assessment.\t\t\t\t',
      'Meeting held on 18 January 2024',
      '47\tShare the draft Market Position Statement with the Committee.\tGroup Manager – Commissioning\tMarch 2024\tTo be circulated by 22 March 2024.\tN',
      '',
      'Contact Officer:\tMeleri Tudor, Scrutiny Officer',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action, a.has_update]),
      [
        ['2023-11-16', '33', 'Provide the number of households in temporary accommodation.', true],
        [
          '2023-11-16',
          '34',
          'Confirm the number of grant applications withdrawn in 2022-23 because of the length of the wait for an assessment.',
          false,
        ],
        ['2024-01-18', '47', 'Share the draft Market Position Statement with the Committee.', true],
      ],
    )
  })
})

describe('parseActionTracker with the meeting in the item cell', () => {
  it("dates each action by the bracketed date in its 'Meeting / Item' cell", () => {
    const text = [
      'Ref\tMeeting / Item\tAction required\tOfficer / Member\tResponse\tStatus',
      'A/25/01\tCouncil Tax Support Scheme 2025/26<br>(22 January 2025)\tCirculate the number of households receiving support.\tKaren Whitelaw\tCirculated on 3 February 2025.\tComplete',
      'A/25/10\tAction Log<br>(4 June 2025)\tWrite to the Committee on the depot site.\tCllr Hugo Lindqvist\t\tOpen',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.has_update]),
      [
        ['2025-01-22', 'Council Tax Support Scheme 2025/26', true],
        ['2025-06-04', 'Action Log', false],
      ],
    )
  })
})

describe('parseActionTracker grouped under meeting headings, items named in full', () => {
  it('reads an item titled in three words or more as an item, not as a label ending the table', () => {
    const text = [
      'Ref\tMin.\tAgenda item\tAction\tLead\tResponse\tStatus',
      '**MEETING OF 22 JUNE 2021**',
      'ECE/21/01\t5\tCabinet Member Questions\tProvide the number of charge points.\tCllr Mehmet Yilmazer\tCirculated on 6 July 2021.\tComplete',
      '**MEETING OF 14 SEPTEMBER 2021**',
      'ECE/21/06\t18\tFly-tipping and Street Cleansing Performance\tProvide the number of penalty notices.\tDuncan Haverill\t\tOpen',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [
        ['2021-06-22', 'Cabinet Member Questions'],
        ['2021-09-14', 'Fly-tipping and Street Cleansing Performance'],
      ],
    )
  })
})

describe('parseActionTracker with an action number and a minute reference', () => {
  it("reads 'Action No.' as the number, not the action, and the Subject, not the 'Minute Ref', as the item", () => {
    const text = [
      'Action No.\tMeeting Date\tMinute Ref\tSubject\tAction\tResponsible Officer\tUpdate\tStatus',
      '19/07\t20.06.19\tPara 5\tAnnual Internal Audit Report 2018/19\tChief Internal Auditor to circulate the assessment.\tChief Internal Auditor\tCirculated on 9th December 2019.\tGreen',
      '19/09\t20.06.19\tPara 8\tInformation Governance Annual Report\tManager to report the number of late requests.\tInformation Governance Manager\t\tRed',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2019-06-20',
          'Annual Internal Audit Report 2018/19',
          'Chief Internal Auditor to circulate the assessment.',
          'Circulated on 9th December 2019.',
        ],
        ['2019-06-20', 'Information Governance Annual Report', 'Manager to report the number of late requests.', null],
      ],
    )
  })
})

describe('parseActionTracker of a markdown actions log', () => {
  it("drops 'Min 48' from the item, and takes 'Open' alone as no update", () => {
    const text = [
      '|Ref|Date of meeting|Minute|Action|Lead|Status / Update|',
      '|---|---|---|---|---|---|',
      "|OSC/23/31|24/01/2024|Min 48<br>Mayor's Draft Budget 2024/25|Provide a breakdown of the precept.|Director of Finance|Complete – circulated on 2 February 2024.|",
      '|OSC/24/05|10/07/2024|Min 17<br>Bus Reform|Share the franchising timetable.|Director of Transport|Open|',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.update, a.has_update]),
      [
        ['2024-01-24', "Mayor's Draft Budget 2024/25", 'Complete - circulated on 2 February 2024.', true],
        ['2024-07-10', 'Bus Reform', null, false],
      ],
    )
  })
})

describe('parseActionTracker beside the actions completed since the last meeting', () => {
  it("does not read the table under 'Actions completed and removed since the last meeting' as the tracker", () => {
    const text = [
      'Date\tAgenda Item\tAction\tUpdate',
      '14/07/2023\tCouncil Tax Support\tFigures on take-up to be circulated.\tCirculated on 2 August 2023.',
      '',
      'Actions completed and removed since the last meeting',
      '',
      'Date\tAgenda Item\tAction\tDate completed',
      "16 Jun 2023\tAppointment of Scrutiny Chairs' Group\tTerms of reference to be circulated.\t20 June 2023",
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [['2023-07-14', 'Council Tax Support']],
    )
  })
})

describe('parseActionTracker over a page break marked only by the header printed again', () => {
  it('carries the rest of a row on under the repeated header, its cells ending the ones above', () => {
    const header = '| Date | Agenda Item | Action | Update |'
    const text = [
      header,
      '|---|---|---|---|',
      '| 23 Sep 2014 | NHS 111 Service Performance | <p>Monthly call-answering figures for the NHS 111 service covering | <p>Requested on 25 September 2014 and |',
      '',
      ' ',
      '',
      header,
      '|---|---|---|---|',
      '| | | Birmingham, April to August 2014, to be provided.</p> | chased on 9 October 2014.</p> |',
      '| 23 Sep 2014 | NHS 111 Service Performance | <p>Chairman to write to the provider.</p> | <p>Letter sent.</p> |',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.action, a.update]),
      [
        [
          'Monthly call-answering figures for the NHS 111 service covering Birmingham, April to August 2014, to be provided.',
          'Requested on 25 September 2014 and chased on 9 October 2014.',
        ],
        ['Chairman to write to the provider.', 'Letter sent.'],
      ],
    )
  })
})

describe('parseActionTracker from pdftotext -layout, two headers read as one', () => {
  it("takes the item from the column after 'Minute Agenda item', and carries on an action ending in a possessive", () => {
    const text = [
      'No.\tMeeting date\tMinute Agenda item\t\tAction / decision\tLead\tUpdate\tStatus',
      '1\t20 March 2018\t71\tRecommendation Tracking –<br>Fly-tipping\tProvide the number of fixed penalty notices.\tChief Officer\tCirculated on 11 May 2018.\tComplete',
      '3\t24 April 2018\t84\tCommunity Committees\tProvide the Community Committees’\tChief Officer\t\tOpen',
      '\t\t\tAnnual Report 2017/18\tWellbeing Fund allocations for 2018/19<br>by ward.\t(Communities)',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action]),
      [
        ['2018-03-20', 'Recommendation Tracking - Fly-tipping', 'Provide the number of fixed penalty notices.'],
        [
          '2018-04-24',
          'Community Committees Annual Report 2017/18',
          "Provide the Community Committees' Wellbeing Fund allocations for 2018/19 by ward.",
        ],
      ],
    )
  })
})

describe('parseActionTracker grouped under meeting rows of a table with no date column', () => {
  it("dates actions by a '**Meeting held on …**' row across the table, and an item's date in brackets as dd/mm/yyyy", () => {
    const grouped = [
      'Item\tAction\tOfficer\tUpdate',
      '**Meeting held on 14 March 2019**\t\t\t',
      "Young Carers Review\tProvide a breakdown of young carers' assessments.\tJodie Farrant\tCirculated on 9 April 2019.",
      '\tBring a further progress report to the Panel.\tAngela Whitcombe\tOn the agenda for this meeting.',
      '**Meeting held on 11 June 2019**\t\t\t',
      'Ofsted Focused Visit\tCirculate the Ofsted letter.\tHelen Marchbank\tCirculated on 19 June 2019.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(grouped), []).map(a => [a.date, a.agenda_item]),
      [
        ['2019-03-14', 'Young Carers Review'],
        ['2019-03-14', 'Young Carers Review'],
        ['2019-06-11', 'Ofsted Focused Visit'],
      ],
    )
    const bracketed = [
      'No.\tItem\tAction\tAction by\tUpdate\tStatus',
      '1\tAdult Social Care Budget (12/01/2017)\tProvide a breakdown of the savings.\tPriya Venkat\tCirculated.\tClosed',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(bracketed), []).map(a => [a.date, a.agenda_item]),
      [['2017-01-12', 'Adult Social Care Budget']],
    )
  })
})

describe('parseActionTracker printed to PDF, a meeting row and an item wrapped in their cells', () => {
  it("reads 'Meeting held on 14' / 'March 2019' as one, and an item ending in a colon beside its action", () => {
    const text = [
      'Item\tAction\tOfficer\tUpdate',
      '**Meeting held on 14',
      'March 2019**',
      "Children's Social Care Performance Report:\tProvide the rate of re-referrals within 12\tYusuf Demir",
      'Quarter 4 2018/19\tmonths, broken down by locality.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action]),
      [
        [
          '2019-03-14',
          "Children's Social Care Performance Report: Quarter 4 2018/19",
          'Provide the rate of re-referrals within 12 months, broken down by locality.',
        ],
      ],
    )
  })
})

describe("parseActionTracker with the meeting in a 'Raised' column", () => {
  it('reads its dd.mm.yy dates', () => {
    const text = [
      'Ref\tRaised\tItem\tAction\tOwner\tUpdate\tStatus',
      'A/25/04\t10.07.25\tTolmere Works\tProvide a breakdown of clients by ward.\tJoanne Whitcombe\tCirculated on 04.09.25.\tClosed',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [['2025-07-10', 'Tolmere Works']],
    )
  })
})

describe('parseActionTracker with its item written elsewhere', () => {
  it("takes the item after the date in the meeting's cell, in bold before the action, or after a Scottish minute's article", () => {
    const meetingCell = [
      'Ref\tMeeting\tAction\tOwner\tDue\tStatus\tComments',
      'AL24/01\t23/01/2024 – Corporate Performance Report: Quarter 2\tProvide a breakdown of the figures.\tHead of Housing\tMarch 2024\tOpen\tPartial figures circulated.',
    ].join('\n')
    const boldLead = [
      'No.\tMeeting date\tAction\tLead\tStatus/Update',
      '1\t12 November 2020\t**Fly-tipping Enforcement** Circulate the number of fixed penalties.\tHead of Waste\tComplete – circulated on 10 March 2021.',
    ].join('\n')
    const article = [
      'Date raised\tMinute ref\tAction\tOwner\tTarget date\tStatus\tUpdate',
      '11/12/18\tArt. 5 – Internal Audit Progress Report\tProvide a briefing note.\tChief Internal Auditor\tMarch 2019\tComplete\tIssued on 18 June 2019.',
    ].join('\n')
    const read = (text: string) => parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action])
    assert.deepEqual(read(meetingCell), [
      ['2024-01-23', 'Corporate Performance Report: Quarter 2', 'Provide a breakdown of the figures.'],
    ])
    assert.deepEqual(read(boldLead), [
      ['2020-11-12', 'Fly-tipping Enforcement', 'Circulate the number of fixed penalties.'],
    ])
    assert.deepEqual(read(article), [['2018-12-11', 'Internal Audit Progress Report', 'Provide a briefing note.']])
    const yearly = [
      'No.\tMeeting\tMinute\tAction\tOfficer\tStatus\tComment',
      '1\t14/03/2017\t54/16 – Fly-tipping Enforcement\tProvide ward figures.\tHead of Waste\tComplete\tCirculated.',
    ].join('\n')
    assert.deepEqual(read(yearly), [['2017-03-14', 'Fly-tipping Enforcement', 'Provide ward figures.']])
    const colon = [
      'Ref\tRaised\tAction\tOfficer\tDue\tUpdate',
      'SC/24/01\t16/01/2024\t**Car Parking Tariffs Review:** Provide occupancy figures.\tHead of Parking\tMarch 2024\tCirculated.',
    ].join('\n')
    assert.deepEqual(read(colon), [['2024-01-16', 'Car Parking Tariffs Review', 'Provide occupancy figures.']])
  })

  it('dates a matters-arising table by the meeting its introduction names, an earlier minute by the date after its number', () => {
    const text = [
      "The table below lists the actions agreed at the Board's meeting on 17 October 2024, and any actions from earlier meetings which remained open.",
      '',
      'Minute\tAction\tBy whom\tStatus',
      '27 (19/09/2024) Housing Strategy 2025–2030\tProvide a ward-level breakdown.\tHead of Housing Strategy\tComplete – circulated.',
      '\tArrange a site visit.\tPrincipal Scrutiny Adviser\tVisit arranged.',
      '42 Community Safety Partnership\tProvide a breakdown by ward.\tChief Officer\t',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action, a.has_update]),
      [
        ['2024-09-19', 'Housing Strategy 2025-2030', 'Provide a ward-level breakdown.', true],
        ['2024-09-19', 'Housing Strategy 2025-2030', 'Arrange a site visit.', true],
        ['2024-10-17', 'Community Safety Partnership', 'Provide a breakdown by ward.', false],
      ],
    )
  })

  it("takes the item from a minute's group row that gives the committee's letters and the meeting", () => {
    const text = [
      'Date raised\tAction\tLead\tDue\tStatus/Update',
      'Minute OSP 5/21: Council Tax Support Scheme 2022/23 (meeting of 17 June 2021)',
      '17/06/2021\tProvide a breakdown of claimants by ward.\tHead of Finance\tJuly 2021\tComplete.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [['2021-06-17', 'Council Tax Support Scheme 2022/23']],
    )
  })

  it('dates each table by the "**Committee – 14 June 2023**" heading over it, its minutes numbered', () => {
    const text = [
      '**Committee – 22 March 2023**',
      '',
      'No.\tMinute\tAction\tLead\tUpdate',
      '1\tMin 63 – Verges Review\tProvide a map.\tHead of Highways\tDone.',
      '',
      '**Committee – 14 June 2023**',
      '',
      'No.\tMinute\tAction\tLead\tUpdate',
      '4\tMin 6 – Term Contract\tProvide figures.\tHead of Highways\t',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item]),
      [
        ['2023-03-22', 'Verges Review'],
        ['2023-06-14', 'Term Contract'],
      ],
    )
  })

  it("dates each row by the meeting its 'Minute ref' cell gives before the item", () => {
    const text = [
      '| Minute ref | Action | Responsible officer | Due date | Status | Update |',
      '|---|---|---|---|---|---|',
      '| 16/03/2022<br>Item 5.3 – Internal Audit Plan 2022/23 | Include a review of fuel cards. | Chief Internal Auditor | 31/03/2022 | Complete | Included. |',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item, a.action]),
      [['2022-03-16', 'Internal Audit Plan 2022/23', 'Include a review of fuel cards.']],
    )
  })

  it('takes the item in bold in the action cell, not a bold heading under an earlier table of another kind', () => {
    const text = [
      'Ref\tRecommendation\tPCC response\tAction owner\tTarget date\tUpdate\tPanel assessment',
      'RC8\tThat the scorecard includes rural crime.\tAccepted\tOPCC\tQuarter 3 2024/25\tMeasures added.\t1 Fully achieved',
      '',
      '| Ref | Action | Lead | Target date | RAG |',
      '|---|---|---|---|---|',
      '| RW1.1 | Recruit Farm Watch coordinators | Rural Crime Sergeant | September 2025 | Amber |',
      '',
      '**Summary of complaints received, 2024/25**',
      '',
      '| No. | Date of meeting | Action | Responsible | Update | Status |',
      '|---|---|---|---|---|---|',
      '| 19 | 3 Feb 2025 | **Precept Proposal 2025/26**<br>The Chief Finance Officer to circulate the reserves. | Chief Finance Officer | Circulated on 10 February 2025. | CLOSED |',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item, a.action]),
      [['2025-02-03', 'Precept Proposal 2025/26', 'The Chief Finance Officer to circulate the reserves.']],
    )
  })
})

describe("parseActionTracker with the committee's letters before each minute's number", () => {
  it("reads 'CSC.71/18 Youth Offending Service …' as that item", () => {
    const text = [
      'Minute\tMeeting date\tAction\tOfficer\tTarget date\tStatus\tComments',
      'CSC.71/18 Youth Offending Service Annual Report 2017/18\t13/11/18\tProvide a ward-level breakdown.\tHead of YOS\tJan 2019\tOverdue\tNot yet available.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker([{ number: 11, text }], []).map(a => [a.date, a.agenda_item, a.update]),
      [['2018-11-13', 'Youth Offending Service Annual Report 2017/18', 'Not yet available.']],
    )
  })
})

describe("parseActionTracker of the committee's recommendations at its meetings", () => {
  it("reads 'Date | Item | Recommendation | Response | Met?' as a tracker, an empty response as none", () => {
    const text = [
      'Recommendations Tracker',
      '',
      'Date\tItem\tRecommendation\tResponse\tMet?',
      '14/11/2012\tReablement Service Review\tThat officers provide a breakdown of reablement outcomes by district.\t\tNo',
      "16/01/2013\tAdult Social Care Budget 2013/14\tThat the Cabinet reconsiders the reduction in carers' support.\tThe Cabinet reduced the saving.\tPartially",
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action, a.update, a.has_update]),
      [
        [
          '2012-11-14',
          'Reablement Service Review',
          'That officers provide a breakdown of reablement outcomes by district.',
          null,
          false,
        ],
        [
          '2013-01-16',
          'Adult Social Care Budget 2013/14',
          "That the Cabinet reconsiders the reduction in carers' support.",
          'The Cabinet reduced the saving.',
          true,
        ],
      ],
    )
  })

  it("leaves a review's table ('No. | Recommendation | Response | Target date') to the recommendations", () => {
    const text = [
      'No.\tRecommendation\tResponse\tTarget date\tUpdate',
      '1\tThat the Council publishes a register.\tAgreed.\t14/11/2022\tPublished.',
    ].join('\n')
    assert.deepEqual(parseActionTracker(onePage(text), []), [])
  })
})

describe('parseActionTracker grouped under rows naming the item', () => {
  it("takes each action's item from the bold row over its group, again after the page's '(continued)'", () => {
    const text = [
      '**OVERVIEW AND SCRUTINY COMMITTEE – ACTIONS TRACKER**',
      '',
      'Date raised\tAction\tOfficer\tDeadline\tStatus\tComments',
      '**Fly-tipping Enforcement**',
      '13.03.18\tReport the number of fixed penalty notices issued.\tEnvironmental Health Manager\t05.06.18\tComplete\tReported on 5 June 2018.',
      '**Homelessness Reduction Act 2017 – Implementation**',
      '05.06.18\tCirculate the training programme for partner agencies.\tHousing Options Manager\t31.07.18\tComplete\tCirculated on 26.07.18.',
      '',
      'Page 12 of 38',
      '',
      '**OVERVIEW AND SCRUTINY COMMITTEE – ACTIONS TRACKER (continued)**',
      'Date raised\tAction\tOfficer\tDeadline\tStatus\tComments',
      '**Homelessness Reduction Act 2017 – Implementation (continued)**',
      '05.06.18\tBring a six-month review of the Act to the September meeting.\tHead of Housing Services\t18.09.18\tComplete\tOn this agenda.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item]),
      [
        ['2018-03-13', 'Fly-tipping Enforcement'],
        ['2018-06-05', 'Homelessness Reduction Act 2017 - Implementation'],
        ['2018-06-05', 'Homelessness Reduction Act 2017 - Implementation'],
      ],
    )
  })
})

describe('parseActionTracker grouped under labelled item rows', () => {
  it("takes the item from 'Item: …' rows, and 'Response awaited' as no update", () => {
    const text = [
      'No.\tDate\tAction\tOrganisation responsible\tResponse',
      'Item: COVID-19 Winter Plan and NHS 111 First\t\t\t\t',
      '1\t10/12/2020\tProvide a breakdown of the NHS 111 First calls.\tNHS Lindenshire CCG\tCirculated on 12/01/2021.',
      '2\t10/12/2020\tShare the ambulance handover figures.\tWestern Shires Ambulance Service\tResponse awaited (chased 02/06/2021)',
      'Item: Mental Health Services for Children and Young People\t\t\t\t',
      '3\t10/12/2020\tProvide the CAMHS waiting time.\tLindenshire Partnership Trust\tCirculated on 02/02/2021.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.agenda_item, a.update, a.has_update]),
      [
        ['COVID-19 Winter Plan and NHS 111 First', 'Circulated on 12/01/2021.', true],
        ['COVID-19 Winter Plan and NHS 111 First', null, false],
        ['Mental Health Services for Children and Young People', 'Circulated on 02/02/2021.', true],
      ],
    )
  })
})

describe("parseActionTracker with the executive's response and the update after it", () => {
  it("reads 'Implementation update' as the update, not 'Cabinet Member response'", () => {
    const text = [
      'Date of meeting\tItem\tRecommendation\tCabinet Member response\tImplementation update\tStatus',
      '14/11/2023\tEarly Help and Family Hubs\tThat every family hub offers a session outside school hours.\tAgreed.\tSaturday sessions started in April 2024.\tComplete',
      '\t\tThat information is published in five languages.\tAgreed.\t–\tIn progress',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.agenda_item, a.update]),
      [
        ['Early Help and Family Hubs', 'Saturday sessions started in April 2024.'],
        ['Early Help and Family Hubs', null],
      ],
    )
  })
})

describe("parseActionTracker with the item under the date in the meeting's cell", () => {
  it("reads '13 July 2021<br>Ofsted Focused Visit' as the date and item, and the item's rest on the next page", () => {
    const pages: PackPage[] = [
      {
        number: 9,
        text: [
          'Ref\tMeeting\tAction\tOfficer\tStatus\tComment',
          'CS/21/04\t13 July 2021<br>Ofsted Focused Visit:<br>Outcome and Action Plan\tCirculate the Ofsted letter.\tDirector\tComplete\tCirculated on 2 August 2021.',
          'CS/21/21\t16 November 2021<br>Children’s Social<br>Care Workforce:\tProvide a comparison of the market supplement with those paid by neighbouring\tHead of HR\tComplete\tComparison circulated. Four pay',
          '',
          'Page 9',
        ].join('\n'),
      },
      {
        number: 10,
        text: [
          'Ref\tMeeting\tAction\tOfficer\tStatus\tComment',
          '\tRecruitment and<br>Retention\tauthorities.\t\t\ta market supplement.',
          'CS/21/22\t16 November 2021<br>Work Programme<br>2021/22\tPrepare a draft scope.\tScrutiny Officer\tOngoing\tA meeting was held.',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseActionTracker(pages, []).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2021-07-13',
          'Ofsted Focused Visit: Outcome and Action Plan',
          'Circulate the Ofsted letter.',
          'Circulated on 2 August 2021.',
        ],
        [
          '2021-11-16',
          "Children's Social Care Workforce: Recruitment and Retention",
          'Provide a comparison of the market supplement with those paid by neighbouring authorities.',
          'Comparison circulated. Four pay a market supplement.',
        ],
        ['2021-11-16', 'Work Programme 2021/22', 'Prepare a draft scope.', 'A meeting was held.'],
      ],
    )
  })
})

describe('parseActionTracker in the layouts of the S hold-outs', () => {
  it("dates a table with neither date nor item column by its 'Meeting held on' rows, the items by bold rows without their numbers", () => {
    const header = '| Ref | Action | Lead | Timescale | Progress |\n|---|---|---|---|---|'
    const text = [
      '**Appendix A – Winter Plan: key actions**',
      header,
      '| W1 | Commission 1,500 additional hours of home care | Head of Commissioning | By 1 October 2018 | Green – on track |',
      '',
      '**Action Tracker – March 2019**',
      header,
      '| **Meeting held on 13 November 2018** | | | | |',
      '| **Item 5 – Home Care Market: Sufficiency and Workforce** | | | | |',
      '| AT18/21 | Circulate the hours of home care not sourced. | Head of Commissioning | December 2018 | Circulated on 4 December 2018. |',
      '| **Meeting held on 15 January 2019** | | | | |',
      '| **Item 6 – Delayed Transfers of Care** | | | | |',
      '| AT19/05 | Arrange a visit for Members to Oakfield House. | Head of Hospital Discharge | April 2019 | – |',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker([{ number: 27, text }], []).map(a => [a.date, a.agenda_item, a.action, a.has_update]),
      [
        [
          '2018-11-13',
          'Home Care Market: Sufficiency and Workforce',
          'Circulate the hours of home care not sourced.',
          true,
        ],
        ['2019-01-15', 'Delayed Transfers of Care', 'Arrange a visit for Members to Oakfield House.', false],
      ],
    )
  })
})

describe("parseActionTracker with a 'Minute Ref (Date)' column", () => {
  it("reads 'AS.23 (14.11.24)' as the minute's reference and the meeting's date", () => {
    const text = [
      'Minute Ref (Date)\tAction\tResponsible Officer\tDue\tUpdate',
      'AS.14 (19.09.24)\tProvide a briefing note on procurement waivers.\tChief Officer – Procurement\tDecember 2024\tCirculated on 9 December 2024.',
      'AS.21 (14.11.24)\tReport back on the Whistleblowing Policy review.\tChief Internal Auditor\tMarch 2025\t',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker([{ number: 9, text }], []).map(a => [a.date, a.agenda_item, a.has_update]),
      [
        ['2024-09-19', 'AS.14', true],
        ['2024-11-14', 'AS.21', false],
      ],
    )
  })
})

describe("a converter's markdown tracker: cells padded to the widest row, a minute's heading repeated across its row", () => {
  it('reads the header however padded, and each minute heading as the item of the actions below it', () => {
    const pad = (cells: string[]): string => `| ${cells.map(c => c.padEnd(160)).join(' | ')} |`
    const group = 'Minute 5: Revenue Outturn 2021/22'
    const text = [
      pad(['Ref', 'Date', 'Action', 'Responsible', 'Status / Update']),
      `|${'-'.repeat(40)}|${'-'.repeat(40)}|${'-'.repeat(40)}|${'-'.repeat(40)}|${'-'.repeat(40)}|`,
      pad([group, group, group, group, group]),
      pad([
        'CR22-03',
        '21/06/2022',
        'Provide a breakdown of the underspend.',
        'Head of Finance',
        'Complete – circulated on 8 July 2022.',
      ]),
      pad(['CR22-04', '21/06/2022', 'Report on the hardship reserve.', 'Head of Finance', 'Ongoing – see item 5.']),
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item, a.action]),
      [
        ['2022-06-21', 'Revenue Outturn 2021/22', 'Provide a breakdown of the underspend.'],
        ['2022-06-21', 'Revenue Outturn 2021/22', 'Report on the hardship reserve.'],
      ],
    )
  })
})

describe('a tracker grouped by meeting, its first meeting headed before any table', () => {
  it("dates the first table's rows by the heading above its header", () => {
    const text = [
      'Action tracker',
      '',
      'Meeting of 13 March 2024',
      '',
      'No.\tAgenda item\tAction\tLead\tResponse / update',
      '1\tHomelessness Strategy\tProvide a breakdown of placements.\tColin Brayshaw\tPartial data circulated.',
      '',
      'Meeting of 10 July 2024',
      '',
      'No.\tAgenda item\tAction\tLead\tResponse / update',
      '1\tPortfolio Update\tReport the number of families in B&B.\tLorraine Azikiwe\tCompleted.',
    ].join('\n')
    assert.deepEqual(
      parseActionTracker(onePage(text), []).map(a => [a.date, a.agenda_item]),
      [
        ['2024-03-13', 'Homelessness Strategy'],
        ['2024-07-10', 'Portfolio Update'],
      ],
    )
  })
})

describe("a tracker whose minute cell gives the committee's minute code on a line above the subject", () => {
  it('takes "SC/14<br>Workforce Strategy 2025–2028" as the item "Workforce Strategy 2025–2028"', () => {
    const text = [
      '**Commission Action Tracker**',
      '| Action ref | Meeting | Minute | Action | Assigned to | Deadline | Response |',
      '|---|---|---|---|---|---|---|',
      '| CAT-25-09 | Commission 8 Sep 25 | SC/14<br>Workforce Strategy 2025–2028 | Provide a breakdown of agency staff spend. | Head of HR | 31/10/25 | Circulated on 28 October 2025. |',
    ].join('\n')
    const [row] = parseActionTracker(splitPages(text), [])
    assert.equal(row?.agenda_item, 'Workforce Strategy 2025-2028')
    assert.equal(row?.date, '2025-09-08')
  })
})

it('leaves out the rows a combined tracker types "R", the committee\'s recommendations, with the rest of one the page broke', () => {
  const text = [
    '**Actions and Recommendations Tracker**',
    '| Ref | Type | Meeting | Agenda item | Action / Recommendation | Lead | Update | Status |',
    '|---|---|---|---|---|---|---|---|',
    '| 25/07 | A | 24 June 2025 | Corporate Parenting | Circulate the placement sufficiency figures. | Head of Service | Circulated 1 July. | Closed |',
    '| 25/08 | R | 24 June 2025 | Corporate Parenting | That the Cabinet Member asks the districts to extend the exemption | Cabinet Member | Letters sent. | Open |',
    '| | | | | for care leavers up to the age of 25. | | | |',
    '| 25/09 | A | 24 June 2025 | Youth Justice | Arrange a visit to the Youth Justice base. | Service Manager | | Open |',
  ].join('\n')
  assert.deepEqual(
    parseActionTracker(splitPages(text), []).map(a => a.action),
    ['Circulate the placement sufficiency figures.', 'Arrange a visit to the Youth Justice base.'],
  )
})

it("reads the tracker under a sentence saying how completed actions are kept ('Completed actions are shown once, …')", () => {
  const text = [
    'OUTSTANDING ACTIONS – OCTOBER 2015',
    '',
    'Completed actions are shown once, at the meeting after they were completed, and are then removed from this schedule.',
    '',
    'Date\tAgenda Item\tAction\tUpdate',
    '20 Mar 2015\tTracking: Social Value in Procurement\tThe Assistant Director to circulate the list of contracts.\tCirculated on 28 April 2015.',
  ].join('\n')
  assert.deepEqual(
    parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item]),
    [['2015-03-20', 'Tracking: Social Value in Procurement']],
  )
})

it("dates a log's requests grouped under month headings by that month's meeting, the date the pack names most", () => {
  const text = [
    'ACTION LOG 2022/23',
    'This log records the requests agreed by the Committee at its meetings on 21 June 2022 and 26 July 2022.',
    'Reports for the meeting on 26 July 2022 were due on 12 July 2022.',
    'Minute\tRequest\tOfficer\tResponse',
    '**June 2022**\t\t\t',
    'OSC.6/22 Annual Report of the Portfolio Holder\tProvide a breakdown of garden waste subscriptions.\tWaste Manager\tCirculated.',
    '**July 2022**\t\t\t',
    'OSC.14/22 Household Waste Collection Changes\tProvide the number of complaints.\tWaste Manager\t',
  ].join('\n')
  assert.deepEqual(
    parseActionTracker(splitPages(text), []).map(a => [a.date, a.agenda_item, a.has_update]),
    [
      ['2022-06-21', 'Annual Report of the Portfolio Holder', true],
      ['2022-07-26', 'Household Waste Collection Changes', false],
    ],
  )
})
