import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { splitPages } from './pages.ts'
import type { PackPage, ParsedWorkProgrammeItem, ParseWarning } from './types.ts'
import { parsePack } from './parse-pack.ts'
import { parseWorkProgramme } from './work-programme.ts'
import { fromLayoutText } from './layout-text.ts'

const seed = (name: string): string =>
  readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')

type Row = [string | null, string, string | null, string | null]

function check(got: ParsedWorkProgrammeItem[], expected: Row[]) {
  assert.equal(got.length, expected.length, got.map(g => g.topic).join('\n'))
  expected.forEach(([date, topic, type, lead], i) => {
    const item = got[i]
    assert.ok(item, `item ${i}`)
    assert.equal(item.meeting_date, date, `item ${i} date: ${item.topic}`)
    assert.ok(item.topic.startsWith(topic), `item ${i} topic: ${item.topic}`)
    assert.equal(item.type, type, `item ${i} type`)
    if (lead === null) assert.equal(item.lead_officer, null, `item ${i} lead`)
    else assert.ok(item.lead_officer?.startsWith(lead), `item ${i} lead: ${item.lead_officer}`)
    assert.equal(typeof item.source_page, 'number')
  })
}

const SH = 'Sue Harrison, Strategic Director, Children and Families'
const SHD = 'Sue Harrison, Director, Children and Families'
const SG = "Seamus Gaynor, Head of Executive, Children's Trust"
const TBS: Row[] = [
  [null, 'Grand Challenges, City Observatory data indicators', null, null],
  [null, 'Scrutiny Inquiry: Child Criminal Exploitation', 'Inquiry', null],
  [null, 'Joint Scrutiny Inquiry with Health and Social Care O&S Committee', 'Inquiry', null],
  [null, 'Visits', null, null],
  [null, 'Student attendance at school during their period', null, null],
  [null, 'Janie Berry, City Solicitor to be added', null, null],
  [null, 'School Exclusions, Part-Time Timetables, & Unsuitable School Places', null, null],
  [null, "Birmingham Safeguarding Children's Partnership (BSCP)", null, null],
  [null, "The Children's Trust to attend a future committee meeting", null, null],
  [null, 'Improving Services for Children and Families Improvement Programme Quarterly', null, null],
  [null, 'City of Birmingham School (COBS)', null, null],
  [null, "Children and Families Directorate's KPIs", null, null],
  [null, 'Education and Health Care Plans (EHCPs)', null, null],
]
const EXPECTED_2023: Row[] = [
  ['2022-07-20', 'SEND Improvement and the Accelerated Progress Plan', 'Update Report', SHD],
  ['2022-07-20', 'Home to School Transport (HTST)', 'Update Report', SHD],
  ['2022-07-20', 'Youth Justice Plan', 'Consultation', SG],
  ['2022-07-20', 'Work Programme Development', 'Decision', 'Fiona Bottrill'],
  ['2022-09-07', 'SEND Improvement', 'Update Report', SHD],
  ['2022-09-07', 'Cabinet Member Portfolio Overview', 'Update Report', 'Suman McCarthy'],
  ['2022-09-07', 'Work Programme Development / Inquiry Proposal', 'Decision', 'Fiona Bottrill'],
  ['2022-10-19', 'SEND Commissioner', 'Update Report', SHD],
  ['2022-10-19', 'HTST / Children and Young People Travel Service Update', 'Update Report', SHD],
  ['2022-11-30', "Children's Trust", 'Update Report', SG],
  ['2023-01-04', 'Children and Families Directorate Improvement Plan - Progress Update', 'Update', SHD],
  ['2023-01-04', "Children's Partnership Change for Children 2023-28 Plan", 'Consultation', SHD],
  ['2023-01-25', 'SENDIASS', 'Update Report', SH],
  ['2023-02-22', 'School Attainment & School Improvement', 'Update Report', SH],
  ['2023-02-22', 'School Exclusions, Part Time Timetables, and Unsuitable School Places', 'Update Report', SH],
  ['2023-04-05', "Children's Trust Update", 'Update Report', SG],
  [
    '2023-04-05',
    'Improving Services for Children and Families Improvement Programme Progress Update',
    'Quarterly Update Report',
    SH,
  ],
  ['2023-05-17', "Young People's Substance Use Service", 'Evidence Gathering', 'Karl Beese'],
  ['2023-05-17', 'Youth Service', 'Evidence Gathering', 'Soulla Yiasouma'],
  ['2023-05-17', 'SEND Accelerated Progress Plan (APP)', 'Update Report', SH],
  ['2023-05-17', "Ofsted Inspection of Birmingham Children's Services (ILACS)", 'Update', SG],
  ...TBS,
]

const BJ = 'Cllr Brigid Jones'
const EXPECTED_2016_04: Row[] = [
  ['2015-06-10', "Cabinet Member for Children's Services to discuss", null, 'Colin Diamond'],
  ['2015-06-10', 'Early Years Review Consultation Proposal', null, 'Lindsey Trivett'],
  ['2015-07-15', 'To discuss Looked After Children (LAC)', null, 'Andy Pepper'],
  ['2015-07-15', 'Permanent School Exclusions', null, 'Andrew Wright & Chris Atkinson'],
  ['2015-07-15', 'Whistle Blowing Policy', null, 'Michael Day, Solicitor'],
  ['2015-09-16', 'Educational Development Plan update', null, 'Emma Leaman'],
  ['2015-09-16', 'Cabinet Member for Children Services to discuss Curriculum Entitlement', null, BJ],
  ['2015-10-21', 'Missing Children from Home and Care Short Inquiry', null, 'Scrutiny Office'],
  ['2015-10-21', 'Chairs Update', null, 'Cllr Susan Barnett'],
  ['2015-10-21', 'Cabinet Member for Children Services to update the Committee', null, BJ],
  ['2015-10-21', 'Tracking: Work Experience for School Age Children', null, 'Cllr Penny Holbrook'],
  ['2015-10-30', 'Missing Children from Home and Care Short Inquiry', null, 'Scrutiny Office'],
  ['2015-11-25', 'Progress on the Education and Schools Strategy and Improvement Plan', null, 'Peter Hay'],
  ['2015-11-25', 'Tracking: Strengthening the Birmingham Family of Schools', null, 'Peter Hay'],
  ['2015-11-25', 'Birmingham Safeguarding Children Board (BSCB) Annual report', null, 'Jane Held'],
  ['2015-11-25', 'Tracking: Child Sexual Exploitation (CSE) - Delivery of training', null, 'Peter Hay'],
  ['2015-12-09', 'Permanent School Exclusions', null, 'Andrew Wright'],
  ['2015-12-09', 'City of Birmingham School (COBS)', null, 'Fiona Wallace'],
  ['2015-12-09', 'School Attainment Headline Statistics', null, 'Colin Diamond'],
  ['2015-12-09', 'Birmingham Education Partnership (BEP) and School Improvement', null, 'Tim Boyes, BEP'],
  ['2016-01-20', 'Tracking: Work Experience for School Age Children', null, 'Kathryn Cook & Andrea Burns'],
  ['2016-01-20', 'Children Missing from Education', null, 'Tony Stanley'],
  ['2016-01-20', 'Elective Home Education (Home Schooled)', null, BJ],
  ['2016-01-20', 'Cabinet Member for Children Services Update', null, BJ],
  ['2016-02-10', 'Tracking: Child Sexual Exploitation (CSE)', null, 'Alastair Gibbons / Peter Hay'],
  ['2016-02-10', 'School Attainment Statistics for Primary Schools (detail)', null, 'Colin Diamond'],
  ['2016-02-10', 'Unregistered Schools', null, 'Colin Diamond'],
  ['2016-02-10', 'LGA Peer Review Findings', null, `${BJ} / Peter Hay`],
  ['2016-03-16', "Cabinet Member for Children's Services to report back", null, `${BJ} & Pip Mayo`],
  ['2016-03-16', 'School Attainment Statistics for Secondary Schools (detail)', null, 'Colin Diamond / Richard Browne'],
  ['2016-03-16', 'Special Educational Needs (SEN) and Education, Health and Care plans (EHC)', null, 'Chris Atkinson'],
  ['2016-03-16', 'Education Awards Appeals (Home to School Transport)', null, 'Chris Atkinson and Simon Wellman'],
]

const EXPECTED_2016_07: Row[] = [
  ['2016-06-15', 'Informal Meeting to discuss the Work Programme', null, null],
  ['2016-07-20', "The Education and Children's Social Care Improvement Journey", null, null],
  ['2016-09-21', "Sir Michael Wilshaw, Her Majesty's Chief Inspector, Ofsted", null, null],
  ['2016-09-21', 'Christine Quinn, West Midlands Regional Schools Commissioner', null, 'Seamus Gaynor'],
  ['2016-09-21', 'Birmingham Education Partnership (BEP) to discuss school improvement', null, 'Tim Boyes'],
  ['2016-09-21', 'Education Development Plan and school places sufficiency update', null, 'Emma Leaman'],
  ['2016-10-12', 'Tracking: Children Missing from Home and Care Inquiry', null, 'Tony Stanley'],
  ['2016-10-12', 'Radicalisation Agenda', null, 'Tony Stanley, Chief Social Worker & Masuq Ali'],
  ['2016-10-12', 'Update on Child Sexual Exploitation (CSE)', null, 'Alastair Gibbons'],
  ['2016-10-12', 'Youth Justice Plan', null, 'Dawn Roberts'],
  ['2016-11-23', 'Birmingham Safeguarding Children Board (BSCB) Annual report', null, 'Penny Thompson'],
  ['2016-11-23', 'Multi-Agency Safeguarding Hub (MASH)', null, 'Kay Child'],
  ['2016-11-23', 'Citywide School Attainment Statistics', null, 'Colin Diamond / Richard Browne'],
  ['2016-11-23', 'Education Development Plan and school places sufficiency update', null, 'Emma Leaman'],
  ['2016-12-07', 'Education Development Plan and school places sufficiency update', null, 'Emma Leaman'],
  ['2017-01-25', 'Cabinet Member for Children Services Six Month Update', null, null],
  ['2017-01-25', 'Looked After Children (LAC) & Corporate Parenting Update', null, 'Andy Pepper'],
  ['2017-03-22', 'School Attainment Statistics for Secondary and Primary Schools (detail)', null, 'Colin Diamond'],
]

describe('parseWorkProgramme on the seed packs', () => {
  const cases: [string, string, Row[]][] = [
    ['pack-2023-05-17-education-childrens-social-care.txt', '2023-05-17', EXPECTED_2023],
    ['pack-2016-04-20-education-vulnerable-children.txt', '2016-04-20', EXPECTED_2016_04],
    ['pack-2016-07-20-schools-children-families.txt', '2016-07-20', EXPECTED_2016_07],
  ]
  for (const [name, date, expected] of cases) {
    it(`reads every item of ${name}`, () => {
      const warnings: ParseWarning[] = []
      check(parseWorkProgramme(splitPages(seed(name)), warnings, date), expected)
      assert.deepEqual(warnings, [])
    })
  }

  it('keeps time slots apart from the topic and infers a missing year from the meeting before', () => {
    const got = parseWorkProgramme(splitPages(seed(cases[0]?.[0] ?? '')), [], '2023-05-17')
    assert.deepEqual(got.find(i => i.topic === 'Youth Service')?.time_slot, ['10:45', '11:25'])
    assert.equal(got.find(i => i.topic === 'SENDIASS')?.meeting_date, '2023-01-25')
  })
})

describe('parseWorkProgramme on other layouts', () => {
  it('reads a pipe table with a date column, a to-be-scheduled table and a placeholder row', () => {
    const pages: PackPage[] = [
      {
        number: 12,
        text: [
          '| Meeting date | Item | Type | Lead Officer |',
          '|---|---|---|---|',
          '| 14 June 2017 | Budget monitoring (10.00 - 10.30) | Update report | Jo Bloggs, Finance |',
          '| | Pre-decision scrutiny of the bus strategy | | TBC |',
          '| 12 July 2017 | TBC | | |',
          '| To be scheduled | Air quality | Inquiry | Ann Other |',
        ].join('\n'),
      },
    ]
    const warnings: ParseWarning[] = []
    const got = parseWorkProgramme(pages, warnings, '2017-06-14')
    assert.deepEqual(
      got.map(i => [i.meeting_date, i.topic, i.type, i.lead_officer, i.source_page]),
      [
        ['2017-06-14', 'Budget monitoring', 'Update report', 'Jo Bloggs, Finance', 12],
        ['2017-06-14', 'Pre-decision scrutiny of the bus strategy', 'Pre-decision Scrutiny', null, 12],
        [null, 'Air quality', 'Inquiry', 'Ann Other', 12],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it('stops at a list of acronyms printed after the programme', () => {
    const text = [
      'TO BE SCHEDULED:',
      'Item/ Topic\tType\tAims and Objectives\tLead Officer',
      'Home Care Quality\tUpdate Report\tTo understand quality.\tMark Ventnor',
      'Useful Acronyms',
      'A&E = Accident and Emergency\tHWB = Health and Wellbeing Board\tNHSE = NHS England',
      'BSAB = Birmingham Safeguarding Adults\tService\tSAR = Safeguarding Adults Review',
    ].join('\n')
    for (const pack of [text, text.replace('Useful Acronyms\n', '')]) {
      const got = parseWorkProgramme([{ number: 60, text: pack }], [], '2017-11-21')
      assert.deepEqual(
        got.map(i => [i.meeting_date, i.topic]),
        [[null, 'Home Care Quality']],
      )
    }
  })

  it('mends a row broken by the page across a footer drawn inside the table', () => {
    const pages: PackPage[] = [
      {
        number: 34,
        text: [
          'Date of Meeting: Thursday 13th October 2022',
          'Item/ Topic\tType\tAims and Objectives\tLead Officer',
          'Tracking: Tackling Damp and Mould\tTracking\tTo confirm the assessments\tJulie Pemberton,',
          '\t\t\tPage 34 of 37',
        ].join('\n'),
      },
      { number: 35, text: 'in Council Homes\t\tproposed on 29 September.\tStrategic Director, City Housing' },
    ]
    assert.deepEqual(
      parseWorkProgramme(pages, [], '2022-10-13').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        [
          '2022-10-13',
          'Tracking: Tackling Damp and Mould in Council Homes',
          'Julie Pemberton, Strategic Director, City Housing',
        ],
      ],
    )
  })

  it('reads a numbered list under a numbered "Items to be Scheduled" heading', () => {
    const text = [
      'Date of Meeting: Thursday 10th December 2020',
      'Item/ Topic\tType\tLead Officer',
      'Council Tax Collection\tUpdate Report\tJo Bloggs',
      '3 Items to be Scheduled',
      '',
      '1. Council House Complex – Future Office Accommodation',
      '2. Corporate Debt Policy and the Collection of Sundry Debts',
      '',
      '4 Outstanding Tracking',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 76, text }], [], '2020-10-15').map(i => [i.meeting_date, i.topic]),
      [
        ['2020-12-10', 'Council Tax Collection'],
        [null, 'Council House Complex - Future Office Accommodation'],
        [null, 'Corporate Debt Policy and the Collection of Sundry Debts'],
      ],
    )
  })

  it('takes "Officers / Witnesses" as the lead officer column of the one-table layout, which states no type', () => {
    const text = [
      'Date / Location All at 2 pm\tSession / Outcome\tOfficers / Witnesses',
      '20 July 2016 Committee Room 6\tLibraries Inquiry – Terms of Reference\tRose Kettering, Scrutiny Office',
      '\tTracking: Fly-tipping\tSarah Okafor, Head of Waste Enforcement',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 54, text }], [], '2016-12-14').map(i => [
        i.meeting_date,
        i.topic,
        i.type,
        i.lead_officer,
      ]),
      [
        ['2016-07-20', 'Libraries Inquiry - Terms of Reference', null, 'Rose Kettering, Scrutiny Office'],
        ['2016-07-20', 'Tracking: Fly-tipping', null, 'Sarah Okafor, Head of Waste Enforcement'],
      ],
    )
  })

  it('ends at a table of report deadlines', () => {
    const text = [
      '| Meeting date | Item | Type | Lead officer / Cabinet Member |',
      '|---|---|---|---|',
      '| 22 February 2024 | Budget 2024/25 | Pre-decision scrutiny | Cllr Rachel Okafor |',
      '| TBC | Council-Owned Companies | Update report | TBC |',
      '',
      'Report deadlines',
      '',
      'Meeting\tFinal deadline for reports\tPublication',
      '22 February 2024\tMonday 12 February 2024\tWednesday 14 February 2024',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 75, text }], [], '2024-01-25').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2024-02-22', 'Budget 2024/25', 'Cllr Rachel Okafor'],
        [null, 'Council-Owned Companies', null],
      ],
    )
  })

  it("reads no action tracker and no other body's forward plan as the programme", () => {
    const text = [
      'Date\tAgenda Item\tAction\tLead Officer\tUpdate',
      '12/09/18\tBus Network Performance\tPunctuality figures to be provided.\tRob Tennant\t',
      '',
      'Corporate Parenting Board – Forward Plan 2021/22',
      'Date\tItem\tLead',
      '12 January 2022\tJoint Housing Protocol for Care Leavers\tHead of Service, Care Leavers',
      '',
      'Work Programme 2021/22',
      'Date\tItem\tLead Officer',
      "19 January 2022\tBirmingham Children's Trust – Mid-Year Update\tPaul Fenwick",
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 60, text }], [], '2021-11-24').map(i => [i.meeting_date, i.topic]),
      [['2022-01-19', "Birmingham Children's Trust - Mid-Year Update"]],
    )
  })

  it('carries a row broken by the page on under the repeated header, a question in its topic kept', () => {
    const header = 'Item/ Topic\tAims and Objectives\tType of Scrutiny\tLead Officer'
    const pages: PackPage[] = [
      {
        number: 69,
        text: [
          'Date of Meeting: Wednesday 24th November 2021',
          header,
          'Home to School Transport – Service Review\tTo review the service\tUpdate Report\tDr Helen Vause',
        ].join('\n'),
      },
      {
        number: 70,
        text: [
          header,
          '\t\t\tSean Doherty',
          'Tracking: Out of Sight? Children Missing Education\tTo assess progress\tTracking\tMichael Tarrant',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseWorkProgramme(pages, [], '2021-11-24').map(i => [i.topic, i.lead_officer]),
      [
        ['Home to School Transport - Service Review', 'Dr Helen Vause Sean Doherty'],
        ['Tracking: Out of Sight? Children Missing Education', 'Michael Tarrant'],
      ],
    )
  })

  it("carries no row on past the next meeting's heading, though its table starts a new page", () => {
    const header = 'Item/ Topic\tType\tAims and Objectives\tLead Officer\tVisits'
    const pages: PackPage[] = [
      {
        number: 23,
        text: [
          'Date of Meeting: Wednesday 20th September 2023 at 10am in Committee Room 6, Council House',
          'Extension',
          header,
          'Youth Hubs and the Youth Guarantee\tEvidence Gathering\tTo understand the reach of the Youth Hubs\tMarcus Ellery\tA Youth Hub',
          'Final Deadline: Monday 11th September 2023',
        ].join('\n'),
      },
      {
        number: 24,
        text: [
          'Date of Meeting: Wednesday 18th October 2023 at 10am in Committee Rooms 6 & 7, Council House',
          header,
          'Section 114 Notice – Implications for Services\tUpdate Report\tTo understand the impact\tRebecca Ashworth\t',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseWorkProgramme(pages, [], '2023-11-15').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2023-09-20', 'Youth Hubs and the Youth Guarantee', 'Marcus Ellery'],
        ['2023-10-18', 'Section 114 Notice - Implications for Services', 'Rebecca Ashworth'],
      ],
    )
  })

  it('names every officer of a lead officer cell printed a paragraph each, a placeholder left out', () => {
    const text = [
      'Date\tItem/ Topic\tType\tLead Officer',
      '21/01/2015\tWorkforce Strategy\tUpdate report\t<p>Malcolm Tewkesbury, Assistant Director</p> <p>Stephen Vokes</p>',
      '\tSickness Absence\tTracking\t<p>TBC</p>',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 50, text }], [], '2015-02-18').map(i => i.lead_officer),
      ['Malcolm Tewkesbury, Assistant Director Stephen Vokes', null],
    )
  })

  it("joins a wrapped row's later lines printed as rows of their own: a second officer, a topic's rest", () => {
    const text = [
      'All at 10am in Committee Room 6 unless stated\tItem/Topic\tType\tLead Officer\tWitnesses',
      '20 November 2018\tAdult Social Care Winter Plan\tUpdate report\tGraeme Lister\tDr Richard Osei-Bonsu',
      '\t\t\tMaxine Tolland\tDr Ruth Alwyn (observer)',
      'Tuesday 18 December 2018\tHealthwatch Birmingham: Access to GP Services for\tEvidence gathering\tRoisin Delaney\t',
      '\tPeople who are Deaf or Hard of Hearing\t\t\t',
      '\tSafeguarding Adults Board Annual Report\tAnnual report\tDr Isobel Ferris\t',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 72, text }], [], '2018-11-20').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2018-11-20', 'Adult Social Care Winter Plan', 'Graeme Lister Maxine Tolland'],
        [
          '2018-12-18',
          'Healthwatch Birmingham: Access to GP Services for People who are Deaf or Hard of Hearing',
          'Roisin Delaney',
        ],
        ['2018-12-18', 'Safeguarding Adults Board Annual Report', 'Dr Isobel Ferris'],
      ],
    )
  })

  it('warns about items when no meeting date is known', () => {
    const warnings: ParseWarning[] = []
    const got = parseWorkProgramme(
      [{ number: 3, text: 'Item\tType\tLead Officer\nBudget\tUpdate\tJo\n' }],
      warnings,
      null,
    )
    assert.equal(got.length, 1)
    assert.equal(got[0]?.meeting_date, null)
    assert.equal(warnings[0]?.page, 3)
  })
})

describe('parseWorkProgramme laid out by meeting, as a London borough prints it', () => {
  it("takes each table's date from a heading holding the date alone, a purpose of short labels as the type, and a listed item's lead after its dash", () => {
    const text = [
      'Appendix A – Overview and Scrutiny Committee Work Plan 2019/20',
      '',
      '**14 October 2019**',
      '',
      '**Item\tPurpose\tLead officer / witnesses**',
      'Housing Delivery Programme – Progress Report\tUpdate report\tDan Hollings, Director of Housing Delivery',
      '',
      '**2 December 2019**',
      '',
      'Report deadline: 19 November 2019. Publication: 22 November 2019.',
      '',
      '**Item\tPurpose\tLead officer / witnesses**',
      'Local Plan – Regulation 19 Consultation\tPre-decision scrutiny\tImogen Clarke, Head of Planning Policy',
      'Annual Scrutiny Report 2019/20\tTo agree\tKieran Mallory, Principal Scrutiny Officer',
      '',
      '**Items to be scheduled**',
      '',
      '- Universal Credit and rent arrears – Head of Income Collection',
      '- Leisure centres contract – TBC',
    ].join('\n')
    check(parseWorkProgramme([{ number: 37, text }], [], '2019-10-14'), [
      ['2019-10-14', 'Housing Delivery Programme - Progress Report', 'Update report', 'Dan Hollings'],
      ['2019-12-02', 'Local Plan - Regulation 19 Consultation', 'Pre-decision scrutiny', 'Imogen Clarke'],
      ['2019-12-02', 'Annual Scrutiny Report 2019/20', 'To agree', 'Kieran Mallory'],
      [null, 'Universal Credit and rent arrears', null, 'Head of Income Collection'],
      [null, 'Leisure centres contract', null, null],
    ])
  })

  it('takes the meeting from a row of one cell across the table, and "Items to be scheduled" likewise', () => {
    const text = [
      '| Item | Description / purpose | Type | Lead Cabinet Member and Officer |',
      '|---|---|---|---|',
      '| **TUESDAY 7 NOVEMBER 2023** | | | |',
      '| Action Plans: Progress Update | First progress reports. | Review monitoring | Cllr Dawn Okafor |',
      '| **TUESDAY 12 DECEMBER 2023 (Crime and Disorder Committee) – despatch Monday 4 December 2023** | | | |',
      '| Community Safety Partnership Annual Report | Annual scrutiny. | Crime and disorder scrutiny | Cllr Imran Shah |',
      '| **Items to be scheduled** | | | |',
      '| Leisure Contract | To review the contract. | Performance monitoring | TBC |',
    ].join('\n')
    check(parseWorkProgramme([{ number: 37, text }], [], '2023-11-07'), [
      ['2023-11-07', 'Action Plans: Progress Update', 'Review monitoring', 'Cllr Dawn Okafor'],
      ['2023-12-12', 'Community Safety Partnership Annual Report', 'Crime and disorder scrutiny', 'Cllr Imran Shah'],
      [null, 'Leisure Contract', 'Performance monitoring', null],
    ])
  })

  it('reads lists under "**date** (report deadline: …)" headings, each item\'s lead on a "Lead officer:" line below it', () => {
    const text = [
      '**ENVIRONMENT AND HIGHWAYS SCRUTINY COMMITTEE – WORK PROGRAMME 2017/18**',
      '',
      '**22 November 2017** (report deadline: 8 November 2017)',
      '',
      '1. Highways Winter Service Plan 2017/18 (performance monitoring)',
      'Lead officer: Fiona Weatherall, Winter Service Manager',
      '2. Household Waste Recycling Centres: opening hours (pre-decision scrutiny) Lead officer: Jonathan Crabtree',
      '3. Rural Bus Services – scoping document for a Select Committee Review',
      'Lead officer: Owen Pritchard, Scrutiny Officer',
      'Attending: Councillor Keith Hollins',
      '',
      '**3 Items to be scheduled**',
      '',
      "- The County Council's role in air quality management areas (policy development)",
      'Lead officer: to be confirmed',
      'Added at minute 46/17.',
      '- Rural Bus Services – evidence-gathering sessions (Select Committee Review)',
      'Lead officer: Owen Pritchard, Scrutiny Officer',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2017-11-22'), [
      ['2017-11-22', 'Highways Winter Service Plan 2017/18', 'performance monitoring', 'Fiona Weatherall'],
      ['2017-11-22', 'Household Waste Recycling Centres: opening hours', 'pre-decision scrutiny', 'Jonathan Crabtree'],
      ['2017-11-22', 'Rural Bus Services - scoping document', null, 'Owen Pritchard'],
      [null, "The County Council's role in air quality management areas", 'policy development', null],
      [null, 'Rural Bus Services - evidence-gathering sessions', 'Select Committee Review', 'Owen Pritchard'],
    ])
  })

  it('reads bullets naming their lead in brackets, one wrapped inside them, and an item naming none among them', () => {
    const text = [
      'Overview and Scrutiny Committee Work Programme 2022/23',
      'Tuesday 12 July 2022',
      '• Overview and Scrutiny Annual Report 2021/22 (Clara Wentworth, Principal Scrutiny Officer)',
      '• Council Tax Support Scheme 2023/24: Consultation (Hamid Rostami, Head of Revenues, Benefits and Resident',
      'Support)',
      '• Cabinet Member Question Time: Leader of the Council',
      '',
      'Monday 6 February 2023 – Budget scrutiny meeting (6.30pm)',
      '• Draft Budget 2023/24 (Victoria Hendry-Marsh,',
      'Corporate Director of Resources)',
      '   o General Fund revenue budget and savings proposals',
      '• School Place Planning and Falling Rolls in Primary Schools (TBC)',
      '',
      'Items to be scheduled',
      "• Recruitment and retention of social workers (Marguerite Osei, Director of Children's Social Care)",
    ].join('\n')
    check(parseWorkProgramme([{ number: 29, text }], [], '2022-11-08'), [
      [
        '2022-07-12',
        'Overview and Scrutiny Annual Report 2021/22',
        null,
        'Clara Wentworth, Principal Scrutiny Officer',
      ],
      [
        '2022-07-12',
        'Council Tax Support Scheme 2023/24: Consultation',
        null,
        'Hamid Rostami, Head of Revenues, Benefits and Resident Support',
      ],
      ['2022-07-12', 'Cabinet Member Question Time: Leader of the Council', null, null],
      ['2023-02-06', 'Draft Budget 2023/24', null, 'Victoria Hendry-Marsh, Corporate Director of Resources'],
      ['2023-02-06', 'School Place Planning and Falling Rolls in Primary Schools', null, null],
      [
        null,
        'Recruitment and retention of social workers',
        null,
        "Marguerite Osei, Director of Children's Social Care",
      ],
    ])
  })

  it('dates a list under month headings by the meetings its preamble lists, and leaves a petitions schedule out', () => {
    const text = [
      'Appendix A: Petitions schedule as at 3 September 2021',
      'Ref.\tDate petition received\tReceived from\tSubject\tWard affected\tLead divisional officer\tStatus',
      'PS/21/02\t11/02/2021\tPaul Gathercole\tRequest for a pedestrian crossing\tNorthgate\tDirector of Highways\tOpen',
      '',
      'Overview Select Committee',
      'Work Programme 2021/22',
      // The sentence wrapped at a PDF page's width, inside a date.
      'Meetings of the Committee in 2021/22 are on Thursdays at 5.30pm in City Hall: 17 June 2021, 29 July',
      '2021, 16 September 2021 and 4 November 2021.',
      '',
      'June 2021',
      '1. Overview Select Committee Terms of Reference and Membership 2021/22',
      'Lead: Kirsty Pendle, Senior Governance Officer',
      'Outcome: Noted.',
      '2. Revenue Outturn 2020/21',
      'Lead: Amrit Sohal, Director of Finance',
      'November 2021',
      '1. Council Tax Support Scheme 2022/23 – Consultation Results (pre-decision)',
      'Lead: Deborah Lyle, Head of Revenues and Customer Support',
      '2. Joint Working Protocol for Cross-Cutting Scrutiny Reviews',
      'Lead: Ruth Allardyce, Scrutiny Manager',
      '3. Customer Services Access Strategy',
      'Lead: Deborah Lyle, Head of Revenues and Customer Support',
      '',
      'Unscheduled',
      'a) Cyber Security Arrangements (part may be exempt)',
      'Lead: Ian Carrow, Head of ICT and Digital Services',
      'b) Use of Agency Staff and Consultants',
      'Lead: TBC',
    ].join('\n')
    check(parseWorkProgramme([{ number: 35, text }], [], '2021-09-16'), [
      ['2021-06-17', 'Overview Select Committee Terms of Reference', null, 'Kirsty Pendle'],
      ['2021-06-17', 'Revenue Outturn 2020/21', null, 'Amrit Sohal'],
      // Two brackets in a list of seven are notes in the titles, not kinds.
      ['2021-11-04', 'Council Tax Support Scheme 2022/23 - Consultation Results (pre-decision)', null, 'Deborah Lyle'],
      ['2021-11-04', 'Joint Working Protocol', null, 'Ruth Allardyce'],
      ['2021-11-04', 'Customer Services Access Strategy', null, 'Deborah Lyle'],
      [null, 'Cyber Security Arrangements (part may be exempt)', null, 'Ian Carrow'],
      [null, 'Use of Agency Staff and Consultants', null, null],
    ])
  })

  it("reads '(Lead: …)' with a bracket inside, past a meeting's deadline note and its items' sub-points", () => {
    const text = [
      '**Work Programme 2017/18**',
      '**Thursday 16 November 2017**',
      '• Home Care Review: Progress on Recommendations (Lead: Martin Elphick, Head of Commissioning (Adults))',
      '• Work Programme 2017/18',
      '**Thursday 11 January 2018 – Budget meeting**',
      'Report deadline: Friday 29 December 2017; publication: Wednesday 3 January 2018',
      '• Draft Revenue Budget 2018/19 and Medium Term Financial Strategy:',
      'Adult Social Care and Public Health (Lead: Michael Sandys, Director of Finance)',
      '   o savings proposals for adult social care',
      '• Mental Health Crisis Care (Lead: Thames Reach Mental Health NHS Foundation Trust)',
      '**Items to be scheduled**',
      '• Sexual Health Services: Outcome of Consultation (Lead: TBC)',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2017-11-16'), [
      [
        '2017-11-16',
        'Home Care Review: Progress on Recommendations',
        null,
        'Martin Elphick, Head of Commissioning (Adults)',
      ],
      ['2017-11-16', 'Work Programme 2017/18', null, null],
      [
        '2018-01-11',
        'Draft Revenue Budget 2018/19 and Medium Term Financial Strategy: Adult Social Care and Public Health',
        null,
        'Michael Sandys',
      ],
      ['2018-01-11', 'Mental Health Crisis Care', null, 'Thames Reach Mental Health NHS Foundation Trust'],
      [null, 'Sexual Health Services: Outcome of Consultation', null, null],
    ])
  })

  it("dates rows under a month's heading row by the meeting dated on its first row, and leaves the agenda's table out", () => {
    const text = [
      'No.\tItem\tLead\tTime',
      '1\t**Apologies for Absence**\tChair\t1.00pm',
      '',
      'Date\tItem\tDescription\tType of scrutiny\tLead officer',
      '**OCTOBER 2021**\t\t\t\t',
      'Tuesday 19 October 2021 at 1.00pm\tPerformance Report\tPerformance against the indicators.\tPerformance monitoring\tShona Bickerstaff',
      '\tHealthwatch Annual Report\tTo receive the annual report.\tAnnual report\tSarah Quayle',
      '**NOVEMBER 2021**\t\t\t\t',
      'Tuesday 23 November 2021 at 1.00pm\tWinter Resilience\tTo consider the plans.\tPerformance monitoring\tMartin Greaves',
    ].join('\n')
    check(parseWorkProgramme([{ number: 41, text }], [], '2021-07-20'), [
      ['2021-10-19', 'Performance Report', 'Performance monitoring', 'Shona Bickerstaff'],
      ['2021-10-19', 'Healthwatch Annual Report', 'Annual report', 'Sarah Quayle'],
      ['2021-11-23', 'Winter Resilience', 'Performance monitoring', 'Martin Greaves'],
    ])
  })

  it("reads a list wrapped at a PDF page's width: a heading's note, an item's kind and its lead's label", () => {
    const text = [
      'ENVIRONMENT AND HIGHWAYS SCRUTINY COMMITTEE – WORK PROGRAMME 2017/18',
      '22 November 2017 (report deadline: 8 November 2017)',
      '1. Select Committee Review of Local Flood Risk Management – progress on recommendations',
      '(tracking)',
      'Lead officer: Lucy Armitage, Flood Risk Manager',
      '2. Loddonshire Road Safety Partnership Annual Report 2016/17 (performance monitoring) Lead',
      'officer: Nadeem Qureshi, Head of Transport Planning',
      '20 June 2018 (provisional – the calendar of meetings for 2018/19 will be agreed at the Annual Meeting',
      'of the County Council on 22 May 2018)',
      '1. Highways Term Maintenance Contract: Annual Performance Report 2017/18 (performance',
      'monitoring)',
      'Lead officer: Graham Petts, Head of Highways Operations',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2017-11-22'), [
      [
        '2017-11-22',
        'Select Committee Review of Local Flood Risk Management - progress on recommendations',
        'tracking',
        'Lucy Armitage',
      ],
      [
        '2017-11-22',
        'Loddonshire Road Safety Partnership Annual Report 2016/17',
        'performance monitoring',
        'Nadeem Qureshi',
      ],
      [
        '2018-06-20',
        'Highways Term Maintenance Contract: Annual Performance Report 2017/18',
        'performance monitoring',
        'Graham Petts',
      ],
    ])
  })

  it("joins a row's cells wrapped onto lines of their own, its meeting cell's deadline and a 'Q&A' kept apart", () => {
    const text = [
      'Meeting\tItem\tPurpose/Outcome\tLead',
      '23 September\tAdult Social Care Performance\tTo review performance against the\tKaren Treloar, Director of',
      '2025\t2024/25 and CQC Assessment:\tAdult Social Care Outcomes Framework.\tAdult Social Care',
      'Reports due:\tImprovement Plan Update',
      '11 Sep 2025',
      '',
      '\tHospital Discharge and\tFinal monitoring of recommendations HASC/1\tJamie Pascoe, Scrutiny',
      '\tIntermediate Care Inquiry:\tto HASC/8.\tOfficer',
      '\tTwelve-Month Monitoring',
      '',
      '\tCabinet Member Q&A\tQuestions to the Cabinet Member.\tCllr Imogen Trask',
      '\tWinter Plan\tTo review the plan.\tHelen Doidge, ICB',
    ].join('\n')
    check(parseWorkProgramme([{ number: 32, text }], [], '2025-09-23'), [
      [
        '2025-09-23',
        'Adult Social Care Performance 2024/25 and CQC Assessment: Improvement Plan Update',
        null,
        'Karen Treloar, Director of Adult Social Care',
      ],
      [
        '2025-09-23',
        'Hospital Discharge and Intermediate Care Inquiry: Twelve-Month Monitoring',
        null,
        'Jamie Pascoe, Scrutiny Officer',
      ],
      ['2025-09-23', 'Cabinet Member Q&A', null, 'Cllr Imogen Trask'],
      ['2025-09-23', 'Winter Plan', null, 'Helen Doidge, ICB'],
    ])
  })

  it("reads a 'Scrutiny type' column, and a merged meeting cell's '(Report deadline: …)' row as a row of its own", () => {
    const text = [
      'Date of meeting\tItem\tScrutiny type\tPurpose / outcome sought\tLead officer / Cabinet Member',
      'Thursday 26 September 2019\tCabinet Member Question Time: Leader of the Council\tHolding to account\tTo question the Leader on his portfolio\tCouncillor Roger Pendleton',
      '(Report deadline: 11 September 2019)\tQuarter 1 Performance Report\tPerformance monitoring\tTo examine the outturn\tHelen Gaskell',
    ].join('\n')
    check(parseWorkProgramme([{ number: 40, text }], [], '2019-09-26'), [
      [
        '2019-09-26',
        'Cabinet Member Question Time: Leader of the Council',
        'Holding to account',
        'Councillor Roger Pendleton',
      ],
      ['2019-09-26', 'Quarter 1 Performance Report', 'Performance monitoring', 'Helen Gaskell'],
    ])
  })

  it("reads a meeting cell's deadline note running on into the next row's cell as no meeting", () => {
    const text = [
      'Meeting\tItem\tType of scrutiny\tLead officer / Cabinet Member',
      'Tuesday 10<br>November 2020<br>Reports due: 29\tSafeguarding Partnership Annual Report\tPerformance monitoring\tGeoffrey Lindqvist',
      'October 2020\tSEND Strategy: Year One Progress\tPerformance monitoring\tClaire Bannerman',
      '\tSchool Place Planning\tPre-decision scrutiny\tDavid Penrose',
    ].join('\n')
    check(parseWorkProgramme([{ number: 24, text }], [], '2020-09-15'), [
      ['2020-11-10', 'Safeguarding Partnership Annual Report', 'Performance monitoring', 'Geoffrey Lindqvist'],
      ['2020-11-10', 'SEND Strategy: Year One Progress', 'Performance monitoring', 'Claire Bannerman'],
      ['2020-11-10', 'School Place Planning', 'Pre-decision scrutiny', 'David Penrose'],
    ])
  })

  it("reads a meeting's heading a PDF wrapped before its year", () => {
    const text = [
      'Appendix 1 – Overview and Scrutiny Committee Work Programme 2023/24',
      '',
      'Item\tDescription / purpose\tType\tLead Cabinet Member and Officer',
      '',
      '**TUESDAY 7 NOVEMBER',
      '2023**',
      '',
      'Action Plans: Progress Update\tFirst progress reports.\tReview monitoring\tCllr Dawn Okafor',
    ].join('\n')
    check(parseWorkProgramme([{ number: 37, text }], [], null), [
      ['2023-11-07', 'Action Plans: Progress Update', 'Review monitoring', 'Cllr Dawn Okafor'],
    ])
  })

  it('takes a purpose as the type only where it is a bare label, not an aim', () => {
    const text = [
      'Meeting date\tItem\tPurpose / Reason for scrutiny\tLead Officer',
      '17 January 2023\tAmbulance Handovers\tTo review the impact of the handover improvement plan.\tJoanne Ferris',
      '\tDementia Strategy\tUpdate report\tLucy Hendry',
    ].join('\n')
    const got = parseWorkProgramme([{ number: 38, text }], [], '2022-11-08')
    assert.deepEqual(
      got.map(i => [i.topic, i.type]),
      [
        ['Ambulance Handovers', null],
        ['Dementia Strategy', 'Update report'],
      ],
    )
  })
})

describe('parseWorkProgramme dated in its last column, some items by month only', () => {
  it("gives a month's items the meeting other rows date in full that month, and leaves a month with none undated", () => {
    const text = [
      'Topic\tPurpose / Key issues\tInvitees\tDate',
      'Housing Support Grant – Delivery Plan\tTo consider the delivery plan.\tGareth Meredith, Group Manager – Housing\t11 April 2024',
      'Regional Partnership Board – Annual Report\tTo receive the annual report.\tDr Rhian Maddock\tApril 2024',
      'Domiciliary Care Market Position Statement\tTo consider commissioning intentions.\tNia Thomas-Clarke\tJuly 2024',
      'Supported Accommodation for Care Leavers\tTo examine the range of accommodation.\tBethan Harries\t18 July 2024',
      'Dementia Friendly Glanmor\tTo consider progress.\tTBC\tOctober 2024',
    ].join('\n')
    const warnings: ParseWarning[] = []
    const got = parseWorkProgramme([{ number: 41, text }], warnings, '2024-03-07')
    assert.deepEqual(
      got.map(i => [i.meeting_date, i.lead_officer]),
      [
        ['2024-04-11', 'Gareth Meredith, Group Manager - Housing'],
        ['2024-04-11', 'Dr Rhian Maddock'],
        ['2024-07-18', 'Nia Thomas-Clarke'],
        ['2024-07-18', 'Bethan Harries'],
        [null, null],
      ],
    )
    assert.ok(warnings.some(w => /Dementia Friendly Glanmor.*2024-10 only/.test(w.message)))
  })
})

describe('parseWorkProgramme among the other tables of a programme report', () => {
  it("ends at the report deadlines, task groups and briefings, and reads 'Appendix 1 (continued) – Unscheduled items' undated", () => {
    const text = [
      'Meeting date\tItem\tType of scrutiny\tLead officer',
      '12 November 2025\tLeisure Contract Review\tPre-decision scrutiny\tPaul Escott',
      '',
      'Appendix 1 (continued) – Unscheduled items',
      '',
      'Topic\tSuggested by\tType of scrutiny\tLead officer',
      'Public toilet provision in the market towns\tCouncillor Declan Moyles\tTBC\tTBC',
      '',
      'Report deadlines 2025/26',
      '',
      'Meeting\tDraft reports to Democratic Services\tAgenda published',
      '17 September 2025\tThursday 4 September 2025\tTuesday 9 September 2025',
      '',
      'Task groups',
      '',
      'Task group\tLead Member\tStatus\tReport due',
      'Elective Home Education\tHelen Corbishley\tCompleted\tMarch 2024',
    ].join('\n')
    check(parseWorkProgramme([{ number: 33, text }], [], '2025-07-09'), [
      ['2025-11-12', 'Leisure Contract Review', 'Pre-decision scrutiny', 'Paul Escott'],
      [null, 'Public toilet provision in the market towns', null, null],
    ])
  })
})

describe('parseWorkProgramme of a work plan by report', () => {
  it("reads a 'Report' column as the topic and ends at the next appendix's table", () => {
    const text = [
      'Appendix 1',
      '',
      'Audit and Scrutiny Committee – Annual Work Plan 2019/20',
      '',
      'Meeting Date\tReport\tType\tLead Officer\tComment',
      '20 February 2020\tInternal Audit Progress Report\tInternal audit\tChief Internal Auditor\t',
      '\tCorporate Fraud Investigation – Update\tCounter fraud\tChief Internal Auditor\tPrivate item',
      'To be scheduled\tCounter Fraud Strategy Refresh\tCounter fraud\tChief Internal Auditor\t',
      '',
      'Appendix 2 – Member development sessions 2020',
      '',
      'Date\tSession\tFacilitator',
      'Thursday, 5th March 2020, 10.00am\tUnderstanding the Annual Accounts\tHead of Finance',
    ].join('\n')
    check(parseWorkProgramme([{ number: 30, text }], [], '2020-02-20'), [
      ['2020-02-20', 'Internal Audit Progress Report', 'Internal audit', 'Chief Internal Auditor'],
      ['2020-02-20', 'Corporate Fraud Investigation - Update', 'Counter fraud', 'Chief Internal Auditor'],
      [null, 'Counter Fraud Strategy Refresh', 'Counter fraud', 'Chief Internal Auditor'],
    ])
  })
})

describe('parseWorkProgramme before its Other Meetings', () => {
  it("ends at 'Other Meetings', whose call-ins and petitions set out as cells are not items", () => {
    const text = [
      'TO BE SCHEDULED',
      '',
      'Item/ Topic\tType of Scrutiny\tAims and Objectives\tLead Officer\tWitnesses',
      'Modern Slavery and Labour Exploitation\tEvidence Gathering\tScoping to be agreed with the Chair.\tTBC\t',
      '',
      'Other Meetings',
      '',
      'Call in Meetings:\tNone scheduled',
      '',
      'Petitions:\tNone scheduled',
    ].join('\n')
    check(parseWorkProgramme([{ number: 39, text }], [], '2019-02-20'), [
      [null, 'Modern Slavery and Labour Exploitation', 'Evidence Gathering', null],
    ])
  })
})

describe('parseWorkProgramme across a running footer set out as cells', () => {
  it("does not take the footer's date ('Mercia Vale JHOSC – 16 October 2023<TAB>Page 35') as a meeting", () => {
    const text = [
      'Suggested date\tTopic\tPurpose\tType\tLead organisation / officer',
      '12/02/2024\tProposed Reconfiguration of Stroke Services\tFormal consultation.\tPre-decision scrutiny\tNHS Mercia Vale ICB',
      '',
      'Mercia Vale JHOSC – 16 October 2023\tPage 35',
      '',
      'Suggested date\tTopic\tPurpose\tType\tLead organisation / officer',
      '\tJoint Forward Plan: 2024/25 Refresh\tTo comment on the draft.\tPre-decision scrutiny\tNHS Mercia Vale ICB',
    ].join('\n')
    check(parseWorkProgramme([{ number: 35, text }], [], '2023-10-16'), [
      ['2024-02-12', 'Proposed Reconfiguration of Stroke Services', 'Pre-decision scrutiny', 'NHS Mercia Vale ICB'],
      ['2024-02-12', 'Joint Forward Plan: 2024/25 Refresh', 'Pre-decision scrutiny', 'NHS Mercia Vale ICB'],
    ])
  })
})

describe('parseWorkProgramme with a line break inside a cell', () => {
  it('joins the two lines a row was extracted as, the second going on with the cell the first left open', () => {
    const text = [
      'Date\tItem/ Topic\tType of Scrutiny\tAims and Objectives\tLead Officer\tCabinet Member',
      '16th Dec 2020\tLibraries: Recovery Plan\tPre-decision Scrutiny\tTo comment on the proposals\tTessa Langridge, Head of Libraries\tTBC',
      '\tPhysical Activity Strategy: Consultation Draft\tConsultation\tTo comment on the draft strategy before public consultation',
      'in January 2021\tDeclan Hurrell, Head of Sport\tTBC',
    ].join('\n')
    check(parseWorkProgramme([{ number: 38, text }], [], '2020-11-18'), [
      ['2020-12-16', 'Libraries: Recovery Plan', 'Pre-decision Scrutiny', 'Tessa Langridge, Head of Libraries'],
      ['2020-12-16', 'Physical Activity Strategy: Consultation Draft', 'Consultation', 'Declan Hurrell, Head of Sport'],
    ])
  })
})

describe('parseWorkProgramme with a lead column and no type', () => {
  it('starts a new row at a page top where a topic and lead of their own follow a whole row, and ends at a sentence introducing another list', () => {
    const header = 'Meeting\tItem\tDirectorate/Lead\tComment'
    const pages: PackPage[] = [
      {
        number: 39,
        text: [
          header,
          'Monday 16 January 2023\tBudget Scrutiny: Savings Proposals 2023/24\tFinance – Ravinder Okafor-Blaine, Director of Finance\tWith the Cabinet Member.',
        ].join('\n'),
      },
      {
        number: 40,
        text: [
          header,
          '\tSafeguarding Adults Board Annual Report 2021/22\tWandle Safeguarding Adults Board – Prof. Hilary Stanbridge\t',
          '',
          'The Chair and Vice-Chair represent Wandle on the Joint Committee. Its remaining meetings in 2022/23 are:',
          'Thursday 8 December 2022\tICP Interim Strategy',
        ].join('\n'),
      },
    ]
    check(parseWorkProgramme(pages, [], '2022-11-14'), [
      ['2023-01-16', 'Budget Scrutiny: Savings Proposals 2023/24', null, 'Finance - Ravinder Okafor-Blaine'],
      ['2023-01-16', 'Safeguarding Adults Board Annual Report 2021/22', null, 'Wandle Safeguarding Adults Board'],
    ])
  })
})

describe("parseWorkProgramme of a board's schedule by month", () => {
  it("dates rows by 'Meeting Agenda for 20/03/18', leaves out working group meetings and ends at the key", () => {
    const text = [
      'Items\tDescription\tNotes\tType of item',
      'March 2018',
      'Meeting Agenda for 20/03/18 at 1.30 pm',
      'Airedale Health and Care Plan: Progress Update\tTo consider progress with the Plan.\tJoint report\tPSR',
      'Working Group Meetings',
      'Adult Social Care Charging Policy\tWorking group meeting - 06/03/18 at 10.00 am\t\tWG',
      '',
      'Items\tDescription\tNotes\tType of item',
      'Unscheduled - required scrutiny time to be determined',
      'GP Estates Strategy\tTo consider the CCG’s plans.\tRequested 16/01/18\tB',
      'Key:',
      'PSR - Policy/Service Review\tPDS - Pre-decision Scrutiny',
    ].join('\n')
    check(parseWorkProgramme([{ number: 25, text }], [], '2018-03-20'), [
      ['2018-03-20', 'Airedale Health and Care Plan: Progress Update', 'PSR', null],
      [null, 'GP Estates Strategy', 'B', null],
    ])
  })
})

describe('parseWorkProgramme over a row broken by the page, without a type column', () => {
  it('carries the row on where a cell goes on in lower case, though its topic and lead start with capitals', () => {
    const header = 'Meeting date\tItem\tPurpose / Reason for scrutiny\tLead Officer / Cabinet Member'
    const pages: PackPage[] = [
      {
        number: 27,
        text: [
          header,
          '17 January 2023\tWinter Pressures 2022/23 – Health and Social Care\tTo review how the health and social care system\tJoanne Ferris, Director of Urgent and Emergency',
        ].join('\n'),
      },
      {
        number: 28,
        text: [header, '\tSystem Response\thas managed demand over the winter\tCare, NHS Wealdshire ICB'].join('\n'),
      },
    ]
    check(parseWorkProgramme(pages, [], '2022-11-15'), [
      [
        '2023-01-17',
        'Winter Pressures 2022/23 - Health and Social Care System Response',
        null,
        'Joanne Ferris, Director of Urgent and Emergency Care',
      ],
    ])
  })
})

describe('parseWorkProgramme before an action tracker', () => {
  it("ends a table at a tracker's header ('Action / Recommendation … Update')", () => {
    const text = [
      'Date of meeting\tTopic\tPurpose\tLead officer',
      '9 September 2021\tMental Health Crisis Care\tTo review the crisis pathway.\tKaren Lightfoot, CCG',
      '',
      'Ref\tMeeting date\tItem\tAction / Recommendation\tResponsible\tUpdate\tStatus',
      'HOSC/21/09\t8 Jul 2021\tMental Health Crisis Care\tProvide the number of calls.\tKaren Lightfoot, CCG\tCirculated.\tComplete',
    ].join('\n')
    check(parseWorkProgramme([{ number: 31, text }], [], '2021-09-09'), [
      ['2021-09-09', 'Mental Health Crisis Care', null, 'Karen Lightfoot, CCG'],
    ])
  })
})

describe('parseWorkProgramme set out as lists under each meeting', () => {
  it("reads '- Topic – Lead (kind)' under each meeting's heading, past notes and the page's running header", () => {
    const text = [
      '**APPENDIX 1 – SCRUTINY MANAGEMENT BOARD WORK PROGRAMME 2025/26**',
      '',
      '**Monday 14 July 2025**',
      '',
      '- Quarter 4 Corporate Performance Report 2024/25 – Andrew Blythe, Head of Policy and Performance (performance monitoring)',
      'Deferred from 9 June 2025.',
      '- Customer Contact Strategy – One Year On – Priya Ranganathan, Assistant Director, Customer Services (performance monitoring)',
      '',
      'Report deadline: Wednesday 2 July 2025',
      '',
      '**Monday 15th September 2025**',
      '',
      'APPENDIX 1 – WORK PROGRAMME 2025/26 (continued)',
      '',
      '- Community Safety Partnership Annual Report 2024/25 – Inspector Rachel Doyle, Riverton',
      'Police (performance monitoring)',
      '',
      '**Monday 10 November 2025**',
      '',
      '- No items allocated yet.',
      '',
      '**Unallocated items**',
      '',
      '- Social Value in Procurement – TBC (policy review)',
    ].join('\n')
    check(parseWorkProgramme([{ number: 38, text }], [], '2025-06-09'), [
      ['2025-07-14', 'Quarter 4 Corporate Performance Report 2024/25', 'performance monitoring', 'Andrew Blythe'],
      ['2025-07-14', 'Customer Contact Strategy - One Year On', 'performance monitoring', 'Priya Ranganathan'],
      [
        '2025-09-15',
        'Community Safety Partnership Annual Report 2024/25',
        'performance monitoring',
        'Inspector Rachel Doyle, Riverton Police',
      ],
      [null, 'Social Value in Procurement', 'policy review', null],
    ])
  })
})

describe('parseWorkProgramme before the task groups and the visits', () => {
  it("ends at a 'Group | Status | Report due' or 'Date | Venue' table", () => {
    const text = [
      'Meeting date\tItem\tPurpose\tType\tLead officer',
      '17 January 2023\tBudget 2023/24\tTo comment on the proposals\tPre-decision scrutiny\tHead of Finance',
      '',
      'Group\tStatus\tReport due',
      'Rural Bus Services\tScoping\tSummer 2023',
      '',
      'Date\tVenue',
      '29 November 2022\tCouncil Chamber',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2022-11-15'), [
      ['2023-01-17', 'Budget 2023/24', 'Pre-decision scrutiny', 'Head of Finance'],
    ])
  })
})

describe('parseWorkProgramme with a row for each meeting', () => {
  it('reads the items listed with bullets in one cell, each with its own type and lead, and no cancelled meeting', () => {
    const text = [
      'Meeting\tItems\tType of scrutiny\tLead officer / Cabinet Member',
      'Tuesday 14 November 2017 (this meeting)\t• Knife Crime Update • Work Programme 2017/18\t• Performance review • Work programme\t• Rosalind Achterberg, Head of Community Safety • Lucinda Fairweather, Scrutiny Officer',
      'Tuesday 12 December 2017 Reports due: Thursday 30 November 2017\t• Home Care Strategy • Libraries: Six-Month Update\t• Pre-decision scrutiny • Update report\t• Sanjay Mehra, Director of Adult Social Care',
      'Tuesday 17 April 2018\tMeeting cancelled – pre-election period\t\t',
      'To be scheduled\t• Youth Services Review\t• Pre-decision scrutiny\t',
    ].join('\n')
    check(parseWorkProgramme([{ number: 25, text }], [], '2017-11-14'), [
      ['2017-11-14', 'Knife Crime Update', 'Performance review', 'Rosalind Achterberg, Head of Community Safety'],
      ['2017-11-14', 'Work Programme 2017/18', 'Work programme', 'Lucinda Fairweather, Scrutiny Officer'],
      // One lead for the meeting's two items: each has it.
      ['2017-12-12', 'Home Care Strategy', 'Pre-decision scrutiny', 'Sanjay Mehra, Director of Adult Social Care'],
      ['2017-12-12', 'Libraries: Six-Month Update', 'Update report', 'Sanjay Mehra, Director of Adult Social Care'],
      [null, 'Youth Services Review', 'Pre-decision scrutiny', null],
    ])
  })
})

describe('parseWorkProgramme with its undated items apart', () => {
  it("reads a 'Future items (date to be confirmed)' table, and an 'Unscheduled items' list with its kinds after a dash", () => {
    const text = [
      'Meeting\tItem\tPurpose\tLead',
      '21 April 2026\tAir Quality Annual Status Report\tTo review the report.\tNaomi Hurst, Head of Environmental Services',
      '',
      '**Future items (date to be confirmed)**',
      '',
      'Item\tPurpose\tLead',
      'Landlord Loan Scheme for Empty Homes\tPre-decision scrutiny of the business case.\tAlison Greaves, Head of Housing',
      '',
      '**Unscheduled items**',
      '',
      'The Committee has agreed to consider the following items, but dates have not yet been fixed:',
      '',
      '• Exclusions from School and Managed Moves – update report. Lead officer: Kerry Blackmore, Head of Education Inclusion',
      '• Home to School Transport Policy Review – pre-decision scrutiny. Lead officer: to be confirmed',
    ].join('\n')
    check(parseWorkProgramme([{ number: 33, text }], [], '2025-10-14'), [
      ['2026-04-21', 'Air Quality Annual Status Report', null, 'Naomi Hurst, Head of Environmental Services'],
      [null, 'Landlord Loan Scheme for Empty Homes', null, 'Alison Greaves, Head of Housing'],
      [
        null,
        'Exclusions from School and Managed Moves',
        'update report',
        'Kerry Blackmore, Head of Education Inclusion',
      ],
      [null, 'Home to School Transport Policy Review', 'pre-decision scrutiny', null],
    ])
  })
})

describe('parseWorkProgramme past the minutes that discuss it', () => {
  it("takes no heading from a sentence wrapped before 'to be scheduled.', nor items from the resolutions below it", () => {
    const text = [
      'Meeting date\tItem\tType\tLead officer',
      '14 September 2021\tUrgent Care Strategy\tPre-decision scrutiny\tHead of Commissioning',
      '',
      'Members also asked that NHS dentistry be added to the list of items',
      'to be scheduled.',
      '',
      '1. That the work programme be agreed, subject to the changes agreed at the meeting.',
    ].join('\n')
    check(parseWorkProgramme([{ number: 10, text }], [], '2021-07-13'), [
      ['2021-09-14', 'Urgent Care Strategy', 'Pre-decision scrutiny', 'Head of Commissioning'],
    ])
  })
})

describe('parseWorkProgramme dated by day and month', () => {
  it("takes each meeting's year from the table of the year's meeting dates", () => {
    const text = [
      '**Meeting dates 2024/25**',
      '',
      'Meeting date\tReport deadline\tAgenda published',
      'Wednesday 19 June 2024\t5 June 2024\t11 June 2024',
      'Wednesday 15 January 2025\t31 December 2024\t7 January 2025',
      'Wednesday 12 March 2025\t26 February 2025\t4 March 2025',
      '',
      '**Quarter 1 (April–June)**',
      '',
      'Meeting\tItem\tType\tPurpose\tLead officer',
      '19 June\tHighways Asset Management: Annual Report\tPerformance monitoring\tTo review it.\tMarcus Thwaite, Head of Highways',
      '',
      '**Quarter 4 (January–March)**',
      '',
      'Meeting\tItem\tType\tPurpose\tLead officer',
      '15 January\tPark and Ride: Contract Options\tPre-decision scrutiny\tTo consider the options.\tDaniel Ashdown, Transport Manager',
    ].join('\n')
    // At the year's last meeting "19 June" is nearer June 2025 than June 2024: the table says 2024.
    check(parseWorkProgramme([{ number: 33, text }], [], '2025-03-12'), [
      [
        '2024-06-19',
        'Highways Asset Management: Annual Report',
        'Performance monitoring',
        'Marcus Thwaite, Head of Highways',
      ],
      ['2025-01-15', 'Park and Ride: Contract Options', 'Pre-decision scrutiny', 'Daniel Ashdown, Transport Manager'],
    ])
  })
})

describe('parseWorkProgramme by month, its meetings listed a line each', () => {
  it('dates each month by the meeting the list gives, past its running header row, and ends at a task group timetable', () => {
    const text = [
      '**1 Meeting dates 2022/23**',
      '',
      '13 July 2022',
      '14 September 2022',
      '8 February 2023 (budget meeting, 2.00 pm)',
      '',
      '**2 Work programme**',
      '',
      'Month\tTopic\tType\tLead officer\tPurpose / notes',
      'July 2022\tBus Service Improvement Plan: Delivery Update\tUpdate report\tHannah Greenidge, Director\tProgress.',
      '',
      'Page 30 of 32',
      '',
      'Overview and Scrutiny Committee: Work Programme 2022/23\tUpdated: 1 July 2022',
      '',
      'Month\tTopic\tType\tLead officer\tPurpose / notes',
      'September 2022\tBus Franchising: Proposed Scheme\tPre-decision scrutiny\tHannah Greenidge, Director\tConsultation.',
      '',
      '**4 Task and finish review: active travel**',
      '',
      'Stage\tDate',
      'Scoping meeting\t21 September 2022',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], '2022-07-13'), [
      ['2022-07-13', 'Bus Service Improvement Plan: Delivery Update', 'Update report', 'Hannah Greenidge, Director'],
      ['2022-09-14', 'Bus Franchising: Proposed Scheme', 'Pre-decision scrutiny', 'Hannah Greenidge, Director'],
    ])
  })
})

describe('parseWorkProgramme with a reserve list', () => {
  it("leaves the reserve list's items undated, and ends at the table of scrutiny panels", () => {
    const text = [
      'Date\tItem\tPurpose\tType\tLead officer',
      '18 March 2021\tAnnual Scrutiny Report\tTo agree the report.\tAnnual report\tScrutiny Officer',
      '',
      '**Reserve list**',
      '',
      'Item\tPurpose\tType\tLead officer',
      'Disabled Facilities Grants: waiting times\tTo examine the waits.\tPerformance monitoring\tLisa Brannigan, Head of Housing',
      '',
      '**Scrutiny panels 2020/21**',
      '',
      'Panel\tMembers\tStatus\tReport due',
      'Digital Inclusion Scrutiny Panel\tCouncillors Okonjo (lead) and Ferraby\tScope agreed\t18 March 2021',
    ].join('\n')
    check(parseWorkProgramme([{ number: 38, text }], [], '2020-10-22'), [
      ['2021-03-18', 'Annual Scrutiny Report', 'Annual report', 'Scrutiny Officer'],
      [null, 'Disabled Facilities Grants: waiting times', 'Performance monitoring', 'Lisa Brannigan, Head of Housing'],
    ])
  })
})

describe('parseWorkProgramme with main and other items', () => {
  it("reads each line of the 'Main item(s)' and 'Other items' cells as an item, its lead the line in the same place", () => {
    const text = [
      'Date\tMain item(s)\tOther items\tLead',
      'Monday 15 July 2019<br>Papers deadline: 4 July 2019\tUnregistered Settings: Update<br>School Exclusions Report\tExecutive Response (draft)\tNasreen Holloway, Director of Education<br>Conrad Iheanacho, Head of Inclusion<br>Marcus Delaney-Price, Head of Corporate Parenting',
      'To be scheduled\tYoung Carers: Identification and Support\t\tRuth Pennington, Scrutiny Officer',
    ].join('\n')
    check(parseWorkProgramme([{ number: 29, text }], [], '2019-11-11'), [
      ['2019-07-15', 'Unregistered Settings: Update', null, 'Nasreen Holloway, Director of Education'],
      ['2019-07-15', 'School Exclusions Report', null, 'Conrad Iheanacho, Head of Inclusion'],
      ['2019-07-15', 'Executive Response (draft)', null, 'Marcus Delaney-Price, Head of Corporate Parenting'],
      [null, 'Young Carers: Identification and Support', null, 'Ruth Pennington, Scrutiny Officer'],
    ])
  })
})

describe('parseWorkProgramme listed under bold meeting headings, each item numbered', () => {
  it("reads 'N. Topic (Lead: Name, Post) – kind', also wrapped before its lead", () => {
    const text = [
      '**Panel Work Programme 2016/17**',
      '',
      '**Tuesday, 18 October 2016** (reports due: 5 October 2016)',
      '1. Council Tax Support Scheme 2017/18 (Lead: Joanne Pask, Revenues and Benefits Manager) – pre-decision scrutiny',
      '2. Exercise Fen Tide: debrief report',
      '(Lead: Marion Keele, Emergency Planning Officer) – information report',
    ].join('\n')
    check(parseWorkProgramme([{ number: 27, text }], [], '2016-09-06'), [
      [
        '2016-10-18',
        'Council Tax Support Scheme 2017/18',
        'pre-decision scrutiny',
        'Joanne Pask, Revenues and Benefits Manager',
      ],
      [
        '2016-10-18',
        'Exercise Fen Tide: debrief report',
        'information report',
        'Marion Keele, Emergency Planning Officer',
      ],
    ])
  })
})

describe("parseWorkProgramme of a health committee's forward plan", () => {
  it('reads the HOSC forward plan (the organisation reporting as the lead), topics to be scheduled, and stops at the briefings', () => {
    const text = [
      '**Annex A: HOSC Forward Plan 2023/24**',
      '',
      'Meeting\tTopic\tOrganisation\tPurpose\tFormat',
      '28 September 2023\tHealthwatch Annual Report\tHealthwatch Wealdmarsh\tTo receive it.\tPresentation',
      '',
      '**Topics to be scheduled**',
      '',
      '1. Access to NHS dentistry',
      '',
      '**Informal briefings for Members**',
      '',
      'Date\tBriefing\tProvided by',
      '19 September 2023, 6.00 pm\tVisit to the crisis café\tWealdmarsh Partnership NHS Foundation Trust',
    ].join('\n')
    check(parseWorkProgramme([{ number: 32, text }], [], '2023-07-13'), [
      ['2023-09-28', 'Healthwatch Annual Report', 'Presentation', 'Healthwatch Wealdmarsh'],
      [null, 'Access to NHS dentistry', null, null],
    ])
  })
})

describe('parseWorkProgramme with items a line each in one cell', () => {
  it('reads each line as an item where its lead cell has as many lines, and keeps a wrapped title whole', () => {
    const text = [
      'Date\tItem\tLead officer\tScrutiny role',
      '24 June 2021\tCorporate Performance Report – Quarter 4<br>Scrutiny Annual Report 2020/21\tAlison Reeve, Head of Policy<br>Lauren Fitch, Scrutiny Manager\tPerformance monitoring<br>Information',
      '22 January 2025\tBus Franchising Assessment:<br>Proposed Consultation\tRhodri Pascoe,<br>Head of Bus Reform\tPre-decision scrutiny',
    ].join('\n')
    check(parseWorkProgramme([{ number: 31, text }], [], '2021-04-22'), [
      [
        '2021-06-24',
        'Corporate Performance Report - Quarter 4',
        'Performance monitoring',
        'Alison Reeve, Head of Policy',
      ],
      ['2021-06-24', 'Scrutiny Annual Report 2020/21', 'Information', 'Lauren Fitch, Scrutiny Manager'],
      [
        '2025-01-22',
        'Bus Franchising Assessment: Proposed Consultation',
        'Pre-decision scrutiny',
        'Rhodri Pascoe, Head of Bus Reform',
      ],
    ])
  })
})

describe('parseWorkProgramme typed by its method', () => {
  it("reads a 'Method' column as the type, and 'Topics awaiting scheduling' as undated", () => {
    const text = [
      'Committee date\tTopic\tObjective\tOfficer\tMethod',
      '17 November 2022\tCommunity Safety Annual Report\tTo review it.\tRachel Enfield, Community Safety Manager\tAnnual report',
      '',
      '**Topics awaiting scheduling**',
      '',
      'Topic\tObjective\tOfficer\tMethod',
      'Serious Violence Duty\tTo examine the new duty.\tRachel Enfield, Community Safety Manager\tUpdate report',
    ].join('\n')
    check(parseWorkProgramme([{ number: 31, text }], [], '2022-11-17'), [
      ['2022-11-17', 'Community Safety Annual Report', 'Annual report', 'Rachel Enfield, Community Safety Manager'],
      [null, 'Serious Violence Duty', 'Update report', 'Rachel Enfield, Community Safety Manager'],
    ])
  })
})

describe('parseWorkProgramme listed under month headings, each item labelled below', () => {
  it("dates each month by the meetings sentence (not the date a meeting moved from), with 'Type: … | Lead officer: …' lines", () => {
    const text = [
      '**Overview Select Committee – Work Programme 2017/18**',
      '',
      'All meetings are held on Tuesdays at 6.30 pm. The Committee meets on 20 June 2017, 24 October 2017 (moved from 17 October 2017) and 5 December 2017.',
      '',
      '**October 2017**',
      '',
      '• Medium Term Financial Strategy',
      'Type: Budget scrutiny\tLead officer: Martin Aldous, Chief Finance Officer',
      '',
      '**Unscheduled**',
      '',
      'The following items have been agreed by the Committee but have not yet been given a meeting date.',
      '',
      '• Use of Agency Staff',
      'Type: Review (task and finish)\tLead officer: TBC',
    ].join('\n')
    check(parseWorkProgramme([{ number: 29, text }], [], '2017-09-12'), [
      ['2017-10-24', 'Medium Term Financial Strategy', 'Budget scrutiny', 'Martin Aldous, Chief Finance Officer'],
      [null, 'Use of Agency Staff', 'Review (task and finish)', null],
    ])
  })
})

describe("parseWorkProgramme with its items numbered within a meeting's cell", () => {
  it("reads '1. … 2. …' in the 'Agenda items' cell, each with the lead and approach of its number", () => {
    const text = [
      'Meeting date\tAgenda items\tLead officers\tScrutiny approach',
      'Tuesday 13 November 2018 Report deadline: 30 October 2018\t1. Inquiry into School Exclusions – recommendation tracking 2. Improvement Plan – six-month progress report\t1. Helen Moorcroft, Head of Access and Inclusion 2. Andrew Fenwick, Assistant Director\t1. Recommendation tracking 2. Performance monitoring',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2018-11-13'), [
      [
        '2018-11-13',
        'Inquiry into School Exclusions - recommendation tracking',
        'Recommendation tracking',
        'Helen Moorcroft, Head of Access and Inclusion',
      ],
      [
        '2018-11-13',
        'Improvement Plan - six-month progress report',
        'Performance monitoring',
        'Andrew Fenwick, Assistant Director',
      ],
    ])
  })
})

describe('parseWorkProgramme in the layouts of the O hold-outs', () => {
  it("reads a Panel's list under bold dates, leads named 'PCC' or 'TBC', a bullet in Word's Symbol font", () => {
    const text = [
      '**Panel Work Programme 2021/22**',
      '',
      '**Thursday 9 December 2021**',
      "• Commissioner's Update Report – Mark Thurlow, PCC",
      '• OPCC Estates Strategy – TBC',
      '',
      '**To be scheduled**',
      '\uF0B7 Youth diversion – Graham Pettifer, Chief Executive, OPCC',
    ].join('\n')
    const front = [
      'BRACKENSHIRE POLICE AND CRIME PANEL',
      '',
      'Thursday, 7 October 2021 at 10.00 am',
      '',
      '**A G E N D A**',
      '',
      '1\t**Apologies for Absence**',
      '',
      '2\t**Panel Work Programme 2021/22**',
      '',
      'Page 1 of 2',
      '',
    ]
    const pack = parsePack([...front, text, '', 'Page 2 of 2'].join('\n'))
    assert.deepEqual(
      pack.work_programme.map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2021-12-09', "Commissioner's Update Report", 'Mark Thurlow, PCC'],
        ['2021-12-09', 'OPCC Estates Strategy', null],
        [null, 'Youth diversion', 'Graham Pettifer, Chief Executive, OPCC'],
      ],
    )
  })

  it("types items by their 'Scrutiny focus' and ends at the task and finish groups' membership", () => {
    const text = [
      'Date of meeting\tSubject\tPurpose of report\tScrutiny focus\tResponsible officer',
      '17 November 2022\tDraft Empty Properties Strategy\tTo comment on the draft\tPre-decision scrutiny\tAnthony Cole, Head of Housing',
      '',
      '**Task and Finish Groups 2022-23**',
      '',
      'Topic\tMembership\tProgress\tReport to Committee',
      'Community Asset Transfer\tCouncillors Carys Meredith (Chair) and Aled Prosser\tScoping agreed\tMarch 2023',
    ].join('\n')
    check(parseWorkProgramme([{ number: 36, text }], [], '2022-11-17'), [
      ['2022-11-17', 'Draft Empty Properties Strategy', 'Pre-decision scrutiny', 'Anthony Cole, Head of Housing'],
    ])
  })

  it("leaves out the agenda set out as a table, and reads a 'Pending / To be scheduled' table as undated", () => {
    const text = [
      'Item\tSubject\tLead\tTime\tPage',
      '5\tHighway Maintenance\tDirector of Place\t18.15\t9 - 24',
      '',
      '**Work Programme 2026**',
      '',
      'Commission date\tTopic\tFormat\tLead officer',
      'Wed 11 Feb\tBus Services\tReport\tTransport Strategy Manager',
      '',
      '**Pending / To be scheduled**',
      '',
      'Topic\tFormat\tLead officer',
      'Public Toilets in District Centres\tEvidence session\tWaste Services Manager',
    ].join('\n')
    check(parseWorkProgramme([{ number: 30, text }], [], '2026-01-14'), [
      ['2026-02-11', 'Bus Services', 'Report', 'Transport Strategy Manager'],
      [null, 'Public Toilets in District Centres', 'Evidence session', 'Waste Services Manager'],
    ])
  })

  it('joins a topic wrapped onto a line of its own, its other cells empty, where the programme wraps its cells', () => {
    const text = [
      'Meeting: 23 June 2015',
      'Item\tOfficer\tType (Decision/Information/Monitoring)',
      'Appointment of Vice-Chairman and\tLesley Brandon\tDecision',
      'confirmation of scrutiny arrangements\t\t',
      '',
      'Meeting: 21 July 2015',
      'Item\tOfficer\tType (Decision/Information/Monitoring)',
      'Homelessness and Temporary\tJonathan Pike\tInformation',
      'Accommodation\t\t',
      'Scrutiny Annual Report 2014/15\tRachel Tennant\tDecision',
    ].join('\n')
    check(parseWorkProgramme([{ number: 33, text }], [], '2015-09-08'), [
      [
        '2015-06-23',
        'Appointment of Vice-Chairman and confirmation of scrutiny arrangements',
        'Decision',
        'Lesley Brandon',
      ],
      ['2015-07-21', 'Homelessness and Temporary Accommodation', 'Information', 'Jonathan Pike'],
      ['2015-07-21', 'Scrutiny Annual Report 2014/15', 'Decision', 'Rachel Tennant'],
    ])
  })
})

describe('parseWorkProgramme in the layouts of the P hold-outs', () => {
  it("dates 'Tuesday 12 June' by the programme's municipal year, and reads rows whose lead names an officer, a title ending 'On'", () => {
    const text = [
      '**Overview and Scrutiny Board Work Programme 2018/19**',
      '',
      'Meeting\tTopic\tType (Report / Presentation / Briefing)\tOfficer',
      'Tuesday 12 June\tCorporate Plan 2018–2022: Draft Performance Measures\tReport\tRuth Danvers, Policy and Performance Manager',
      '\tOverview and Scrutiny Annual Report 2017/18\tReport\tEmma Calloway, Scrutiny and Democratic Services Officer',
      'Tuesday 18 September\tHomelessness Reduction Act 2017: Six Months On\tReport\tMatthew Orrell, Housing Options Manager',
      '\tScrutiny Reviews: Progress on Recommendations\tReport\tEmma Calloway, Scrutiny Officer',
      'Tuesday 16 April\tDraft Annual Report 2018/19\tReport\tEmma Calloway, Scrutiny Officer',
    ].join('\n')
    check(parseWorkProgramme([{ number: 32, text }], [], null), [
      [
        '2018-06-12',
        'Corporate Plan 2018-2022: Draft Performance Measures',
        'Report',
        'Ruth Danvers, Policy and Performance Manager',
      ],
      [
        '2018-06-12',
        'Overview and Scrutiny Annual Report 2017/18',
        'Report',
        'Emma Calloway, Scrutiny and Democratic Services Officer',
      ],
      [
        '2018-09-18',
        'Homelessness Reduction Act 2017: Six Months On',
        'Report',
        'Matthew Orrell, Housing Options Manager',
      ],
      ['2018-09-18', 'Scrutiny Reviews: Progress on Recommendations', 'Report', 'Emma Calloway, Scrutiny Officer'],
      ['2019-04-16', 'Draft Annual Report 2018/19', 'Report', 'Emma Calloway, Scrutiny Officer'],
    ])
  })
})

describe('parseWorkProgramme set out as a grid of topics by meeting', () => {
  it('takes each mark as the topic at that meeting, in the municipal year the heading names, a wrapped topic joined and two in one cell parted', () => {
    const text = [
      "**Appendix 1 – Children's Services Scrutiny Committee: Work Programme 2019/20**",
      '',
      'Topic\t17 Sep\t12 Nov\t21 Jan\t17 Mar\tLead officer',
      "Children's Social Care Performance Report\tReport\t\tReport\t\tClaire Dunmore, Head of Performance",
      'Review of Support for Care Leavers – tracking<br>Review of School Exclusions – tracking\tX\t\t\t\tTom Bradwell, Scrutiny Officer',
      'Wexcombe Safeguarding Children Partnership Annual\t\tReport\t\t\tIan Sowerby, Independent Chair',
      'Report 2018/19\t\t\t\t\t',
      '',
      '**Items to be scheduled**',
      '',
      'Topic\tLead officer',
      'Unregistered schools and out-of-school settings\tHead of Education Safeguarding',
    ].join('\n')
    check(parseWorkProgramme([{ number: 37, text }], [], '2019-09-17'), [
      [null, 'Unregistered schools and out-of-school settings', null, 'Head of Education Safeguarding'],
      ['2019-09-17', "Children's Social Care Performance Report", 'Report', 'Claire Dunmore, Head of Performance'],
      ['2020-01-21', "Children's Social Care Performance Report", 'Report', 'Claire Dunmore, Head of Performance'],
      ['2019-09-17', 'Review of Support for Care Leavers - tracking', null, 'Tom Bradwell, Scrutiny Officer'],
      ['2019-09-17', 'Review of School Exclusions - tracking', null, 'Tom Bradwell, Scrutiny Officer'],
      [
        '2019-11-12',
        'Wexcombe Safeguarding Children Partnership Annual Report 2018/19',
        'Report',
        'Ian Sowerby, Independent Chair',
      ],
    ])
  })
})

describe("parseWorkProgramme of a Scottish committee's programme, its date last", () => {
  it("leaves 'Quarterly' undated, parts a lead-in's bullets, and stops at the reports to other committees", () => {
    const text = [
      'Title / description\tDirectorate\tLead officer\tExpected date',
      'Revenue Budget Monitoring\tCorporate Services\tHazel Brodie, Principal Accountant\tQuarterly',
      'Annual reports:<br>• Child Protection Committee Annual Report 2021/22<br>• Children’s Rights Annual Report 2022\tChildren’s Services\tAlan Fyfe, Chief Social Work Officer\t7 March 2023',
      '',
      '**Upcoming reports to other committees of interest to this Committee**',
      '',
      'Report\tCommittee\tDate',
      'Revenue Budget Framework 2023-28\tFinance and Resources Committee\t2 February 2023',
    ].join('\n')
    check(parseWorkProgramme([{ number: 11, text }], [], '2022-12-06'), [
      [null, 'Revenue Budget Monitoring', null, 'Hazel Brodie, Principal Accountant'],
      ['2023-03-07', 'Child Protection Committee Annual Report 2021/22', null, 'Alan Fyfe, Chief Social Work Officer'],
      ['2023-03-07', "Children's Rights Annual Report 2022", null, 'Alan Fyfe, Chief Social Work Officer'],
    ])
  })

  it("reads 'Items for consideration – date to be confirmed' and 'Potential items (not yet scheduled)' lists as undated", () => {
    const text = [
      'Meeting date\tItem\tLead officer',
      '9 March 2023\tCouncil Plan Performance\tHead of Policy',
      '',
      'Items for consideration – date to be confirmed',
      '',
      '- Local Plan Review: Regulation 18 consultation (Lead officer: Sarah Greenwood, Head of Planning)',
      '',
      '**Potential items (not yet scheduled)**',
      '',
      '- Access to NHS dentistry',
    ].join('\n')
    check(parseWorkProgramme([{ number: 30, text }], [], '2022-11-10'), [
      ['2023-03-09', 'Council Plan Performance', null, 'Head of Policy'],
      [null, 'Local Plan Review: Regulation 18 consultation', null, 'Sarah Greenwood, Head of Planning'],
      [null, 'Access to NHS dentistry', null, null],
    ])
  })

  it("takes the municipal year from the programme's heading, not from a wrapped sentence about next year's", () => {
    const text = [
      '**Work Programme 2022/23**',
      '',
      'The Committee reviews the work programme completed during 2022/23 and recommends issues that',
      'should be carried over to the Scrutiny Work programme for 2023/24.',
      '',
      'Meeting\tTopic\tType\tOfficer',
      'Wednesday 25th January\tSEND Inquiry\tReport\tHead of SEND',
    ].join('\n')
    check(parseWorkProgramme([{ number: 40, text }], [], null), [
      ['2023-01-25', 'SEND Inquiry', 'Report', 'Head of SEND'],
    ])
  })
})

describe("parseWorkProgramme headed 'Report Author' and 'Scrutiny category'", () => {
  it('reads the author as the lead and the category as the type, a merged date carried down', () => {
    const text = [
      'Corporate Overview and Scrutiny Committee – Forward Work Programme 2022/23',
      '',
      'Meeting Date\tAgenda item\tPurpose\tScrutiny category\tReport Author\tCabinet Member',
      '17/11/2022\tSelf-Assessment Report 2021/22\tTo consider the draft self-assessment\tPre-decision\tLowri Tudball, Head of Policy\tLeader of the Council',
      '\tSchool Budget Reserves 2021/22\tTo review the level of school balances\tPerformance monitoring\tDr Rhiannon Gethin, Director of Education\tCabinet Member for Education',
      'To be scheduled\tAgile Working and Office Accommodation Review\tTo consider the outcome of the review\tPre-decision\tTBC\tLeader of the Council',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2022-11-17', 'Self-Assessment Report 2021/22', 'Pre-decision', 'Lowri Tudball, Head of Policy'],
      ['2022-11-17', 'School Budget Reserves 2021/22', 'Performance monitoring', 'Dr Rhiannon Gethin'],
      [null, 'Agile Working and Office Accommodation Review', 'Pre-decision', null],
    ])
  })
})

describe('parseWorkProgramme set out as bullets under months, after an agenda set out as a table', () => {
  it("reads no agenda row as an item, dates '**July 2025 (this meeting)**' by the meetings listed, and a Mayor as the lead", () => {
    const text = [
      'Item\tSubject\tLead\tPages',
      "5\tMayor's Question Time: Priorities for 2025/26\tDanielle Okoro, Mayor of Sedgewater\t13 - 18",
      '8\tWork Programme 2025/26\tRebecca Doyle, Statutory Scrutiny Officer\t32 - 36',
      '',
      'The Committee meets on 16 July 2025, 17 September 2025 and 12 November 2025.',
      '',
      'APPENDIX 1 – ROLLING WORK PROGRAMME 2025/26',
      '',
      '**July 2025 (this meeting)**',
      '',
      "- Mayor's Question Time: Priorities for 2025/26 – Danielle Okoro, Mayor of Sedgewater",
      '- Work Programme 2025/26 – Rebecca Doyle, Statutory Scrutiny Officer',
      '',
      '**September 2025**',
      '',
      '- Sedgewater Connect: Tranche 2 Readiness – Tom Ellery, Director of Bus Services (pre-decision scrutiny)',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2025-07-16', "Mayor's Question Time: Priorities for 2025/26", null, 'Danielle Okoro, Mayor of Sedgewater'],
      ['2025-07-16', 'Work Programme 2025/26', null, 'Rebecca Doyle'],
      ['2025-09-17', 'Sedgewater Connect: Tranche 2 Readiness', 'pre-decision scrutiny', 'Tom Ellery'],
    ])
  })
})

describe("parseWorkProgramme set out as 'Item:' and 'Officer:' lines under each meeting's date", () => {
  it('reads each item with its officer, a wrapped item whole, and a kind after a dash back in its title', () => {
    const text = [
      'WORK PROGRAMME 2019/20',
      '',
      'FORWARD PLAN BY MEETING',
      '',
      '19 November 2019',
      '',
      'Item: Corporate Performance Report: Quarter 2 2019/20',
      'Officer: Rachel Denby, Performance and Improvement Manager',
      '',
      'Item: Car Parking Strategy 2020–2025 (pre-decision scrutiny)',
      'Officer: Neil Broadbent, Head of Environmental Services',
      '',
      '17 March 2020',
      '',
      'Item: Review of Empty Homes: Executive Response and Action Plan –',
      'twelve-month monitoring',
      'Officer: Julie Ransome, Head of Housing and Communities',
      '',
      'Item: Annual Report of the Overview and Scrutiny Committee 2019/20',
      'Officer: Tom Fairweather, Scrutiny Officer',
      '',
      'Item: Planning Enforcement Service Review',
      'Officer: Anna Hale, Head of Planning',
      '',
      'Item: Leisure Centres: Annual Report 2019/20',
      'Officer: Gareth Pryce, Leisure and Culture Manager',
      '',
      'Item: Disabled Facilities Grants: Review of Delivery',
      'Officer: Glen Hartley, Private Sector Housing Manager',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2019-11-19', 'Corporate Performance Report: Quarter 2 2019/20', null, 'Rachel Denby'],
      ['2019-11-19', 'Car Parking Strategy 2020-2025 (pre-decision scrutiny)', null, 'Neil Broadbent'],
      [
        '2020-03-17',
        'Review of Empty Homes: Executive Response and Action Plan - twelve-month monitoring',
        null,
        'Julie Ransome',
      ],
      ['2020-03-17', 'Annual Report of the Overview and Scrutiny Committee 2019/20', null, 'Tom Fairweather'],
      ['2020-03-17', 'Planning Enforcement Service Review', null, 'Anna Hale'],
      ['2020-03-17', 'Leisure Centres: Annual Report 2019/20', null, 'Gareth Pryce'],
      ['2020-03-17', 'Disabled Facilities Grants: Review of Delivery', null, 'Glen Hartley'],
    ])
  })
})

describe("parseWorkProgramme headed 'Lead Member' and 'Lead Officer'", () => {
  it("takes the officer's column as the lead", () => {
    const text = [
      'Quarter 2 (July – September 2020)',
      '',
      'Meeting\tItem\tPurpose\tLead Member\tLead Officer',
      '22 July 2020\tRevenue Budget Monitoring 2020/21 – Quarter 1\tTo scrutinise the forecast outturn\tCllr Rhodri Faulkner, Cabinet Member for Finance\tMartin Chalcroft, Chief Finance Officer',
      '\tForward Plan 2020/21\tTo agree the Forward Plan\tChair of the Committee\tLouise Tremayne, Scrutiny Officer',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2020-07-22', 'Revenue Budget Monitoring 2020/21', null, 'Martin Chalcroft, Chief Finance Officer'],
      ['2020-07-22', 'Forward Plan 2020/21', null, 'Louise Tremayne, Scrutiny Officer'],
    ])
  })
})

describe('parseWorkProgramme of a joint health committee, each item led by an NHS body', () => {
  it("reads the body after the item's last dash as its lead, and '3 Possible future items' as undated", () => {
    const text = [
      'APPENDIX 1 – WORK PROGRAMME 2021/22',
      '',
      'Thursday 16 September 2021',
      '',
      '- NHS 111 First and urgent and emergency care – winter 2021/22 – NHS Lindenshire and Tresk Clinical Commissioning Group (performance monitoring)',
      '- Integrated care system: preparing for the statutory board – Lindenshire and Tresk Health and Care Partnership (information)',
      '- Proposed relocation of the renal dialysis unit – Easterby and District Hospitals NHS Trust (pre-decision scrutiny)',
      '',
      '3 Possible future items',
      '',
      '- Access to GP appointments after the pandemic (performance monitoring)',
      '- Stroke rehabilitation – one year on – Lindenshire Community Health NHS Trust (tracking)',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      [
        '2021-09-16',
        'NHS 111 First and urgent and emergency care - winter 2021/22',
        'performance monitoring',
        'NHS Lindenshire and Tresk Clinical Commissioning Group',
      ],
      [
        '2021-09-16',
        'Integrated care system: preparing for the statutory board',
        'information',
        'Lindenshire and Tresk Health',
      ],
      [
        '2021-09-16',
        'Proposed relocation of the renal dialysis unit',
        'pre-decision scrutiny',
        'Easterby and District Hospitals',
      ],
      [null, 'Access to GP appointments after the pandemic', 'performance monitoring', null],
      [null, 'Stroke rehabilitation - one year on', 'tracking', 'Lindenshire Community Health NHS Trust'],
    ])
  })
})

describe('parseWorkProgramme with a row a meeting, its items and leads numbered in their cells', () => {
  it("pairs each numbered item with its lead, a lead for two ('2–3.') given to each, the row the page broke numbered on", () => {
    const text = [
      'Scrutiny Work Plan 2024/25',
      '',
      'Meeting\tItems\tLead',
      'Tuesday 12 November 2024\t1. Cabinet Member Questions<br>2. Falling rolls and school place planning<br>3. SEND Transport – implementation update\t1. Cllr Lucinda Farrow-Mbeki<br>2–3. Ann-Marie Kettering, Director of Children’s Services',
      'Tuesday 11 March 2025\t1. Children’s Centres: Impact of the Reduction in Sites<br>2. Elective Home Education Annual Report\t1. Ann-Marie Kettering, Director of Children’s Services<br>2. Hollis Verekar, Elective Home Education Manager',
      '',
      'Page 27',
      '',
      'Meeting\tItems\tLead',
      '\t3. Scrutiny Review: Support for Young Carers<br>4. Scrutiny Recommendations Tracker\t3. Cllr Declan Moriarty, Review Lead<br>4. Marcus Thorne, Principal Scrutiny Officer',
      '',
      'Briefings and visits',
      '',
      'Briefing / visit\tDate\tNotes',
      'Visit to Eastway youth hub\t26 November 2024\tEvening visit',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2024-11-12', 'Cabinet Member Questions', null, 'Cllr Lucinda Farrow-Mbeki'],
      ['2024-11-12', 'Falling rolls and school place planning', null, 'Ann-Marie Kettering'],
      ['2024-11-12', 'SEND Transport - implementation update', null, 'Ann-Marie Kettering'],
      ['2025-03-11', "Children's Centres: Impact of the Reduction in Sites", null, 'Ann-Marie Kettering'],
      ['2025-03-11', 'Elective Home Education Annual Report', null, 'Hollis Verekar'],
      ['2025-03-11', 'Scrutiny Review: Support for Young Carers', null, 'Cllr Declan Moriarty'],
      ['2025-03-11', 'Scrutiny Recommendations Tracker', null, 'Marcus Thorne'],
    ])
  })
})

describe("parseWorkProgramme of a board's schedule a month a row, its items typed by codes in a key", () => {
  it('reads each item of a month with the kind its code names, and no row where no meeting is held', () => {
    const text = [
      'Work Schedule for 2022/2023 Municipal Year',
      '',
      'Meeting date\tAgenda items\tWorking groups / visits',
      'July 2022<br>Tuesday 19 July 2022, 1.30 pm\tDirector of Public Health Annual Report 2021/22 (PM)<br>Adult Social Care Charging Reform (B)<br>Winter Planning 2022/23 (PSR)\tWorking group – workforce (5 July 2022)',
      'August 2022\tNo Board meeting\tVisit to Beckside Carers’ Centre (16 August 2022)',
      'April 2023<br>Tuesday 25 April 2023, 1.30 pm\tCharging Policy Review (PDS)<br>Physical Activity Strategy (PM)<br>Scrutiny Board End of Year Statement\t',
      '',
      'Key:',
      'PSR – Policy/Service Review\tPDS – Pre-decision Scrutiny',
      'PM – Performance Monitoring\tB – Briefings',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2022-07-19', 'Director of Public Health Annual Report 2021/22', 'Performance Monitoring', null],
      ['2022-07-19', 'Adult Social Care Charging Reform', 'Briefings', null],
      ['2022-07-19', 'Winter Planning 2022/23', 'Policy/Service Review', null],
      ['2023-04-25', 'Charging Policy Review', 'Pre-decision Scrutiny', null],
      ['2023-04-25', 'Physical Activity Strategy', 'Performance Monitoring', null],
      ['2023-04-25', 'Scrutiny Board End of Year Statement', null, null],
    ])
  })
})

describe('parseWorkProgramme from layout text, its cells wrapped onto lines of their own', () => {
  it('reads a topic and a post wrapped in their cells as one item, and a list of items with their leads as several', () => {
    const text = [
      'APPENDIX A – WORK PROGRAMME 2021/22',
      '',
      'Meeting date\tItem\tPurpose\tLead officer',
      '15 March 2022\tHoliday Activities and Food Programme<br>2021: Evaluation\tTo consider take-up.\tCraig Molyneux, Early Help<br>Service Manager',
      '7 June 2022\tElective Home Education Annual Report<br>Virtual School Annual Report\tAnnual reports.\tKate Hollis, Elective Home Education Lead<br>Denise Haworth, Virtual School Headteacher',
    ].join('\n')
    check(parseWorkProgramme(splitPages(text), [], null), [
      [
        '2022-03-15',
        'Holiday Activities and Food Programme 2021: Evaluation',
        null,
        'Craig Molyneux, Early Help Service Manager',
      ],
      ['2022-06-07', 'Elective Home Education Annual Report', null, 'Kate Hollis'],
      ['2022-06-07', 'Virtual School Annual Report', null, 'Denise Haworth'],
    ])
  })
})

describe('parseWorkProgramme of a table sorted by topic', () => {
  it("dates each row by its 'Date of meeting' cell, two dates a row each, a cell 'n/a (NHS item)' no wrapped line", () => {
    const text = [
      '## **Work Programme 2019/20**',
      '| Topic | Purpose | Date of meeting | Lead officer | Cabinet Member |',
      '|---|---|---|---|---|',
      '| Better Care Fund Plan 2019/20 | To comment on the plan. | 4 June 2019 (moved from 19 March 2019) | Lucy Tranter, Head of Integrated Commissioning | Councillor Colin Ashdown |',
      '| Community Hospitals Review | To consider the outcome. | 19 March 2019 | Dr Owen Petrakis, Director of Strategy | n/a (NHS item) |',
      '| Delayed Transfers of Care | To monitor performance. | 19 March 2019<br>12 November 2019 | Graham Stennett, Director of Adult Social Care | Councillor Colin Ashdown |',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 30, text }], [], '2019-03-19').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2019-06-04', 'Better Care Fund Plan 2019/20', 'Lucy Tranter, Head of Integrated Commissioning'],
        ['2019-03-19', 'Community Hospitals Review', 'Dr Owen Petrakis, Director of Strategy'],
        ['2019-03-19', 'Delayed Transfers of Care', 'Graham Stennett, Director of Adult Social Care'],
        ['2019-11-12', 'Delayed Transfers of Care', 'Graham Stennett, Director of Adult Social Care'],
      ],
    )
  })
})

describe('parseWorkProgramme of bullets giving lead and kind', () => {
  it("reads '• Title (Name, Post) – kind' with the kind wrapped onto a line of its own and a firm of auditors as the lead", () => {
    const text = [
      'WORK PLAN 2025',
      '',
      'Thursday 18 September 2025',
      '',
      '• Audited Annual Accounts 2024/25 and Annual Audit Report (Wardlaw Kerr LLP, External Auditor)',
      '  – external audit',
      '• Ardlennoch Leisure Trust: Audit Action Plan (Neil Ferguson, Chief Officer – Finance and',
      "  Resources) – arm's-length body scrutiny",
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 31, text }], [], '2025-03-13').map(i => [
        i.meeting_date,
        i.topic,
        i.type,
        i.lead_officer,
      ]),
      [
        [
          '2025-09-18',
          'Audited Annual Accounts 2024/25 and Annual Audit Report',
          'external audit',
          'Wardlaw Kerr LLP, External Auditor',
        ],
        [
          '2025-09-18',
          'Ardlennoch Leisure Trust: Audit Action Plan',
          "arm's-length body scrutiny",
          'Neil Ferguson, Chief Officer - Finance and Resources',
        ],
      ],
    )
  })
})

describe('parseWorkProgramme of a grid of topics marked by codes a key names', () => {
  it("reads 'R' as the key's 'Report' over headings across the grid, a topic wrapped outside it, up to the next table", () => {
    const text = [
      '**Appendix 1 – Work Programme, March 2014 to March 2015**',
      '',
      'Key: R = Report\tP = Presentation\tX = Item agreed, format to be confirmed',
      '',
      'Topic\tLead Officer\t13 Mar 2014\t12 Jun 2014\t24 Jul 2014',
      '',
      '**Performance and Resources**',
      'Quarterly Performance Report\tSamira Qureshi, Head of Policy\tR\t\tR',
      '',
      '**Environment and Transport**',
      'Car Parking Task and Finish Group –\tDawn Ashdown, Head of Environmental Services\t\tP\t',
      'Executive Response and Progress',
      'Leisure Contract Review\tGary Wilding, Leisure Manager\t\t\tX',
      '',
      '**Meeting dates and report deadlines 2014/15**',
      '',
      'Meeting\tDeadline for reports\tAgenda published',
      '12 June 2014\tFriday 23 May 2014\tWednesday 4 June 2014',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 31, text }], [], '2014-03-13').map(i => [i.meeting_date, i.topic, i.type]),
      [
        ['2014-03-13', 'Quarterly Performance Report', 'Report'],
        ['2014-07-24', 'Quarterly Performance Report', 'Report'],
        ['2014-06-12', 'Car Parking Task and Finish Group - Executive Response and Progress', 'Presentation'],
        ['2014-07-24', 'Leisure Contract Review', null],
      ],
    )
  })
})

describe('parseWorkProgramme written as a paragraph a meeting', () => {
  it("splits '14 September 2016: Item (Lead: …); Item (Lead: …)' at its semicolons, over wrapped lines and a page break", () => {
    const text = [
      'Overview and Scrutiny Committee Work Programme 2016/17',
      '14 September 2016: Annual Complaints Report 2015/16 (Lead: Rebecca Thorne, Head of Customer',
      'Services); Quarter 1 Performance Monitoring (Lead: Sunil Varma, Head of Corporate Performance)',
      '26 October 2016: Safer Carnbury Partnership Annual Report (Crime and Disorder Committee)',
      '(Lead: Colin Ashby, Head of Community Safety); Council Tax Reduction Scheme (Lead: Angela Brightwell, Head of Revenues and',
      '',
      'Page 27',
      'Benefits)',
      'Unallocated items',
      '• Air Quality Action Plan (Lead: TBC)',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 26, text }], [], '2016-09-14').map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2016-09-14', 'Annual Complaints Report 2015/16', 'Rebecca Thorne, Head of Customer Services'],
        ['2016-09-14', 'Quarter 1 Performance Monitoring', 'Sunil Varma, Head of Corporate Performance'],
        [
          '2016-10-26',
          'Safer Carnbury Partnership Annual Report (Crime and Disorder Committee)',
          'Colin Ashby, Head of Community Safety',
        ],
        ['2016-10-26', 'Council Tax Reduction Scheme', 'Angela Brightwell, Head of Revenues and Benefits'],
        [null, 'Air Quality Action Plan', null],
      ],
    )
  })
})

describe("a programme saved as Word's plain text, then its future items undated", () => {
  it("reads each meeting's rows, the date a paragraph of the first cell, and the future items' leads in brackets", () => {
    const text = [
      'Committee date\tReport title\tReport author\tType (Decision / Noting / Scrutiny)',
      '23 January 2024',
      'Reports deadline: 10 January 2024\tInternal Audit Progress Report 2023/24\tChief Internal Auditor\tScrutiny',
      '\tAnnual External Audit Plan 2023/24\tAnna Drysdale',
      'Audit Director, Audit Scotland\tNoting',
      '19 March 2024',
      'Reports deadline: 6 March 2024\tInternal Audit Plan 2024/25\tChief Internal Auditor\tDecision',
      '',
      'Future items – date to be confirmed',
      '',
      '•\tCounter Fraud Policy and Fraud Response Plan – review (Chief Internal Auditor)',
      '•\tRisk Management Policy and Strategy – review (Chief Financial Officer)',
    ].join('\n')
    const pack = [
      'AUDIT AND SCRUTINY COMMITTEE',
      'Tuesday, 21 November 2023 at 10.00 am',
      '',
      'No.\tItem\tPages',
      '1.\tWork Programme\t2 – 3',
      '\f',
      text,
    ].join('\n')
    assert.deepEqual(
      parsePack(pack).work_programme.map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2024-01-23', 'Internal Audit Progress Report 2023/24', 'Chief Internal Auditor'],
        ['2024-01-23', 'Annual External Audit Plan 2023/24', 'Anna Drysdale Audit Director, Audit Scotland'],
        ['2024-03-19', 'Internal Audit Plan 2024/25', 'Chief Internal Auditor'],
        [null, 'Counter Fraud Policy and Fraud Response Plan - review', 'Chief Internal Auditor'],
        [null, 'Risk Management Policy and Strategy - review', 'Chief Financial Officer'],
      ],
    )
  })
})

describe('a programme by month, set out as pdftotext -layout writes it', () => {
  it('reads the bullets a tab sets apart, dates each month by the meetings a numbered paragraph lists, and the lead after the first dash before a person', () => {
    const text = [
      'Ref\tMeeting\tMinute\tResolution / action\tOfficer\tProgress',
      'RML-25/04\t10/06/25\t7. Market Hall\tThat the risk register be shared.\tMarcus Tennant\tShared.',
      '',
      'WORK PROGRAMME 2025/26',
      '',
      '1.2\tThe Board meets on Tuesdays at 10.00 a.m. The<br>meetings in 2025/26 are on 15 July 2025 and 16 September 2025.',
      '',
      'July 2025',
      '',
      '•\tHome to School Transport Scrutiny Review: Monitoring – Neil Hargreaves,<br>Assistant Director – Education and Inclusion (recommendation monitoring)',
      '',
      'September 2025',
      '',
      '•\tProcurement Strategy: Social Value Policy – Officer TBC (policy review)',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 1, text }], [], null).map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        [
          '2025-07-15',
          'Home to School Transport Scrutiny Review: Monitoring',
          'recommendation monitoring',
          'Neil Hargreaves, Assistant Director - Education and Inclusion',
        ],
        ['2025-09-16', 'Procurement Strategy: Social Value Policy', 'policy review', null],
      ],
    )
  })
})

describe("a programme of numbered items with labelled details, each item's lines gathered into a row", () => {
  it('reads the title, then the kind and the lead from their labels, past the purpose', () => {
    const text = [
      'Appendix 1 – Work programme 2025/26',
      '',
      'Meeting: Wednesday 11 March 2026, 2.00 pm',
      '',
      '1.\tUrgent and Emergency Care: Winter 2025/26 Performance and System<br>Resilience<br>Purpose: To review performance over the winter.',
      '\tScrutiny type: Performance monitoring<br>Lead: Dr Fiona Carrick, Chief Medical Officer<br>Organisation: NHS Wyvernshire ICB',
      '',
      '2.\tScrutiny Review Recommendations: Monitoring Report<br>Purpose: To assess progress.',
      '\tScrutiny type: Recommendation tracking<br>Lead: Owen Prideaux, Scrutiny Manager',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 1, text }], [], null).map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        [
          '2026-03-11',
          'Urgent and Emergency Care: Winter 2025/26 Performance and System Resilience',
          'Performance monitoring',
          'Dr Fiona Carrick, Chief Medical Officer',
        ],
        [
          '2026-03-11',
          'Scrutiny Review Recommendations: Monitoring Report',
          'Recommendation tracking',
          'Owen Prideaux, Scrutiny Manager',
        ],
      ],
    )
  })
})

describe('a "Report / Review" column', () => {
  it("is the programme's topic", () => {
    const text = [
      'FORWARD PLAN OF REVIEWS AND REPORTS 2010/11',
      '',
      'Meeting\tReport / Review\tType\tLead Officer',
      '14 September 2010\tHousing Benefit Performance 2010/11 – Quarter 1\tPerformance monitoring\tHead of Revenues and Benefits',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme([{ number: 1, text }], [], null).map(i => [i.meeting_date, i.topic, i.type]),
      [['2010-09-14', 'Housing Benefit Performance 2010/11 - Quarter 1', 'Performance monitoring']],
    )
  })
})

describe('a programme as a grid of kinds by meetings, its leads in a table of report authors', () => {
  it("reads each cell's items under their meeting and kind, and takes each lead from the authors' table", () => {
    const text = [
      '## Forward Work Programme 2022/23',
      '',
      '| Type of item | 15 November 2022 | 17 January 2023 |',
      '|---|---|---|',
      '| Pre-decision scrutiny | | Draft Budget Proposals 2023/24<br>Council Tax Reduction Scheme 2023/24 |',
      '| Policy review | Workforce Strategy 2023–2028 | |',
      '| Training | Budget scrutiny training for all Members | Budget scrutiny training for all Members |',
    ].join('\n')
    // (The reserve items and the authors' table on the next page, as the pack prints them.)
    const next = [
      '## Report authors',
      '',
      '| Item | Report author |',
      '|---|---|',
      '| Draft Budget Proposals 2023/24 | Jonathan Baird, Corporate Director – Resources |',
      '| Council Tax Reduction Scheme 2023/24 | Darren Hopkins, Head of Revenues and Benefits |',
      '| Workforce Strategy 2023–2028 | Owain Thomas, Head of People |',
      '| Income from Fees and Charges | To be confirmed |',
    ].join('\n')
    assert.deepEqual(
      parseWorkProgramme(
        [
          { number: 1, text },
          { number: 2, text: next },
        ],
        [],
        null,
      ).map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        [null, 'Income from Fees and Charges', null, null],
        [
          '2023-01-17',
          'Draft Budget Proposals 2023/24',
          'Pre-decision scrutiny',
          'Jonathan Baird, Corporate Director - Resources',
        ],
        [
          '2023-01-17',
          'Council Tax Reduction Scheme 2023/24',
          'Pre-decision scrutiny',
          'Darren Hopkins, Head of Revenues and Benefits',
        ],
        ['2022-11-15', 'Workforce Strategy 2023-2028', 'Policy review', 'Owain Thomas, Head of People'],
      ],
    )
  })
})

describe("a 2010 programme's layout text, its cells wrapped in their columns", () => {
  const text = [
    'Meeting       Report / Review             Type           Lead Officer',
    '',
    '7 December    Budget Consultation         Pre-decision   Head of Finance',
    '2010                                      scrutiny',
    '',
    'Oct – Dec     Scrutiny Review of Empty    Task and       Private Sector',
    '2010 (dates   Homes – evidence-gathering  finish review  Housing Manager',
    'to be         sessions                                   (Diane Whitworth)',
    'arranged)',
    '',
    '25 January    Community Safety            Partner        Community Safety',
    '2011          Partnership – Six-Monthly   scrutiny       Manager (Ruth',
    '              Update                                     Calvert)',
    '',
    '              Alternate Weekly            Pre-decision   Head of',
    '              Collection – Evaluation of  scrutiny       Environmental',
    '              Pilot                                      Services (Stuart',
    '                                                         Kellett)',
  ].join('\n')
  const items = parseWorkProgramme(
    [fromLayoutText({ number: 31, text: `WORK PROGRAMME 2010/11\n\n${text}` })],
    [],
    null,
  )

  it('reads a quarter "(dates to be arranged)" as no meeting yet, not its last month\'s meeting', () => {
    assert.equal(items[0]?.meeting_date, '2010-12-07')
    assert.equal(items[1]?.meeting_date, null)
    assert.equal(items[1]?.topic, 'Scrutiny Review of Empty Homes - evidence-gathering sessions')
  })

  it('reads a row whose lead breaks off inside a bracket as one item, and the short row under it as the next, not a header', () => {
    assert.deepEqual(
      items.slice(2).map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2011-01-25', 'Community Safety Partnership - Six-Monthly Update', 'Community Safety Manager (Ruth Calvert)'],
        [
          '2011-01-25',
          'Alternate Weekly Collection - Evaluation of Pilot',
          'Head of Environmental Services (Stuart Kellett)',
        ],
      ],
    )
  })
})

describe("a 2012 programme: a meeting's items numbered in one cell, each lead in brackets after it", () => {
  const text = [
    '**Housing and Homes O&S Committee: Work Programme 2011/12**',
    '',
    '**1 Meeting Schedule**',
    '',
    '| Date | Items (lead officer / Cabinet Member) |',
    '|---|---|',
    '| 21 June 2011 | 1. Cabinet Member for Housing – priorities for 2011/12 (Councillor Howard Brierley, Cabinet Member for Housing)<br>2. Terms of reference and Work Programme 2011/12 (Rosalind Ebanks, Lead Review Officer) |',
    '| 18 October 2011 | 1. Budget Consultation 2012/13: Housing Portfolio (Peter Lowndes, Head of Housing Finance) |',
    '| 17 April 2012 | 1. Anti-social Behaviour in Council Housing (TBC)<br>2. Annual Report 2011/12 (Scrutiny Office) |',
    '',
    '**2 Outstanding items to be programmed**',
    '',
    '| Item (lead officer) | Comments |',
    '|---|---|',
    '| 1. Right to Buy: the Proposed Increase in the Discount (Peter Lowndes, Head of Housing Finance) | Added 14 February 2012. |',
  ].join('\n')

  it('reads an item a line, its number and its bracketed lead taken off, "(TBC)" as no lead named', () => {
    check(parseWorkProgramme(splitPages(text), [], null), [
      ['2011-06-21', 'Cabinet Member for Housing - priorities for 2011/12', null, 'Councillor Howard Brierley'],
      ['2011-06-21', 'Terms of reference and Work Programme 2011/12', null, 'Rosalind Ebanks, Lead Review Officer'],
      ['2011-10-18', 'Budget Consultation 2012/13: Housing Portfolio', null, 'Peter Lowndes'],
      ['2012-04-17', 'Anti-social Behaviour in Council Housing', null, null],
      ['2012-04-17', 'Annual Report 2011/12', null, 'Scrutiny Office'],
      [null, 'Right to Buy: the Proposed Increase in the Discount', null, 'Peter Lowndes'],
    ])
    const topics = parseWorkProgramme(splitPages(text), [], null).map(i => i.topic)
    assert.ok(!topics.some(t => /\(|^\d/.test(t)), topics.join('\n'))
  })

  it('reads no item from a grid of counts by date ("Bed and breakfast | 69 | 74")', () => {
    const grid = [
      '**Work Programme 2011/12**',
      '',
      '| Type | 31 March 2011 | 30 June 2011 | 30 September 2011 |',
      '|---|---|---|---|',
      '| Bed and breakfast | 69 | 74 | 52 |',
      '| Hostels | 211 | 208 | 213 |',
    ].join('\n')
    assert.deepEqual(parseWorkProgramme(splitPages(grid), [], null), [])
  })
})

it("a table of the boards' work programmes, shown for information, is not the commission's programme", () => {
  const text = [
    '**Commission Work Programme 2025/26**',
    '| Meeting | Item | Scrutiny role | Cabinet Member | Officer |',
    '|---|---|---|---|---|',
    '| 20 April 2026 | Voluntary Sector Grants Programme | Pre-decision | Cllr Reeve | Head of Communities |',
    '',
    "**4. Boards' work programmes – for information**",
    '| Board | Meeting | Item | Scrutiny role | Lead officer |',
    '|---|---|---|---|---|',
    '| Adults and Health | Tuesday 24 March 2026 | Carers Strategy Refresh | Policy development | Director of Adult Social Care |',
  ].join('\n')
  assert.deepEqual(
    parseWorkProgramme(splitPages(text), [], null).map(i => i.topic),
    ['Voluntary Sector Grants Programme'],
  )
})

it('leaves out a briefing or visit the programme says is not a formal meeting', () => {
  const text = [
    '**Forward Work Programme 2025/26**',
    '| Date | Item | Purpose | Lead Member / Officer |',
    '|---|---|---|---|',
    '| 11 November 2025 | Ofsted Focused Visit | To scrutinise the action plan. | Director of Children’s Services |',
    '| 2 December 2025<br>*Informal briefing – not a formal meeting* | Member briefing: the Dedicated Schools Grant | To help Members. | Director of Education |',
    '| | Member briefing: High Needs Block | To help Members. | Director of Education |',
    '| 13 January 2026 | School Place Planning | To consider the plan. | Head of Admissions |',
  ].join('\n')
  assert.deepEqual(
    parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic]),
    [
      ['2025-11-11', 'Ofsted Focused Visit'],
      ['2026-01-13', 'School Place Planning'],
    ],
  )
})

it("leaves out the rows of a board's working group meetings set in its schedule", () => {
  const text = [
    '**Work Schedule 2024/25**',
    '| Meeting date | Items | Type of item |',
    '|---|---|---|',
    '| Thursday 21 November 2024 | Private Rented Sector Standards – Recommendation Tracking | RP |',
    '| Working Group meetings<br>(August – December 2024) | Housing Strategy Working Group – 8 August 2024<br>Site visit: Eastmoor modular housing scheme – 3 December 2024 | WG<br>WG |',
    '| Thursday 19 December 2024 | Housing Strategy 2025–2030: Draft Strategy | PDS |',
  ].join('\n')
  assert.deepEqual(
    parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic]),
    [
      ['2024-11-21', 'Private Rented Sector Standards - Recommendation Tracking'],
      ['2024-12-19', 'Housing Strategy 2025-2030: Draft Strategy'],
    ],
  )
})

it("reads an item's lead from the top of the next page, the page's foot between them", () => {
  const page37 = [
    'WORK PROGRAMME 2026/27',
    'Meeting: Wednesday 22 April 2026, 10.00 am',
    '',
    '1.\tAccess to GP Services<br>Purpose: To examine access.',
    '\tScrutiny type: Evidence gathering<br>Lead: Sarah Venn, Director of Primary Care',
    '',
    '2.\tStourby Minor Injuries Unit: Weekend Opening<br>Purpose: To consider the decision.',
    '\tScrutiny type: Pre-decision scrutiny',
    '',
    '',
  ].join('\n')
  const page38 = [
    '\tLead: Mark Attwell, Director of Operations<br>Organisation: Community Health Services NHS Trust',
    '',
    '3.\tHealthwatch Wyvernshire: Hospital Discharge Experiences<br>Purpose: To receive the report.',
    '\tLead: Janet Morrow, Chief Executive',
  ].join('\n')
  const items = parseWorkProgramme(
    [
      { number: 37, text: page37 },
      { number: 38, text: page38 },
    ],
    [],
    null,
  )
  assert.deepEqual(
    items.map(i => [i.topic, i.type, i.lead_officer]),
    [
      ['Access to GP Services', 'Evidence gathering', 'Sarah Venn, Director of Primary Care'],
      ['Stourby Minor Injuries Unit: Weekend Opening', 'Pre-decision scrutiny', 'Mark Attwell, Director of Operations'],
      ['Healthwatch Wyvernshire: Hospital Discharge Experiences', null, 'Janet Morrow, Chief Executive'],
    ],
  )
})

it('reads "Topic (kind) – Lead: Name, Post" items, a list typing some of its items by kinds of scrutiny named in brackets', () => {
  const text = [
    '**Work Programme 2025/26**',
    '',
    '**Meeting: 14 July 2025**',
    '',
    '- Tenant Satisfaction Measures 2024/25: Final Results – Lead: Priyanka Desai, Head of Resident Engagement',
    '- Homelessness Strategy 2025–2030: Draft for Consultation (pre-decision scrutiny) – Lead: Callum Brightwell, Head of Housing Needs',
    '- Housing Disrepair Claims: Six-Monthly Report – Lead: Victoria Ashdown, Head of Housing Litigation',
    '',
    '**Meeting: 12 November 2025**',
    '',
    '- Damp and Mould – Second Progress Report (recommendation tracking) – Lead: Councillor Graham Pettifer, Cabinet Member for Housing',
    '- Repairs Contract: Six-Month Review – Lead: Tamsin Achebe, Director of Property Services',
    '- Supported Housing for Care Leavers (joint with the Children Sub-Committee) – Lead: Head of Housing Needs',
  ].join('\n')
  assert.deepEqual(
    parseWorkProgramme(splitPages(text), [], null).map(i => [i.topic, i.type, i.lead_officer]),
    [
      ['Tenant Satisfaction Measures 2024/25: Final Results', null, 'Priyanka Desai, Head of Resident Engagement'],
      [
        'Homelessness Strategy 2025-2030: Draft for Consultation',
        'pre-decision scrutiny',
        'Callum Brightwell, Head of Housing Needs',
      ],
      ['Housing Disrepair Claims: Six-Monthly Report', null, 'Victoria Ashdown, Head of Housing Litigation'],
      [
        'Damp and Mould - Second Progress Report',
        'recommendation tracking',
        'Councillor Graham Pettifer, Cabinet Member for Housing',
      ],
      ['Repairs Contract: Six-Month Review', null, 'Tamsin Achebe, Director of Property Services'],
      ['Supported Housing for Care Leavers (joint with the Children Sub-Committee)', null, 'Head of Housing Needs'],
    ],
  )
})

describe('a "Panel Forward Plan" set out as lists under its meetings, "Topic – kind (Lead: …)"', () => {
  const plan = (items: string[]) =>
    [
      'Page 35 of 40',
      '',
      '| Ref | Action | Lead | Target date | RAG |',
      '|---|---|---|---|---|',
      '| RW1.1 | Recruit Farm Watch coordinators | Rural Crime Sergeant | September 2025 | Amber |',
      '',
      ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of another report.`),
      '',
      '**PANEL FORWARD PLAN 2025/26**',
      '',
      '**Thursday 25 September 2025**',
      'Publication: Wednesday 17 September 2025',
      '',
      ...items,
    ].join('\n')

  it("reads the panel's own forward plan as its programme, the kind after each topic's dash", () => {
    const text = plan([
      '- Police and Crime Plan scorecard, Quarter 1 – performance monitoring (Lead: Tom Eggleton, Head of Performance, OPCC)',
      '- Precept proposal – statutory (Lead: Caroline Redfern, Police and Crime Commissioner)',
      '- Police and Crime Plan refresh 2026 – pre-decision scrutiny (Lead: Martin Adeyemi, Chief Executive, OPCC)',
      '- Confirmation hearings (as required) – statutory (Lead: Joanne Eastwood, Monitoring Officer)',
    ])
    assert.deepEqual(
      parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic, i.type, i.lead_officer]),
      [
        [
          '2025-09-25',
          'Police and Crime Plan scorecard, Quarter 1',
          'performance monitoring',
          'Tom Eggleton, Head of Performance, OPCC',
        ],
        ['2025-09-25', 'Precept proposal', 'statutory', 'Caroline Redfern, Police and Crime Commissioner'],
        [
          '2025-09-25',
          'Police and Crime Plan refresh 2026',
          'pre-decision scrutiny',
          'Martin Adeyemi, Chief Executive, OPCC',
        ],
        ['2025-09-25', 'Confirmation hearings (as required)', 'statutory', 'Joanne Eastwood, Monitoring Officer'],
      ],
    )
  })

  it("keeps '– review' in the title where the list's dashes name no kinds of scrutiny", () => {
    const text = plan([
      '- Counter Fraud Policy – review (Lead: Chief Internal Auditor)',
      '- Scrutiny Review of Home Care Scheduling – final report (Lead: Scrutiny Officer)',
    ])
    assert.deepEqual(
      parseWorkProgramme(splitPages(text), [], null).map(i => [i.topic, i.type]),
      [
        ['Counter Fraud Policy - review', null],
        ['Scrutiny Review of Home Care Scheduling - final report', null],
      ],
    )
  })
})

describe('a layout programme with a briefing noted beside its date, then a list of possible items', () => {
  const text = [
    '  Date of meeting      Item                                         Officer                            Comments',
    '',
    '  9 July 2019          Highways Maintenance Performance 2018/19     Lucy Brennan, Head of Highways     Annual report',
    '                                                                    Maintenance',
    '',
    '  25 July 2019         Electric Vehicle Charging Infrastructure     Kirsty Allbright, Sustainable      Informal briefing – not a committee',
    '                                                                    Transport Manager                  meeting',
    '',
    '  17 September 2019    Flood Risk Management Annual Report          Dr Owen Petrakis, Flood Risk       Deferred from March.',
    '                                                                    Manager',
    '',
    '  Possible items for future meetings',
    '',
    '  The following topics have been suggested by Members but have not yet been scheduled:',
    '',
    '    •   Twenty mph speed limits outside schools',
    '    •   Community transport grants',
    '    •   Roadside verge cutting and biodiversity',
  ].join('\n')
  const items = parseWorkProgramme(
    [fromLayoutText({ number: 30, text: `Committee – Work Programme 2019/20\n\n${text}` })],
    [],
    null,
  )

  it('leaves out the briefing, and reads the bullets set apart from their items as a list with no date', () => {
    assert.deepEqual(
      items.map(i => [i.meeting_date, i.topic]),
      [
        ['2019-07-09', 'Highways Maintenance Performance 2018/19'],
        ['2019-09-17', 'Flood Risk Management Annual Report'],
        [null, 'Twenty mph speed limits outside schools'],
        [null, 'Community transport grants'],
        [null, 'Roadside verge cutting and biodiversity'],
      ],
    )
  })
})

describe("a health committee's programme by month, its meetings listed in a sentence above", () => {
  const text = [
    '3.3 The Committee will meet on Tuesday 25 June 2024, Tuesday 17 September 2024 and Tuesday 21 January 2025.',
    '',
    '## 4. Work Programme 2024/25',
    '',
    '| Month | Topic | Format | Organisation | Lead |',
    '|---|---|---|---|---|',
    '| June 2024 | Access to NHS Dentistry | Briefing | NHS Bramshire ICB | Helen Stirrup, Director of Primary Care |',
    '| July – October 2024 | Hospital Discharge Task Group: evidence sessions | Task Group | Bramshire County Council | Councillor Devinder Raman |',
    '| January 2025 | Ambulance Response Times: Update | Report | Ambulance Service NHS FT | Craig Haverstock, Head of Operations |',
    '',
    'The Joint Committee will meet on Wednesday 10 July 2024 and Wednesday 15 January 2025.',
  ].join('\n')

  it("dates each month by the meeting the sentence lists (not another body's), a span of months by none, the lead from its own column", () => {
    assert.deepEqual(
      parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic, i.lead_officer]),
      [
        ['2024-06-25', 'Access to NHS Dentistry', 'Helen Stirrup, Director of Primary Care'],
        [null, 'Hospital Discharge Task Group: evidence sessions', 'Councillor Devinder Raman'],
        ['2025-01-21', 'Ambulance Response Times: Update', 'Craig Haverstock, Head of Operations'],
      ],
    )
  })
})

describe("a forward planner saved as Word's plain text, over a page and with items without a date", () => {
  const text = [
    'Meeting date\tReport\tLead Officer\tPurpose',
    '22 January 2020\tScottish Welfare Fund: Use and Demand 2018/19\tMorven Cassidy, Head of Revenues\tScrutiny',
    '\tRevenue Budget 2020/21: Savings Proposals\tDavid Rintoul, Head of Finance\tPre-decision scrutiny',
    'Comments to be reported to the Policy and Resources Committee on 13 February 2020.',
    '',
    'Page 36',
    '',
    'Meeting date\tReport\tLead Officer\tPurpose',
    '\tRoads Asset Management Plan: Annual Status Report 2019\tKenneth Drummond, Head of Roads\tPerformance scrutiny',
    '',
    'Items without a date',
    '',
    'Report\tLead Officer\tPurpose',
    'Fairer Scotland Duty: Assessment of Impact\tTo be confirmed\tScrutiny',
  ].join('\n')

  it("keeps the meeting over the page's repeated header, and reads the undated items as to be scheduled", () => {
    assert.deepEqual(
      parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic]),
      [
        ['2020-01-22', 'Scottish Welfare Fund: Use and Demand 2018/19'],
        ['2020-01-22', 'Revenue Budget 2020/21: Savings Proposals'],
        ['2020-01-22', 'Roads Asset Management Plan: Annual Status Report 2019'],
        [null, 'Fairer Scotland Duty: Assessment of Impact'],
      ],
    )
  })
})

it("reads a Scottish 'Rolling Action Plan / Business Programme' as the committee's own programme", () => {
  const text = [
    '**AUDIT, RISK AND SCRUTINY COMMITTEE – ROLLING ACTION PLAN / BUSINESS PROGRAMME 2022/23**',
    '',
    'Date of meeting\tReport\tReport author\tPurpose',
    '23 November 2022\tInternal Audit Progress Report 2022/23\tKirsty Jamieson, Chief Internal Auditor\tTo report progress.',
  ].join('\n')
  assert.deepEqual(
    parseWorkProgramme(splitPages(text), [], null).map(i => [i.meeting_date, i.topic, i.lead_officer]),
    [['2022-11-23', 'Internal Audit Progress Report 2022/23', 'Kirsty Jamieson, Chief Internal Auditor']],
  )
})
