import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findActionNotes } from './action-notes.ts'
import { toLines } from './lines.ts'
import { parsePack } from './parse-pack.ts'

const notesOf = (text: string) =>
  findActionNotes(toLines([{ number: 5, text }]), 0).map(n => [n.meeting_date, n.present, n.apologies])

describe('findActionNotes', () => {
  it("reads notes headed by a line naming the meeting that ends '– Action Notes'", () => {
    const text = [
      'SUSTAINABILITY AND TRANSPORT O&S COMMITTEE – PUBLIC MEETING',
      '',
      '1400 hours on Wednesday 13th February 2019, Committee Room 6, Council House – Action Notes',
      '',
      'Present:',
      '',
      'Councillor Lorraine Ashdown (Chair)',
      '',
      'Councillors: Paulette Ambrose and Colin Brayfield',
      '',
      '1. NOTICE OF RECORDING/WEBCAST',
      '',
      '2. APOLOGIES',
      '',
      'Apologies were received on behalf of Councillor Yasmin Kettle.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2019-02-13', ['Lorraine Ashdown', 'Paulette Ambrose', 'Colin Brayfield'], ['Yasmin Kettle']],
    ])
  })

  it('reads notes headed "Action notes of a meeting of …", a co-opted member among those present', () => {
    const text = [
      'ACTION NOTES OF A MEETING OF THE CORPORATE RESOURCES AND',
      'GOVERNANCE OVERVIEW AND SCRUTINY COMMITTEE HELD ON',
      'WEDNESDAY 21 JANUARY 2015 AT 1400 HOURS',
      '',
      'PRESENT: - Councillor Victor Ashdown in the Chair;',
      '',
      'Councillors Gurdev Bains and Bernard Colley.',
      '',
      'Co-opted Member: Winston Clarke-Bailey, Tenant Representative',
      '',
      'IN ATTENDANCE:-',
      'Alison Greaves – Director of Finance',
      '',
      'APOLOGIES',
      '',
      '413 Apologies were submitted on behalf of Councillor Philip Daventry for his inability to attend.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2015-01-21',
        ['Victor Ashdown', 'Gurdev Bains', 'Bernard Colley', 'Winston Clarke-Bailey'],
        ['Philip Daventry'],
      ],
    ])
  })

  it('keeps a double-barrelled name broken at its hyphen by the page width whole', () => {
    const text = [
      '1400 hours on Wednesday 13th February 2019, Committee Room 6, Council House – Action Notes',
      'Present:',
      'Councillors: Paulette Ambrose, Rukhsana Malik-',
      'Doyle, Imran Tasleem and Dennis Whitlock',
      '',
      '1. NOTICE OF RECORDING/WEBCAST',
    ].join('\n')
    assert.deepEqual(notesOf(text)[0]?.[1], [
      'Paulette Ambrose',
      'Rukhsana Malik-Doyle',
      'Imran Tasleem',
      'Dennis Whitlock',
    ])
  })

  it('parts two members whose comma extraction lost by the membership', () => {
    const text = [
      'MINUTES OF A MEETING HELD ON 15 MARCH 2017',
      'PRESENT: Councillors Ann Price, Sylvia Hartigan Mohammed Azeem Khan',
    ].join('\n')
    const lines = toLines([{ number: 5, text }])
    const members = ['Ann Price', 'Sylvia Hartigan', 'Mohammed Azeem Khan']
    assert.deepEqual(findActionNotes(lines, 0, members)[0]?.present, members)
    assert.deepEqual(findActionNotes(lines, 0)[0]?.present, ['Ann Price'])
  })

  it('reads apologies listed under an "Apologies:" heading of their own', () => {
    const text = [
      'ACTION NOTES',
      'Thursday 14 December 2023',
      'Present:',
      'Cllr Joanne Kettering (Chair)',
      '',
      'Apologies:',
      '',
      'Cllr Helen Radcliffe and Cllr Tom Osei',
      '',
      '1. NOTICE OF RECORDING/WEBCAST',
    ].join('\n')
    assert.deepEqual(notesOf(text), [['2023-12-14', ['Joanne Kettering'], ['Helen Radcliffe', 'Tom Osei']]])
  })
})

describe("findActionNotes in other councils' minutes", () => {
  it('leaves out those "also attending", and reads apologies going on "and from …", one for lateness left out', () => {
    const text = [
      'MINUTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD ON THURSDAY, 19 SEPTEMBER 2019',
      '',
      'PRESENT:',
      '',
      'Councillors: Ahmed Rasool (Chair), Marion Kettering and Callum Devereux',
      '',
      'ALSO ATTENDING: Councillor Shirin Haque (Cabinet Member for Finance)',
      '',
      '12. APOLOGIES FOR ABSENCE',
      '',
      'Apologies for absence were received from Councillor Farida Begum, and from Yemi Adebayo (co-opted member), and from Councillor Tomasz Nowicki for lateness.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2019-09-19', ['Ahmed Rasool', 'Marion Kettering', 'Callum Devereux'], ['Farida Begum', 'Yemi Adebayo']],
    ])
  })
})

describe('findActionNotes with names set out in grids', () => {
  it('reads those present (in the room and online) and the apologies from columns of names', () => {
    const text = [
      'MINUTES OF A MEETING OF THE SCRUTINY COMMITTEE HELD IN THE COUNCIL CHAMBER ON THURSDAY, 18 JANUARY 2024 AT 2.00 PM',
      '',
      'Present',
      '',
      'M J Evans (Chairperson)\tA R Beynon\tC Davies-Rees',
      'G Edwards',
      '',
      'Present Virtually',
      '',
      'S Hopkins\tE Powell',
      '',
      'Apologies for Absence',
      '',
      'P Llewellyn\tE Parry',
      '',
      'Officers:',
      '',
      'Gwyn Ellis\tDemocratic Services Officer',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2024-01-18',
        ['M J Evans', 'A R Beynon', 'C Davies-Rees', 'G Edwards', 'S Hopkins', 'E Powell'],
        ['P Llewellyn', 'E Parry'],
      ],
    ])
  })

  it('reads minutes headed "MINUTES of the … Panel held on …", apologies under a lettered minute number', () => {
    const text = [
      '**MINUTES** of the Children and Young People Scrutiny Panel held on Wednesday 22 September 2021 at 6.30 pm',
      '',
      'PRESENT:',
      '',
      'Councillor J Oduya (Chair)',
      'Councillor R Haworth (substitute for Councillor M Tran)',
      '',
      '**CYP.21\tAPOLOGIES**',
      '',
      'Apologies were received from Councillor M Tran and from D Keane (Roman Catholic Diocese of Leeds).',
    ].join('\n')
    assert.deepEqual(notesOf(text), [['2021-09-22', ['J Oduya', 'R Haworth'], ['M Tran', 'D Keane']]])
  })
})

describe('findActionNotes with an attendance register', () => {
  it('reads present and apologies from a "Member | Attendance" table, the absent in neither', () => {
    const text = [
      '**Minutes of the meeting held on Tuesday 10 September 2024 at 5.30 pm in the Council Chamber**',
      '',
      '**Attendance**',
      '',
      'Member\tAttendance',
      'Cllr Femi Adebanjo (Chair)\tPresent',
      'Cllr Graham Gorringe\tApologies – substitute: Cllr Peter Gallimore',
      'Cllr Priti Chandarana\tAbsent',
      'Cllr Owen Ashbrook\tPresent (from 5.52 pm)',
      'Cllr Peter Gallimore (substitute)\tPresent',
      '',
      '**Also present:** Cllr Margaret Colquhoun (Cabinet Member for Transport)',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2024-09-10', ['Femi Adebanjo', 'Owen Ashbrook', 'Peter Gallimore'], ['Graham Gorringe']],
    ])
  })
})

describe('findActionNotes in a Scottish minute', () => {
  it("reads 'MINUTE of MEETING' with its Sederunt, and drops a Bailie's title", () => {
    const text = [
      'MINUTE of MEETING of the AUDIT AND SCRUTINY COMMITTEE held in the Council Chambers on Thursday, 28th November 2019 at 2.00pm.',
      '',
      'Sederunt: Councillors Morag Lennie (Chair), Stuart Haddow (Vice-Chair) and Fiona Baxter, and Bailie Agnes Rutherford.',
      '',
      'In attendance: G. Auchterlonie, Chief Executive; L. Craigie, Democratic Services Officer.',
      '',
      'Apologies: Councillors Alan McInally and Ewan Shearer.',
      '',
      '1. DECLARATIONS OF INTEREST',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2019-11-28',
        ['Morag Lennie', 'Stuart Haddow', 'Fiona Baxter', 'Agnes Rutherford'],
        ['Alan McInally', 'Ewan Shearer'],
      ],
    ])
  })
})

describe('findActionNotes of a joint committee', () => {
  it('reads those present council by council, and apologies with their substitutes, set between them and those also present', () => {
    const text = [
      '**MINUTES** of a meeting of the Mercia Vale Joint Health Overview and Scrutiny Committee held on Monday, 10 July 2023 at 10.30 am.',
      '',
      '**Present:**',
      '',
      'Mercia Vale County Council:\tCllr Margaret Hollins-Byrne (Chair) and Cllr Brian Whitcombe (substitute)',
      'Ashcombe Council:\tCllr Rizwan Qadir (Vice-Chair)',
      '',
      '**Apologies:** Cllr Susan Tideswell (Mercia Vale County Council), substituted by Cllr Brian Whitcombe; Cllr Elaine Brookfield (Ashcombe Council), no substitute.',
      '',
      '**Also present:** Cllr Hannah Ruddock, Cabinet Member for Adult Social Care.',
      '',
      '**JHOSC/23/08\tAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS**',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2023-07-10',
        ['Margaret Hollins-Byrne', 'Brian Whitcombe', 'Rizwan Qadir'],
        ['Susan Tideswell', 'Elaine Brookfield'],
      ],
    ])
  })
})

describe('findActionNotes with labelled lists', () => {
  it("ends the apologies at the next label ('In attendance:')", () => {
    const text = [
      'MINUTES of the meeting of the Health in Wandle Scrutiny Commission held on Monday 3 October 2022',
      '',
      'Present:\tCllr Rosa Lindqvist (Chair) and Cllr Tomasz Haddadi',
      '',
      'Apologies:\tCllr Peter Andrade-Quince and Cllr Margo Tillotson',
      '',
      'In attendance:\tCllr Grace Abernethy-Lusk (Cabinet Member for Health)',
      '\tCllr Felix Ashdown-Reyes (Chair, Living in Wandle Scrutiny Commission)',
      '',
      '1 Apologies for Absence',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2022-10-03', ['Rosa Lindqvist', 'Tomasz Haddadi'], ['Peter Andrade-Quince', 'Margo Tillotson']],
    ])
  })
})

describe('findActionNotes of minutes headed only by the body and the date', () => {
  it("starts them at the date above 'PRESENT:', with a co-opted member present on a line of its own", () => {
    const text = [
      'SCRUTINY BOARD (ADULTS AND HEALTH)',
      '',
      'TUESDAY, 20TH FEBRUARY, 2018',
      '',
      'PRESENT:\tCouncillor H Lowther in the Chair',
      '\tCouncillors C Ashby and K Pickersgill',
      '',
      'Co-opted Member present – Dr J Marriner',
      '',
      '84\tAppeals Against Refusal of Inspection of Documents',
      '\tThere were no appeals.',
      '',
      '88\tApologies for Absence and Notification of Substitutes',
      '\tApologies for absence were received from Councillors B Ellery and L Mortimer.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2018-02-20', ['H Lowther', 'C Ashby', 'K Pickersgill', 'J Marriner'], ['B Ellery', 'L Mortimer']],
    ])
  })
})

describe('findActionNotes with a register over two pages', () => {
  it("reads a 'Member | Present/Apologies' register on past its running header, leaving the absent out", () => {
    const text = [
      '**MINUTES** of the meeting of the Scrutiny Management Board held on Monday, 14th April 2025 at 5.30pm',
      '',
      '**Attendance**',
      '',
      'Member\tPresent/Apologies',
      'Councillor Margaret Ellwood (Chair)\tPresent',
      'Councillor Tariq Mahmood\tApologies',
      '',
      '',
      '',
      'Scrutiny Management Board – 14 April 2025',
      '',
      'Member\tPresent/Apologies',
      'Councillor Peter Lindqvist\tAbsent',
      'Councillor Sam Whitworth (substitute for Councillor Tariq Mahmood)\tPresent',
      '',
      '**48. APOLOGIES FOR ABSENCE**',
    ].join('\n')
    assert.deepEqual(notesOf(text), [['2025-04-14', ['Margaret Ellwood', 'Sam Whitworth'], ['Tariq Mahmood']]])
  })
})

describe('findActionNotes with a register printed from a table to PDF', () => {
  it('reads rows spaced by blank lines and broken over a page by its footer, with no header again', () => {
    const text = [
      'Minutes of the meeting held on Tuesday 10 September 2024 at 5.30 pm in the Council Chamber',
      'Attendance',
      '',
      'Member\tAttendance',
      '',
      'Cllr Femi Adebanjo (Chair)\tPresent',
      '',
      'Cllr Graham Gorringe\tApologies – substitute: Cllr Peter Gallimore',
      '',
      'Page 3 of 22',
      '\f',
      'Cllr Lewis Ngata\tApologies',
      '',
      'Cllr Peter Gallimore (substitute)\tPresent',
      '',
      'Also present: Cllr Margaret Colquhoun (Cabinet Member for Transport and Highways).',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2024-09-10', ['Femi Adebanjo', 'Peter Gallimore'], ['Graham Gorringe', 'Lewis Ngata']],
    ])
  })
})

describe('findActionNotes with members marked as attending remotely', () => {
  it('reads "Aled Rhys Beynon*" as the member, the mark left out', () => {
    const text = [
      'MINUTES of the meeting of the Corporate Resources Scrutiny Committee held on 22 September 2022',
      '',
      'PRESENT:\tCouncillor Gareth Wyn Lloyd (Chair)',
      '',
      'Councillors:\tHelen Mostyn-Price (Vice-Chair), Aled Rhys Beynon*, Catrin Haf Jenkins and Dilwyn Morgan*',
      '',
      '* attended remotely',
      '',
      '22.\tAPOLOGIES FOR ABSENCE',
      'Apologies were received from Councillor Kevin Probert.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2022-09-22',
        ['Gareth Wyn Lloyd', 'Helen Mostyn-Price', 'Aled Rhys Beynon', 'Catrin Haf Jenkins', 'Dilwyn Morgan'],
        ['Kevin Probert'],
      ],
    ])
  })
})

describe('findActionNotes with a Sederunt naming members by surname', () => {
  it('reads the plural title before each surname and gives each the full name the membership lists', () => {
    const text = [
      'MINUTE OF MEETING OF THE EDUCATION, CHILDREN AND FAMILIES COMMITTEE',
      'Inverbroch, 23 September 2021. Minute of Meeting of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council Chamber.',
      '',
      'Sederunt:',
      'Councillor Lindsay, Convener; and Councillors Baird, Calder, Macaulay (as substitute for Councillor Drummond) and MacRae.',
      '',
      'Apologies: Councillors Drummond and Tulloch.',
      '',
      'DECLARATIONS OF INTEREST',
    ].join('\n')
    const members = [
      'Morag Lindsay',
      'Fiona Baird',
      'Rhona Calder',
      'Shona MacRae',
      'Alasdair Drummond',
      'Hamish Tulloch',
    ]
    assert.deepEqual(
      findActionNotes(toLines([{ number: 5, text }]), 0, members).map(n => [n.present, n.apologies]),
      [
        [
          ['Morag Lindsay', 'Fiona Baird', 'Rhona Calder', 'Macaulay', 'Shona MacRae'],
          ['Alasdair Drummond', 'Hamish Tulloch'],
        ],
      ],
    )
  })
})

describe('findActionNotes with those present starred', () => {
  it("reads '(* = Present at the meeting)' over each group, honours and a district's title taken off", () => {
    const text = [
      '**MINUTES** of the meeting of the **ADULTS AND HEALTH SELECT COMMITTEE** held at 10.00 am on 12 September 2024 in the Council Chamber.',
      '',
      '**Elected Members:**',
      '',
      '(* = Present at the meeting)',
      '',
      '* Mrs Gillian Harcourt (Chairman)',
      'Mr Peter Loxley (Vice-Chairman)',
      '* Mrs Barbara Ellingham OBE',
      '',
      '**Co-opted Members:**',
      '',
      '* Borough Councillor Denise Marwood, Kestlebridge Borough Council',
      'District Councillor Imran Qadir, Wyvern Valley District Council',
      '',
      '**Substitute Members:**',
      '',
      '* Mrs Julia Penrose',
      '',
      '**In attendance:**',
      '',
      'Mr Callum Brightwell, Cabinet Member for Adult Social Care and Health',
      '',
      '**29/24 APOLOGIES AND SUBSTITUTIONS [Item 1]**',
      '',
      'Apologies were received from Mr Peter Loxley and District Councillor Imran Qadir. Mrs Julia Penrose substituted for Mr Hamish Strachan.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2024-09-12',
        ['Gillian Harcourt', 'Barbara Ellingham', 'Denise Marwood', 'Julia Penrose'],
        ['Peter Loxley', 'Imran Qadir'],
      ],
    ])
  })
})

describe('findActionNotes with an observer among those present', () => {
  it("leaves out a 'Youth Council Observer:' line, and reads a name with an accent", () => {
    const text = [
      '**MINUTES OF A MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY PANEL HELD ON TUESDAY 16 JULY 2019**',
      '',
      'PRESENT: - Councillor Margaret Holroyd in the Chair;',
      '',
      'Councillors Daniel Okafor (Vice-Chair), Tomás Reilly and Bernadette Shaw.',
      '',
      'Youth Council Observer: Ellie Madden',
      '',
      'IN ATTENDANCE:-',
      '',
      'Councillor Rosalind Pike – Cabinet Member',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2019-07-16', ['Margaret Holroyd', 'Daniel Okafor', 'Tomás Reilly', 'Bernadette Shaw'], []],
    ])
  })
})

describe('findActionNotes from layout text, names in two columns', () => {
  it("reads a Sederunt's cells line by line, and joins a list wrapped inside one cell", () => {
    const text = [
      'MINUTE of MEETING of the AUDIT AND SCRUTINY COMMITTEE held on 27 September 2022',
      '',
      'Sederunt:\tCouncillor Alasdair Munro (Convener)\tCouncillor Callum Ferguson',
      '\tCouncillor Kirsty Baird<br>Councillor Priya Chandran (remote)\tCouncillor Shona MacInnes<br>Mrs Elspeth Kerr (External Member)',
      '',
      'In Attendance:\tFraser Ogilvie, Chief Executive',
    ].join('\n')
    assert.deepEqual(notesOf(text)[0]?.[1], [
      'Alasdair Munro',
      'Callum Ferguson',
      'Kirsty Baird',
      'Priya Chandran',
      'Shona MacInnes',
      'Elspeth Kerr',
    ])
    const wrapped = [
      'MINUTES of the meeting held on 19 June 2018',
      '',
      'PRESENT:\tCouncillor Barbara Ainsworth in the Chair',
      '',
      '\tCouncillors Derek Hollins, Shazia Rahman, Peter<br>Caddick and Stuart<br>Pickersgill',
    ].join('\n')
    assert.deepEqual(notesOf(wrapped)[0]?.[1], [
      'Barbara Ainsworth',
      'Derek Hollins',
      'Shazia Rahman',
      'Peter Caddick',
      'Stuart Pickersgill',
    ])
  })
})

describe('findActionNotes of a virtual meeting, its councillors "in attendance"', () => {
  it("starts at 'MINUTES of a virtual meeting' and reads 'Councillors in Attendance:' as those present", () => {
    const text = [
      'MINUTES of a virtual meeting of the Housing Scrutiny Commission held via Microsoft Teams on Tuesday, 17 September 2024',
      '',
      'Councillors in Attendance:\tCllr Tendai Mutasa (Chair), Cllr Philippa Gorringe (Vice-Chair)',
      'Co-optee in Attendance:\tBeverley Nkemelu',
      'Apologies:\tCllr Imran Chaudry and Cllr Marek Zielinski',
      'Officers in Attendance:\tMichelle Garvey (Strategic Director)',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2024-09-17', ['Tendai Mutasa', 'Philippa Gorringe', 'Beverley Nkemelu'], ['Imran Chaudry', 'Marek Zielinski']],
    ])
  })
})

describe('findActionNotes of a London commission and of apologies written out', () => {
  it('counts the chair named above those in attendance and the co-optees listed after the apologies', () => {
    const [[, present, apologies] = []] = notesOf(
      [
        'Minutes of the proceedings of the Children and Young People Scrutiny Commission held at Carrowmore Town Hall',
        '',
        'Chair\tCouncillor Rosalind Achterberg',
        'Councillors in Attendance\tCllr Deji Famuyiwa (Vice-Chair) and Cllr Tamsin Brodribb',
        'Apologies:\tCllr Yusuf Chaudhry-Lane and Aurelio Mendes',
        'Co-optees\tDr Gwendolen Shaw and Bernadette Oyelowo',
        'Officers In Attendance\tNasreen Holloway (Director of Education)',
      ].join('\n'),
    )
    assert.deepEqual(present, [
      'Rosalind Achterberg',
      'Deji Famuyiwa',
      'Tamsin Brodribb',
      'Gwendolen Shaw',
      'Bernadette Oyelowo',
    ])
    assert.deepEqual(apologies, ['Yusuf Chaudhry-Lane', 'Aurelio Mendes'])
  })

  it('leaves out one apologising for lateness after a semicolon, and names a co-opted member after his label', () => {
    const lateness = notesOf(
      [
        'Minutes of the meeting held on 10 October 2018',
        'PRESENT:- Councillor Margaret Ellwood (Chair); Councillors Tariq Mahmood and Stuart Fairclough.',
        '',
        "APOLOGIES: Councillors Kevin O'Rourke and Deborah Kettering; also Councillor Stuart Fairclough for lateness.",
      ].join('\n'),
    )
    assert.deepEqual(lateness[0]?.[2], ["Kevin O'Rourke", 'Deborah Kettering'])
    const coOpted = notesOf(
      [
        'Minutes of the meeting held on 14 January 2026',
        'Present: Councillors Amina Khan and Peter Lindqvist.',
        '',
        'Apologies for absence were received from Councillors Amina Chaudry and Bernadette Quayle, and from the co-opted Member Councillor Owen Prys (Fernleigh District Council).',
      ].join('\n'),
    )
    assert.deepEqual(coOpted[0]?.[2], ['Amina Chaudry', 'Bernadette Quayle', 'Owen Prys'])
  })
})

describe('findActionNotes with apologies in a numbered minute', () => {
  it('reads the apologies from the numbered paragraph under the heading, not as a grid of names', () => {
    const [[, , apologies] = []] = notesOf(
      [
        'Minutes of the meeting held on 16 January 2020',
        'PRESENT: Councillors Alan Pike and Derek Hindle.',
        '',
        'APOLOGIES',
        '',
        '62\tApologies for absence were submitted on behalf of Councillors Kevin Brierley and Sandra Lomax. Councillor Derek Hindle attended as substitute for Councillor Lomax.',
        '',
        'DECLARATIONS OF INTERESTS',
      ].join('\n'),
    )
    assert.deepEqual(apologies, ['Kevin Brierley', 'Sandra Lomax'])
  })
})

describe('findActionNotes under a heading wrapped over lines', () => {
  it("reads minutes headed 'MINUTES OF THE … SUB-COMMITTEE' / 'HELD ON TUESDAY 19 NOVEMBER 2019 …'", () => {
    const [[date, present] = []] = notesOf(
      [
        '**MINUTES OF THE HEALTH AND WELLBEING SCRUTINY SUB-COMMITTEE',
        'HELD ON TUESDAY 19 NOVEMBER 2019 AT 7.00 PM IN COMMITTEE ROOM 2,',
        'BRENTWICK TOWN HALL**',
        '',
        'PRESENT:\tCouncillor Nadia Rahman (Chair)',
        '\tCouncillors Peter Kowalczyk (Vice-Chair) and Janet Aldous',
        '',
        'APOLOGIES:\tCouncillor Tariq Mahmood',
      ].join('\n'),
    )
    assert.equal(date, '2019-11-19')
    assert.deepEqual(present, ['Nadia Rahman', 'Peter Kowalczyk', 'Janet Aldous'])
  })
})

describe('findActionNotes with each list under a heading of its own', () => {
  it("leaves 'Other Councillors Present' out of those present, and reads apologies a line each, not the sentence on lateness after them", () => {
    const [[, present, apologies] = []] = notesOf(
      [
        'MINUTES OF THE HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE HELD ON THURSDAY, 25 JANUARY 2024',
        '',
        '**Members Present:**',
        '',
        'Councillor Shafiqul Haque (Chair)',
        'Councillor Daniel Okonjo',
        '',
        '**Other Councillors Present:**',
        '',
        'Councillor Imran Chaudhry – Cabinet Member for Health',
        '',
        '**Apologies:**',
        '',
        'Councillor Joanna Fairbairn',
        'Councillor Mehreen Aslam',
        '',
        'Councillor Daniel Okonjo gave apologies for lateness and joined the meeting at 6.48 p.m.',
        '',
        '**1.** **DECLARATIONS OF INTERESTS**',
      ].join('\n'),
    )
    assert.deepEqual(present, ['Shafiqul Haque', 'Daniel Okonjo'])
    assert.deepEqual(apologies, ['Joanna Fairbairn', 'Mehreen Aslam'])
  })

  it("reads 'Apologies for absence: Councillors A and B; Mr C (co-opted member).' on one line", () => {
    const [[, , apologies] = []] = notesOf(
      [
        'MINUTES OF THE MEETING HELD ON THURSDAY, 6 OCTOBER 2022',
        '',
        'Present: Councillor Janet Holroyd (in the Chair); Councillors Imran Akhtar and Susan Bairstow.',
        '',
        'Apologies for absence: Councillors Nasreen Hussain and Philip Ormerod; Mr Daniel Ferreira (co-opted member).',
        '',
        'Also in attendance: Councillor Tariq Mahmood (Cabinet Member for Finance).',
      ].join('\n'),
    )
    assert.deepEqual(apologies, ['Nasreen Hussain', 'Philip Ormerod', 'Daniel Ferreira'])
  })
})

describe("findActionNotes with a register headed 'PRESENT (Present = *)'", () => {
  it('reads only the starred members as present', () => {
    const [[, present] = []] = notesOf(
      [
        'MINUTES of the meeting of the ADULTS AND HEALTH SELECT COMMITTEE held on 10 April 2025',
        '',
        'PRESENT (Present = *)',
        '',
        'Elected Members:',
        '',
        '*\tMrs Angela Thorne (Chairman)',
        '\tMs Bernadette Falkner (Vice-Chairman)',
        '*\tMr Graham Petch',
        '',
        'In attendance:',
        '',
        '1. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS [Item 1]',
      ].join('\n'),
    )
    assert.deepEqual(present, ['Angela Thorne', 'Graham Petch'])
  })
})

describe("findActionNotes in a Welsh county borough's minutes", () => {
  it("reads 'County Borough Councillors A and B' as councillors", () => {
    const [[, , apologies] = []] = notesOf(
      [
        'MINUTES OF THE MEETING HELD ON THURSDAY, 29 SEPTEMBER 2022',
        '',
        'Present: County Borough Councillors Rhodri Pugh (Chair) and Aled Prosser.',
        '',
        '**15. WELCOME AND APOLOGIES FOR ABSENCE**',
        '',
        'Apologies for absence were received from County Borough Councillors Helen Maddocks and Idris Bowen.',
        '',
        '**16. DECLARATIONS OF INTEREST**',
      ].join('\n'),
    )
    assert.deepEqual(apologies, ['Helen Maddocks', 'Idris Bowen'])
  })
})

describe('findActionNotes with a name broken after its first name', () => {
  it("reads '… and Mr Peter' / 'Vickery' as one member present", () => {
    const text = [
      '**MINUTES** of the meeting of the **ADULTS AND HEALTH SELECT COMMITTEE** held at 10.00 am on 13 March 2013.',
      '',
      'Members present:',
      '',
      'Mr Gerald Fairbrother (Chairman), Mrs Sheila Ingham (substitute for Mr Derek Stanforth), Mr Stuart Rowlandson and Mr Peter',
      'Vickery',
      '',
      'In attendance:',
      '',
      'Mr Nigel Hebden, Cabinet Member for Adult Social Care and Health',
      '',
      '10/13\tAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS [Item 1]',
      '',
      'Apologies for absence were received from Mr Derek Stanforth.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2013-03-13',
        ['Gerald Fairbrother', 'Sheila Ingham', 'Stuart Rowlandson', 'Peter Vickery'],
        ['Derek Stanforth'],
      ],
    ])
  })
})

describe('findActionNotes with the officers and others in attendance after those present', () => {
  it("ends those present at 'Officers:' and 'Others in attendance:'", () => {
    const text = [
      '**MINUTES OF THE HYBRID MEETING OF THE CORPORATE OVERVIEW AND SCRUTINY COMMITTEE HELD ON THURSDAY, 22 SEPTEMBER 2022 AT 5.00 PM**',
      '',
      'Present:\tCounty Borough Councillor Gareth Llewellyn – Chair',
      '',
      'County Borough Councillors:',
      'Sian Prothero (Vice-Chair)',
      'Angharad Beddoe (remote)',
      '',
      'Officers:',
      'Ms Gwenllian Shaw – Head of Revenues and Benefits',
      '',
      'Others in attendance:',
      'County Borough Councillor Delyth Aubrey – Cabinet Member for Finance and Corporate Resources',
      '',
      '1\tAPOLOGIES FOR ABSENCE',
      '',
      'Apologies for absence were received from County Borough Councillors Meirion Hopkins and Tomos Garfield.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2022-09-22', ['Gareth Llewellyn', 'Sian Prothero', 'Angharad Beddoe'], ['Meirion Hopkins', 'Tomos Garfield']],
    ])
  })
})

describe('findActionNotes with apologies bulleted a name a line', () => {
  it('reads every bulleted name, its substitute in brackets left out', () => {
    const text = [
      'MINUTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD ON WEDNESDAY 11 JUNE 2025',
      '',
      'Present:',
      '',
      'Councillor Helen Marsh (Chair)',
      'Councillor Ann Maddox (Aldwyck)',
      '',
      '1. APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTES',
      '',
      'Apologies for absence were received from:',
      '',
      '- Councillor Owen Pritchard (substituted by Councillor Ann Maddox)',
      '- Councillor Imran Siddique (substituted by Councillor Jean Butterfield)',
      '- Councillor Janet Pybus',
      '- Stephen Vasey',
      '',
      '2. DECLARATIONS OF INTEREST',
      '',
      'Councillor Craig Nuttall declared an interest in item 7.',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2025-06-11',
        ['Helen Marsh', 'Ann Maddox'],
        ['Owen Pritchard', 'Imran Siddique', 'Janet Pybus', 'Stephen Vasey'],
      ],
    ])
  })
})

describe('findActionNotes with a substitute named in the apologies minute', () => {
  it("leaves out '…; Councillor X substituted for Councillor Y' from those apologising", () => {
    const text = [
      'MINUTES of the meeting of the Overview and Scrutiny Committee held on Tuesday 17 July 2018',
      '',
      'Present: Councillors Graham Threlfall (Chairman), Brian Hollis and Peter Ashdown',
      '',
      '21.\tAPOLOGIES FOR ABSENCE',
      '',
      'Apologies for absence were received from Councillors Lorraine Bickerstaff and Timothy Ledger; Councillor Brian Hollis substituted for Councillor Timothy Ledger.',
      '',
      '22.\tDECLARATIONS OF INTEREST',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      ['2018-07-17', ['Graham Threlfall', 'Brian Hollis', 'Peter Ashdown'], ['Lorraine Bickerstaff', 'Timothy Ledger']],
    ])
  })
})

describe("findActionNotes in a joint committee's minutes, council by council", () => {
  it('reads those present and apologising a council a line, and ends those present at the NHS representatives', () => {
    const text = [
      '**MINUTES OF A MEETING OF THE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE HELD ON THURSDAY 18 MARCH 2021**',
      '',
      'Present:',
      '',
      'Lindenshire County Council – Councillor Margaret Ilsley in the Chair; Councillors Derek Fanshawe and Owen Treadwell',
      '',
      'Easterby Borough Council – Councillors Colin Ainsworth and Lee Whitfield (substitute for Councillor Sandra Pugh)',
      '',
      'NHS representatives in attendance:',
      '',
      'Dr Fiona Lacey – Clinical Director for Stroke',
      '',
      'APOLOGIES AND SUBSTITUTIONS',
      '',
      '42 Apologies were submitted on behalf of:',
      '',
      'Lindenshire County Council – Councillor Dr Priya Raghunathan',
      'Dunholm City Council – none (Councillor Kevin Marsh gave apologies for lateness)',
      'Easterby Borough Council – Councillor Sandra Pugh (Councillor Lee Whitfield substituting)',
      'Tresk Valley Council – none',
      '',
      'DECLARATIONS OF INTERESTS',
    ].join('\n')
    assert.deepEqual(notesOf(text), [
      [
        '2021-03-18',
        ['Margaret Ilsley', 'Derek Fanshawe', 'Owen Treadwell', 'Colin Ainsworth', 'Lee Whitfield'],
        ['Priya Raghunathan', 'Sandra Pugh'],
      ],
    ])
  })
})

describe("the pack's action notes where it also holds another body's minutes", () => {
  it("are the committee's own, naming its members, though another body met later", () => {
    const text = [
      'NETHERBECK CITY COUNCIL',
      '',
      'Scrutiny Board (Adults, Health and Active Lifestyles)',
      '',
      'Date:\tTuesday, 21 March 2023',
      '',
      'Membership',
      'Councillor Helen Rawcliffe (Chair)',
      'Councillor Imran Sadiq',
      'Councillor Nadia Malik',
      '',
      'AGENDA',
      '',
      '1\tApologies for Absence',
      '2\tMinutes – 14 February 2023',
      '3\tExecutive Board minutes',
      '',
      'MINUTES OF THE MEETING OF THE SCRUTINY BOARD HELD ON TUESDAY, 14TH FEBRUARY, 2023',
      '',
      'PRESENT:\tCouncillor H Rawcliffe in the Chair',
      '\tCouncillors I Sadiq and N Malik',
      '',
      '45\tApologies for Absence',
      '',
      'Apologies were received from Councillor R Fairbairn.',
      '',
      'MINUTES OF THE MEETING OF THE EXECUTIVE BOARD HELD ON WEDNESDAY, 15TH FEBRUARY, 2023',
      '',
      'PRESENT:\tCouncillor J Lorrimer in the Chair',
      '\tCouncillors S Rashid and P Entwistle',
      '',
      '90\tApologies for Absence',
      '',
      'Apologies were received from Councillor E Kaye.',
    ].join('\n')
    const notes = parsePack(text).action_notes
    assert.equal(notes?.meeting_date, '2023-02-14')
    assert.deepEqual(notes?.present, ['H Rawcliffe', 'I Sadiq', 'N Malik'])
  })
})

describe('findActionNotes of a district panel, its labels beside their lists', () => {
  it("reads 'Apologies:⇥Councillors A and B' whole on its line, the paragraph after it no name", () => {
    const text = [
      'NOTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY PANEL',
      'held on Thursday, 9 January 2014 at 7.00 pm in the Council Chamber',
      '',
      'Members present:\tCouncillors Margaret Holroyd (Chairman), Derek Amesbury and Alan Whitcombe',
      '',
      'Apologies:\tCouncillors Patricia Gillingham and Gwen Tamplin',
      '',
      'Two members of the public were present.',
    ].join('\n')
    assert.deepEqual(notesOf(text)[0]?.[2], ['Patricia Gillingham', 'Gwen Tamplin'])
  })
})

describe('a 2010 pack: a letter summoning the members, hard-wrapped text, names by initials', () => {
  const pack = [
    'Please ask for:  Owen Pritchard, Scrutiny Officer',
    'Date:            6 September 2010',
    '',
    'To: All Members of the Overview and Scrutiny Committee',
    '',
    'OVERVIEW AND SCRUTINY COMMITTEE – TUESDAY, 14 SEPTEMBER 2010',
    '',
    'You are requested to attend a meeting of the Overview and Scrutiny',
    'Committee to be held in Committee Room 1, Council Offices, Priory Lane,',
    'Hallbridge on Tuesday, 14 September 2010 at 7.00 pm.',
    '',
    'MEMBERSHIP OF THE COMMITTEE',
    '',
    'Councillor R. D. Ashdown (Chairman)',
    'Councillor Mrs P. Kettleby (Vice-Chairman)',
    '',
    '                                A G E N D A',
    '',
    'Item   Subject                                                   Page(s)',
    '',
    '1.     Apologies for Absence',
    '',
    '2.     Minutes                                                   5 - 8',
    '',
    '3.     Portfolio Holder for Housing – Question and Answer         9 - 10',
    '',
    '       (Approx. 7.10 pm – 7.45 pm)',
    '',
    '\f',
    'MINUTES of the meeting of the Overview and Scrutiny Committee held on',
    'Tuesday, 20 July 2010 at 7.00 pm.',
    '',
    'PRESENT: Councillor R. D. Ashdown (Chairman); Councillors Mrs P. Kettleby',
    '(Vice-Chairman) and Mrs E. Dinsdale (substitute for Councillor Mrs H.',
    'Greatorex).',
    '',
    '23.   APOLOGIES FOR ABSENCE',
    '',
    '      Apologies for absence were received from Councillors Mrs H.',
    '      Greatorex and G. Whitlam. Councillor Mrs E. Dinsdale attended as',
    '      substitute for Councillor Mrs H. Greatorex.',
    '',
    '24.   DECLARATIONS OF INTEREST',
    '',
    '      None.',
  ].join('\n')

  it('reads the committee, not the officer to ask for; the members, the apologies and the slot', () => {
    const parsed = parsePack(pack)
    assert.equal(parsed.committee, 'Overview and Scrutiny Committee')
    assert.deepEqual(parsed.members, ['R. D. Ashdown', 'P. Kettleby'])
    assert.deepEqual(parsed.action_notes?.apologies, ['H. Greatorex', 'G. Whitlam'])
    assert.deepEqual(parsed.agenda_items.at(-1)?.time_slot, ['19:10', '19:45'])
  })
})

it('reads those present from tables of every member, the present starred, the key below them ("* Denotes Member present")', () => {
  const text = [
    '**MINUTES**',
    '',
    '**18 MARCH 2025**',
    '',
    '**Chair:** * Councillor Bernadette Kinsella',
    '',
    '| **Councillors:** | * Jonah Petrakis (VC) | * Eleanor Price-Whitby |',
    '|---|---|---|',
    '| | Dawn Ekwueme | * Lucy Tremlett (1) |',
    '',
    '**Apologies received:** Councillor Dawn Ekwueme',
    '',
    '* Denotes Member present',
    '(1) Denotes category of Reserve Members',
    '',
    '**41. Attendance by Reserve Members**',
  ].join('\n')
  const [notes] = findActionNotes(toLines([{ number: 5, text }]), 0)
  assert.deepEqual(
    [notes?.meeting_date, notes?.present, notes?.apologies],
    [
      '2025-03-18',
      ['Bernadette Kinsella', 'Jonah Petrakis', 'Eleanor Price-Whitby', 'Lucy Tremlett'],
      ['Dawn Ekwueme'],
    ],
  )
})

it("reads layout text's starred columns, a name a line in each cell, and apologies a minute gives after its heading's 'by'", () => {
  const text = [
    'MINUTES',
    '',
    '7 JUNE 2022',
    '',
    'Chair:\t* Councillor Farida Osei',
    '',
    'Councillors:\t* Tom Alderney<br>* Olusegun Adeyemi-Clarke<br>Callum McGarrigle\t* Grace Pemberton-Lyle<br>Harriet Lindqvist',
    '',
    '*\tDenotes Member present',
    '',
    'RESOLVED ITEMS',
    '',
    '1.\tApologies for Absence and Attendance by Reserve Members',
    '',
    '\tApologies for absence were received from Councillors Callum McGarrigle and Harriet<br>Lindqvist.',
  ].join('\n')
  const [notes] = findActionNotes(toLines([{ number: 5, text }]), 0)
  assert.deepEqual(
    [notes?.meeting_date, notes?.present, notes?.apologies],
    [
      '2022-06-07',
      ['Farida Osei', 'Tom Alderney', 'Olusegun Adeyemi-Clarke', 'Grace Pemberton-Lyle'],
      ['Callum McGarrigle', 'Harriet Lindqvist'],
    ],
  )
})
