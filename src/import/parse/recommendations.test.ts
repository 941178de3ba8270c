import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  assessmentCode,
  assessmentIn,
  describedLegend,
  orderedLegend,
  paragraphLegend,
  ratingLegend,
} from './assessment.ts'
import { splitPages } from './pages.ts'
import { withBarePipeRowsAsTabs } from './pipe-rows.ts'
import { parseRecommendations, recommendationNumber } from './recommendations.ts'
import type { PackPage, ParseWarning } from './types.ts'

const seed = (name: string): string =>
  readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')

const CSE = "We Need to Get It Right: A Health Check into the Council's Role in Tackling Child Sexual Exploitation"
const CMCS = 'Cabinet Member for Children Services'

// [number, start of text, responsibility, completion date, committee assessment, self-assessment]
// for every recommendation of the CSE tracking report in the April 2016 pack: Appendix 2
// (outstanding, assessed by the Cabinet Member only) then Appendix 3 (concluded by the committee).
const EXPECTED_2016_04: [string, string, string, string | null, number | null, number | null][] = [
  ['R04', 'That: a) All frontline staff', CMCS, 'July 2015', null, 2],
  ['R05', 'That: a) BSCB continues', 'Chair Birmingham Safeguarding Children Board', 'July 2015', null, 2],
  ['R06', 'That business forums', "Cabinet Member for Children's Services Chair BSCB", 'July 2015', null, 3],
  ['R07', 'That: CSE awareness', 'Leader', 'Initial feedback April 2015 and completion Dec 2015', null, 2],
  ['R08', 'That the policies', CMCS, 'Initial Feedback April 2015 & completion November 2015', null, 2],
  [
    'R09',
    'That the City Council, West Midlands Police',
    'Chair of Licensing Committee & Chair BSCB',
    'July 2015',
    null,
    2,
  ],
  [
    'R10',
    'That it is demonstrated',
    `${CMCS}; Deputy Leader and Cabinet Member for Commissioning, Contracting and Improvement.`,
    'April 2015',
    null,
    2,
  ],
  [
    'R12',
    'That in order to manage',
    'Cabinet Member Children Services',
    'April 2015 - Initial Feedback and completion November 2015',
    null,
    2,
  ],
  [
    'R14',
    'That the Chair of Birmingham',
    'Chair of Birmingham Safeguarding Children Board',
    'April 2015 July 2015 - Changes sustained',
    null,
    2,
  ],
  [
    'R15',
    'That all Birmingham',
    'Regional CSE Co-ordinator & Chair BSCB',
    'April 2015 - Initial Feedback and completion July 2015',
    null,
    2,
  ],
  [
    'R16',
    'That reports be provided',
    "Cabinet Member Children's Services and Chair BSCB",
    'April 2015 & September 2015',
    null,
    2,
  ],
  ['R17', 'That after six months', "Cabinet Member Children's Services and Chair BSCB", 'April 2015', null, 2],
  [
    'R18',
    'That the Quartet',
    "Quartet: [Leader, Cabinet Member for Children's Services, Chief Executive and Strategic Director for People]",
    'On-going',
    null,
    1,
  ],
  ['R19', 'That an assessment of progress', "Cabinet Member Children's Services", 'April 2015', null, 1],
  ['R01', 'That: a) The "see me hear me" web site be further', CMCS, null, 2, null],
  ['R02', 'That the Cabinet Member and BSCB', CMCS, null, 2, null],
  ['R03', 'That Governor Support Team', CMCS, null, 2, null],
  [
    'R11',
    'That when the City Council commissions',
    'Deputy Leader; Cabinet Member for Commissioning, Contracting and Improvement & Cabinet Member for Health and Social Care',
    null,
    1,
    null,
  ],
  ['R13', 'That Legal Services', 'Deputy Leader', null, 1, null],
]

describe('parseRecommendations on the April 2016 pack', () => {
  const warnings: ParseWarning[] = []
  const recs = parseRecommendations(splitPages(seed('pack-2016-04-20-education-vulnerable-children.txt')), warnings)

  it('finds every recommendation with its inquiry, responsibility, dates and assessments', () => {
    assert.equal(recs.length, EXPECTED_2016_04.length)
    EXPECTED_2016_04.forEach(([number, text, responsibility, completion, assessment, self], i) => {
      const got = recs[i]
      assert.ok(got, number)
      assert.equal(got.number, number)
      assert.equal(got.inquiry, CSE, number)
      assert.ok(got.text.startsWith(text), `${number}: ${got.text}`)
      assert.equal(got.responsibility, responsibility, number)
      assert.equal(got.completion_date, completion, number)
      assert.equal(got.committee_assessment, assessment, `${number} committee assessment`)
      assert.equal(got.assessment, assessment ?? self, `${number} assessment as stated in the pack`)
      assert.equal(got.self_assessment, self, `${number} self-assessment`)
      assert.equal(typeof got.source_page, 'number')
    })
    assert.deepEqual(warnings, [])
  })

  it('joins continuation rows of a recommendation and keeps its evidence', () => {
    const r10 = recs.find(r => r.number === 'R10')
    assert.match(
      r10?.text ?? '',
      /f\) Partners review how to resource a Child Safeguarding Licensing Officer post\/role\.$/,
    )
    const r15 = recs.find(r => r.number === 'R15')
    assert.match(
      r15?.text ?? '',
      /d\) Ensuring those providing intelligence and evidence receive appropriate feedback\.$/,
    )
    assert.match(r15?.evidence ?? '', /^Since Summer 2015 there has been a regional CSE co-ordinator/)
    const r13 = recs.find(r => r.number === 'R13')
    assert.match(r13?.evidence ?? '', /jointly achieve our objectives\.$/)
    assert.equal(r13?.date_concluded, '2016-02-10')
    assert.equal(recs.find(r => r.number === 'R08')?.theme, 'Policies and Procedures')
  })
})

describe('parseRecommendations on packs without recommendations', () => {
  for (const name of [
    'pack-2016-07-20-schools-children-families.txt',
    'pack-2023-05-17-education-childrens-social-care.txt',
  ]) {
    it(`finds none in ${name}`, () => {
      const warnings: ParseWarning[] = []
      assert.deepEqual(parseRecommendations(splitPages(seed(name)), warnings), [])
      assert.deepEqual(warnings, [])
    })
  }
})

describe('parseRecommendations on other layouts', () => {
  it('reads an inquiry report table with a committee assessment column in pipe form', () => {
    const pages: PackPage[] = [
      { number: 7, text: 'Tracking: Home to School Transport\n\nAppendix 2' },
      {
        number: 8,
        text: [
          '| Rec | Recommendation | Responsibility | Completion Date | Executive Assessment | Committee Assessment |',
          '|---|---|---|---|---|---|',
          '| R1 | That routes are reviewed. | Cabinet Member for Education | 30 June 2017 | Achieved (Fully) | 3 - Not Achieved (Progress Made) |',
          '| | <p>and published.</p> | | | | |',
          '| R2 | That drivers are trained. | Leader | June 2017 | 6 | In Progress |',
        ].join('\n'),
      },
    ]
    const warnings: ParseWarning[] = []
    const got = parseRecommendations(pages, warnings)
    assert.deepEqual(
      got.map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
        r.self_assessment,
        r.source_page,
      ]),
      [
        [
          'Home to School Transport',
          'R01',
          'That routes are reviewed. and published.',
          'Cabinet Member for Education',
          '30 June 2017',
          3,
          1,
          8,
        ],
        ['Home to School Transport', 'R02', 'That drivers are trained.', 'Leader', 'June 2017', 6, 6, 8],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it("takes the committee's column when the table has one, blank meaning not yet assessed", () => {
    const text = [
      'Tracking: Improving Access to GP Services',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment\tCommittee's Assessment (17 October 2017)",
      'R02\tThat practices are mapped.\tCabinet Member\tSeptember 2017\t2 – Achieved (Late)\t3 – Not Achieved (Progress Made)',
      'R04\tThat NHS 111 is promoted.\tCabinet Member\tSeptember 2017\t3 – Not Achieved (Progress Made)\t',
    ].join('\n')
    const got = parseRecommendations([{ number: 38, text }], [])
    assert.deepEqual(
      got.map(r => [r.number, r.assessment, r.committee_assessment, r.self_assessment]),
      [
        ['R02', 3, 3, 2],
        ['R04', null, null, 3],
      ],
    )
  })

  it('reads an appendix of concluded recommendations listed by number only', () => {
    const text = [
      'Tracking: Youth Unemployment',
      'No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member’s Assessment',
      'R01\tThat a youth promise is made.\tLeader\tMay 2016\t6 – In Progress',
      'Appendix 3: Concluded Recommendations',
      'No.\tDate Concluded by Overview and Scrutiny Committee\tTracking Assessment',
      'R02\t20 January 2016\t1 – Achieved (Fully)',
      'R09\t14 September 2016\t4 – Not Achieved (Obstacle)',
    ].join('\n')
    const warnings: ParseWarning[] = []
    const got = parseRecommendations([{ number: 41, text }], warnings)
    assert.deepEqual(
      got.map(r => [r.inquiry, r.number, r.text, r.responsibility, r.assessment, r.date_concluded]),
      [
        ['Youth Unemployment', 'R01', 'That a youth promise is made.', 'Leader', 6, null],
        ['Youth Unemployment', 'R02', '', null, 1, '2016-01-20'],
        ['Youth Unemployment', 'R09', '', null, 4, '2016-09-14'],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it("takes the last lines of a text printed below its row's other cells", () => {
    const text = [
      'Tracking: Tackling Damp and Mould in Council Homes',
      "No.\tRecommendation\tResponsibility\tOriginal Year of Completion\tCommittee's Assessment",
      'R03\tThat the repairs system records damp and mould\tCabinet Member for\tJune 2022\t5 – Not Achieved',
      '\tas a repair category, so that repeat reports are flagged\tHousing\t\t(Insufficient Progress)',
      'automatically and escalated to a',
      'senior surveyor.',
      "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')",
      'A new category was added in May 2022.',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 60, text }], [])
    assert.deepEqual(
      [rec?.text, rec?.responsibility, rec?.assessment, rec?.evidence],
      [
        'That the repairs system records damp and mould as a repair category, so that repeat reports are flagged automatically and escalated to a senior surveyor.',
        'Cabinet Member for Housing',
        5,
        'A new category was added in May 2022.',
      ],
    )
  })

  it('reads an inquiry report: its title from the cover, past its running footers and headers', () => {
    const report = (n: number): string =>
      `${n}\tReport of the Neighbourhoods Overview & Scrutiny Committee, 10 January 2017`
    const pages: PackPage[] = [
      {
        number: 27,
        text: 'Future of Community Libraries\n\nA report from Overview & Scrutiny\n\nCity Council – 10 January 2017',
      },
      {
        number: 31,
        text: [
          'Summary of Recommendations',
          '\tRecommendation\tResponsibility\tCompletion Date',
          'R01\tThat a library is kept in each district.\tCabinet Member\tApril 2017',
          'R02\tThat outreach to community\tCabinet Member for\tMarch 2018',
          '\tlibraries is strengthened, with\tSkills\t',
          report(5),
        ].join('\n'),
      },
      {
        number: 32,
        text: [
          'Future of Community Libraries',
          '\tRecommendation\tResponsibility\tCompletion Date',
          '\tevents for children.\t\t',
          'R03\tThat opening hours are reviewed.\tCabinet Member\tJune 2017',
          report(6),
        ].join('\n'),
      },
    ]
    const warnings: ParseWarning[] = []
    assert.deepEqual(
      parseRecommendations(pages, warnings).map(r => [r.inquiry, r.number, r.text, r.responsibility]),
      [
        ['Future of Community Libraries', 'R01', 'That a library is kept in each district.', 'Cabinet Member'],
        [
          'Future of Community Libraries',
          'R02',
          'That outreach to community libraries is strengthened, with events for children.',
          'Cabinet Member for Skills',
        ],
        ['Future of Community Libraries', 'R03', 'That opening hours are reviewed.', 'Cabinet Member'],
      ],
    )
    assert.deepEqual(warnings, [])
  })

  it('reads a text with line breaks of its own, its other cells beside its last line', () => {
    const text = [
      'Tracking: Improving the Response to Complaints',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R02\tThat complaints can be made by all reasonable means by:',
      'a) restoring a freephone number;',
      'b) providing assisted digital support.\tCabinet Member for Finance\tJune 2018\t3 - Not Achieved (Progress Made)',
      "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')",
      'a) The cost is being considered.',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 58, text }], [])
    assert.deepEqual(
      [rec?.text, rec?.responsibility, rec?.completion_date, rec?.assessment, rec?.evidence],
      [
        'That complaints can be made by all reasonable means by: a) restoring a freephone number; b) providing assisted digital support.',
        'Cabinet Member for Finance',
        'June 2018',
        3,
        'a) The cost is being considered.',
      ],
    )
  })

  it("takes the inquiry from a report's subject line, and the assessment printed below a page break", () => {
    const header =
      "Ref\tRecommendation\tResponsibility\tCompletion Date\tEvidence of Progress\tCabinet Member's Assessment"
    const pages: PackPage[] = [
      {
        number: 35,
        text: [
          'Subject: Tracking Report – Safer Journeys to School',
          '4 Progress with Recommendations',
          header,
          'R01\tThat a School Streets pilot is introduced.\tCabinet Member for Transport\tDecember 2018\tThe pilot began.\t1 – Achieved (Fully)',
          'R02\tThat travel plans are reviewed.\tCabinet Member for Transport\tJuly 2019\t41 reviews are done, and the remaining',
        ].join('\n'),
      },
      {
        number: 36,
        text: [header, '\t\t\t\t21 are booked.\t6 – In Progress', '5 Next Steps', 'A further report follows.'].join(
          '\n',
        ),
      },
    ]
    const got = parseRecommendations(pages, [])
    assert.deepEqual(
      got.map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Safer Journeys to School', 'R01', 1],
        ['Safer Journeys to School', 'R02', 6],
      ],
    )
  })

  it("ends the table at the report's next numbered section: its tables are not recommendations", () => {
    const text = [
      'Tracking: Cleaner Air',
      'No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tTracking Assessment',
      'R01\tThat the plan is refreshed.\tCabinet Member\tJuly 2018\t1 - Achieved (Fully)',
      '6 Forward Plan for Cabinet Decisions',
      'ID Number\tTitle\tCabinet Member\tProposed Date of Decision',
      // A page footer printed sideways into the first column ("Page 44 of 45", a character a line).
      '5\t005402/2019\tSprint A34 and A45 Corridors\tTransport and Environment\t25 Jun 19',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 44, text }], []).map(r => r.number),
      ['R01'],
    )
  })

  it('carries an unfinished recommendation on under its header repeated where a page break left no trace', () => {
    const header = "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment"
    const text = [
      'Tracking: Managing Sickness Absence',
      header,
      'R06\tThat: a) risk assessments are done; and\tDeputy Leader\tSeptember 2014\t5 – Not Achieved (Insufficient Progress)',
      '',
      '',
      '',
      header,
      '\tb) the trade unions are involved.\t\t\t',
      "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')",
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 40, text }], [])
    assert.equal(rec?.text, 'That: a) risk assessments are done; and b) the trade unions are involved.')
  })

  it('carries a list ending its row in a semicolon on into the lines set apart below, wrapped as they are', () => {
    const text = [
      'Tracking: Child Sexual Exploitation',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R10\tThat it is resourced including that: a) it is mainstream funded;\tLeader\tApril 2015\t2 – Achieved (Late)',
      '',
      'e) a review of the staffing of the multi-agency safeguarding hub (MASH)',
      'team is undertaken.',
      '',
      "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')",
      'The hub was reviewed.',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 18, text }], [])
    assert.equal(
      rec?.text,
      'That it is resourced including that: a) it is mainstream funded; e) a review of the staffing of the multi-agency safeguarding hub (MASH) team is undertaken.',
    )
    assert.equal(rec?.evidence, 'The hub was reviewed.')
  })

  it('carries a list ending its row in a semicolon on at the top of the next page', () => {
    const row = 'R02\tThat schools ensure that: a) CSE is taught;\tCabinet Member\tJuly 2015\t2 – Achieved (Late)'
    const pages: PackPage[] = [
      { number: 7, text: `Tracking: Child Sexual Exploitation\n${row}\n\nPage 7 of 30` },
      {
        number: 8,
        text: "Staff are trained.\n\nEvidence of Progress (and Anticipated Completion Date if 'Not Achieved')",
      },
    ]
    const [rec] = parseRecommendations(pages, [])
    assert.equal(rec?.text, 'That schools ensure that: a) CSE is taught; Staff are trained.')
  })

  // As Chromium prints a pack: the rest of a row at the top of the next page, in whichever column
  // extraction could place it (here one in from the left, the "No." column of an indented table).
  it('takes a lone cell at the top of the next page as the rest of a text broken off by the page', () => {
    const header = "\tNo.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment"
    const pages: PackPage[] = [
      {
        number: 17,
        text: [
          'Tracking: Apprenticeships',
          header,
          '\tR01\tThat the Council sets a target, in line with the public\tCabinet Member\tApril 2017\t6 - In Progress',
          '',
          'Page 17 of 26',
        ].join('\n'),
      },
      {
        number: 18,
        text: ['\tsector target, and reports progress every six months.', '', header].join('\n'),
      },
    ]
    const [rec] = parseRecommendations(pages, [])
    assert.equal(
      rec?.text,
      'That the Council sets a target, in line with the public sector target, and reports progress every six months.',
    )
    assert.equal(rec?.assessment, 6)
  })

  it("carries a text on under its header repeated after the pack's own footer, however a reprint paginated it", () => {
    const header = '\tRecommendation\tResponsibility\tCompletion Date'
    const text = [
      'Future of Community Libraries',
      header,
      'R04\tThat outreach is strengthened, with access to the archives,\tCabinet Member for Culture\tMarch 2018',
      '',
      '05\tReport of the Neighbourhoods Overview & Scrutiny Committee, 10 January 2017',
      '',
      'Page 32 of 60',
      'Future of Community Libraries',
      '',
      header,
      '',
      'business collections on request, and events for families.',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 31, text }], [])
    assert.equal(
      rec?.text,
      'That outreach is strengthened, with access to the archives, business collections on request, and events for families.',
    )
  })

  it("takes a text's last part with the row's other cells though a blank sets it apart, after a line that breaks off", () => {
    const text = [
      'Tracking: Improving the Response to Complaints',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R02\tThat complaints can be made by all reasonable means by:',
      '',
      'a) restoring a freephone number; and',
      '',
      'b) providing assisted digital support.\tCabinet Member for Finance\tJune 2018\t3 - Not Achieved (Progress Made)',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 58, text }], [])
    assert.deepEqual(
      [rec?.text, rec?.responsibility, rec?.assessment],
      [
        'That complaints can be made by all reasonable means by: a) restoring a freephone number; and b) providing assisted digital support.',
        'Cabinet Member for Finance',
        3,
      ],
    )
  })

  it('reads a whole row at the top of a page that extraction set in by a column', () => {
    const header = 'No.\tRecommendation\tResponsibility\tOriginal Year of Completion\tTracking Assessment'
    const pages: PackPage[] = [
      {
        number: 19,
        text: [
          'Tracking: Damp and Mould',
          header,
          'R05\tThat a dashboard is published.\tCabinet Member\t2022\t1 - Achieved (Fully)',
        ].join('\n'),
      },
      {
        number: 20,
        text: '\tR06\tThat the Leader writes to the Secretary of State.\tLeader of the Council\t2022\t4 - Not Achieved (Obstacle)',
      },
    ]
    assert.deepEqual(
      parseRecommendations(pages, []).map(r => [r.number, r.text, r.responsibility, r.assessment]),
      [
        ['R05', 'That a dashboard is published.', 'Cabinet Member', 1],
        ['R06', 'That the Leader writes to the Secretary of State.', 'Leader of the Council', 4],
      ],
    )
  })

  it('places the rest of a row the page broke by the cells left unfinished above, not where extraction put it', () => {
    const header =
      "No.\tRecommendation\tResponsibility\tOriginal Date for Completion\tRevised Date\tCabinet Member's Self-Assessment"
    const pages: PackPage[] = [
      {
        number: 17,
        text: [
          'Tracking: Damp and Mould in Council Homes',
          header,
          'R06\tThat the Leader lobbies Government for\tLeader of the Council, Cabinet\tDecember 2024\tN/A\t4 – Not Achieved',
        ].join('\n'),
      },
      // Three cells, in the text, responsibility and assessment columns: extraction saw one column missing.
      { number: 18, text: '\tcapital funding for retrofit.\tMember for Housing\t(Obsolete)' },
    ]
    const [rec] = parseRecommendations(pages, [])
    assert.deepEqual(
      [rec?.text, rec?.responsibility, rec?.completion_date, rec?.assessment],
      [
        'That the Leader lobbies Government for capital funding for retrofit.',
        'Leader of the Council, Cabinet Member for Housing',
        'December 2024',
        4,
      ],
    )
  })

  it("takes the inquiry from a report's details table ('Inquiry: | …')", () => {
    const text = [
      'Subject: Tracking: Youth Employment and Skills Inquiry',
      'Inquiry:\tYouth Employment and Skills',
      'Lead Member:\tCllr Ann Smith',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R02\tThat apprenticeships are increased.\tCabinet Member for Economy\tMarch 2024\t6 – In Progress',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 60, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['Youth Employment and Skills', 'R02', 6]],
    )
  })

  it('reads a table with a column of page-number debris before "No.", its evidence apart from its text', () => {
    const text = [
      'Tracking: Apprenticeships',
      "\tNo.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      '\tR01\tThat a target is set.\tCabinet Member for Jobs and Skills\tApril 2017\t6 - In Progress',
      "Pa\t\tEvidence of Progress (and Anticipated Completion Date if 'Not Achieved')\t\t\t",
      'ge 5\t\tThe target was adopted by Cabinet.\t\t\t',
    ].join('\n')
    const [rec] = parseRecommendations([{ number: 51, text }], [])
    assert.deepEqual(
      [rec?.number, rec?.text, rec?.assessment, rec?.evidence],
      ['R01', 'That a target is set.', 6, 'The target was adopted by Cabinet.'],
    )
  })

  it('warns when no inquiry title precedes the recommendations', () => {
    const warnings: ParseWarning[] = []
    const got = parseRecommendations([{ number: 2, text: 'R01\tThat it is done.\tLeader\tMay 2020\t' }], warnings)
    assert.equal(got.length, 1)
    assert.equal(warnings.length, 1)
    assert.equal(warnings[0]?.page, 2)
  })
})

describe('assessment scale', () => {
  it('reads codes and category names', () => {
    const cases: [string, number | null][] = [
      ['2 – Achieved (Late). Work will be ongoing.', 2],
      ['2- Achieved (Late)', 2],
      ['1 - Achieved (Fully)', 1],
      ['3 - Not Achieved (Progress made)', 3],
      ['Not Achieved (Obstacle)', 4],
      ['Not Achieved (Insufficient Progress)', 5],
      ['In Progress', 6],
      ['6', 6],
      ['10 Feb 2016', null],
      ['', null],
    ]
    for (const [text, code] of cases) assert.equal(assessmentCode(text), code, text)
  })

  it('normalises recommendation numbers', () => {
    assert.equal(recommendationNumber('R4', false), 'R04')
    assert.equal(recommendationNumber('Rec 12', false), 'R12')
    assert.equal(recommendationNumber('7', true), 'R07')
    assert.equal(recommendationNumber('7', false), null)
    assert.equal(recommendationNumber('Report', false), null)
  })
})

describe("parseRecommendations in other councils' templates", () => {
  const onePage = (text: string): PackPage[] => [{ number: 1, text }]

  it('reads a "Status" column, and the inquiry named before "– Tracking of Recommendations"', () => {
    const text = [
      'Report title:\tHospital Discharge Task and Finish Group – Tracking of Recommendations',
      '',
      'Rec No.\tRecommendation\tCabinet Member response (Accept/Reject)\tLead\tTarget date\tProgress update\tStatus',
      'R1\tThat a single discharge pathway is agreed.\tAccept\tDirector of Adult Social Care\tJune 2022\tLive since 1 June 2022.\tAchieved',
      'R2\tThat 40 bridging packages are commissioned.\tAccept\tAssistant Director, Commissioning\tApril 2022\tIn place since July.\tAchieved late',
      'R3\tThat a hospital social worker is funded.\tReject\tDirector of Adult Social Care\tN/A\tNot accepted.\tNot accepted',
    ].join('\n')
    const got = parseRecommendations(onePage(text), []).map(r => [r.inquiry, r.number, r.completion_date, r.assessment])
    assert.deepEqual(got, [
      ['Hospital Discharge Task and Finish Group', 'R01', 'June 2022', 1],
      ['Hospital Discharge Task and Finish Group', 'R02', 'April 2022', 2],
      ['Hospital Discharge Task and Finish Group', 'R03', null, null],
    ])
  })

  it("reads each number from its text cell, and the pack's own rating words by its key", () => {
    const text = [
      'Key to progress ratings',
      '',
      'Progress rating\tMeaning\tRAG',
      'Complete\tImplemented in full within the agreed timescale (Achieved – fully)\tGreen',
      'On track\tWork is in progress and the timescale has not yet passed (In progress)\tGreen',
      'Delayed\tThe timescale has passed; progress has been made (Not achieved – progress made)\tAmber',
      '',
      'Review:\tScrutiny Review of Temporary Accommodation',
      '',
      'Recommendation\tCabinet response\tLead Member / Officer\tTimescale\tUpdate (October 2019)\tProgress rating',
      '1. That bed and breakfast placements of families end.\tAgreed\tCabinet Member for Housing\tApril 2019\tNone since April.\tComplete',
      '2. That every property is inspected.\tAgreed\tHead of Housing Needs\tMarch 2020\t412 inspected.\tOn track',
      '3. That rates are agreed across boroughs.\tAgreed\tLeader of the Council\tSeptember 2019\tTwo boroughs yet to sign.\tDelayed',
      '4. That every household is visited.\tPartially agreed\tHead of Housing Needs\tDecember 2019\tVisits started.\tGreen',
    ].join('\n')
    const got = parseRecommendations(onePage(text), []).map(r => [r.inquiry, r.number, r.text, r.assessment])
    assert.deepEqual(got, [
      ['Temporary Accommodation', 'R01', 'That bed and breakfast placements of families end.', 1],
      ['Temporary Accommodation', 'R02', 'That every property is inspected.', 6],
      ['Temporary Accommodation', 'R03', 'That rates are agreed across boroughs.', 3],
      ['Temporary Accommodation', 'R04', 'That every household is visited.', null],
    ])
  })
})

describe('a rating key', () => {
  it('pairs a word with the category its row names, and drops a word paired with two', () => {
    const legend = ratingLegend([
      ['Complete', 'Implemented in full (Achieved – fully)', 'Green'],
      ['Not progressed', 'Insufficient progress has been made (Not achieved – insufficient progress)'],
      ['Mixed', 'Achieved (Late)'],
      ['Mixed', 'In progress'],
      ['', 'In progress'],
      ['1', 'Achieved (Fully)'],
    ])
    assert.deepEqual(
      [...legend.entries()],
      [
        ['complete', 1],
        ['not progressed', 5],
      ],
    )
    assert.equal(assessmentIn('Not Progressed', legend), 5)
    assert.equal(assessmentIn('', legend), null)
    assert.equal(assessmentIn('Achieved', legend), 1)
  })

  it("takes the category a cell names whole over one its meaning's words mention", () => {
    const legend = ratingLegend([
      ['Status', 'Meaning', 'Scrutiny tracking category'],
      ['On Target', 'Work is in progress and the target date has not passed.', 'In Progress'],
      [
        'Slippage',
        'Work is in progress but the target date has passed; a revised target date is proposed.',
        'Not Achieved (Progress Made)',
      ],
    ])
    assert.deepEqual(
      [...legend.entries()],
      [
        ['on target', 6],
        ['slippage', 3],
      ],
    )
  })
})

describe('parseRecommendations set out as blocks, or numbered by the review', () => {
  const onePage = (text: string): PackPage[] => [{ number: 1, text }]

  it('reads a block of labelled lines per recommendation, a value running on below its label', () => {
    const text = [
      'Subject:\tRECOMMENDATION MONITORING – RESEARCH AND EVALUATION PANEL: UNPAID CARERS',
      '',
      'Recommendation 3',
      "That a named carers' lead is identified in each Community Resource Team.",
      'Cabinet response:\tAccepted',
      'Responsible officer:\tGroup Manager – Community Resource Teams',
      'Target date:\tJune 2023',
      'Progress:\tLeads were identified in two teams in May 2023. The',
      'Page 35',
      '',
      'third was appointed in October 2023.',
      'Scrutiny assessment:\tAchieved (Late)',
      '',
      '4.\tSummary',
      '',
      'Assessment\tRecommendations',
      'Achieved (Late)\t3',
    ].join('\n')
    const [rec, ...rest] = parseRecommendations(onePage(text), [])
    assert.equal(rest.length, 0)
    assert.deepEqual(
      [rec?.inquiry, rec?.number, rec?.responsibility, rec?.completion_date, rec?.assessment, rec?.evidence],
      [
        'RESEARCH AND EVALUATION PANEL: UNPAID CARERS',
        'R03',
        'Group Manager - Community Resource Teams',
        'June 2023',
        2,
        'Leads were identified in two teams in May 2023. The third was appointed in October 2023.',
      ],
    )
  })

  it("keeps a review's own numbering ('EHE1'), takes the title above 'TRACKING OF RECOMMENDATIONS', and reads no summary table", () => {
    const text = [
      '**TASK AND FINISH REVIEW: ELECTIVE HOME EDUCATION**',
      '**TRACKING OF RECOMMENDATIONS – FIRST REPORT**',
      '',
      'Assessment\tRecommendations',
      '1\tEHE1',
      '',
      'No.\tRecommendation\tAccepted?\tLead officer\tTarget\tUpdate\tAssessment',
      'EHE1\tThat the Council keeps a register of children educated at home.\tYes\tKerry Nuttall\tMarch 2021\tKept since January 2021.\t1',
      '',
      '**5.\tNext steps**',
    ].join('\n')
    const got = parseRecommendations(onePage(text), []).map(r => [r.inquiry, r.number, r.assessment])
    assert.deepEqual(got, [['TASK AND FINISH REVIEW: ELECTIVE HOME EDUCATION', 'EHE1', 1]])
  })
})

describe('parseRecommendations with the assessments apart', () => {
  const onePage = (text: string): PackPage[] => [{ number: 1, text }]

  it("adds the committee's assessments from a table of their own, by number", () => {
    const text = [
      'Appendix A – Planning Enforcement Task and Finish Group: Recommendation Tracking',
      '',
      'No.\tRecommendation\tExecutive response\tLead Portfolio Holder / Officer\tTarget date\tProgress update\tProgress (RAG)',
      'R1\tThat the Council adopts a Local Enforcement Plan.\tAccepted.\tHead of Planning Services\tSeptember 2024\tAdopted.\tComplete',
      'R2\tThat two enforcement posts are created.\tAccepted.\tHead of Planning Services\t1 April 2025\tFilled in June.\tComplete',
      '',
      'Appendix B – Overview and Scrutiny assessment',
      '',
      'Rec.\tProgress (RAG)\tO&S assessment\tReason',
      'R1\tComplete\tAchieved (Fully)\tWithin the target date.',
      'R2\tComplete\tAchieved (Late)\tAfter the target date.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(onePage(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Planning Enforcement Task and Finish Group', 'R01', 1],
        ['Planning Enforcement Task and Finish Group', 'R02', 2],
      ],
    )
  })
})

describe('a rating key given in order', () => {
  it('pairs the ratings above a sentence with the categories it names, in its order', () => {
    const legend = orderedLegend([
      'Blue\tCompleted by the due date.',
      'Green\tOn track.',
      'Amber\tGood progress has been made.',
      '',
      '7.\tThese three ratings correspond to the assessment categories (Achieved (Fully), In Progress and Not Achieved (Progress Made)).',
    ])
    assert.deepEqual(
      [...legend.entries()],
      [
        ['blue', 1],
        ['green', 6],
        ['amber', 3],
      ],
    )
  })
})

describe('orderedLegend printed from a table to PDF', () => {
  it('reads the ratings below their sentence though blank lines space the rows and a page breaks them', () => {
    const legend = orderedLegend([
      'The four ratings correspond, in the order below, to the standard categories Achieved (Fully),',
      'Achieved (Late), Not Achieved (Progress Made) and In Progress:',
      '',
      'Rating\tWhen it is used',
      '',
      'Complete\tImplemented in full by the target date',
      '',
      'Complete – late\tImplemented in full, after the target date',
      '',
      'Page 13 of 22',
      'Behind\tNot implemented, but progress made',
      '',
      'Not yet due\tThe target date has not yet passed',
      '',
      '3.2 A recommendation that Cabinet did not accept is not assessed.',
    ])
    assert.deepEqual(
      ['Complete', 'Complete – late', 'Behind', 'Not yet due'].map(w => assessmentIn(w, legend)),
      [1, 2, 3, 6],
    )
  })
})

describe('parseRecommendations among the other tables of a monitoring report', () => {
  it("reads a key ordered 'below' its sentence, ignores the Cabinet's table of the same numbers, and carries a row on under 'Appendix A (continued)'", () => {
    const text = [
      'Subject:\tScrutiny Review of Household Waste and Recycling – Monitoring of Recommendations',
      '',
      '3.1 The six assessments correspond, in the order below, to the standard categories Achieved (Fully), Achieved (Late), Not Achieved (Progress Made), Not Achieved (Obstacle), Not Achieved (Insufficient Progress) and In Progress:',
      '',
      'Assessment\tWhen it is used',
      'Complete\tImplemented in full by the target date',
      'Complete – late\tImplemented in full, but after the target date',
      'Behind – new date agreed\tNot implemented, but real progress has been made',
      'Cannot be delivered\tAn obstacle prevents implementation',
      'Behind – insufficient progress\tNot implemented and little progress made',
      'Not yet due\tThe target date has not yet passed',
      '',
      'Rec\tSummary\tCabinet response\tResponsible',
      'R1\tWeekly food waste collections\tAccepted\tCabinet Member for Environment',
      '',
      'Appendix A – Progress on recommendations',
      '',
      'Rec\tRecommendation\tLead\tTarget date\tProgress to October 2024\tProposed assessment',
      'R1\tThat food waste is collected weekly.\tHead of Waste\tApril 2026\tProcurement under way.\tNot yet due',
      'R7\tThat a trial of on-street recycling bins is run.\tHead of Waste\tMarch 2024\t\t',
      '',
      '**Appendix A (continued)**',
      '',
      'Rec\tRecommendation\tLead\tTarget date\tProgress to October 2024\tProposed assessment',
      '\t\t\t\tRevised completion date: September 2025.\tBehind – new date agreed',
    ].join('\n')
    const pages: PackPage[] = [
      { number: 27, text: text.slice(0, text.indexOf('**Appendix A (continued)**')) },
      { number: 28, text: text.slice(text.indexOf('**Appendix A (continued)**')) },
    ]
    assert.deepEqual(
      parseRecommendations(pages, []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        ['Household Waste and Recycling', 'R01', 'That food waste is collected weekly.', 6],
        ['Household Waste and Recycling', 'R07', 'That a trial of on-street recycling bins is run.', 3],
      ],
    )
  })
})

describe('parseRecommendations beside a management response and the last round’s status', () => {
  it("names the review from '… – Progress on Implementation of Recommendations', skips the response table, and reads the current status", () => {
    const text = [
      'Subject:\tScrutiny Review of Sickness Absence Management – Progress on Implementation of Recommendations',
      '',
      'Status\tDefinition',
      'Complete\tThe recommendation has been fully implemented by the target date.',
      'Complete – outwith timescale\tFully implemented, but after the target date.',
      'On track\tThe target date has not yet been reached.',
      'Slippage\tThe target date has passed, but significant progress has been made.',
      'Not progressing\tThe target date has passed and insufficient progress has been made.',
      'Cannot be progressed\tThe recommendation cannot be implemented because of obstacles.',
      '',
      '4.2 In the order listed above these categories correspond to: Achieved (Fully); Achieved (Late); In Progress; Not Achieved (Progress Made); Not Achieved (Insufficient Progress); Not Achieved (Obstacle).',
      '',
      'Appendix 1 – Management response to the review recommendations',
      '',
      'Rec\tSummary of recommendation\tManagement response\tTarget date',
      'R1\tSingle trigger point\tAgreed\tSeptember 2019',
      '',
      'Appendix 2 – Progress on implementation of recommendations (February 2020)',
      '',
      'Rec No.\tRecommendation\tResponsible Officer\tTarget Date\tProgress Update\tPrevious Status\tCurrent Status',
      'R1\tThat the policy introduces a single trigger point.\tHead of People and OD\t30th September 2019\tIn force.\tOn track\tComplete',
      'R4\tThat return-to-work interviews are recorded.\tHead of ICT\t31st December 2019\tDelayed.\tOn track\tSlippage',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Sickness Absence Management',
          'R01',
          'That the policy introduces a single trigger point.',
          '30th September 2019',
          1,
        ],
        ['Sickness Absence Management', 'R04', 'That return-to-work interviews are recorded.', '31st December 2019', 3],
      ],
    )
  })
})

describe('parseRecommendations of two inquiries in one report', () => {
  it("names each from its 'Appendix 2: Progress with Recommendations – …' heading, past a summary headed 'Inquiry | 1 | 2 | …'", () => {
    const text = [
      'Review:\tGetting Online: Tackling Digital Exclusion in Birmingham',
      '',
      'Inquiry\t1\t2\t3\t4\t5\t6\tTotal',
      'Getting Online: Tackling Digital Exclusion in Birmingham\t1\t1\t1\t1\t0\t2\t6',
      '',
      'Appendix 2: Progress with Recommendations – Getting Online: Tackling Digital Exclusion in Birmingham',
      '',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R03\tThat a free digital skills offer is available in every library.\tCabinet Member for Social Inclusion\tSeptember 2018\tAchieved (Late)',
      '',
      'Appendix 3: Progress with Recommendations – Hate Crime: Encouraging Reporting and Supporting Victims',
      '',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R03\tThat all frontline staff complete hate crime awareness training.\tCabinet Member for Finance\tDecember 2018\t5 – Not Achieved (Insufficient Progress)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 25, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Getting Online: Tackling Digital Exclusion in Birmingham', 'R03', 2],
        ['Hate Crime: Encouraging Reporting and Supporting Victims', 'R03', 5],
      ],
    )
  })
})

describe('parseRecommendations with a recommendation in parts', () => {
  it("numbers 'R6(a)' as R06a, under a title ending ': Tracking of Recommendations'", () => {
    const text = [
      '**Hospital Discharge Task and Finish Group: Tracking of Recommendations**',
      '',
      'Ref\tRecommendation\tLead organisation\tTarget date\tProgress update\tProposed RAG',
      'R5\tThat the virtual ward is available seven days a week.\tNHS Mercia Vale ICB\tMarch 2024\tAgreed.\t',
      'R6(a)\tThat discharge transport runs to 10.00 pm.\tNHS Mercia Vale ICB\tQ2 2023/24\tTo 9.00 pm so far.\t',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [r.inquiry, r.number]),
      [
        ['Hospital Discharge Task and Finish Group', 'R05'],
        ['Hospital Discharge Task and Finish Group', 'R06a'],
      ],
    )
    assert.equal(recommendationNumber('R6(b)', false), 'R06b')
  })
})

describe('parseRecommendations before the committee has assessed any', () => {
  it("gives the Cabinet Member's assessments where the committee's column is blank throughout, and carries a row on under its theme repeated", () => {
    const header =
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment\tCommittee's Assessment"
    const text = [
      'Tracking: A Cultural Offer for Every Child',
      '',
      'A\tSchools and Cultural Education\t\t\t\t',
      header,
      'R03\t<p>That the Cabinet Member:</p> <p>(a) maps the offer; and</p>\tCabinet Member\tJune 2020\t2 – Achieved (Late)\t',
      '',
      'A\tSchools and Cultural Education\t\t\t\t',
      header,
      '\t<p>(b) identifies the ten wards.</p>\t\t\t\t',
      header,
      'R04\tThat museums offer free entry.\tCabinet Member\tApril 2020\t4 – Not Achieved (Obstacle)\t',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 20, text }], []).map(r => [
        r.number,
        r.text,
        r.assessment,
        r.committee_assessment,
      ]),
      [
        ['R03', 'That the Cabinet Member: (a) maps the offer; and (b) identifies the ten wards.', 2, null],
        ['R04', 'That museums offer free entry.', 4, null],
      ],
    )
  })
})

describe('parseRecommendations of a second inquiry under a section row', () => {
  it("names each review from a numbered table heading ('Table 1: Review 1 – …'), its status read by the key below", () => {
    const header =
      'No.\tRecommendation\tExecutive response\tResponsible officer\tTimescale\tProgress at 12 months\tStatus'
    const text = [
      '**Table 1: Review 1 – Supporting Unpaid Carers**',
      '',
      header,
      '1\tThat the Carers Strategy is refreshed.\tAccepted\tHead of Commissioning\tSeptember 2020\tApproved in February 2021.\tComplete (late)',
      '',
      '**Table 2: Review 2 – Loneliness and Social Isolation in Later Life**',
      '',
      header,
      '1\tThat a link worker is available in every network.\tAccepted\tDirector of Primary Care\tMarch 2021\tIn post.\tComplete',
      '',
      'Status\tMeaning\tPanel assessment category',
      'Complete\tThe action was completed within the timescale.\t1 – Achieved (Fully)',
      'Complete (late)\tThe action was completed, but after the timescale.\t2 – Achieved (Late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 17, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Supporting Unpaid Carers', 'R01', 2],
        ['Loneliness and Social Isolation in Later Life', 'R01', 1],
      ],
    )
  })

  it("takes the inquiry from the bold heading over its details table, and the 'Tracking' column beside the self-assessment", () => {
    const text = [
      'Tracking of Scrutiny Inquiry Recommendations – October 2023',
      '',
      'Appendix 2a',
      '',
      "**Getting Through: Customer Contact and the Council's Digital Front Door**",
      '',
      // A reprint's own page footer between the heading and its details.
      'Page 13 of 24',
      'Date approved at City Council:\t6 September 2022',
      'Member who led the Inquiry:\tCllr Kwame Asante-Boateng',
      '',
      "No.\tRecommendation\tResponsibility\tCompletion Date\tCabinet Member's Self-Assessment\tTracking",
      'R02\tThat a call-back option is offered on all lines.\tCabinet Member for Communities\tMarch 2023\t1 – Achieved (Fully)\t3 – Not Achieved (Progress Made) (March 2023: 6)',
      '',
      '**Review information**',
      '',
      'Title of review:\tReview of Household Waste Collections',
      'Lead Member for the review:\tCouncillor Joanne Fenwick',
      '',
      "No.\tRecommendation\tResponsibility\tCompletion Date\tCabinet Member's Self-Assessment\tTracking",
      'R04\tThat residents can pay for garden waste online.\tCabinet Member for Environment\tJune 2022\t1 – Achieved (Fully)\t1 – Achieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 22, text }], []).map(r => [r.inquiry, r.number, r.self_assessment, r.assessment]),
      [
        ["Getting Through: Customer Contact and the Council's Digital Front Door", 'R02', 1, 3],
        ['Household Waste Collections', 'R04', 1, 1],
      ],
    )
  })

  it("takes the review a details table names, its value a column further on than the label's next", () => {
    const text = [
      'Review:\t\tFlood Resilience in Riverside Communities',
      'Lead officer:\t\tLisa Marwood, Head of Environmental Services',
      '',
      'No.\tRecommendation\tResponsibility\tTarget date\tProgress\tProposed assessment',
      '1.1\tThat the Council extends the Flood Warning Service to every property at risk.\tHead of Environmental Services\tMarch 2020\tDone.\t1 – Achieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 16, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['Flood Resilience in Riverside Communities', '1.1', 1]],
    )
  })

  it("takes a section row naming an inquiry the pack tracks as that inquiry, and keeps the full title under a running header's short one", () => {
    const header =
      "| No. | Recommendation | Responsibility | Original Date For Completion | Cabinet Member's Assessment |"
    const text = [
      '**Progress Report on Implementation: Community Asset Transfer – Making It Work for Communities**',
      '',
      header,
      '|---|---|---|---|---|',
      '| **A** | **Community Asset Transfer – Making It Work for Communities** | | | |',
      '| R02 | <p>That a capacity-building programme is provided.</p> | Cabinet Member | June 2016 | 6 – In Progress |',
      '',
      'Tracking: Community Asset Transfer',
      '',
      header,
      '|---|---|---|---|---|',
      '| **B** | **Tackling Fly-Tipping in Our Neighbourhoods** | | | |',
      '| R02 | <p>That a reduced charge is introduced for bulky items.</p> | Cabinet Member | October 2015 | 4 – Not Achieved (Obstacle) |',
      '',
      'Work Programme: Tracking: Tackling Fly-Tipping in Our Neighbourhoods (if not concluded in November)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 21, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Community Asset Transfer - Making It Work for Communities', 'R02', 6],
        ['Tackling Fly-Tipping in Our Neighbourhoods', 'R02', 4],
      ],
    )
  })
})

describe("parseRecommendations of a commission's review", () => {
  it("names the review from 'Title of report: Scrutiny Commission review: … – Executive Response and Progress Update'", () => {
    const text = [
      'Title of report:\tScrutiny Commission review: Tackling Loneliness among Older Residents – Executive Response and Progress Update',
      '',
      'Rec\tRecommendation\tLead\tTarget date\tProgress\tStatus',
      'R1\tThat a befriending service is commissioned.\tDirector of Adult Social Care\tMarch 2023\tContract let.\tComplete',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.inquiry, r.number]),
      [['Tackling Loneliness among Older Residents', 'R01']],
    )
  })
})

describe("parseRecommendations with a board's own numbered positions", () => {
  it('maps each position to the category its definition describes, and numbers recommendations from their text', () => {
    const text = [
      'Subject: Recommendation Tracking – Inquiry into Social Isolation and Loneliness in Later Life',
      '',
      '1\tStop monitoring or determine whether any further action is required.',
      '\t2\tAchieved. The recommendation has been implemented in full within the timescale.',
      '\t3\tNot fully implemented (Obstacle). An obstacle means it cannot be achieved.',
      '\t4\tNot fully implemented (Progress made acceptable. Continue monitoring).',
      '\t5\tNot fully implemented (Progress made not acceptable. Continue monitoring).',
      '\t6\tNot for review this session. The date set has not yet been reached.',
      '',
      'Desired Outcome\tRecommendation\tUpdate (March 2018)\tPosition<br>Status',
      'Risk is identified earlier.\tRecommendation 1 – That a loneliness question is added.\tAdded in January.\t2',
      'Groups are funded.\tRecommendation 2 – That the grant is maintained.\tMaintained for one year.\t4',
      'Staff refer people.\tRecommendation 7 – That officers are trained.\tCourse launched.\t1',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 16, text }], []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        ['Social Isolation and Loneliness in Later Life', 'R01', 'That a loneliness question is added.', 1],
        ['Social Isolation and Loneliness in Later Life', 'R02', 'That the grant is maintained.', 3],
        ['Social Isolation and Loneliness in Later Life', 'R07', 'That officers are trained.', null],
      ],
    )
  })
})

describe("parseRecommendations with a committee's own numbered categories, each named", () => {
  it("reads '4 – Slipped' and 'On course (category 3)' by the key's definitions, past a two-cell running header", () => {
    const text = [
      '**Select Committee Inquiry into Support for Young Carers: Tracking of Recommendations**',
      '',
      '1 – Delivered\tThe recommendation has been fully implemented by the target date. Tracking ends.',
      '2 – Delivered late\tThe recommendation has been fully implemented, but after the target date.',
      '3 – On course\tThe target date has not yet been reached and work is under way.',
      '4 – Slipped\tThe target date has passed, but good progress has been made.',
      '5 – Stalled\tThe target date has passed and progress has been insufficient.',
      "6 – Cannot be delivered\tThe recommendation cannot be implemented because of factors outside the Council's control.",
      '',
      '**Recommendation 4**',
      'That every school names a lead for young carers.',
      'Lead officer: Kerry Blackmore, Head of Education Inclusion',
      'Target date: September 2018',
      "**Committee's assessment:** On course (category 3)",
      '',
      '**Recommendation 10**',
      'That services adopt a joint protocol.',
      'Lead officer: Gail Merrifield, Head of Adult Social Care Operations',
      'Target date: March 2019',
      'Progress update (June 2019):',
      'A draft protocol was prepared in January 2019. Of the 212 adult social care',
      'Page 16 of 21',
      '',
      'Children and Young People Select Committee – 10 July 2019\tItem 7',
      '',
      'assessments since April 2019, only nine were referred.',
      "**Committee's assessment:** 4 – Slipped (revised target date: December 2019)",
      '',
      'Page 17 of 21',
      '',
      'Children and Young People Select Committee – 10 July 2019\tItem 7',
      '',
      '**Recommendation 11**',
      'That the Committee receives an annual report.',
      'Lead officer: Dawn Ketteridge, Head of Early Help',
      'Target date: November 2019',
      "**Committee's assessment:** 5 – Stalled. The Committee asks for a revised date.",
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Support for Young Carers', 'R04', 6],
        ['Support for Young Carers', 'R10', 3],
        ['Support for Young Carers', 'R11', 5],
      ],
    )
  })
})

describe("parseRecommendations of a district's task and finish groups, its key a paragraph", () => {
  it("reads 'TFG1/R3' under 'Appendix A – TFG1: Empty Homes Task and Finish Group', rated by quoted words defined in prose", () => {
    const header = 'Ref\tRecommendation\tPortfolio Holder\tOfficer\tDue\t% complete\tUpdate\tStatus'
    const text = [
      '4.1\tEach recommendation is given one of six statuses. A recommendation is "Fully implemented" when it has been carried out in full by its due date, and "Implemented late" when it has been carried out in full but after its due date. It is "Partly implemented" when the due date has passed and real progress has been made. "Not implemented – barriers" means that the recommendation cannot be carried out for reasons outside its control. "Not implemented" means that the due date has passed and little or no progress has been made. "Not yet due" means that the due date has not yet been reached.',
      '',
      '**Appendix A – TFG1: Empty Homes Task and Finish Group**',
      '',
      header,
      'TFG1/R3\tThat the Council Tax premium applies after one year.\tFinance and Assets\tHead of Revenues\tApril 2025\t100%\tApplied from May 2025.\tImplemented late',
      'TFG1/R6\tThat the Leader writes to the Minister.\tLeader\tChief Executive\tDecember 2024\t100%\tNo change in law.\tNot implemented – barriers',
      '',
      '**Appendix B – TFG2: Flood Resilience Task and Finish Group**',
      '',
      header,
      'TFG2/R2\tThat every parish has a flood plan.\tEnvironment and Climate\tHead of Environment\tMarch 2026\t40%\tEleven plans agreed.\tNot yet due',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 21, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Empty Homes Task and Finish Group', 'TFG1/R3', 2],
        ['Empty Homes Task and Finish Group', 'TFG1/R6', 4],
        ['Flood Resilience Task and Finish Group', 'TFG2/R2', 6],
      ],
    )
  })
})

describe('parseRecommendations rated on a RAG+ scale defined in numbered paragraphs', () => {
  it("reads '3.4 **Blue – Implemented.** The evidence shows …' as the key, and names the review without 'Scrutiny review:'", () => {
    const text = [
      '3.4 **Blue – Implemented.** The evidence shows that the recommendation has been implemented in full by its target date.',
      '',
      '3.5 **Green – Implemented late.** The recommendation has been implemented in full, but after its target date.',
      '',
      '3.6 **Amber – Progress made.** The target date has passed, but good progress has been made.',
      '',
      '3.7 **Red – Insufficient progress.** The target date has passed and little or no progress has been made.',
      '',
      "3.8 **Black – Cannot be implemented.** Obstacles outside the Council's control prevent it.",
      '',
      '3.9 **White – Not yet due.** The target date has not yet passed.',
      '',
      '**Scrutiny review: Air Quality around Schools**',
      '',
      'No.\tRecommendation\tLead\tTarget date\tProgress (October 2017)\tOfficer self-assessment\tCommittee assessment',
      'R1\tThat monitors are installed.\tDirector of Public Health\tSeptember 2017\tSix installed.\tGreen\t',
      'R2\tThat headteachers are written to.\tCabinet Member\tJuly 2017\tWritten on 10 July.\tBlue\tBlue (12 September 2017)',
      'R3\tThat school streets are trialled.\tHead of Highways\tSeptember 2018\tTwo trials.\tWhite\tGreen',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 23, text }], []).map(r => [r.inquiry, r.number, r.self_assessment, r.assessment]),
      [
        ['Air Quality around Schools', 'R01', 2, null],
        ['Air Quality around Schools', 'R02', 1, 1],
        ['Air Quality around Schools', 'R03', 6, 2],
      ],
    )
  })
})

describe('parseRecommendations in the layouts of the L hold-outs', () => {
  it("names a review by its bold line (without when it went to Cabinet), rated in the 'Select Committee RAG (proposed)' column", () => {
    const text = [
      'Complete\tImplemented in full by the target date.',
      'Complete – late\tImplemented in full, but after the target date.',
      'On track\tThe target date has not yet passed.',
      'Off track – progress made\tThe target date has passed, but good progress has been made.',
      '',
      'No.\tRecommendation\tCabinet response\tResponsible officer\tTarget\tUpdate\tService RAG\tSelect Committee RAG (proposed)',
      '**Review: Home Care Market Sustainability (reported to Cabinet 12 March 2025)**',
      '1\tThat the Council publishes its fee rates.\tAccepted\tSarah Pennington\tJune 2025\tPublished.\tComplete\tComplete – late',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 18, text }], []).map(r => [r.inquiry, r.number, r.self_assessment, r.assessment]),
      [['Home Care Market Sustainability', 'R01', 1, 2]],
    )
  })

  it("names each table's task and finish group ('Table A: …') and each appendix's review ('Appendix B: X: Scrutiny Review of Y')", () => {
    const header = 'No.\tRecommendation\tResponsibility\tTarget date\tCommittee assessment'
    const text = [
      '**Table A: Surface Water Flooding Task and Finish Group**',
      '',
      header,
      '1\tThat the Council maps every gully.\tCabinet Member for Highways\tMarch 2024\tAchieved (Fully)',
      '',
      '**Appendix B: Skills for Recovery: Scrutiny Review of the Adult Education Budget**',
      '',
      header,
      '1\tThat the Combined Authority publishes a strategy.\tDirector of Skills\tMarch 2022\tIn Progress',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Surface Water Flooding Task and Finish Group', 'R01', 1],
        ['Skills for Recovery: Scrutiny Review of the Adult Education Budget', 'R01', 6],
      ],
    )
  })

  it("takes no review's name from an appendix's title wrapped onto the review's own line", () => {
    const text = [
      'Appendix 2 – Progress on implementation of recommendations (February 2020)',
      'Scrutiny Review of Sickness Absence Management',
      '',
      'Rec No.\tRecommendation\tResponsible Officer\tTarget Date\tProgress Update\tCurrent Status',
      'R1\tThat the policy is revised.\tHead of People and OD\t30th September 2019\tApproved.\tAchieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['Sickness Absence Management', 'R01', 1]],
    )
  })

  it("reads '**Rec 1** That …' in the recommendation's cell, and a status with its symbol glued on ('✔Complete')", () => {
    const text = [
      "Status\tMeaning\tCommittee's judgement",
      '✔ Complete\tDelivered in full by the target date\tAchieved (Fully)',
      '⚠ Delayed\tDelivered in full, but after the target date\tAchieved (Late)',
      '⏲ Not yet due\tThe target date has not yet passed\tIn Progress',
      '',
      '**Appendix A: Getting Tamworth Vale on the Bus: Scrutiny Review of Bus Franchising**',
      '',
      "Recommendation\tMayor's / Cabinet decision\tImplementation update\tStatus (as at June 2022)",
      '**Rec 1** That the Mayor publishes a timetable.\tAccepted. Lead: Director of Transport; Target date: November 2021\tPublished.\t✔Complete',
      '**Rec 2** That the assessment is audited.\tAccepted. Lead: Director of Transport; Target date: December 2021\tAudited in May.\t⚠ Delayed',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 19, text }], []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        [
          'Getting Tamworth Vale on the Bus: Scrutiny Review of Bus Franchising',
          'R01',
          'That the Mayor publishes a timetable.',
          1,
        ],
        [
          'Getting Tamworth Vale on the Bus: Scrutiny Review of Bus Franchising',
          'R02',
          'That the assessment is audited.',
          2,
        ],
      ],
    )
  })
})

describe('parseRecommendations in an executive response and progress appendix', () => {
  it('reads each recommendation, its actions table for who and by when, its RAG line, past a page break and the key after it', () => {
    const text = [
      '**Appendix A: Executive Response and Progress**',
      '**Review: Recruiting and Keeping Foster Carers**',
      '',
      '**Recommendation 1: That the Council reviews the fees paid to its foster carers.**\t\t\t',
      'Executive response\tAgreed',
      'Action\tLead\tDeadline\tProgress',
      'Benchmark fees against the other boroughs.\tHead of Corporate Parenting\tApril 2020\tBenchmarking was completed.',
      '',
      'Page 16 of 31',
      '',
      // Each rating line opens a page: repeated there, it is no running header.
      "Commission's RAG: Green",
      '',
      '**Recommendation 3: That foster carers are exempted from council tax,**\t\t\t',
      '',
      'Page 17 of 31',
      '',
      '**Appendix A: Executive Response and Progress (continued)**',
      '',
      '**as several other London boroughs have done.**\t\t\t',
      'Executive response\tPartially agreed.',
      'Action\tLead\tDeadline\tProgress',
      'Prepare a Cabinet report.\tHead of Revenues and Benefits\tOctober 2019\tAgreed on 21 October.',
      'Apply the discount for 2020/21.\tHead of Revenues and Benefits\tApril 2020\t87 households identified.',
      '',
      'Page 18 of 31',
      '',
      "Commission's RAG: Green",
      '',
      'Rating\tMeaning',
      'Blue\tComplete – the recommendation has been implemented in full by the agreed deadline.',
      'Green\tOn track – actions are under way and the agreed deadline has not yet passed.',
      'Amber\tProgress made – the deadline has passed, but good progress has been made.',
      'Red\tInsufficient progress – little or no progress has been made.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'R01',
          'That the Council reviews the fees paid to its foster carers.',
          'Head of Corporate Parenting',
          'April 2020',
          6,
        ],
        [
          'R03',
          'That foster carers are exempted from council tax, as several other London boroughs have done.',
          'Head of Revenues and Benefits',
          'April 2020',
          6,
        ],
      ],
    )
  })

  it("names each scrutiny panel's action plan, its heading repeated over the rest of a broken row", () => {
    const header = 'Rec\tRecommendation\tAgreed action\tLead officer\tTimescale\tUpdate\tCommittee assessment'
    const heading = '**Appendix A – Tackling Fly-tipping Scrutiny Panel: action plan, updated October 2020**'
    const text = [
      heading,
      '',
      header,
      '8\tThat a protocol is agreed with landowners for the clearance of\tAgreed.\tEnforcement Manager\tDecember 2020\tDrafted.\t6 – In Progress',
      '',
      'Page 27 of 40',
      '',
      heading,
      '',
      header,
      '\tfly-tipping on private land.\t\t\t\tFirst meeting on 12 November.\t',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        [
          'Tackling Fly-tipping Scrutiny Panel',
          'R08',
          'That a protocol is agreed with landowners for the clearance of fly-tipping on private land.',
          6,
        ],
      ],
    )
  })
})

describe("parseRecommendations with the committee's assessment on a line under the evidence", () => {
  it("reads 'Tracking Assessment: 2 – Achieved (Late)' below a recommendation's evidence as the committee's", () => {
    const text = [
      '**Tracking: Last Orders? Reducing Alcohol-related Harm in Wrexley**',
      '',
      "No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCabinet Member's Assessment",
      'R01\tThat an alcohol needs assessment is published.\tCabinet Member for Health\tJune 2018\t1 – Achieved (Fully)',
      "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')\t\t\t\t",
      '<p>The assessment was signed off on 26 July 2018.</p>',
      'Tracking Assessment: 2 – Achieved (Late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 23, text }], []).map(r => [
        r.number,
        r.self_assessment,
        r.assessment,
        r.evidence,
      ]),
      [['R01', 1, 2, 'The assessment was signed off on 26 July 2018.']],
    )
  })
})

describe('parseRecommendations set out three rows each', () => {
  it("reads a recommendation's 'Response' row for who and by when and its 'Update' row for the panel's RAG, past a page break", () => {
    const header = 'No.\tRecommendation / response / update\tLead / RAG\tTarget / rating'
    const text = [
      'Blue\tComplete – implemented in full by the target date.',
      'Green\tComplete late – implemented in full, but after the target date.',
      'Amber\tProgress made – the target date has passed, but good progress has been made.',
      'Red\tInsufficient progress – little or no progress has been made.',
      '',
      'Page 24 of 33',
      '',
      '**Agency Workers and Interim Spend Task Group – Task Group Recommendations – Progress Report, March 2024**',
      '',
      header,
      'R3\tThat the Council reviews the market supplements it pays.\t\t',
      'Response\tAgreed.\tLead: Head of HR\tTarget: January 2024',
      'Update\tThe review is complete.',
      '',
      'Page 25 of 33',
      '',
      header,
      '\tThe policy will be considered by the Appointments and Staffing Committee on 9 April 2024. Revised target: April 2024.\tPanel RAG\tAmber',
      'R4\tThat the Council writes off small arrears.\t\t',
      'Response\tNot agreed.\tLead: N/A\tTarget: N/A',
      'Update\tNot tracked.\tPanel RAG\tN/A',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['Agency Workers and Interim Spend Task Group', 'R03', 'Head of HR', 'January 2024', 3],
        ['Agency Workers and Interim Spend Task Group', 'R04', null, null, null],
      ],
    )
  })
})

describe('parseRecommendations in blocks rated by colour with its words', () => {
  it("reads '**Recommendation 1** – That …' blocks, 'Status: Amber (slipped but progressing)', by a colour | status | meaning key", () => {
    const text = [
      'Review:\tDigital Inclusion Scrutiny Review – "Bridging the Digital Divide"',
      '',
      '**Recommendation 1** – That the Council produces a Digital Inclusion Strategy.',
      'Response: Accepted',
      'Lead: Graham Pell, Director of Customer and Digital Services',
      'Target: March 2021',
      'Status: Amber (slipped but progressing)',
      '',
      '**Recommendation 2** – That a device lending scheme is set up.',
      'Response: Accepted',
      'Lead: Nicola Prideaux, Head of Libraries',
      'Target: December 2020',
      'Status: Red (not progressing)',
      '',
      'Colour\tStatus\tMeaning',
      'Green\tOn track\tWork is on track, or the target date has not yet been reached.',
      'Blue\tComplete\tThe recommendation has been fully implemented by the target date.',
      'Amber\tSlipped but progressing\tThe target date has been missed but progress is being made.',
      'Red\tNot progressing\tThe target date has been missed and there has not been enough progress.',
      "Grey\tCannot be delivered\tThe recommendation cannot be delivered for reasons outside the Council's control.",
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 20, text }], []).map(r => [r.inquiry, r.number, r.completion_date, r.assessment]),
      [
        ['Digital Inclusion Scrutiny Review', 'R01', 'March 2021', 3],
        ['Digital Inclusion Scrutiny Review', 'R02', 'December 2020', 5],
      ],
    )
  })
})

describe("parseRecommendations in a Scottish committee's action plan monitoring", () => {
  it("names the review without ': action plan', and reads its committee view by a key of 'completed by the due date'", () => {
    const text = [
      'Committee view\tMeaning\tWhat happens next',
      'Complete\tThe action has been completed by the due date and the evidence satisfies the Committee.\tRemoved.',
      'Complete – after due date\tThe action has been completed, but after the due date.\tRemoved.',
      'Behind schedule – progress made\tThe due date has passed, but good progress has been made.\tRevised date.',
      'Behind schedule – no progress\tThe due date has passed and little or no progress has been made.\tRevised date.',
      'On schedule\tThe due date has not yet been reached and work is in hand.\tReported again.',
      '',
      '**APPENDIX 2 – SCRUTINY REVIEW OF THE MANAGEMENT OF VOID COUNCIL HOUSES: ACTION PLAN**',
      '',
      'Ref\tRecommendation\tAgreed action\tResponsible officer\tDue date\tStatus\tCommentary\tCommittee view',
      'SR1.3\tThat a single void inspection is made.\tInspect within 2 days.\tHead of Repairs\t31 March 2019\tComplete\tDone.\tComplete',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 29, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['THE MANAGEMENT OF VOID COUNCIL HOUSES', 'SR1.3', 1]],
    )
  })
})

describe('parseRecommendations of several reviews in one tracker, rated with their numbers', () => {
  it("names each review by its row beside 'Cabinet response:', reads 'Implemented late (2)', past a two-cell running header", () => {
    const header = 'No.\tRecommendation\tLead officer\tDeadline\tUpdate\tRating'
    const running = 'SCRUTINY RECOMMENDATIONS TRACKER – SEPTEMBER 2025\tAppendix A'
    const text = [
      running,
      '',
      header,
      'Review: Youth Violence (2023)\tCabinet response: 12 March 2024\t\t\t\t',
      '1\tThat the partners publish a strategy.\tMarisol Quenby\tSeptember 2024\tPublished.\tImplemented late (2)',
      'Review: Private Rented Sector (2024)\tCabinet response: 8 October 2024\t\t\t\t',
      '3\tThat two officers are recruited, funded from\tInes Caldwell\tDecember 2025\tOne post\tNot yet due (6)',
      '',
      'Page 26 of 32',
      '',
      running,
      '',
      header,
      '\tlicence fee income.\t\t\tfilled.\t',
      '4\tThat the Council asks for powers.\tAmelia Osei\tMarch 2025\tAsked.\tFully implemented (1)',
      '',
      'Page 27 of 32',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        ['Youth Violence (2023)', 'R01', 'That the partners publish a strategy.', 2],
        ['Private Rented Sector (2024)', 'R03', 'That two officers are recruited, funded from licence fee income.', 6],
        ['Private Rented Sector (2024)', 'R04', 'That the Council asks for powers.', 1],
      ],
    )
  })
})

describe("parseRecommendations of a health committee's recommendations to NHS partners", () => {
  it("names the review from its table's heading, takes the organisation and the date it promised, and a key written as a footnote", () => {
    const header = 'No.\tRecommendation\tOrganisation\tResponse (date)\tProgress\tHOSC RAG*'
    const text = [
      '**Table 1: Ambulance Handover Delays and Patient Flow**',
      'Review report agreed: 17 November 2022\tLast tracked: 16 March 2023',
      '',
      header,
      '1\tThat the ICB publishes a handover plan.\tNHS Wealdmarsh ICB\tAccepted (12 January 2023). The Board will publish it by March 2023.\tPublished on 28 March.\tBlue',
      '4\tThat the Council and the ICB commission 40 more beds, so that patients who are\tWealdmarsh County Council\tAccepted in part. 25 beds will be commissioned by October 2023.\t19 beds open at',
      'Page 27 of 34',
      '',
      '**Table 1: Ambulance Handover Delays and Patient Flow (continued)**',
      '',
      header,
      '\tmedically fit to leave hospital can do so without delay.\t\t\tMarshfield House.\tGreen',
      '',
      "* HOSC RAG key. Blue: delivered by the date given in the organisation's response; the recommendation is closed. Green: not yet delivered, but the date given in the response has not yet passed. Amber: not delivered by the date given, but good progress has been made. Red: not delivered by the date given, with little or no progress.",
      '',
      'Page 28 of 34',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Ambulance Handover Delays and Patient Flow',
          'R01',
          'That the ICB publishes a handover plan.',
          'NHS Wealdmarsh ICB',
          'March 2023',
          1,
        ],
        [
          'Ambulance Handover Delays and Patient Flow',
          'R04',
          'That the Council and the ICB commission 40 more beds, so that patients who are medically fit to leave hospital can do so without delay.',
          'Wealdmarsh County Council',
          'October 2023',
          6,
        ],
      ],
    )
  })
})

describe('parseRecommendations by a paragraph key whose last word is not yet due', () => {
  it('reads "Not yet due" defined as "the due date has not passed"', () => {
    const text = [
      '4.2 The Panel assesses each recommendation. "Implemented" means that the recommendation has been fully implemented by the due date. "Implemented (late)" means that it has been fully implemented, but after the due date. "Partially implemented" means that significant progress has been made. "Not implemented" means that insufficient progress has been made. "Not yet due" means that the due date has not passed, so progress is noted but not assessed.',
      '',
      '**Planning Enforcement Scrutiny Review**',
      '',
      'Rec.\tRecommendation\tCabinet decision\tAction taken\tDue date\tPanel assessment',
      '5(b)\tThat the scheme of delegation is reviewed.\tAgreed.\tDrafted.\tDecember 2016\tNot yet due',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 14, text }], []).map(r => [r.number, r.assessment]),
      [['R05b', 6]],
    )
  })
})

describe('parseRecommendations read from a PDF, its paragraphs wrapped and its bold lost', () => {
  it('reads a key written as a paragraph wrapped over lines, and the review named by its table heading without bold', () => {
    const text = [
      '4.1 Each recommendation is given a status. A recommendation is "Fully implemented" when it has been carried',
      'out in full by its due date, and "Implemented late" when it has been carried out in full but after its due date.',
      'It is "Partly implemented" when real progress has been made. "Not implemented" means that little or no progress',
      'has been made. "Not yet due" means that the due date has not yet been reached.',
      // The next paragraph, with no blank line between, names some of the words again.
      '4.2 Monitoring ends for recommendations assessed as "Fully implemented" or "Implemented late".',
      '',
      'Table 1: Ambulance Handover Delays and Patient Flow',
      'Review report agreed: 17 November 2022\tLast tracked: 16 March 2023',
      '',
      'No.\tRecommendation\tOrganisation\tDue\tProgress\tStatus',
      '1\tThat the ICB publishes a plan.\tNHS Wealdmarsh ICB\tMarch 2023\tPublished in May.\tImplemented late',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 26, text }], []).map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [['Ambulance Handover Delays and Patient Flow', 'R01', 'NHS Wealdmarsh ICB', 2]],
    )
  })
})

describe('parseRecommendations under a title a PDF wrapped after its dash', () => {
  it("joins '… Task Group – Task Group Recommendations –' to the 'Progress Report, March 2024' below it", () => {
    const header = 'No.\tRecommendation\tResponsibility\tTarget\tAssessment'
    const text = [
      'Agency Workers and Interim Spend Task Group – Task Group Recommendations – Progress Report, March 2024',
      '',
      header,
      'R1\tThat placements are approved.\tHead of HR\tOctober 2023\tAchieved (Fully)',
      '',
      'Council Tax Collection and Financial Hardship Task Group – Task Group Recommendations –',
      'Progress Report, March 2024',
      '',
      header,
      'R1\tThat a protocol is agreed.\tHead of Revenues\tJuly 2024\tNot Achieved (Insufficient Progress)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 26, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Agency Workers and Interim Spend Task Group', 'R01', 1],
        ['Council Tax Collection and Financial Hardship Task Group', 'R01', 5],
      ],
    )
  })
})

describe('parseRecommendations with its key broken by a page', () => {
  it("reads a key's rows on both sides of the page's footer, and names a review whose title wrapped before 'PLAN'", () => {
    const text = [
      'Committee view\tMeaning\tWhat happens next',
      'Complete\tThe action has been completed by the due date.\tRemoved from monitoring.',
      '',
      'Page 19 of 28',
      'Complete – after due date\tThe action has been completed, but after the due date.\tRemoved.',
      'Behind schedule – progress made\tThe due date has passed, but good progress has been made.\tRevised date.',
      'Behind schedule – no progress\tThe due date has passed and little or no progress has been made.\tRevised date.',
      'On schedule\tThe due date has not yet been reached and work is in hand.\tReported again.',
      '',
      'APPENDIX 3 – SCRUTINY REVIEW OF RURAL BUS SERVICES AND COMMUNITY TRANSPORT: ACTION',
      'PLAN',
      '',
      'Ref\tRecommendation\tAgreed action\tResponsible officer\tDue date\tStatus\tCommentary\tCommittee view',
      'SR2.1\tThat the Council publishes a bus map.\tPublish it.\tTransport Manager\t31 May 2019\tComplete\tDone.\tComplete',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 19, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['RURAL BUS SERVICES AND COMMUNITY TRANSPORT', 'SR2.1', 1]],
    )
  })
})

describe('parseRecommendations rated by colours defined in sentences', () => {
  it("reads 'rated Green when …', 'Amber means that …' as the key, and the scrutiny RAG beside the executive's", () => {
    const text = [
      "3.3 The Scrutiny RAG rating is the Committee's assessment. A recommendation is rated Green when it has been implemented in full by its target date. It is rated Blue when it has been implemented in full but after its target date. Amber means that real progress has been made. Red means that progress has been insufficient. Grey means that it cannot be implemented because of factors outside the Council's control. Yellow means that the target date has not yet been reached.",
      '',
      '**Rural Bus Services Review**',
      '',
      'Recommendation\tCabinet Member\tOfficer\tTarget date\tProgress\tExecutive RAG\tScrutiny RAG',
      '1. That timetables are published.\tCabinet Member for Highways\tHead of Transport\tMarch 2022\tDone.\tGreen\tBlue',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 25, text }], []).map(r => [r.number, r.assessment]),
      [['R01', 2]],
    )
  })
})

describe('parseRecommendations set out as a small table of labelled rows each', () => {
  it("reads the executive member as responsible over the lead officer, an 'Update (January 2020)' row, under 'Review of X (2018/19)'", () => {
    const text = [
      '**Review of Adult Skills (2018/19)**',
      '',
      'Recommendation 1\tThat the Council publishes a directory of adult learning.',
      'Executive Member\tCabinet Member for Skills and Regeneration',
      'Lead officer\tHead of Employment and Skills',
      'Target date\tSeptember 2019',
      'Update (January 2020)\tThe directory went live on 2 September 2019.',
      'Scrutiny judgement\tFully achieved',
      '',
      'Recommendation 2\tThat free courses are offered in every ward.',
      'Executive Member\tCabinet Member for Skills and Regeneration',
      'Lead officer\tHead of Employment and Skills',
      'Target date\tSeptember 2019',
      'Update (January 2020)\tCourses started in seven wards.',
      'Scrutiny judgement\tNot Achieved (Insufficient Progress)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 16, text }], []).map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [
        ['Adult Skills (2018/19)', 'R01', 'Cabinet Member for Skills and Regeneration', 1],
        ['Adult Skills (2018/19)', 'R02', 'Cabinet Member for Skills and Regeneration', 5],
      ],
    )
  })
})

describe("parseRecommendations of a sub-committee's series of references", () => {
  it("keeps 'HWB/19/01' as printed, reads the 'Outcome' column, and names each inquiry from its appendix's heading", () => {
    const header = 'Ref\tRecommendation\tResponsible\tDue\tProgress\tOutcome'
    const text = [
      '**Appendix 1: Social Isolation and Loneliness in Older People – recommendations tracking, January 2020**',
      '',
      header,
      'HWB/19/01\tThat link workers are funded.\tDirector of Adult Social Care\tOctober 2019\tFunded.\tachieved',
      '',
      '**Appendix 2: Access to GP and Primary Care Services (2018) – outstanding recommendations**',
      '',
      header,
      'HWB/18/03\tThat waits are published.\tBrentwick CCG\tMarch 2019\tPublished in May.\tachieved - late',
      '',
      'Scrutiny Board (Adults and Health) – Recommendation Tracking',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 29, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Social Isolation and Loneliness in Older People', 'HWB/19/01', 1],
        ['Access to GP and Primary Care Services', 'HWB/18/03', 2],
      ],
    )
  })

  it("names the inquiry from the tracker's running header alone ('CYP Panel – Inquiry into School Exclusions – Recommendation Tracker')", () => {
    const text = [
      'CYP Panel – Inquiry into School Exclusions – Recommendation Tracker',
      '',
      'No.\tRecommendation\tResponsible officer\tCompletion date\tProgress\tPanel assessment',
      '1\tThat every school names a lead.\tHead of Inclusion\tSeptember 2018\tDone.\t1 – Achieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['School Exclusions', 'R01', 1]],
    )
  })
})

describe('parseRecommendations listed as bullets', () => {
  it("reads '• R1: That … — Lead: …; Due: …; Status: …' over its wrapped lines and a page's footer", () => {
    const text = [
      'Status\tWhat it means',
      'Completed on time\tThe recommendation has been fully carried out by its due date. Tracking ends.',
      'Completed late\tThe recommendation has been fully carried out, but after its due date.',
      'Behind schedule – progressing\tThe due date has passed, but good progress has been made.',
      'Behind schedule – concerns\tThe due date has passed and there has not been enough progress.',
      'On track\tThe due date has not yet passed and work is under way.',
      '',
      '**Review: Empty Homes – Bringing Properties Back into Use**',
      '',
      '• R1: That the Council appoints a dedicated Empty Homes Officer, funded from the income of the',
      'long-term empty homes premium — Lead: Head of Housing Options; Due: January 2024; Status:',
      'Completed late',
      '  Update (May 2024): The officer started on 4 March 2024.',
      '• R4: That a loan scheme is launched with Calde Valley Housing Association — Lead: Cabinet Member for',
      '',
      'Page 22 of 30',
      '',
      'Housing; Due: April 2024; Status: Behind schedule – progressing',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Empty Homes - Bringing Properties Back into Use',
          'R01',
          'That the Council appoints a dedicated Empty Homes Officer, funded from the income of the long-term empty homes premium',
          'Head of Housing Options',
          'January 2024',
          2,
        ],
        [
          'Empty Homes - Bringing Properties Back into Use',
          'R04',
          'That a loan scheme is launched with Calde Valley Housing Association',
          'Cabinet Member for Housing',
          'April 2024',
          3,
        ],
      ],
    )
  })
})

describe('parseRecommendations with a key spaced by blank lines and broken by a page', () => {
  it("keeps the key's rows together across the footer after its first row", () => {
    const text = [
      'Colour\tDefinition',
      '',
      '**Green**\tOn track: work is under way and the target date has not yet been reached.',
      '',
      'Page 12 of 22',
      '**Amber**\tDelayed: the target date has passed, but significant progress has been made.',
      '',
      '**Red**\tOff track: the target date has passed and little or no progress has been made.',
      '',
      '**Blue**\tComplete: the recommendation has been implemented in full by the target date.',
      '',
      '**Tackling Loneliness and Social Isolation Review – Recommendation Tracking**',
      '',
      'No.\tRecommendation\tResponsibility\tTarget date\tProposed status',
      'R4\tThat connectors are funded.\tCabinet Member for Adult Social Care\tMarch 2025\tAmber',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 13, text }], []).map(r => [r.number, r.assessment]),
      [['R04', 3]],
    )
  })
  it("reads a key set out as bullets whose first row, after the paragraph's blank line, a page's footer follows", () => {
    // As a PDF paginates it: the blank line before the first bullet is the paragraph's, and the
    // bullets themselves are not spaced.
    const text = [
      '4.2 **Status key.** The Status column uses the following terms:',
      '',
      '• **Completed** – the recommendation has been implemented by the target date (Achieved).',
      '',
      'Page 17 of 31',
      '• **Completed (late)** – the recommendation has been implemented, but after the target date (Achieved – Late).',
      '• **On target** – work is under way and the target date has not yet passed (In Progress).',
      '• **Slipped** – progress has been made but the target date has been missed (Not Achieved – Progress Made).',
      '• **Not started** – there has been insufficient progress (Not Achieved – Insufficient Progress).',
      '',
      '**Town Centre Vacancy Task and Finish Group – Implementation Plan**',
      '',
      'No.\tRecommendation\tResponsible officer\tTarget date\tStatus',
      '1\tThe Council should publish a register.\tHead of Regeneration\tSeptember 2022\tCompleted',
      '2\tThe Council should introduce a grant.\tHead of Regeneration\tJuly 2022\tCompleted (late)',
      '3\tThe Council should appoint a manager.\tHead of Regeneration\tMarch 2023\tOn target',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 17, text }], []).map(r => [r.number, r.assessment]),
      [
        ['R01', 1],
        ['R02', 2],
        ['R03', 6],
      ],
    )
  })
})

describe('parseRecommendations of a select committee review rated BRAG', () => {
  it("names the review from 'Appendix 1 – Recommendation tracking: … (September 2021)' and reads the BRAG column through its key", () => {
    const text = [
      'BRAG status\tDefinition\tCommittee assessment category',
      'Blue\tCompleted – implemented in full by the target date\tAchieved (Fully)',
      'Green\tOn track – the target date has not passed\tIn Progress',
      'Amber\tSlipped – progress has been made and a revised date is proposed\tNot Achieved (Progress Made)',
      '',
      '**Appendix 1 – Recommendation tracking: Hospital Discharge and Community Care (September 2021)**',
      '',
      'No.\tRecommendation\tResponsible\tTarget date\tUpdate (August 2021)\tBRAG',
      '1\tThat a single discharge policy is agreed.\tDirector of Adult Social Care\tMarch 2021\tAgreed in April.\tBlue',
      '3a\tThat every patient has a medication review.\tDirector of Primary Care\tJune 2021\tDelayed.\tAmber',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 26, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Hospital Discharge and Community Care', 'R01', 1],
        ['Hospital Discharge and Community Care', 'R03a', 3],
      ],
    )
  })
})

describe('parseRecommendations set out as blocks of labelled lines', () => {
  it("reads 'Recommendation 1: That …' with its labels on their lines, passing over the earlier and the Cabinet Member's assessments", () => {
    const text = [
      '**Appendix 2: Recommendation Tracker – Damp and Mould in Rented Homes**',
      '',
      "Board's wording\tStandard category",
      'Complete\tAchieved (Fully)',
      'Complete – late\tAchieved (Late)',
      'Progressing\tNot Achieved (Progress Made)',
      '',
      '**Recommendation 2:** That every reported case is inspected within 10 working days.',
      'Lead: Chief Executive, Riverton Homes',
      'Due: 31/12/2024',
      'Progress: 97% of cases were inspected within 10 working days.',
      'Revised due date: March 2025',
      'Previous assessment (November 2024): Not yet due',
      "Cabinet Member's assessment: Complete",
      'Scrutiny assessment: Complete – late',
      '',
      'Recommendations concluded at earlier tracking: none.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Damp and Mould in Rented Homes',
          'R02',
          'That every reported case is inspected within 10 working days.',
          'Chief Executive, Riverton Homes',
          '31/12/2024',
          2,
        ],
      ],
    )
  })
  it("takes a reference in brackets, wrapped onto a line of its own, for no block's heading", () => {
    // Printed to PDF, a minute's sentence broke before its bracket: "… requested by the Review" /
    // "(recommendation R5).", which a heading "Recommendation 5" alone would otherwise match.
    const text = [
      'The Head of Housing presented the annual report on affordable housing delivery, which had been requested by the Review',
      '(recommendation R5).',
      'The main points were:',
      '',
      '(a) 143 affordable homes had been completed in 2017/18.',
    ].join('\n')
    assert.deepEqual(parseRecommendations([{ number: 5, text }], []), [])
  })
})

describe("parseRecommendations of a review's action plan update, its key's words 'recorded as' the scale's", () => {
  const page20 = [
    "- 5.2 The RAG ratings are the lead officers' own assessment. Once the Committee has agreed them, they are entered in the tracker against the six standard tracking categories, as follows: Blue is recorded as Achieved (Fully), or as Achieved (Late) where the action was completed late; Green is recorded as In Progress; Amber is recorded as Not Achieved (Progress Made), with the revised timescale given; and Red is recorded as Not Achieved (Insufficient Progress).",
    '',
    '**SCRUTINY REVIEW OF SERIOUS YOUTH VIOLENCE – ACTION PLAN UPDATE (FEBRUARY 2021)**',
    '',
    'Recommendation\tCabinet response\tLead\tTimescale\tUpdate\tRAG',
    '1. That the Council establishes a reduction board.\tAgreed.\tHead of Community Safety\tMarch 2020\tThe board met in March.\tBlue',
    '6. That the Council agrees an Inclusion Charter, under which schools commit to\tAgreed.\tDirector of Education\tDecember 2020\tThe draft was circulated, before schools',
    '',
    'Page 20',
  ].join('\n')
  const page21 = [
    'SCRUTINY REVIEW OF SERIOUS YOUTH VIOLENCE – ACTION PLAN UPDATE (FEBRUARY 2021)',
    '',
    'Recommendation\tCabinet response\tLead\tTimescale\tUpdate\tRAG',
    'seek alternatives to permanent exclusion.\t\t\t\tclosed in March 2020.\tRed',
    '7. That the Council commissions a mentoring programme.\tAgreed.\tHead of Community Safety\tMarch 2021\tUnder way.\tGreen',
  ].join('\n')

  it('names the review without its round, reads the rest of a row under the title repeated, and maps the colours', () => {
    assert.deepEqual(
      parseRecommendations(
        [
          { number: 20, text: page20 },
          { number: 21, text: page21 },
        ],
        [],
      ).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        ['SERIOUS YOUTH VIOLENCE', 'R01', 'That the Council establishes a reduction board.', 1],
        [
          'SERIOUS YOUTH VIOLENCE',
          'R06',
          'That the Council agrees an Inclusion Charter, under which schools commit to seek alternatives to permanent exclusion.',
          5,
        ],
        ['SERIOUS YOUTH VIOLENCE', 'R07', 'That the Council commissions a mentoring programme.', 6],
      ],
    )
  })
})

describe("parseRecommendations under an annex's title, its assessment wrapped before the bracket", () => {
  it("names the review from 'ANNEX A – … TASK GROUP: PROGRESS ON RECOMMENDATIONS (MAY 2013)' and reads 'Not Achieved' / '(Insufficient Progress)' whole", () => {
    const text = [
      '**ANNEX A – DEMENTIA SERVICES TASK GROUP: PROGRESS ON RECOMMENDATIONS (MAY 2013)',
      '',
      "Recommendation 5: That a directory of dementia support services is published on the Council's website.",
      '',
      'Response: Agreed.',
      'Responsible: Head of Customer Services and Information',
      'Timescale: December 2012',
      'Progress (May 2013): A draft directory was prepared in November 2012 but has not been published.',
      'Assessment: Not Achieved',
      '(Insufficient Progress)',
      '',
      'Recommendation 8: That the Select Committee receives a report on progress.',
      '',
      'Response: Agreed.',
      'Responsible: Scrutiny Officer',
      'Timescale: July 2013',
      'Assessment: Achieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 29, text }], []).map(r => [r.inquiry, r.number, r.completion_date, r.assessment]),
      [
        ['DEMENTIA SERVICES TASK GROUP', 'R05', 'December 2012', 5],
        ['DEMENTIA SERVICES TASK GROUP', 'R08', 'July 2013', 1],
      ],
    )
  })
})

describe("parseRecommendations of a task group's outcomes rated by letters defined in one sentence", () => {
  it("reads 'B = completed … (Achieved); G = …', names the group from '… – Outcomes', and ends the table at the next appendix", () => {
    const text = [
      '4.1\tProgress is defined as follows: B = completed by the target date (Achieved); G = on track, target date not yet reached (In Progress); A = target date missed but progress made, revised date proposed (Not Achieved – Progress Made); R = little or no progress (Not Achieved – Insufficient Progress).',
      '',
      '**Car Parking Task and Finish Group – Outcomes**',
      '',
      'No.\tRecommendation\tCabinet decision\tLead officer\tTarget date\tProgress\tRAG',
      'CP1\tThat the first 30 minutes is free.\tAgreed in part\tParking Services Manager\tJuly 2018\tDone.\tB',
      'CP2\tThat pay-by-phone is introduced.\tAgreed\tParking Services Manager\tAugust 2018\tDelayed.\tA',
      '',
      '**Appendix B – Car park income and usage**',
      '',
      'Car park\tType\tSpaces\tIncome 2018',
      'Market Street\tShort stay\t120\t£70,115',
      '',
      'Notes:',
      '1.\tIncome is shown net of VAT.\tSeason tickets are included.\tAll car parks.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 20, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Car Parking Task and Finish Group', 'CP1', 1],
        ['Car Parking Task and Finish Group', 'CP2', 3],
      ],
    )
  })
})

describe("parseRecommendations of an inquiry's recommendations each with a small table under it", () => {
  it("names the inquiry from '… Inquiry into … – Executive Response and Progress' and reads the rows 'Action', 'Lead', 'Date' and 'Progress RAG'", () => {
    const text = [
      'Select Committee Inquiry into the Climate Emergency Response – Executive Response and Progress',
      '',
      'Recommendation 1',
      '',
      'That the Council commits to net zero by 2030.',
      '',
      'Executive response\tAccepted',
      'Action\tCabinet to adopt the target.',
      'Lead\tCabinet Member for Climate and Environment',
      'Date\tMarch 2020',
      'Progress RAG\tNot Achieved (Progress Made)',
      '',
      'Progress update: Cabinet adopted the target.',
      '',
      'Recommendation 2',
      '',
      'That the Council adopts a plan.',
      '',
      'Executive response\tAccepted',
      'Action\tConsult on a draft plan.',
      'Lead\tHead of Climate Action',
      'Date\tDecember 2020',
      'Progress RAG\tIn Progress',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 23, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['the Climate Emergency Response', 'R01', 'Cabinet Member for Climate and Environment', 'March 2020', 3],
        ['the Climate Emergency Response', 'R02', 'Head of Climate Action', 'December 2020', 6],
      ],
    )
  })
})

describe("parseRecommendations of a joint committee's review answered by the NHS", () => {
  it("names the review from '…: NHS Response to …', reads 'By:' as the date, and passes over the appendix's heading at the top of each page", () => {
    const pages = [
      {
        number: 16,
        text: [
          "Title:\tReview of Stroke Services Reconfiguration: NHS Response to the Joint Committee's Recommendations",
          '',
          'Appendix A: Recommendations, NHS Response and Assessment',
          '',
          'R1 That the CCG publishes the full travel-time analysis.',
          '',
          'NHS response: Published on 30 September 2020.',
          'Lead: Director of Strategy, NHS Lindenshire CCG',
          'By: October 2020',
          'JHOSC assessment: Achieved (Fully)',
          '',
          'R5 That the NHS reports to the Joint Committee every six months on the results for each',
          'Page 16',
        ].join('\n'),
      },
      {
        number: 17,
        text: [
          'Appendix A: Recommendations, NHS Response and Assessment',
          '',
          'hyperacute stroke unit.',
          '',
          'NHS response: The first report is on this agenda.',
          'Lead: Director of Strategy, NHS Lindenshire CCG',
          'By: March 2021, then every six months',
          'JHOSC assessment: Not Achieved (Insufficient Progress)',
          '',
          'Page 17',
        ].join('\n'),
      },
    ]
    assert.deepEqual(
      parseRecommendations(pages, []).map(r => [r.inquiry, r.number, r.text, r.completion_date, r.assessment]),
      [
        [
          'Stroke Services Reconfiguration',
          'R01',
          'That the CCG publishes the full travel-time analysis.',
          'October 2020',
          1,
        ],
        [
          'Stroke Services Reconfiguration',
          'R05',
          'That the NHS reports to the Joint Committee every six months on the results for each hyperacute stroke unit.',
          'March 2021, then every six months',
          5,
        ],
      ],
    )
  })
})

describe("parseRecommendations under '… – Recommendation Monitoring'", () => {
  it('names the task group from the appendix title', () => {
    const text = [
      'Appendix 1 – Task Group on Elective Home Education – Recommendation Monitoring',
      '',
      'Rec\tRecommendation\tLead\tTarget\tProgress\tRAG',
      '1\tThat the Council publishes a guide for parents.\tHead of Inclusion\tMarch 2021\tPublished.\tPurple',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 19, text }], []).map(r => [r.inquiry, r.number]),
      [['Task Group on Elective Home Education', 'R01']],
    )
  })
})

describe("parseRecommendations in blocks headed 'Rec 1:'", () => {
  it("reads 'Rec 1:', 'By when:' as the date and 'Lead: N/A' as no one", () => {
    const text = [
      'Appendix 1: Town Centre Vitality Review – progress on recommendations (March 2019)',
      '',
      'Rec 1:\tThat the Council appoints a Town Centre Manager.',
      'Cabinet response:\tAccepted.',
      'Lead:\tCabinet Member for Regeneration and Housing',
      'By when:\tSeptember 2018',
      'Progress:\tThe post was filled in September 2018.',
      'RAG:\tAchieved (Fully)',
      '',
      'Rec 7:\tThat the Council transfers the outdoor market to the BID company.',
      'Cabinet response:\tNot accepted.',
      'Lead:\tN/A',
      'By when:\tN/A',
      'RAG:\tN/A',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 16, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['Town Centre Vitality Review', 'R01', 'Cabinet Member for Regeneration and Housing', 'September 2018', 1],
        ['Town Centre Vitality Review', 'R07', null, null, null],
      ],
    )
  })
})

describe("parseRecommendations of a task group's progress, its status words paired with the scale's in one sentence", () => {
  it("reads 'Implemented is recorded as Achieved (Fully), Partly Implemented as …' and names the group from 'Recommendations of the …: progress at …'", () => {
    const text = [
      "4.2 When the Committee's decisions are entered on the tracking system, Implemented is recorded as Achieved (Fully), Partly Implemented as Not Achieved (Progress Made), Not Implemented as Not Achieved (Insufficient Progress) and Not Yet Due as In Progress.",
      '',
      'Appendix A – Recommendations of the Task and Finish Group on Car Park Charges: progress at July 2017',
      '',
      'No.\tRecommendation\tCabinet Response\tImplementation Update\tStatus',
      '1\tThat a free 30-minute parking period is introduced.\tAgreed.\tIntroduced in April 2016.\tImplemented',
      '2\tThat tariffs are frozen.\tAgreed.\tFrozen for 2016/17 only.\tPartly Implemented',
      '3\tThat EV charging points are installed.\tAgreed.\tBid submitted.\tNot Yet Due',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Task and Finish Group on Car Park Charges', 'R01', 1],
        ['Task and Finish Group on Car Park Charges', 'R02', 3],
        ['Task and Finish Group on Car Park Charges', 'R03', 6],
      ],
    )
  })
})

describe("parseRecommendations of a working group's update, rated in two rounds", () => {
  it("names the group from '… – Recommendations Update', reads 'Cabinet Member / Lead Officer' as who, and the later round's status", () => {
    const text = [
      'Subject: Flood Resilience Member Working Group – Recommendations Update',
      '',
      'No.\tRecommendation\tCabinet Member / Lead Officer\tTarget date\tProgress to February 2024\tStatus July 2023\tStatus Feb 2024',
      'R1\tThat the Cabinet adopts a refreshed strategy.\tCabinet Member for Environment / Head of Flood Management\tSeptember 2023\tAdopted.\tIn Progress\tAchieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [
        [
          'Flood Resilience Member Working Group',
          'R01',
          'Cabinet Member for Environment / Head of Flood Management',
          1,
        ],
      ],
    )
  })
})

describe('parseRecommendations of two reviews in one table, each named in a row across it', () => {
  it("takes each review's name from its row ('**Review of GP Access (2022)**')", () => {
    const text = [
      'Health Scrutiny Recommendations Tracker',
      '',
      'Rec ref\tRecommendation\tOrganisation\tResponse\tProgress\tRating',
      '**Review of GP Access (2022)**\t\t\t\t\t',
      'R1\tThat every practice offers a call-back option.\tNorth Thames ICB\tAgreed.\tIn place.\t1',
      '**Review of Mental Health Crisis Care (2021)**\t\t\t\t\t',
      'R1\tThat a crisis café opens in the borough.\tThe Trust\tAgreed.\tOpened.\t2',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['GP Access (2022)', 'R01', 1],
        ['Mental Health Crisis Care (2021)', 'R01', 2],
      ],
    )
  })
})

describe("parseRecommendations under '… – Implementation Monitoring'", () => {
  it('names the review from its title line', () => {
    const text = [
      '**Title:** Task and Finish Group Review of Fly-tipping – Implementation Monitoring',
      '',
      'Recommendation\tAgreed by Cabinet?\tResponsible Officer\tTimescale\tProgress\tStatus',
      '1. That a single online form is introduced.\tYes\tHead of Customer Services\tApril 2022\tLive.\tComplete',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.inquiry, r.number]),
      [['Task and Finish Group Review of Fly-tipping', 'R01']],
    )
  })
})

describe('parseRecommendations with a key that defines its own rating words', () => {
  it("reads the 'view of progress' column through the definitions, a word with a note after it too", () => {
    const text = [
      'Fly-Tipping and Environmental Crime Task and Finish Group: Six-Month Monitoring of Recommendations',
      '',
      'Category\tWhat it means',
      'Completed\tThe recommendation has been fully implemented by the target date.',
      'Completed late\tThe recommendation has been fully implemented, but after the target date.',
      'On target\tWork is under way and the target date has not yet passed.',
      'Behind target\tThe target date has passed, but good progress has been made. A revised date must be given.',
      'Insufficient progress\tThe target date has passed and too little progress has been made.',
      "Unable to progress\tThe recommendation cannot be implemented for reasons outside the Council's control.",
      '',
      'No.\tRecommendation\tCabinet response\tLead officer\tTarget date\tProgress update\tO&S view of progress',
      '1\tThat the fixed penalty is raised.\tAgreed.\tHead of Environmental Services\tJuly 2024\tDone.\tCompleted',
      '3\tThat six CCTV cameras are bought.\tAgreed.\tTeam Leader\tOctober 2024\tFour bought.\tBehind target – revised date February 2025',
      '6\tThat the Leader writes to the Secretary of State.\tAgreed.\tLeader\tJune 2024\tReply received.\tUnable to progress',
      '10\tThat an amnesty day is held.\tNot agreed.\tPortfolio Holder\tSeptember 2024\tNot monitored.\tN/A – not agreed by Cabinet',
    ].join('\n')
    const recs = parseRecommendations(splitPages(text), [])
    assert.deepEqual(
      recs.map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [
        ['Fly-Tipping and Environmental Crime Task and Finish Group', 'R01', 'Head of Environmental Services', 1],
        ['Fly-Tipping and Environmental Crime Task and Finish Group', 'R03', 'Team Leader', 3],
        ['Fly-Tipping and Environmental Crime Task and Finish Group', 'R06', 'Leader', 4],
        ['Fly-Tipping and Environmental Crime Task and Finish Group', 'R10', 'Portfolio Holder', null],
      ],
    )
  })
})

describe('parseRecommendations set out as a small table each', () => {
  it("reads '| **R1** | |' blocks of label rows, a value the page broke, and leaves the summary by assessment alone", () => {
    const text = [
      '| Assessment | Meaning | Monitoring |',
      '|---|---|---|',
      '| Achieved | The recommendation has been fully implemented by the target date | Ends |',
      '| Achieved late | The recommendation has been fully implemented, but after the target date | Ends |',
      '| Off track | The target date has passed and progress is not sufficient; a revised date is required | Continues |',
      '| On track | The target date has not yet been reached and work is under way | Continues |',
      '',
      'APPENDIX A – TACKLING FLY-TIPPING REVIEW: PROGRESS ON RECOMMENDATIONS (OCTOBER 2019)',
      '',
      '| Assessment | Number | Recommendations |',
      '|---|---|---|',
      '| Achieved | 1 | R1 |',
      '| Off track | 1 | R7 |',
      '',
      '| **R1** | |',
      '|---|---|',
      '| Recommendation | That the Council adopts an Environmental Enforcement Policy. |',
      '| Lead | Head of Environmental Services |',
      '| Target date | April 2019 |',
      '| Panel assessment | **Achieved** |',
      '',
      '| **R7** | |',
      '|---|---|',
      '| Recommendation | That CCTV cameras are installed at the ten worst locations. |',
      '| Lead | Head of Environmental Services |',
      '| Target date | July 2019 |',
      '| Progress | Four cameras were bought. The other two are awaiting permission |',
      '',
      'Page 31',
      '',
      '| | on private land. |',
      '|---|---|',
      '| Panel assessment | **Off track** – the Panel asks for a revised target date. |',
    ].join('\n')
    const recs = parseRecommendations(splitPages(text), [])
    assert.deepEqual(
      recs.map(r => [r.inquiry, r.number, r.text, r.responsibility, r.completion_date, r.assessment]),
      [
        [
          'TACKLING FLY-TIPPING REVIEW',
          'R01',
          'That the Council adopts an Environmental Enforcement Policy.',
          'Head of Environmental Services',
          'April 2019',
          1,
        ],
        [
          'TACKLING FLY-TIPPING REVIEW',
          'R07',
          'That CCTV cameras are installed at the ten worst locations.',
          'Head of Environmental Services',
          'July 2019',
          5,
        ],
      ],
    )
  })
})

describe('parseRecommendations in an executive response and action plan', () => {
  it('names the review from the capitals above its heading, not from a summary headed "Review | Complete | …"', () => {
    const text = [
      '| Rating | Meaning |',
      '|---|---|',
      '| Complete | The action agreed in the executive response has been carried out in full by the target date. |',
      '| Green | Work is under way and on track. The target date has not yet passed. |',
      '| Amber | Progress has been made, but the target date has been, or will be, missed. |',
      '| Red | Little or no progress has been made, or delivery is at serious risk. |',
      '| N/A | The recommendation was not agreed by the Cabinet. It is not monitored. |',
      '',
      '| Review | Complete | Green | Amber | Red | N/A | Total |',
      '|---|---|---|---|---|---|---|',
      '| Temporary Accommodation | 1 | 0 | 1 | 0 | 1 | 3 |',
      '',
      '- Appendix B – Scrutiny Review of School Streets: Executive Response and Action Plan (progress at October 2023)',
      '',
      '**SCRUTINY REVIEW OF TEMPORARY ACCOMMODATION**',
      '',
      '**EXECUTIVE RESPONSE AND ACTION PLAN – PROGRESS AT OCTOBER 2023**',
      '',
      '| Recommendation | Executive response | Actions | Lead officer | Target date | Progress update | RAG |',
      '|---|---|---|---|---|---|---|',
      '| **1.** That bed and breakfast placements of families end. | Agreed. | Weekly review. | Lorraine Achebe | March 2024 | Fallen to 14. | Amber |',
      '| **2.** That a placement policy is published. | Agreed. | Policy drafted. | Colin Mayhew | September 2023 | Adopted. | Complete |',
      '| **3.** That travel is paid for every child. | Not agreed. | None. | N/A | N/A | Not monitored. | N/A |',
    ].join('\n')
    const recs = parseRecommendations(splitPages(text), [])
    assert.deepEqual(
      recs.map(r => [r.inquiry, r.number, r.responsibility, r.completion_date, r.assessment]),
      [
        ['TEMPORARY ACCOMMODATION', 'R01', 'Lorraine Achebe', 'March 2024', 3],
        ['TEMPORARY ACCOMMODATION', 'R02', 'Colin Mayhew', 'September 2023', 1],
        ['TEMPORARY ACCOMMODATION', 'R03', null, null, null],
      ],
    )
  })
})

describe('parseRecommendations with cells wrapped onto lines of their own', () => {
  it("reads a committee's prefixed numbers ('HASC/7'), a key whose definitions wrap, and a rating wrapped in its cell", () => {
    const text = [
      'Status\tMeaning',
      'Implemented\tThe recommendation has been carried out in full. Monitoring',
      '\tends once the Panel agrees.',
      'Partially implemented\tPart of the recommendation has been carried out but the',
      '\ttarget date has passed. A revised date must be given.',
      'In progress\tWork is under way and the target date has not yet been',
      '\treached.',
      'Not implemented\tThe target date has passed and little or no progress has',
      '\tbeen made.',
      'No longer applicable\tThe recommendation can no longer be carried out, or is no',
      '\tlonger needed.',
      '',
      'Appendix A – Hospital Discharge and Intermediate Care Inquiry: progress against recommendations',
      '',
      'Ref\tRecommendation\tResponsible\tTarget date\tProgress update\tStatus',
      'HASC/2\tThat reablement capacity\tCabinet Member for\t31 March\tStarts averaged 172 a month.\tPartially',
      '\tis increased.\tAdult Social Care\t2025\t\timplemented',
      'HASC/7\tThat the Cabinet Member writes\tCabinet Member for\tJune 2025\tOvertaken.\tNo longer',
      '\tto the Secretary of State.\tAdult Social Care\t\t\tapplicable',
    ].join('\n')
    const recs = parseRecommendations(splitPages(text), [])
    assert.deepEqual(
      recs.map(r => [r.number, r.text, r.responsibility, r.completion_date, r.assessment]),
      [
        [
          'HASC/2',
          'That reablement capacity is increased.',
          'Cabinet Member for Adult Social Care',
          '31 March 2025',
          3,
        ],
        [
          'HASC/7',
          'That the Cabinet Member writes to the Secretary of State.',
          'Cabinet Member for Adult Social Care',
          'June 2025',
          4,
        ],
      ],
    )
  })
})

describe('parseRecommendations with the last round beside this one', () => {
  it("names the review above 'Progress on recommendations – …' and reads the current assessment, not the previous", () => {
    const text = [
      'Task and Finish Review of Agency Staff, Consultants and Interim Appointments',
      '',
      'Progress on recommendations – September 2019',
      '',
      'Rec\tRecommendation\tLead Cabinet Member / officer\tTarget date\tProgress reported\tPrevious assessment (March 2019)\tAssessment (September 2019)',
      'R1\tThat a single approval process is introduced.\tDirector of HR\tApril 2019\tIntroduced in May.\tIn Progress\tAchieved (Late)',
      'R3\tThat the agency contract is re-procured.\tHead of Procurement\tMarch 2019\tDelayed.\tIn Progress\tNot Achieved (Progress Made)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Task and Finish Review of Agency Staff, Consultants and Interim Appointments', 'R01', 2],
        ['Task and Finish Review of Agency Staff, Consultants and Interim Appointments', 'R03', 3],
      ],
    )
  })
})

describe("parseRecommendations with the committee's view beside the executive's", () => {
  it("reads 'Panel view', not 'OPCC assessment', and blocks of labelled cells with two rounds", () => {
    const text = [
      'Appendix A – Complaints Handling Task Group: progress against recommendations',
      '',
      '| No. | Recommendation | Responsibility | Target date | Progress | OPCC assessment | Panel view |',
      '|---|---|---|---|---|---|---|',
      '| 2 | That outcomes are published. | Complaints Review Manager | March 2023 | Published late. | Complete | Complete (late) |',
      '',
      '**RURAL AND WILDLIFE CRIME TASK GROUP – OUTSTANDING RECOMMENDATIONS**',
      '',
      '| **Recommendation 3** | |',
      '|---|---|',
      '| That the Commissioner funds four Rural Crime Team posts. | |',
      '| **Responsibility:** Chief Constable | **Target date:** April 2023<br>Revised target date: September 2023 |',
      '| **Progress (September 2023):** All posts filled. | |',
      '| **Panel view (March 2023):** In Progress | **Panel view (September 2023):** Achieved (Late) |',
    ].join('\n')
    const recs = parseRecommendations(splitPages(text), [])
    assert.deepEqual(
      recs.map(r => [r.number, r.text, r.responsibility, r.completion_date, r.assessment]),
      [
        ['R02', 'That outcomes are published.', 'Complaints Review Manager', 'March 2023', null],
        ['R03', 'That the Commissioner funds four Rural Crime Team posts.', 'Chief Constable', 'April 2023', 2],
      ],
    )
  })
})

describe('parseRecommendations in a narrative update with " | " tables', () => {
  it("names the review of 'Scrutiny Review of … – twelve-month update', reads its key and a 'Not applicable' timescale", () => {
    const key = [
      'Assessment | What it means',
      'Implemented | The recommendation has been carried out in full within the agreed timescale. Tracking ends.',
      'Implemented late | The recommendation has been carried out in full, but after the agreed timescale.',
      'Partially implemented | Progress has been made but the agreed timescale has passed.',
      'Not being implemented | The recommendation cannot be carried out, for the reason given.',
      'Delayed | The agreed timescale has passed and there has been insufficient progress.',
      'On track | The agreed timescale has not yet been reached and work is under way.',
      'Not applicable | 9 | 1',
      'Total | | 8',
    ]
    const text = [
      ...key,
      'Appendix A',
      '',
      'Scrutiny Review of Temporary Accommodation for Homeless Families – twelve-month update',
      '',
      'Recommendation 3',
      '',
      'That every household placed outside the borough is contacted by a named officer within five working days.',
      'Cabinet response: Agreed, subject to the recruitment of two additional officers.',
      'Lead officer: Sunita Okafor, Head of Housing Needs and Lettings',
      'Timescale: December 2021',
      'Progress update: The contact standard was introduced on 1 April 2022.',
      'Assessment: Implemented late',
      '',
      'Recommendation 9',
      '',
      'That the Council introduces a resettlement grant of £500.',
      'Cabinet response: Not agreed.',
      'Lead officer: Sunita Okafor, Head of Housing Needs and Lettings',
      'Timescale: Not applicable',
      'Assessment: Not applicable',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(withBarePipeRowsAsTabs(text)), []).map(r => [
        r.inquiry,
        r.number,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['Temporary Accommodation for Homeless Families', 'R03', 'December 2021', 2],
        ['Temporary Accommodation for Homeless Families', 'R09', null, null],
      ],
    )
  })
})

describe("parseRecommendations with the committee's agreed status beside the officers' RAG", () => {
  it("reads 'Agreed status' through a key whose words run long, not 'Officer RAG'", () => {
    const text = [
      'Officer RAG\tMeaning',
      'Blue\tAction complete',
      'Green\tOn track to be delivered by the target date',
      '',
      'Status\tDefinition',
      'Complete\tThe recommendation has been implemented in full by the target date. Monitoring ends.',
      'Complete (late)\tThe recommendation has been implemented in full, but after the target date.',
      'Partially complete – revised date\tThe recommendation has not been implemented in full, but good progress has been made.',
      "Cannot be implemented\tImplementation is prevented by factors outside the Council's control.",
      'Insufficient progress\tThe recommendation has not been implemented and progress has not been sufficient.',
      'On track\tThe target date has not yet been reached, so it is too early to judge.',
      '',
      'Appendix A: Tackling Food Insecurity in Wrenport – progress on recommendations (August 2021)',
      'Ref\tRecommendation\tLead officer\tTarget date\tProgress (August 2021)\tOfficer RAG\tAgreed status',
      '1a\tThat the Council develops a Food Insecurity Action Plan.\tDirector of Public Health\tMarch 2021\tAgreed in May 2021.\tBlue\tComplete (late)',
      '2\tThat the Council funds a co-ordinator post.\tDirector of Public Health\tApril 2021\tFunded for one year.\tGreen\tPartially complete – revised date',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 28, text }], []).map(r => [r.number, r.assessment]),
      [
        ['R01a', 2],
        ['R02', 3],
      ],
    )
  })
})

describe('parseRecommendations in a board\'s blocks under "Inquiry into …", its positions set out in columns', () => {
  it("reads 'Recommendation 3 – That …' blocks, the heading labels and the 'Category N' beside 'Current position'", () => {
    const inquiry = (name: string, recs: string[]): string[] => [
      'Scrutiny Board (Housing, Environment and Communities) – Recommendation tracking',
      `Inquiry into ${name} (report published March 2017)`,
      '',
      'Position Status Categories',
      '1 – Recommendation achieved\t3 – Not fully implemented (obstacle)\t5 – Not fully implemented (progress made not acceptable)',
      '2 – Recommendation achieved late\t4 – Not fully implemented (progress made acceptable)\t6 – Not for review this session',
      '',
      ...recs,
    ]
    const block = (n: number, category: number, previous: number): string[] => [
      `Desired Outcome – Residents are told what happens next.\tPosition Status`,
      `Recommendation ${n} – That the Director of Communities and Environment acts on`,
      'the matter and reports to the Scrutiny Board.',
      'Responsibility: Director of Communities and Environment<br>Formal response (received 12 June 2017)\tTarget date: March 2018',
      'Agreed in part. Funding for 10 additional cameras has been identified.',
      `Current position (July 2018)\tCategory ${category}`,
      'Ten additional cameras were purchased in November 2017.\t(proposed)',
      `Revised completion date: October 2018.\tPrevious status:<br>Category ${previous}<br>(20 March 2018)`,
      '',
    ]
    const text = [
      ...inquiry('Fly-tipping and Environmental Enforcement', [...block(3, 2, 4), ...block(4, 4, 6)]),
      ...inquiry('Standards in the Private Rented Sector', [...block(3, 3, 6)]),
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 13, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.text.slice(-30),
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Fly-tipping and Environmental Enforcement',
          'R03',
          'reports to the Scrutiny Board.',
          'Director of Communities and Environment',
          'March 2018',
          2,
        ],
        [
          'Fly-tipping and Environmental Enforcement',
          'R04',
          'reports to the Scrutiny Board.',
          'Director of Communities and Environment',
          'March 2018',
          3,
        ],
        [
          'Standards in the Private Rented Sector',
          'R03',
          'reports to the Scrutiny Board.',
          'Director of Communities and Environment',
          'March 2018',
          4,
        ],
      ],
    )
  })
})

describe('parseRecommendations in one tracker of several inquiries', () => {
  it("names each row's inquiry from its 'Inquiry' column, reads past the last round's rating in brackets, and leaves the summary below", () => {
    const text = [
      'Committee assessment\tMeaning',
      'Complete\tThe recommendation has been fully implemented by the target date. Tracking ends.',
      'Complete – late\tThe recommendation has been fully implemented, but after the target date. Tracking ends.',
      'Revised date agreed\tThe recommendation has not been fully implemented, but good progress has been made.',
      'Off track\tThe recommendation has not been implemented and progress has been insufficient.',
      'On track\tThe target date has not yet passed and work is under way.',
      '',
      'Inquiry\tNo.\tRecommendation\tLead\tTarget date\tProgress update\tCommittee assessment',
      '**Bus Service Reliability Inquiry**\t2\tThat a delivery plan is published.\tDirector of Transport\tJune 2023\tPublished.\tComplete – late (March 2023: On track)',
      '\t3\tThat punctuality data is published.\tHead of Bus Reform\tSeptember 2023\tDelayed.\tRevised date agreed (March 2023: On track)',
      '**Adult Skills Inquiry (continued)**\t2\tThat free Level 3 courses are offered.\tHead of Skills\tSeptember 2023\tOffered.\tComplete',
      '',
      'Summary of proposed assessments',
      '',
      'Committee assessment\tNumber of recommendations',
      'Complete\t2',
      'Off track\t1',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Bus Service Reliability Inquiry', 'R02', 2],
        ['Bus Service Reliability Inquiry', 'R03', 3],
        ['Adult Skills Inquiry', 'R02', 1],
      ],
    )
  })

  it("reads a key of '**Word** – definition' lines, 'not satisfied with the progress' as insufficient", () => {
    const text = [
      '**Completed** – the recommendation has been implemented in full by the deadline in the action plan.',
      '',
      '**Completed (late)** – the recommendation has been implemented in full, but after the deadline.',
      '',
      '**Progressing** – the recommendation has not yet been implemented in full, but significant progress has been made.',
      '',
      '**Off track** – the recommendation has not been implemented and the Sub-Committee is not satisfied with the progress made.',
      '',
      '**Not yet due** – the deadline in the action plan has not yet passed, so it is too early to judge.',
      '',
      'Appendix 1 – Recommendation tracking: Home Care in Larkhithe',
      'Rec\tRecommendation\tLead\tDeadline\tProgress RAG\tSub-Committee assessment',
      '1\tThat the Council signs up to the Ethical Care Charter.\tCabinet Member\tApril 2017\tGreen\tOff track',
      '2\tThat 15-minute visits stop.\tHead of Commissioning\tJune 2017\tGreen\tCompleted',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.number, r.assessment]),
      [
        ['R01', 5],
        ['R02', 1],
      ],
    )
  })
})

describe('a key of definitions printed to PDF', () => {
  it("reads 'Word – definition' lines without bold, each wrapped onto the next line", () => {
    const legend = describedLegend([
      'Completed – the recommendation has been implemented in full by the deadline in the action plan.',
      'Monitoring ends.',
      'Completed (late) – the recommendation has been implemented in full, but after the deadline in the',
      'action plan. Monitoring ends.',
      'Progressing – the recommendation has not yet been implemented in full, but the Sub-Committee is',
      'satisfied that significant progress has been made.',
      'Off track – the recommendation has not been implemented and the Sub-Committee is not satisfied',
      'with the progress made.',
      'Not yet due – the deadline in the action plan has not yet passed, so it is too early to judge.',
      '4.4 A recommendation that the Cabinet has rejected is shown as "Not monitored".',
    ])
    // A word with a dash of its own, its bold lost in print.
    const dashed = describedLegend([
      'Fully implemented – the recommendation has been implemented in full by the expected completion',
      'date. Tracking ends.',
      'Partly implemented – satisfactory progress – the expected completion date has passed and the',
      'recommendation has not been implemented in full, but good progress has been made.',
      'Partly implemented – unsatisfactory progress – the expected completion date has passed and',
      'progress has not been sufficient.',
      'Not yet due – the expected completion date has not yet passed. Tracking continues.',
    ])
    assert.equal(dashed.get('partly implemented - satisfactory progress'), 3)
    assert.equal(dashed.get('partly implemented - unsatisfactory progress'), 5)
    assert.deepEqual(
      ['completed', 'completed (late)', 'progressing', 'off track', 'not yet due'].map(w => legend.get(w)),
      [1, 2, 3, 5, 6],
    )
  })
})

describe('parseRecommendations with who and by when inside the response, and blocks with a decision row', () => {
  it("reads 'Lead officer: …' and 'Target date: …' from the Portfolio Holder's response, not the response as who", () => {
    const text = [
      '**Scrutiny Review of Fly-tipping and Enviro-crime – Monitoring of Recommendations, September 2015**',
      '',
      'Recommendation\tPortfolio Holder response\tProgress\tStatus',
      '1. That the Council publishes a hotspot map.\tAgreed. Lead officer: Environmental Health Manager. Target date: December 2014.\tPublished.\tAchieved',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 22, text }], []).map(r => [r.number, r.responsibility, r.completion_date]),
      [['R01', 'Environmental Health Manager', 'December 2014']],
    )
  })

  it("reads a block past its 'Executive decision' row, under a running header naming the inquiry short", () => {
    const text = [
      '**Scrutiny Inquiry – Getting to Work: Public Transport Access to Jobs and Training**',
      '',
      "Commission's assessment\tWhat it means",
      'Delivered\tThe recommendation has been implemented in full by the due date.',
      'Delivered (late)\tThe recommendation has been implemented in full, but after the due date.',
      'Progressing\tGood progress has been made and a revised date is agreed.',
      'Stalled\tProgress has been insufficient.',
      'Not yet due\tThe due date has not yet been reached.',
      '',
      'Getting to Work Inquiry – Tracking of Recommendations – January 2026',
      '',
      '**Recommendation 1**',
      '',
      'Recommendation\tThat the Council negotiates a Jobseeker Day Ticket.',
      'Executive decision\tAccepted',
      'Lead officer\tHead of Passenger Transport',
      'Due date\tDecember 2025',
      'Progress\tThe ticket was launched on 1 September 2025.',
      "Commission's assessment\tDelivered",
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 18, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Getting to Work: Public Transport Access to Jobs and Training',
          'R01',
          'Head of Passenger Transport',
          'December 2025',
          1,
        ],
      ],
    )
  })

  it("takes a board's own numbered categories through their descriptions, and ends the table at the next report's '1 | Purpose'", () => {
    const text = [
      'Category\tDescription\tMonitoring',
      '1\tNot yet due – the target date has not been reached.\tContinue',
      '2\tAchieved – the recommendation has been implemented in full by the target date.\tStop',
      '3\tAchieved late – the recommendation has been implemented in full, but after the target date.\tStop',
      '4\tNot fully implemented – progress is acceptable. A revised target date is agreed.\tContinue',
      '5\tNot fully implemented – progress is not acceptable.\tContinue',
      '6\tNot fully implemented – an obstacle outside the control of the Council prevents implementation.\tStop',
      '',
      '**Inquiry into GP Access (March 2020)**',
      '**Recommendation tracking – position at July 2021**',
      '',
      "No.\tRecommendation\tLead\tTarget date\tPosition at July 2021\tSelf-assessment\tBoard's assessment",
      'GP3\tThat the Primary Care Networks recruit additional roles.\tClinical Directors\tMarch 2021\tRecruited 41.\t4\t4',
      '',
      '**1\tPurpose of this report**',
      '1.1\tThis report asks the Board to comment on the consultation draft.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 28, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['GP Access', 'GP3', 3]],
    )
  })
})

describe("parseRecommendations with a 'Committee decision' column and letters for ratings", () => {
  it("reads the decision through its key, and a review above 'Cabinet response and implementation plan'", () => {
    const text = [
      '**Youth Violence and School Exclusions Scrutiny Review**',
      '**Cabinet response and implementation plan – update October 2019**',
      '',
      'B\tComplete: the recommendation has been implemented within the agreed timescale. No further tracking.',
      'B*\tComplete (late): the recommendation has been implemented, but after the agreed timescale.',
      'G\tOn track: the agreed timescale has not yet passed and implementation is progressing as planned.',
      'A\tTimescale passed, good progress: significant progress has been made. A revised timescale is given.',
      'R\tTimescale passed, insufficient progress: little or no progress has been made.',
      '',
      'No.\tRecommendation\tAgreed?\tImplementation\tResponsible\tTimescale\tUpdate\tSub-Committee RAG',
      '1\tThat the Council agrees a fair access charter.\tAgreed\tCharter drafted.\tAssistant Director\tJuly 2019\tAgreed by all schools.\tB*',
      '2\tThat a data-sharing protocol is agreed.\tAgreed\tProtocol.\tHead of Youth Offending\tJune 2019\tSigned in May.\tB',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Youth Violence and School Exclusions Scrutiny Review', 'R01', 2],
        ['Youth Violence and School Exclusions Scrutiny Review', 'R02', 1],
      ],
    )
    const decisions = [
      'Committee decision\tMeaning\tWhat happens next',
      'Close – achieved\tThe recommendation has been fully implemented by the target completion date.\tRemoved.',
      'Close – achieved late\tThe recommendation has been fully implemented, but after the target completion date.\tRemoved.',
      'Keep open – progressing\tNot implemented by the target date, but good progress has been made.\tReported again.',
      "Close – not achievable\tThe recommendation cannot be implemented because of obstacles outside the Council's control.\tRemoved.",
      'Keep open – concerns\tNot implemented by the target date and progress has been insufficient.\tReported again.',
      'Keep open – not yet due\tThe target completion date has not yet passed.\tReported again.',
      '',
      '**Agency and Interim Staffing Task and Finish Group – Tracking of Recommendations**',
      'No.\tRecommendation made\tDate agreed by Cabinet\tResponsible officer\tTarget completion\tUpdate\tRAG\tCommittee decision',
      '1\tThat a single framework contract is procured.\t12 October 2022\tHead of Procurement\tApril 2023\tLet in March.\tGreen\tClose – achieved',
      '2\tThat long assignments are approved by a director.\t12 October 2022\tChief People Officer\tJanuary 2023\tFrom March.\tGreen\tClose – achieved late',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 23, text: decisions }], []).map(r => [r.number, r.assessment]),
      [
        ['R01', 1],
        ['R02', 2],
      ],
    )
  })
})

describe('keys of rating words found in later packs', () => {
  it('reads bulleted bold phrases with dashes of their own, lateness named in words, and a quoted "means" paragraph', () => {
    const bold = describedLegend([
      ' **Fully implemented** – the recommendation has been implemented in full by the expected completion date.',
      ' **Implemented after the target date** – the recommendation has been implemented in full, but after the date.',
      ' - **Partly implemented – satisfactory progress** – the date has passed, but good progress has been made.',
      ' **Partly implemented – unsatisfactory progress** – the date has passed and progress has not been sufficient.',
      ' **Not yet due** – the expected completion date has not yet passed. Tracking continues.',
    ])
    assert.deepEqual(
      [
        'fully implemented',
        'implemented after the target date',
        'partly implemented - satisfactory progress',
        'partly implemented - unsatisfactory progress',
        'not yet due',
      ].map(w => bold.get(w)),
      [1, 2, 3, 5, 6],
    )
    const quoted = describedLegend([
      '4.2 "Completed" means that the recommendation has been fully implemented by the completion date agreed by Cabinet.',
      '',
      '4.3 "Completed late" means that the recommendation has been fully implemented, but after the agreed completion date.',
      '',
      '4.4 "In progress – on target" means that work is under way and the agreed completion date has not yet been reached.',
      '',
      '4.5 "In progress – behind target" means that the date has passed, but significant progress has been made.',
      '',
      '4.6 "Not progressed" means that the completion date has passed and little or no progress has been made.',
    ])
    assert.equal(assessmentIn('In progress – behind target', quoted), 3)
    assert.equal(assessmentIn('In progress – on target', quoted), 6)
    assert.equal(assessmentIn('Completed late', quoted), 2)
    // A key's own header row ("Colour | Meaning | What happens next") is no rating.
    const colours = describedLegend([
      'Colour\tMeaning\tWhat happens next',
      'Blue\tImplemented – the recommendation has been implemented in full by the due date.\tRemoved.',
      'Teal\tImplemented late – implemented in full, but after the due date.\tRemoved.',
      'Green\tOn track – the due date has not yet passed and the work is on course.\tStays.',
      'Amber\tNot implemented by the due date, but good progress has been made.\tStays.',
      'Red\tNot implemented by the due date, and progress has been insufficient.\tStays.',
      'n/a\tNot accepted by Cabinet.\tNot rated.',
    ])
    assert.deepEqual(
      ['blue', 'teal', 'green', 'amber', 'red'].map(w => colours.get(w)),
      [1, 2, 6, 3, 5],
    )
  })

  it("names an inquiry from a row across the table ('Review: …') and from a numbered section heading", () => {
    const text = [
      "Rec no.\tRecommendation\tAccepted?\tLead\tDue\tLatest update\tCommission's RAG",
      'Review: Temporary Accommodation (2022/23)\t\t\t\t\t\t',
      '1\tThat the Council publishes a placement policy.\tYes\tRuth Adeyemi\tDecember 2023\tPublished.\tBlue',
      '',
      '**5.\tScrutiny Review of Support for Unpaid Carers (2019)**',
      '',
      "**Recommendation 3: That the Council recommissions its carers' support services.**",
      'Executive response: Accepted.',
      'Responsible officer: Head of Commissioning (Adults)',
      'Target date: 1 April 2020',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 25, text }], []).map(r => [r.inquiry, r.number]),
      [
        ['Temporary Accommodation (2022/23)', 'R01'],
        ['Support for Unpaid Carers', 'R03'],
      ],
    )
  })
})

describe('parseRecommendations in the layouts of the O hold-outs', () => {
  it("names each review from a heading of its name alone, and reads a status key whose word for done defines 'late' too", () => {
    const key = [
      '**Status key**',
      '- **Complete** – the recommendation has been implemented in full within the agreed timescale. Where it has been implemented in full but after the agreed timescale, the status is shown as **Complete (late)**.',
      '- **On track** – work is under way and the agreed timescale has not yet passed.',
      '- **Delayed** – the agreed timescale has passed and the recommendation has not been implemented, but progress has been made.',
      '- **Not progressed** – the agreed timescale has passed and insufficient progress has been made.',
      '- **No longer applicable** – the recommendation cannot be implemented, for the reason given in the progress update.',
    ]
    const header = 'No.\tRecommendation\tCabinet Response\tAgreed?\tProgress update\tLead\tTimescale\tStatus'
    const text = [
      '**Temporary Accommodation Scrutiny Review**',
      '',
      'Review chair: Councillor Daniel Whitcombe',
      '',
      ...key,
      '',
      header,
      '3\tThat the Council sets a target.\tAgreed.\tYes\t41 families.\tHead of Housing Needs\tApril 2023\t**Not progressed**',
      '4\tThat the Council develops a strategy.\tAgreed.\tYes\tAgreed in October.\tDirector of Housing\tSeptember 2023\t**Complete (late)**',
      '6\tThat every household has a named officer.\tAgreed.\tYes\tIn place.\tHead of Housing Needs\tJune 2023\t**Complete**',
      '',
      '**Damp and Mould in Council Homes Scrutiny Review**',
      '',
      header,
      'R3\tThat all staff complete training.\tAgreed.\tYes\t77% done.\tHead of Tenancy Services\tJanuary 2024\t**On track**',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 22, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Temporary Accommodation Scrutiny Review', 'R03', 5],
        ['Temporary Accommodation Scrutiny Review', 'R04', 2],
        ['Temporary Accommodation Scrutiny Review', 'R06', 1],
        ['Damp and Mould in Council Homes Scrutiny Review', 'R03', 6],
      ],
    )
  })

  it("reads blocks labelled 'Recommendation:' under a part named for its task group, a block heading the top of a page in each", () => {
    const block = (n: number, text: string, assessed: string): string[] => [
      `Recommendation ${n}`,
      '',
      `Recommendation: ${text}`,
      '',
      'Cabinet response: Agreed.',
      'Responsible officer: Director of Adult Social Care',
      'Deadline: March 2025',
      'Previous assessment (January 2025): Not yet due',
      '',
      'Update (June 2025): Done.',
      '',
      `Select Committee assessment: ${assessed}`,
      '',
    ]
    const page = (number: number, lines: string[]): PackPage => ({
      number,
      text: ['Adults and Health Select Committee – 10 July 2025 – Item 7', '', ...lines, `Page ${number}`].join('\n'),
    })
    const pages = [
      page(27, [
        'PART A: HOSPITAL DISCHARGE TASK GROUP',
        '',
        ...block(2, 'That the Council agrees a pathway.', 'Achieved'),
      ]),
      page(28, block(3, 'That reablement is expanded.', 'Achieved (late)')),
      page(29, [
        'PART B: UNPAID CARERS TASK GROUP',
        '',
        ...block(2, 'That the Council funds a break grant.', 'Achieved'),
      ]),
      page(30, block(3, 'That every GP practice keeps a register.', 'Achieved')),
    ]
    assert.deepEqual(
      parseRecommendations(pages, []).map(r => [r.inquiry, r.number, r.text, r.assessment]),
      [
        ['HOSPITAL DISCHARGE TASK GROUP', 'R02', 'That the Council agrees a pathway.', 1],
        ['HOSPITAL DISCHARGE TASK GROUP', 'R03', 'That reablement is expanded.', 2],
        ['UNPAID CARERS TASK GROUP', 'R02', 'That the Council funds a break grant.', 1],
        ['UNPAID CARERS TASK GROUP', 'R03', 'That every GP practice keeps a register.', 1],
      ],
    )
  })

  it("reads who and by when from labelled lines in a cell, a numbered key's position with a footnote mark, and no summary of counts", () => {
    const header = 'Rec\tPanel Recommendation\tPCC Response\tAction / Progress\tAssessment'
    const text = [
      'Proposed assessment\tNumber',
      '1 – Achieved on time\t2',
      '2 – Achieved late\t1',
      '',
      '**Appendix 1 – Task Group on Police Response Times: Progress on Recommendations**',
      '',
      header,
      '3\tThat the Force reports rural performance.\tAccepted\tLead: Assistant Chief Constable<br>Target date: March 2021<br>Progress: Reported.\t4',
      '4\tThat the Commissioner funds 20 call handlers.\tAccepted\tLead: Chief Finance Officer, OPCC<br>Target date: July 2021<br>Progress: 14 in post.\t4*',
      '',
      '**Assessment key**',
      '1\tAchieved – on time',
      '2\tAchieved – late',
      '3\tIn progress – target date not yet reached',
      '4\tNot achieved – progress made; new target date needed',
      '5\tNot achieved – insufficient progress; new target date needed',
      '6\tNot achieved – cannot be delivered (obstacle; reason recorded)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 32, text }], []).map(r => [
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['R03', 'Assistant Chief Constable', 'March 2021', 3],
        ['R04', 'Chief Finance Officer, OPCC', 'July 2021', 3],
      ],
    )
  })
})

describe('parseRecommendations in the layouts of the P hold-outs', () => {
  it("reads a board's judgement, and who and by when from the Cabinet's response ('Lead: … Timescale: …')", () => {
    const text = [
      '**Empty Homes Scrutiny Review**',
      '',
      "Rec\tRecommendation\tCabinet response\tPosition statement (service)\tBoard's judgement",
      'R2\tThat an Empty Homes Officer post is created.\tAccepted. Lead: Head of Housing Strategy. Timescale: March 2022.\tAdvertised twice.\tNot achieved – insufficient progress. Revised date June 2023.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 25, text }], []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [['Empty Homes Scrutiny Review', 'R02', 'Head of Housing Strategy', 'March 2022', 5]],
    )
  })

  it("names a challenge session's action plan, and takes the 'Officer' column for who is responsible", () => {
    const text = [
      '**Challenge Session on Access to GP Services – Action Plan Update (March 2024)**',
      '',
      'No.\tRecommendation\tResponse\tAction\tOfficer\tTimescale\tRAG (March 2024)',
      'R1\tThe ICB should publish a guide.\tAgreed\tPublished.\tTomasz Nowicki\tDecember 2023\tBlue',
      '',
      '**Blue** – Achieved: the action was completed within the agreed timescale. Tracking ends.',
      '**Green** – In progress: the agreed timescale has not yet passed and the action is on track.',
      '**Amber** – Not achieved: the timescale has passed but progress has been made.',
      '**Red** – Not achieved: the timescale has passed and insufficient progress has been made.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [['Challenge Session on Access to GP Services', 'R01', 'Tomasz Nowicki', 1]],
    )
  })

  it("reads blocks numbered in bold ('**R4** That …', '**R7 That … **'), past a running header dated by the round", () => {
    const block = (head: string, rating: string): string[] => [
      head,
      'Response: Accepted',
      'Owner: Head of People',
      'Target: April 2023',
      'Progress: Begun.',
      `Committee rating: ${rating}`,
      '',
    ]
    const text = [
      '**Appendix 1 – Member Task and Finish Group on On-Call Firefighter Availability**',
      '',
      ...block('**R4** That the Service establishes an employer engagement scheme.', 'Achieved (Late)'),
      'Appendix 1 – Progress on recommendations – October 2023 (continued)',
      '',
      ...block('**R7 That the Service appoints an on-call recruitment champion at every station.**', 'In Progress'),
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 21, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Member Task and Finish Group on On-Call Firefighter Availability', 'R04', 2],
        ['Member Task and Finish Group on On-Call Firefighter Availability', 'R07', 6],
      ],
    )
  })

  it("reads recommendations numbered in their text ('1.1 Every school …'), a key that names the scale after 'means', and 'Complete*' in bold", () => {
    const text = [
      '4.5 The Status column uses five terms. They correspond to the categories as follows: "Complete" means Achieved (Fully), or Achieved (Late) where the status is marked with an asterisk ("Complete*") because the recommendation was implemented after the agreed timescale; "On track" means In Progress – the timescale has not yet passed; "At risk" means Not Achieved (Progress Made) – good progress has been made; "Off track" means Not Achieved (Insufficient Progress); and "Closed – not progressed" means Not Achieved (Obstacle).',
      '',
      '**Scrutiny of Attainment Gap Review – Recommendations Progress**',
      '',
      'Recommendation\tLead\tTimescale\tUpdate\tStatus',
      '**Theme 1: Pupil Equity Funding**\t\t\t\t',
      '1.1 Every school should publish a summary of its plan.\tHead of Schools\tAugust 2022\tAll published.\t**Complete**',
      '1.2 The Council should provide a toolkit.\tQuality Improvement Manager\tJune 2022\tIssued in August.\t**Complete***',
      '2.1 Every school should adopt a Cost of the School Day approach.\tHead of Schools\tMarch 2023\tUnder way.\tOn track',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 30, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Scrutiny of Attainment Gap Review', '1.1', 1],
        ['Scrutiny of Attainment Gap Review', '1.2', 2],
        ['Scrutiny of Attainment Gap Review', '2.1', 6],
      ],
    )
  })

  it("reads a 'Committee conclusion' in the scale's abbreviated names, the review named before 'progress against outstanding recommendations'", () => {
    const text = [
      '**Appendix B – Review of School Exclusions – progress against outstanding recommendations**',
      '',
      'Ref\tRecommendation\tAgreed by Cabinet\tProgress to date\tLead\tDue\tProgress status\tCommittee conclusion',
      '3\tThat the Council agrees a protocol.\tYes\tAgreed.\tAD Education\tSeptember 2018\tComplete\tAch. (Late)',
      '4\tThat exclusions fall.\tYes\tThey rose.\tAD Education\tJuly 2019\tPartially complete\tNot Ach. (IP)',
      '6\tThat the Council commissions provision.\tYes\tUnder way.\tHead of Inclusion\tApril 2019\tPartially complete\tNot Ach. (PM) – new date April 2020',
      '9\tThat every school has a lead.\tYes\tUnder way.\tHead of Inclusion\tSeptember 2020\tPartially complete\tIn Prog.',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 33, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['School Exclusions', 'R03', 2],
        ['School Exclusions', 'R04', 5],
        ['School Exclusions', 'R06', 3],
        ['School Exclusions', 'R09', 6],
      ],
    )
  })

  it("takes '1.1' for a recommendation's number under a 'No.' column, but not a figure '4.0'", () => {
    assert.equal(recommendationNumber('1.1', true), '1.1')
    assert.equal(recommendationNumber('4.0', true), null)
  })

  it("reads a block whose bold number a PDF's text lost ('R4 That the Service …' over its labels)", () => {
    const text = [
      '**Appendix 1 – Member Task and Finish Group on On-Call Firefighter Availability**',
      '',
      'R4 That the Service establishes a primary employer engagement scheme, with a named liaison officer.',
      'Response: Accepted',
      'Owner: Group Manager, On-Call Support',
      'Target: June 2023',
      'Committee rating: Achieved (Late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 21, text }], []).map(r => [
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [['R04', 'Group Manager, On-Call Support', 'June 2023', 2]],
    )
  })

  it("reads a colour key whose bold a PDF's text lost ('Blue – Achieved: the action was completed …')", () => {
    const legend = describedLegend([
      'RAG key',
      'Blue – Achieved: the action was completed within the agreed timescale. Tracking ends.',
      'Green – In progress: the agreed timescale has not yet passed and the action is on track.',
      'Amber – Not achieved: the timescale has passed but progress has been made. A revised timescale is',
      'given.',
      '',
      'Page 16 of 19',
      'Red – Not achieved: the timescale has passed and insufficient progress has been made.',
    ])
    assert.deepEqual(
      ['blue', 'green', 'amber', 'red'].map(w => legend.get(w)),
      [1, 6, 3, 5],
    )
  })
})

describe('parseRecommendations in the layouts of the S hold-outs', () => {
  it("reads a block headed 'Recommendation 4: That the Council:' over its lettered parts, the review named without its agenda number", () => {
    const text = [
      '**Item 6(a) – Young Carers Task and Finish Group – Progress on Recommendations**',
      '',
      'Recommendation 3: That the Council produces information for young carers.',
      'Responsible officer: Young Carers Development Officer',
      'Target date: September 2018',
      '',
      'Recommendation 4: That the Council:',
      "(a) extends the young carers' respite programme; and",
      '(b) works with Coleg Bro Hafren.',
      'Cabinet response: Accepted.',
      "Responsible officer: Head of Children's Services",
      'Target date: March 2019',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 26, text }], []).map(r => [r.inquiry, r.number, r.text, r.completion_date]),
      [
        [
          'Young Carers Task and Finish Group',
          'R03',
          'That the Council produces information for young carers.',
          'September 2018',
        ],
        [
          'Young Carers Task and Finish Group',
          'R04',
          "That the Council: (a) extends the young carers' respite programme; and (b) works with Coleg Bro Hafren.",
          'March 2019',
        ],
      ],
    )
  })
})

describe('parseRecommendations of two task groups in one table, rows across it naming each', () => {
  it("names each group by its row ('… Task Group (Cabinet response 19 April 2018)'), its concluded ones by their own column", () => {
    const header =
      '| No. | Recommendation | Cabinet Member response | Progress | Committee assessment |\n|---|---|---|---|---|'
    const text = [
      header,
      '| **Home Care Market Task Group (Cabinet response 19 April 2018)** | | | | |',
      '| 1 | That the Council moves to outcome-based contracts. | Accepted.<br>Lead: Head of Commissioning; Target: April 2019 | Contracts awarded. | **6** |',
      '| **Loneliness and Social Isolation Task Group (Cabinet response 19 July 2018)** | | | | |',
      '| 1 | That the Council appoints a lead officer for loneliness. | Accepted.<br>Lead: Director of Public Health; Target: December 2018 | Appointed. | **3** |',
      '| 2 | That assessments include a question about loneliness. | Accepted.<br>Lead: Principal Social Worker; Target: January 2019 | Not yet added. | **5** |',
      '',
      '## **Annex – Recommendations concluded at earlier meetings (for information)**',
      '',
      '| Task group | No. | Subject | Concluded | Final assessment |',
      '|---|---|---|---|---|',
      '| Home Care Market Task Group | 2 | Provider forum | 13 November 2018 | 1 |',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 24, text }], []).map(r => [r.inquiry, r.number, r.responsibility, r.assessment]),
      [
        ['Home Care Market Task Group', 'R01', 'Head of Commissioning', 6],
        ['Loneliness and Social Isolation Task Group', 'R01', 'Director of Public Health', 3],
        ['Loneliness and Social Isolation Task Group', 'R02', 'Principal Social Worker', 5],
        ['Home Care Market Task Group', 'R02', null, 1],
      ],
    )
  })
})

describe("parseRecommendations rated on a RAG scale defined in one sentence, after the group's signature", () => {
  it("reads 'Green means …; Amber means …; Red means …' as the key, the group named without 'Chairman, '", () => {
    const text = [
      'Councillor Ian Kettleworth',
      'Chairman, Car Parking Task and Finish Group',
      '',
      "The RAG column gives the officers' proposed rating for each recommendation, for the Panel to agree: Green means the recommendation has been implemented in full by its target date; Amber means it has not yet been implemented, but its target date has not passed and work is in progress; Red means its target date has passed and insufficient progress has been made; a recommendation that the Executive did not agree is shown as N/A and is not rated.",
      '',
      'Ref\tRecommendation\tExecutive response\tProgress\tRAG',
      'R1\tThat a free 30-minute parking period is introduced.\tPartially agreed.\tAdvertised.\tAmber',
      'R2\tThat the Council introduces pay-by-phone parking.\tAgreed.\tLive since January.\tGreen',
      'R3\tThat a quarterly season ticket is offered.\tAgreed.\tNot yet introduced.\tRed',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 27, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Car Parking Task and Finish Group', 'R01', 6],
        ['Car Parking Task and Finish Group', 'R02', 1],
        ['Car Parking Task and Finish Group', 'R03', 5],
      ],
    )
  })
})

describe('a "Scrutiny outcome" column in words of a key, beside an audit action plan', () => {
  const pages = [
    {
      number: 1,
      text: [
        'Scrutiny outcome\tWhat it means\tAssessment category',
        'Fully achieved\tImplemented in full within the agreed timescale.\t1 – Achieved (Fully)',
        'Achieved late\tImplemented in full, but after the agreed timescale.\t2 – Achieved (Late)',
        'In progress\tThe agreed timescale has not yet passed.\t6 – In Progress',
        '',
        'Temporary Accommodation Scrutiny Review – recommendation tracking, November 2024',
        '',
        'Rec\tRecommendation\tCabinet response\tLead\tTimescale\tScrutiny outcome',
        'R1\tThat the Council publishes a placement policy.\tAccepted\tDirector of Housing Needs\tApril 2024\tFully achieved',
        'R2\tThat every household placed in TA receives a welcome pack.\tAccepted\tHead of TA\tMarch 2024\tAchieved late',
        '',
        'Appendix B',
        '',
        'No.\tAudit recommendation\tPriority\tAgreed action and responsible officer\tTarget date and status',
        '2\tInvoices should be matched to occupancy records.\tHigh\tAutomated matching.\t31 December 2024 In progress',
      ].join('\n'),
    },
  ]

  it("reads the committee's outcome through the key, and not the auditors' recommendations", () => {
    const recs = parseRecommendations(pages, [])
    assert.deepEqual(
      recs.map(r => [r.number, r.responsibility, r.completion_date, r.assessment]),
      [
        ['R01', 'Director of Housing Needs', 'April 2024', 1],
        ['R02', 'Head of TA', 'March 2024', 2],
      ],
    )
  })
})

describe('a RAG key in prose, each colour and a dash before its definition, and two rounds of RAG', () => {
  const key =
    "3.4 Progress on each recommendation is shown using the Committee's RAG status, as follows. Green – the recommendation has been achieved by the target date. Green (late) – the recommendation has been achieved, but after the target date. Amber – the recommendation has not been achieved by the target date, but progress has been made and a revised target date is proposed. Red – the recommendation has not been achieved by the target date and insufficient progress has been made. Black – the recommendation cannot be achieved because of an obstacle that the Council cannot overcome. Blue – the recommendation is in progress and its target date has not yet passed."

  it('maps each colour to the category its definition describes', () => {
    assert.deepEqual(
      [...paragraphLegend([key])],
      [
        ['green', 1],
        ['green (late)', 2],
        ['amber', 3],
        ['red', 5],
        ['black', 4],
        ['blue', 6],
      ],
    )
  })

  it("reads this round's RAG, the last of two dated columns", () => {
    const text = [
      key,
      '',
      'Agile Working Task and Finish Group – Monitoring of Recommendations (October 2022)',
      '',
      '| No. | Recommendation | Lead officer | Target date | Progress (October 2022) | RAG (March 2022) | RAG (October 2022) |',
      '|---|---|---|---|---|---|---|',
      '| 1 | That the Council adopts an Agile Working Policy. | Head of People | March 2022 | Approved in July 2022. | Blue | Green (late) |',
      '| 2 | That all managers complete training on hybrid teams. | Head of People | January 2023 | 162 of 288 trained. | Blue | Blue |',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 1, text }], []).map(r => [r.number, r.assessment]),
      [
        ['R01', 2],
        ['R02', 6],
      ],
    )
  })
})

describe('a review named first over its action plan, in capitals', () => {
  it('takes the review for the inquiry of the rows below', () => {
    const text = [
      'APPENDIX A',
      '',
      'SCRUTINY REVIEW OF RURAL TRANSPORT AND ACCESS TO SERVICES – SCRUTINY REVIEW ACTION PLAN',
      '',
      'No.\tRecommendation\tLead\tTarget\tProgress\tStatus',
      '1\tThat the Council publishes a single guide to bus services.\tTransport Policy Officer\tApril 2010\tDelivered.\tAchieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 1, text }], []).map(r => [r.inquiry, r.number, r.assessment]),
      [['RURAL TRANSPORT AND ACCESS TO SERVICES', 'R01', 1]],
    )
  })
})

describe("last round's assessment beside this round's, the later column unnamed", () => {
  it('reads the last Assessment column', () => {
    const text = [
      'Follow-up of Scrutiny Review of Council House Repairs: progress on recommendations',
      '',
      'Rec. no.\tRecommendation\tLead officer\tTarget date\tAssessment June 2023\tProgress update November 2023\tAssessment',
      '1\tThat the Council introduces online repairs reporting.\tRepairs Service Manager\tJune 2023\tIn progress\tLive since August 2023.\tAchieved (Late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 1, text }], []).map(r => [r.number, r.assessment]),
      [['R01', 2]],
    )
  })
})

describe('recommendations set out as blocks, each with its rounds of progress and assessment', () => {
  const block = (n: number, due: string, last: string): string =>
    [
      'Corporate OSMB – 15 July 2025',
      '',
      `Recommendation ${n}`,
      '',
      `Recommendation:\tThat the Council does thing ${n}.`,
      'Executive response:\tAccepted.',
      'Lead officer:\tNeil Hargreaves, Assistant Director',
      `Target date:\t${due}`,
      '',
      'Progress at 14 January 2025',
      'The scheme has been designed and the rates agreed by the Cabinet Member',
      'on 2 December 2024.',
      'Assessment: 6 – In Progress',
      '',
      'Progress at 15 July 2025',
      'The option has been offered since 1 April 2025.',
      `Assessment: ${last}`,
    ].join('\n')

  it("reads the target date under its label and the last round's assessment, page after page", () => {
    const pages = [
      {
        number: 1,
        text: `Home to School Transport Scrutiny Review: progress and assessments\n\n${block(2, 'April 2025', '1 – Achieved (Fully)')}`,
      },
      { number: 2, text: block(3, '31 March 2025', '3 – Not Achieved (Progress Made)') },
      { number: 3, text: block(4, 'December 2024', '5 – Not Achieved (Insufficient Progress)') },
    ]
    assert.deepEqual(
      parseRecommendations(pages, []).map(r => [r.number, r.completion_date, r.assessment]),
      [
        ['R02', 'April 2025', 1],
        ['R03', '31 March 2025', 3],
        ['R04', 'December 2024', 5],
      ],
    )
  })
})

describe('a review numbering its recommendations with one letter', () => {
  it('reads "D1" as printed in a recommendations table', () => {
    const text = [
      'Access to NHS Dentistry Scrutiny Review: progress on recommendations',
      '',
      'Ref\tDue\tRecommendation\tOwner\tUpdate\tAssessment',
      'D1\tJune 2025\tThat the ICB publishes a list of practices.\tNHS ICB\tPublished weekly.\tAchieved (Late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations([{ number: 1, text }], []).map(r => [r.number, r.completion_date, r.assessment]),
      [['D1', 'June 2025', 2]],
    )
  })
})

describe('tables near a tracking report that are not its recommendations', () => {
  const read = (text: string) => parseRecommendations(splitPages(text), [])

  it('a numbered table of the assessment scale, each number with its meaning, adds no recommendation', () => {
    const text = [
      'Tracking of the Access to NHS Dentistry Scrutiny Review',
      '',
      'No.\tAssessment\tMeaning',
      '1\tFully achieved\tImplemented in full by the target date.',
      '2\tAchieved – late\tImplemented in full, but after the target date.',
      '3\tNot achieved – progress made\tNot yet implemented.',
      '6\tIn progress\tThe target date has not yet passed.',
    ].join('\n')
    assert.deepEqual(read(text), [])
  })

  it('"Item 8" at the top of the next report ends the table: a count of actions by status is no recommendation', () => {
    const text = [
      'Item 7',
      'Tracking of the Access to NHS Dentistry Scrutiny Review',
      'Review\tNo.\tSummary\tConcluded\tFinal assessment',
      'Access to NHS Dentistry Scrutiny Review\t9\tCrisis line number printed\t16 July 2025\t1 – Fully achieved',
      '\fItem 8',
      'OUTSTANDING ACTIONS',
      'Status\tActions',
      'Open\t6',
      'Overdue\t1',
      'Total\t12',
    ].join('\n')
    assert.deepEqual(
      read(text).map(r => [r.number, r.assessment]),
      [['R09', 1]],
    )
  })

  it('a sentence of prose under a finished row ends it: the table of figures below adds nothing to it', () => {
    const text = [
      'Tracking of the Access to NHS Dentistry Scrutiny Review',
      'Ref\tDue\tRecommendation\tOwner\tAssessment',
      'D6\tDecember 2025\tThat the ICB reports waiting times every six months.\tNHS Wyvernshire ICB\t5',
      'Practices accepting new NHS adult patients in Wyvernshire (as published by the ICB):',
      '\tLocality\tJuly 2025\tOct 2025\tPractices',
      '\tCastlebridge\t6\t7\t31',
    ].join('\n')
    const [d6] = read(text)
    assert.equal(d6?.completion_date, 'December 2025')
    assert.equal(d6?.responsibility, 'NHS Wyvernshire ICB')
  })
})

describe("a review's 12-month update set out as paragraphs, and the auditors' own follow-up", () => {
  it('reads a key whose words each state their number in brackets ("Implemented" (1 – …))', () => {
    const key =
      'The Panel records its view using six terms, which correspond to the assessment scale: "Implemented" (1 – achieved in full by the date agreed; tracking ends); "Implemented late" (2 – achieved in full, but after the date agreed); "Partially implemented" (3 – not yet achieved, but progress has been made); "Not implemented – barrier" (4 – cannot be achieved because of a barrier); "Not implemented" (5 – not achieved and insufficient progress made); and "Work in progress" (6 – the date agreed has not yet passed).'
    const legend = paragraphLegend([key])
    assert.equal(assessmentIn('Implemented', legend), 1)
    assert.equal(assessmentIn('Not implemented – barrier', legend), 4)
  })

  it('reads no recommendation from an `Audit | No. | Priority | Recommendation` table', () => {
    const text = [
      'Table 5: Internal audit recommendations not fully implemented at follow-up (2022/23 audits)',
      'Audit\tNo.\tPriority\tRecommendation\tResponsible officer\tOriginal date\tStatus at follow-up',
      'Payroll\t1\tHigh\tCase records should be reviewed by a manager.\tHead of Payroll\t31 March 2023\tPartially implemented',
    ].join('\n')
    assert.deepEqual(parseRecommendations(splitPages(text), []), [])
  })
})

describe("one monitor of several boards' reviews, grouped by rows naming each board's review", () => {
  it('names each group\'s review after the board, and reads "C1 (closed)" as C1', () => {
    const text = [
      '**Scrutiny Recommendations Monitor**',
      '| Ref | Recommendation | Executive decision | Responsible | Due | Progress update | Assessment |',
      '|---|---|---|---|---|---|---|',
      '| **A. Adults and Health Scrutiny Board: Hospital Discharge and Reablement** – Cabinet response 11 March 2025 – last monitored 8 September 2025 | | | | | | |',
      '| A1 | That the Council sets up a joint discharge hub. | Accepted | Director of Adult Social Care | September 2025 | Open since June 2025. | 1 – Achieved |',
      '| **C. Place and Communities Scrutiny Board: Fly-tipping and Environmental Enforcement** – all recommendations concluded | | | | | | |',
      '| C1 (closed) | That the fixed penalty for fly-tipping is increased to £1,000. | Accepted | Cabinet Member for Environment | October 2024 | Done. | 1 – Achieved |',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Hospital Discharge and Reablement', 'A1', 1],
        ['Fly-tipping and Environmental Enforcement', 'C1', 1],
      ],
    )
  })
})

it("reads no recommendation from an audit's agreed actions ('No. | Recommendation | Priority | Agreed Action')", () => {
  const text = [
    'Appendix 1: Internal Audit – Corporate Debt Recovery: Agreed Actions Progress',
    '| No. | Recommendation | Priority | Agreed Action | Responsible Officer | Target Date | Progress (September 2024) |',
    '|---|---|---|---|---|---|---|',
    '| 1 | A single corporate debt policy should be agreed. | High | Policy to be drafted. | Assistant Director | 31 December 2024 | Drafted. |',
  ].join('\n')
  assert.deepEqual(parseRecommendations(splitPages(text), []), [])
})

describe('a 2005 tracking table read by OCR', () => {
  it('reads a key word with one letter misread ("Progressinq") as the word', () => {
    const legend = new Map([
      ['progressing', 3],
      ['slipped', 5],
      ['completed', 1],
    ])
    assert.equal(assessmentIn('Progressinq', legend), 3)
    assert.equal(assessmentIn('Stopped', legend), null)
  })

  it('takes the last of several rating columns, this round\'s ("Rating at 8.3.05 | … | Proposed rating")', () => {
    const text = [
      'Review of Town Centre Car Parking – Progress on Recommendations',
      'No.\tRecommendation\tLead\tTarget date\tRating at 8.3.05\tProgress at September 2005\tProposed rating',
      '1\tThat the Council seeks accreditation.\tHead of Technical Services\tApril 2005\tIn progress\tAll five are accredited.\tAchieved (late)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.number, r.assessment]),
      [['R01', 2]],
    )
  })
})

it("reads the committee's assessment dated to an earlier meeting with that meeting's date, the Cabinet Member's beside it", () => {
  const text = [
    '**Appendix 2: Progress with Recommendations – Raising the Standard**',
    '',
    '**R01**',
    '',
    '| Recommendation | That the Cabinet Member for Housing brings forward proposals for additional licensing. |',
    '|---|---|',
    '| Responsibility | Cabinet Member for Housing |',
    '| Completion Date | March 2012 |',
    "| Cabinet Member's assessment | 3 – Not Achieved (Progress Made) |",
    "| Committee's assessment | 15.11.2011: 6 – In Progress |",
    '| Evidence of progress | An evidence base was completed in September 2011. |',
  ].join('\n')
  const [r01] = parseRecommendations(splitPages(text), [])
  assert.deepEqual(
    [r01?.number, r01?.assessment, r01?.committee_assessment, r01?.committee_assessed_on, r01?.self_assessment],
    ['R01', 6, 6, '2011-11-15', 3],
  )
})

it("dates the committee's ratings by a column headed with an earlier meeting ('Committee's Assessment (20 March 2015)')", () => {
  const text = [
    'Appendix 3: Social Value in Procurement – Progress with Recommendations',
    "| No. | Recommendation | Responsibility | Original Date For Completion | Cabinet Member's Assessment | Committee's Assessment (20 March 2015) |",
    '|---|---|---|---|---|---|',
    '| R02 | That a Social Value Policy is adopted. | Cabinet Member for Commissioning | December 2014 | 2 – Achieved (Late) | 3 – Not Achieved (Progress Made) |',
  ].join('\n')
  const [r02] = parseRecommendations(splitPages(text), [], '2015-10-16')
  assert.deepEqual([r02?.assessment, r02?.self_assessment, r02?.committee_assessed_on], [3, 2, '2015-03-20'])
  const [same] = parseRecommendations(splitPages(text), [], '2015-03-20')
  assert.equal(same?.committee_assessed_on, null)
})

it('reports the recommendations a pack lists by number only (concluded earlier) apart from those whose text it gives', async () => {
  const { parsePack } = await import('./parse-pack.ts')
  const text = [
    'WEALDSHIRE COUNTY COUNCIL',
    '',
    'Economy Overview and Scrutiny Committee',
    '',
    'Date:\tTuesday, 8 November 2022',
    'Time:\t10.00 am',
    '',
    'AGENDA',
    '',
    '1.\tApologies',
    '2.\tTracking: Youth Unemployment',
    '',
    'Tracking: Youth Unemployment',
    'No.\tRecommendation\tResponsibility\tCompletion Date\tTracking Assessment',
    'R01\tThat the Council publishes a youth jobs plan.\tCabinet Member for Jobs\tJanuary 2016\t3',
    '',
    'Appendix 3: recommendations concluded earlier',
    'No.\tDate Concluded\tTracking Assessment',
    'R02\t14 March 2016\t1',
  ].join('\n')
  const pack = parsePack(text)
  assert.deepEqual(
    pack.recommendations.map(r => [r.number, r.assessment]),
    [['R01', 3]],
  )
  assert.deepEqual(
    pack.concluded_recommendations?.map(r => [r.number, r.text, r.committee_assessment, r.date_concluded]),
    [['R02', '', 1, '2016-03-14']],
  )
})

describe("a Scottish panel's review tracked in status words a key maps to the scale", () => {
  it('reads a key whose words are qualified after a dash ("Complete – after target date | 2 – Achieved (Late)")', () => {
    const legend = ratingLegend([
      ['Complete', '1 – Achieved (Fully)', 'Implemented in full by the target date.'],
      ['Complete – after target date', '2 – Achieved (Late)', 'Implemented in full, but after the target date.'],
      ['Not started – not yet due', '6 – In Progress', 'Work has not yet started.'],
    ])
    assert.equal(assessmentIn('Complete – after target date', legend), 2)
    assert.equal(assessmentIn('Not started – not yet due', legend), 6)
    assert.equal(assessmentIn('Complete', legend), 1)
  })

  it('names the review, not its list, from "Appendix 1 – Review of Roads Maintenance: outstanding recommendations – progress at July 2024"', () => {
    const text = [
      '**Appendix 1 – Review of Roads Maintenance: outstanding recommendations – progress at July 2024**',
      'No.\tRecommendation\tLead officer\tTarget date\tProgress update (July 2024)\tStatus (July 2024)',
      '3\tThat the Council reviews its defect intervention levels.\tRoads Manager (Network)\tJune 2024\tReported on 20 June 2024.\tComplete',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number]),
      [['Roads Maintenance', 'R03']],
    )
  })
  it('names the inquiry, not its list, from "## Inquiry into Bus Franchising Readiness: progress on recommendations (September 2025)"', () => {
    const text = [
      '## Inquiry into Bus Franchising Readiness: progress on recommendations (September 2025)',
      'No.\tRecommendation\tLead\tDeadline\tProgress\tAssessment',
      'R1\tThat the Mayor establishes a Programme Board.\tDirector of Transport\tJanuary 2025\tEstablished.\tAchieved (Fully)',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [['Bus Franchising Readiness', 'R01', 1]],
    )
  })
})

describe("a task and finish group's tracker whose recommendations have parts", () => {
  const text = [
    '**TOWN CENTRE VITALITY TASK AND FINISH GROUP**',
    '**Recommendation Tracker – November 2022**',
    'Chair of the Task and Finish Group:\tCouncillor Rebecca Fairlie',
    'No.\tRecommendation\tLead officer\tTarget date\tProgress\tRAG',
    '2\tThat the Council introduces a grant scheme.\tEconomic Development Manager\tSeptember 2022\tOpen.\tAmber',
    '3\tThat the Council supports the evening economy by:\t\t\t\t',
    '3a\treviewing the charges in its car parks after 3pm;\tHead of Environmental Services\tApril 2022\tDone.\tGreen',
    '3b\tholding at least four evening events a year.\tTown Centres Manager\tDecember 2022\tTwo held.\tAmber',
  ].join('\n')
  const recs = parseRecommendations(splitPages(text), [])

  it('names the group over its details, not the paper\'s "Recommendation Tracker – November 2022"', () => {
    assert.deepEqual([...new Set(recs.map(r => r.inquiry))], ['TOWN CENTRE VITALITY TASK AND FINISH GROUP'])
  })

  it('reads the parts, not their stem, where the stem has no lead, date or rating of its own', () => {
    assert.deepEqual(
      recs.map(r => r.number),
      ['R02', 'R03a', 'R03b'],
    )
  })
})

describe("a Cabinet Member's response and action plan, a row a recommendation and a row an action", () => {
  const text = [
    "**Damp and Mould in Council Homes: Scrutiny Review – Cabinet Member's Response and Action Plan**",
    '',
    '| Assessment | Recommendations | Number |',
    '|---|---|---|',
    '| Achieved | R1 | 1 |',
    '| Partially achieved | R4 | 1 |',
    '',
    '| No. | Recommendation / action | Cabinet response / progress | Lead | Target date | Status | Assessment |',
    '|---|---|---|---|---|---|---|',
    '| **R1** | **That the Council adopts a Damp and Mould Policy.** | **Agreed** | **Cabinet Member for Housing** | **March 2025** | | **Achieved** |',
    '| 1.1 | Draft the policy and consult tenants | Consultation ran in January. | Head of Compliance | February 2025 | Complete | |',
    '| **R4** | **That a dedicated damp and mould team is set up.** | **Agreed** | **Cabinet Member for Housing** | **January 2025** | | **Partially achieved** |',
    '| 4.1 | Recruit a team of eight | Five posts filled. | Head of Compliance | January 2025 | In progress – delayed | |',
    '',
    '**Key to the assessment column**',
    '| Assessment | Meaning |',
    '|---|---|',
    '| Achieved | All the actions have been completed by the target date. |',
    '| Achieved late | All the actions have been completed, but after the target date. |',
    '| Partially achieved | The target date has passed and the recommendation has not been fully achieved, but progress has been made. |',
    '| Not achieved | The target date has passed and insufficient progress has been made. |',
    '| Ongoing – on track | The target date has not yet passed and the actions are on track. |',
  ].join('\n')

  it("reads the recommendations under the review's name, not their actions, each rating by the key's definitions", () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.assessment]),
      [
        ['Damp and Mould in Council Homes', 'R01', 1],
        ['Damp and Mould in Council Homes', 'R04', 3],
      ],
    )
  })
})

describe("a board's recommendations set out as small tables of paragraphs, rated in its own position categories", () => {
  const text = [
    '**Private Rented Sector Standards – Recommendation Tracking**',
    '',
    '| Position Status | Category | What happens next |',
    '|---|---|---|',
    '| 1 | Stop monitoring or determine whether any further action is required | The Board decides. |',
    '| 2 | Achieved | Monitoring ends. |',
    '| 3 | Not fully implemented (Obstacle) | The reason is recorded. |',
    '| 4 | Not fully implemented (Progress made acceptable. Continue monitoring) | Monitoring continues. |',
    '| 5 | Not fully implemented (Progress made not acceptable. Continue monitoring) | Monitoring continues. |',
    '| 6 | Not for review this time | It will be reviewed at a later date. |',
    '',
    '**Appendix 1 – Private Rented Sector Standards: Recommendation tracking (November 2024)**',
    '',
    '| **Desired Outcome** – More homes are licensed. | **Position Status** |',
    '|---|---|',
    '| **Recommendation 1** – That the Director brings forward proposals on selective licensing.<br>Lead: Director of Communities<br>Target date: March 2024 | |',
    '| **Formal response (April 2023)**<br>Agreed. An evidence base will be prepared. | |',
    '| **Current position (November 2024)**<br>The consultation ran in the summer.<br><br>Previous position status (March 2024): 4 | **Position Status: 4** |',
    '',
    '| **Desired Outcome** – Tenants can get advice. | **Position Status** |',
    '|---|---|',
    "| **Recommendation 8** – That the Council secures funding for a private tenants' | |",
    '',
    'Page 21',
    '',
    '| advice line for a further three years.<br>Lead: Chief Officer Housing<br>Target date: April 2024 | |',
    '|---|---|',
    '| **Formal response (April 2023)**<br>Agreed, subject to external funding. | |',
    '| **Current position (November 2024)**<br>Both applications were unsuccessful. | **Position Status: 3**<br>(Obstacle) |',
  ].join('\n')

  it('reads each block: text, lead and date in the heading cell, the status beside the current position', () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Private Rented Sector Standards',
          'R01',
          'That the Director brings forward proposals on selective licensing.',
          'Director of Communities',
          'March 2024',
          3,
        ],
        [
          'Private Rented Sector Standards',
          'R08',
          "That the Council secures funding for a private tenants' advice line for a further three years.",
          'Chief Officer Housing',
          'April 2024',
          4,
        ],
      ],
    )
  })
})

describe("a task group's recommendations and progress, its leads named in the response's wrapped cell", () => {
  const text = [
    'Member Task Group on Highway Drainage: Recommendations and Progress (July 2019)',
    '',
    'Recommendation\tCabinet response\tProgress to date\tTarget date\tStatus',
    '1. That the County Council maps every highway drainage asset.\tAccepted. Lead: Head of<br>Highways Maintenance\tThe database went live.\tApril 2019\tComplete ✓',
    '4. That the Council publishes the gully cleansing schedule.\tAccepted. Lead: Highways<br>Customer Services<br>Manager\tTwo schedules published.\tDecember 2019\tOn target →',
    '',
    'Internal Audit Report IA 18/19-27: Passenger Transport Contract Management',
    '',
    'No.\tRecommendation\tPriority\tAgreed management action\tResponsible officer\tTarget date\tStatus',
    '1\tContract payments should only be made after checks.\tHigh\tMonthly returns to be checked.\tHead of Passenger Transport\t31 March 2019\tImplemented',
  ].join('\n')

  it('names the task group, reads each lead whole, and skips the audit action plan', () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [r.inquiry, r.number, r.responsibility, r.completion_date]),
      [
        ['Member Task Group on Highway Drainage', 'R01', 'Head of Highways Maintenance', 'April 2019'],
        ['Member Task Group on Highway Drainage', 'R04', 'Highways Customer Services Manager', 'December 2019'],
      ],
    )
  })
})

describe('recommendations numbered "1. That …", each a block of labelled paragraphs, in reading order', () => {
  const text = [
    'Task and Finish Group: Pupil Attendance – Recommendations and Progress (April 2016)',
    '',
    // (Resolutions of minutes under a title read earlier, as an agenda's may be: no blocks.)
    'RESOLVED:',
    '',
    '1. That the report be noted.',
    '2. That the passenger numbers be shared with the Committee.',
    '',
    '**24/22 PARKS AND GREEN SPACES STRATEGY 2022–2032 (PRE-DECISION SCRUTINY)**',
    '',
    'Councillor Wadsworth left the room for this item.',
    '',
    'Members made the following comments for Cabinet:',
    '',
    'Lead officer: Head of Parks',
    '',
    '1. That the Council adopts a single county-wide Attendance Strategy and a model school attendance',
    'policy for all Glanmorfa schools.',
    '',
    'Response: Accepted. The Strategy will be developed with headteachers.',
    '',
    'Lead officer: Principal Education Welfare Officer',
    '',
    'Timescale: September 2015',
    '',
    'Progress (April 2016): The Attendance Strategy was approved by Cabinet on 12 January 2016.',
    '',
    'Assessment: Achieved (Late)',
  ].join('\n')

  it('reads the blocks under the tracking title, and no resolutions of minutes', () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.text,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Task and Finish Group: Pupil Attendance',
          'R01',
          'That the Council adopts a single county-wide Attendance Strategy and a model school attendance policy for all Glanmorfa schools.',
          'Principal Education Welfare Officer',
          'September 2015',
          2,
        ],
      ],
    )
  })
})

describe("a service action plan's rows, each naming the inquiry's recommendation it serves", () => {
  it('reads no recommendation from a row whose recommendation cell is a number alone', () => {
    const text = [
      'Knowing Where Our Children Are: Elective Home Education in Birmingham – Tracking Report',
      'No.\tRecommendation\tResponsibility\tOriginal Date For Completion\tCommittee Assessment',
      'R03\tThat the register is matched weekly against school rolls.\tCabinet Member for Education\tJuly 2022\t1',
      '',
      'Ref\tAction\tLead\tTarget Date\tRAG Status\tInquiry Recommendation',
      'EHE1\tAssess the suitability of education for every child on the register\tSenior EHE Adviser\tMarch 2023\tAmber\tR05',
      'EHE3\tMatch the register weekly against the case management system\tHead of EHE\tJuly 2022\tComplete\tR03, R04',
    ].join('\n')
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => r.number),
      ['R03'],
    )
  })
})

describe("a tracker of several reviews in layout text, who and by when written in the response's cell", () => {
  const text = [
    'SCRUTINY RECOMMENDATIONS TRACKER',
    'Review\tRec<br>No.\tRecommendation\tCabinet Response\tUpdate (June 2022)\tRAG',
    'Temporary<br>Accommodation<br>Scrutiny<br>Review\t1\tThat the Council ends the use of<br>bed and breakfast accommodation.\tAgreed. Lead: Cabinet Member<br>for Housing and<br>Homelessness. Timescale:<br>March 2022\tNo family has been in bed and breakfast.\tGreen',
    '\t2\tThat every household placed outside<br>the borough has a named officer.\tAgreed. Lead: Head of\tNamed officers were allocated.\tRed',
    '',
    'Page 23',
    '\f',
    'Review\tRec<br>No.\tRecommendation\tCabinet Response\tUpdate (June 2022)\tRAG',
    '\t\t\tHousing Needs. Timescale:<br>December 2021\tVisits are behind.\t',
    '',
    'RAG key:',
    'Green\tImplemented within the agreed timescale.',
    'Amber\tIn progress, and on track to be implemented within the agreed timescale.',
    'Red\tNot implemented, or off track against the agreed timescale.',
    'Blue\tImplemented, but after the agreed timescale.',
  ].join('\n')

  it('reads each lead and date whole, over the lines and the page they wrap onto, and the key of colours', () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        ['R01', 'Cabinet Member for Housing and Homelessness', 'March 2022', 1],
        ['R02', 'Head of Housing Needs', 'December 2021', 5],
      ],
    )
  })
})

describe("a review's recommendations as numbered paragraphs with labels in italics and a status in bold", () => {
  const text = [
    '# Joint Health Scrutiny Review of Stroke Services: progress on recommendations (May 2024)',
    '',
    '**Key to status**',
    '',
    '- **Fully achieved** = Achieved (Fully) (1) – completed by the due date; tracking ends.',
    '- **Achieved late** = Achieved (Late) (2) – completed after the due date; tracking ends.',
    '- **Partially achieved** = Not Achieved (Progress Made) (3) – not completed by the due date, but progress has been made.',
    '- **Blocked** = Not Achieved (Obstacle) (4) – cannot be achieved; tracking ends.',
    '- **Not achieved** = Not Achieved (Insufficient Progress) (5) – progress is insufficient.',
    '- **On track – not yet due** = In Progress (6) – the due date has not yet passed.',
    '',
    '**3.** That the Integrated Care Board publishes a full travel-time analysis.',
    '',
    '*NHS response:* Accepted.',
    '',
    '*Lead:* Director of Strategy and Transformation',
    '',
    '*Due:* December 2023',
    '',
    '*Update (May 2024):* The analysis was published on 9 February 2024.',
    '',
    '**Status: Partially achieved**',
  ].join('\n')

  it('reads the block, its labels and its status through the key of words', () => {
    assert.deepEqual(
      parseRecommendations(splitPages(text), []).map(r => [
        r.inquiry,
        r.number,
        r.responsibility,
        r.completion_date,
        r.assessment,
      ]),
      [
        [
          'Joint Health Scrutiny Review of Stroke Services',
          'R03',
          'Director of Strategy and Transformation',
          'December 2023',
          3,
        ],
      ],
    )
  })
})

describe('a key of status words defined in a table', () => {
  it('allows two words for work under way before its date, and takes a category stated in its own cell', () => {
    const legend = describedLegend([
      'Status\tMeaning',
      'Complete\tAll actions have been delivered.',
      'On target\tActions are under way and the target date has not yet passed.',
      'Slipped – progressing\tThe target date has passed but good progress has been made.',
      "Stalled\tProgress has stopped because of a barrier outside the Council's control.",
      'Off track\tThe target date has passed and progress is insufficient.',
      'Not started – not due\tWork has not yet started and the target date has not passed.',
    ])
    assert.deepEqual(
      ['On target', 'Not started – not due', 'Slipped – progressing', 'Stalled', 'Off track'].map(w =>
        assessmentIn(w, legend),
      ),
      [6, 6, 3, 4, 5],
    )
    const stated = describedLegend([
      'Status\tPanel assessment\tWhen used',
      'Complete\t1 – Achieved (Fully)\tImplemented in full by the target date.',
      'Complete – after target date\t2 – Achieved (Late)\tImplemented in full, but after the target date.',
      "Delayed – external factors\t3 – Not Achieved (Progress Made)\tThe target date has passed. Significant progress has been made but completion has been delayed by factors outside the service's control.",
      'Off track\t5 – Not Achieved (Insufficient Progress)\tThe target date has passed and insufficient progress has been made.',
      'On track\t6 – In Progress\tThe target date has not passed.',
    ])
    assert.equal(assessmentIn('Delayed – external factors', stated), 3)
  })
})
