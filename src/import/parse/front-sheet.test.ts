import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFrontSheet } from './front-sheet.ts'
import { toLines } from './lines.ts'
import { parsePack } from './parse-pack.ts'

const frontSheet = (text: string) => parseFrontSheet(toLines([{ number: 1, text }]))

describe('parseFrontSheet', () => {
  it('reads a membership list wrapped where the line was full, a name broken across lines', () => {
    const text = [
      'BIRMINGHAM CITY COUNCIL',
      '',
      'EDUCATION AND CHILDREN’S SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE',
      '',
      'Committee Members: Councillor Kathryn Meredith (Chair), Councillor Farhan Qureshi (Deputy Chair),',
      'Councillors Patricia Aldous, Gurdeep Bains, Desmond Okoro, Rachel',
      'Pennington and Tom Whitlock',
      '',
      'Education Representatives: Bernadette Fairley (Roman Catholic Diocese) and Asif Rahman (Parent',
      'Governor)',
      '',
      'WEDNESDAY, 13 OCTOBER 2021 AT 10:00 HOURS',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'Kathryn Meredith',
      'Farhan Qureshi',
      'Patricia Aldous',
      'Gurdeep Bains',
      'Desmond Okoro',
      'Rachel Pennington',
      'Tom Whitlock',
      'Bernadette Fairley',
      'Asif Rahman',
    ])
  })
  it('keeps a list of one name a line apart', () => {
    const text = [
      'BIRMINGHAM CITY COUNCIL',
      'EDUCATION AND CHILDREN’S SOCIAL CARE O&S COMMITTEE',
      'WEDNESDAY, 24 NOVEMBER 2021 AT 10:00 HOURS',
      'Committee Members:',
      'Councillor Kathryn Meredith (Chair)',
      'Councillor Patricia Aldous',
      'Councillor Desmond Okoro',
      'A G E N D A',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Kathryn Meredith', 'Patricia Aldous', 'Desmond Okoro'])
  })
})

describe('parseFrontSheet on a ModernGov front sheet', () => {
  it('reads councillors listed by initial, and ends the list at the next label', () => {
    const text = [
      'WEALDSHIRE COUNTY COUNCIL',
      '',
      'Adult Social Care and Health Overview and Scrutiny Committee',
      '',
      'Date:\tTuesday, 8 November 2022',
      '',
      'Membership:',
      '',
      'Councillors M Hartigan (Chairman), J Okonkwo-Price (Vice-Chairman), P Ashdown,',
      'L Bramble and N Merriweather',
      '',
      'Quorum: 4',
      '',
      'Contact:\tSarah Kettleby, Senior Democratic Services Officer',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'M Hartigan',
      'J Okonkwo-Price',
      'P Ashdown',
      'L Bramble',
      'N Merriweather',
    ])
  })
})

describe('parseFrontSheet on a summons letter and a details table', () => {
  it("reads the meeting from the summons, not from the letter's own date or reference", () => {
    const text = [
      'Our ref:\tScrutiny/SSWH',
      'Date:\tWednesday, 28 February 2024',
      '',
      'Dear Councillor,',
      '',
      'SOCIAL SERVICES, WELLBEING AND HOUSING SCRUTINY COMMITTEE',
      '',
      'You are summoned to a meeting of the Social Services, Wellbeing and Housing Scrutiny Committee to be held in the Council Chamber, Civic Offices, Angel Street, Glanmor CF31 4WB on Thursday, 7 March 2024 at 2.00 pm.',
      '',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.committee, 'SOCIAL SERVICES, WELLBEING AND HOUSING SCRUTINY COMMITTEE')
    assert.deepEqual(
      [sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      ['2024-03-07', '14:00', 'Council Chamber, Civic Offices, Angel Street, Glanmor CF31 4WB'],
    )
  })

  it('reads a members table by its first column, and leaves the substitutes out', () => {
    const text = [
      'CALDERBROOK COUNCIL',
      '',
      'Children and Young People Scrutiny Panel',
      '',
      'Date\tWednesday 3 November 2021',
      'Place\tRooms 2 and 3, Calderbrook Town Hall',
      '',
      'Membership',
      '',
      'Councillor\tParty',
      'Jane Oduya (Chair)\tLabour',
      'Paul Brierley\tConservative',
      '',
      'Substitutes',
      '',
      'Labour: Councillors Rachel Haworth and Tom Dyson',
      '',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(sheet.members, ['Jane Oduya', 'Paul Brierley'])
    assert.equal(sheet.meeting.venue, 'Rooms 2 and 3, Calderbrook Town Hall')
  })
})

describe('parseFrontSheet on a notice with the meeting on one line', () => {
  it('takes the venue after the time and a dash, without the link to the webcast', () => {
    const text = [
      'NOTICE OF MEETING',
      '',
      'Environment and Climate Emergency Scrutiny Panel',
      '',
      'Tuesday, 9th November, 2021, 7.00 pm - Committee Room 1, Hollinsbrook Civic Centre, High Road, London N29 4HB (watch the live meeting here)',
      '',
      'Members: Councillors Daniel Ashcombe-Reid (Chair) and Harriet Blenkinsop',
      '',
      'Co-optees/Non Voting Members: Leonard Fairhurst',
      '',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.meeting.venue, 'Committee Room 1, Hollinsbrook Civic Centre, High Road, London N29 4HB')
    assert.deepEqual(sheet.members, ['Daniel Ashcombe-Reid', 'Harriet Blenkinsop', 'Leonard Fairhurst'])
  })
})

describe('parseFrontSheet with the committee’s officers under its membership', () => {
  it("ends the membership at 'Committee Manager:' and 'Scrutiny Officer:' lines", () => {
    const text = [
      'BIRMINGHAM CITY COUNCIL',
      '',
      'SOCIAL INCLUSION, COMMUNITY SAFETY AND EQUALITIES OVERVIEW AND SCRUTINY COMMITTEE',
      '',
      'WEDNESDAY, 20 FEBRUARY 2019 AT 10:00 HOURS',
      'IN COMMITTEE ROOM 6, COUNCIL HOUSE, VICTORIA SQUARE, BIRMINGHAM, B1 1BB',
      '',
      'MEMBERSHIP',
      '',
      'Councillors: Rosalind Achebe-Hurst (Chair), Imran Sadiq (Deputy Chair) and Trevor Pinfold',
      '',
      'Committee Manager: Marcia Lindqvist (0121 496 0412)',
      'Scrutiny Officer: Owen Pritchard-Day (0121 496 0587)',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Rosalind Achebe-Hurst', 'Imran Sadiq', 'Trevor Pinfold'])
  })
})

describe('parseFrontSheet on a PDF converted to markdown', () => {
  it("reads a '# heading' committee and a '**Time:** 11:00' label", () => {
    const text = [
      '**Severn Vale Combined Authority**',
      '',
      '# Overview and Scrutiny Committee',
      '',
      '**Date:** Wednesday, 11 September 2024',
      '',
      '**Time:** 11:00',
      '',
      '**Venue:** Committee Room 1, Severn Vale House, 14 Quayside, Caldbridge, SV1 2QD',
      '',
      '## Membership',
      '',
      'Cllr Moira Fenwick (Caldbridge) (Chair)',
      '',
      '# AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.committee, 'Overview and Scrutiny Committee')
    assert.deepEqual([sheet.meeting.date, sheet.meeting.start_time], ['2024-09-11', '11:00'])
  })

  it('keeps a co-opted member whose role in brackets names a governor, and leaves a vacancy out', () => {
    const text = [
      '**OVERVIEW AND SCRUTINY COMMITTEE**',
      '',
      '**Tuesday 7 November 2023 at 7.30pm**',
      '',
      '**MEMBERS:** Councillors Niamh Fitzgerald (Chair), Elena Costa',
      '',
      '**CO-OPTED MEMBERS (VOTING ON EDUCATION MATTERS ONLY):** Hannah Whitcombe (Church of England Diocesan Representative), Precious Nwosu (Parent Governor Representative – Primary) and one vacancy (Parent Governor Representative – Secondary)',
      '',
      '**AGENDA**',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'Niamh Fitzgerald',
      'Elena Costa',
      'Hannah Whitcombe',
      'Precious Nwosu',
    ])
  })

  it('reads members set out in two columns of names (down each column), and the venue without its article', () => {
    const text = [
      '**ENVIRONMENT AND HIGHWAYS SCRUTINY COMMITTEE**',
      '',
      'WEDNESDAY, 22 NOVEMBER 2017 AT 10.30 AM',
      'IN THE COUNCIL CHAMBER, SHIRE HALL, ALDERMERE',
      '',
      '**MEMBERSHIP**',
      '',
      'Councillor Geoffrey Stanbridge (Chairman)\tCouncillor Karen Ellacott',
      'Councillor Pauline Arkwright (Vice-Chairman)\tCouncillor Trevor Fairclough',
      '\tCouncillor Lewis McAllister',
      '',
      '**AGENDA**',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(sheet.members, [
      'Geoffrey Stanbridge',
      'Pauline Arkwright',
      'Karen Ellacott',
      'Trevor Fairclough',
      'Lewis McAllister',
    ])
    assert.equal(sheet.meeting.venue, 'COUNCIL CHAMBER, SHIRE HALL, ALDERMERE')
  })

  it('reads the names from the first column of a pipe table of members, past its ward and party', () => {
    const text = [
      '**COMMUNITIES AND PLACE SCRUTINY PANEL**',
      '',
      '**Tuesday 15 October 2019 at 6.00 pm**',
      '',
      '**MEMBERSHIP OF THE PANEL**',
      '',
      '| Councillor | Ward | Political Group |',
      '|---|---|---|',
      '| Janet Ormerod (Chair) | Millbridge East | Labour |',
      '| Peter Battersby | Thornleigh | Conservative |',
      '| Rachel Unsworth | Thornleigh and Kershaw | Liberal Democrat |',
      '',
      '**AGENDA**',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Janet Ormerod', 'Peter Battersby', 'Rachel Unsworth'])
  })
})

describe("parseFrontSheet on a joint committee's summons", () => {
  it('reads a venue wrapped inside its bold, and members listed council by council with their substitutes', () => {
    const text = [
      '**Mercia Vale Joint Health Overview and Scrutiny Committee**',
      '',
      'Date:\tMonday, 16 October 2023',
      'Time:\t10.30 am',
      'Venue:\t**Council Chamber, Shire Hall, Castle Street,',
      'Wyvernbury, WY1 2HS**',
      'Contact:\tLucy Pembridge, Democratic Services Officer',
      '',
      '**Membership**',
      '',
      '**Mercia Vale County Council**',
      'Cllr Margaret Hollins-Byrne (Chair)',
      'Cllr David Okonjo',
      'Substitutes: Cllr Brian Whitcombe, Cllr Rosalind Kaye',
      '',
      '**Ashcombe Council**',
      'Cllr Rizwan Qadir (Vice-Chair)',
      'Substitute: Cllr Natalie Goodyear',
      '',
      '**Co-opted Member (non-voting)**',
      'Anne Fairclough',
      '',
      '',
      '**A G E N D A**',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.meeting.venue, 'Council Chamber, Shire Hall, Castle Street, Wyvernbury, WY1 2HS')
    assert.deepEqual(sheet.members, ['Margaret Hollins-Byrne', 'David Okonjo', 'Rizwan Qadir', 'Anne Fairclough'])
  })
})

describe('parseFrontSheet on a notice with a sentence about the meeting', () => {
  it("dates the meeting by its 'Date:' line, not by a later sentence's date, and leaves an observer out", () => {
    const text = [
      '**HEALTH OVERVIEW AND SCRUTINY COMMITTEE**',
      '',
      'Date:\tThursday, 9 September 2021',
      'Time:\t10.00 am',
      'Venue:\tCouncil Chamber, County Hall, Northgate, Allerby, NS1 4QT',
      '',
      '**Please note:** this meeting will be held in person in the Council Chamber. Seating must be booked by 12 noon on Tuesday, 7 September 2021.',
      '',
      '**Membership**',
      '',
      'Councillors: Rosalind Ashcombe (Chair), Derek Mountford (Vice-Chair), Graham Pilkington-',
      'Moss and Sunita Varma',
      '',
      'Observer (non-voting): Marianne Dunstable (Healthwatch Northshire)',
      '',
      '**AGENDA**',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual([sheet.meeting.date, sheet.meeting.start_time], ['2021-09-09', '10:00'])
    assert.equal(sheet.meeting.venue, 'Council Chamber, County Hall, Northgate, Allerby, NS1 4QT')
    assert.deepEqual(sheet.members, ['Rosalind Ashcombe', 'Derek Mountford', 'Graham Pilkington-Moss', 'Sunita Varma'])
  })
})

describe('parseFrontSheet on a summons giving the time before the date', () => {
  it("reads the time before the date and the place after it, and a 'To:' line's list ending at 'Dear Councillor'", () => {
    const text = [
      'RIVERTON CITY COUNCIL',
      '',
      'To: All Members of the Scrutiny Management Board',
      '',
      'Dear Councillor,',
      '',
      'You are hereby summoned to attend a meeting of the Scrutiny Management Board, which will be held at **5.30pm** on **Monday, 9th June 2025** in **Committee Room A, Riverton Council House**, for the purpose of transacting the business set out in the agenda below.',
      '',
      'Yours sincerely,',
      '',
      'Alison Marchbank',
      '',
      '**Membership:** Councillors Margaret Ellwood (Chair), Daniel Okonjo and Ruth Abernethy',
      '',
      'A G E N D A',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(
      [sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      ['2025-06-09', '17:30', 'Committee Room A, Riverton Council House'],
    )
    assert.deepEqual(sheet.members, ['Margaret Ellwood', 'Daniel Okonjo', 'Ruth Abernethy'])
  })
})

describe('parseFrontSheet on a district council notice', () => {
  it('passes over the date of publication, and takes a co-opted member without whom they represent', () => {
    const text = [
      'EASTMARCH DISTRICT COUNCIL',
      '',
      'Date of publication: Monday, 7 November 2022',
      '',
      '**OVERVIEW AND SCRUTINY COMMITTEE**',
      '',
      '**TUESDAY, 15 NOVEMBER 2022 AT 6.30 PM**',
      '',
      '**COUNCIL CHAMBER, COUNCIL OFFICES, EASTMARCH**',
      '',
      'To: Members of the Overview and Scrutiny Committee',
      '',
      'Councillor Margaret Thornbury (Chairman)',
      'Councillors Alan Cropley and Tariq Qureshi',
      '',
      'Substitute Members: Councillors Jane Wellbeloved and Sandra Kittow',
      '',
      'Co-opted Member (non-voting): Mr Oliver Brayfield, Eastmarch Association of Parish and Town Councils',
      '',
      '**AGENDA**',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(
      [sheet.committee, sheet.meeting.date, sheet.meeting.start_time],
      ['OVERVIEW AND SCRUTINY COMMITTEE', '2022-11-15', '18:30'],
    )
    assert.deepEqual(sheet.members, ['Margaret Thornbury', 'Alan Cropley', 'Tariq Qureshi', 'Oliver Brayfield'])
  })
})

describe('parseFrontSheet on a title page saying "Agenda" above the meeting', () => {
  it('takes the agenda heading its first item follows, co-opted members in a column of their own, and substitutes apart', () => {
    const text = [
      'LONDON BOROUGH OF KELBOURNE',
      '',
      'Children and Education Select Committee',
      '',
      'Agenda',
      '',
      'Date:\tTuesday 15 September 2020',
      'Time:\t7.00 pm',
      'Venue:\tVirtual meeting held on Microsoft Teams',
      '',
      'MEMBERSHIP',
      '',
      'Councillors:<br>Councillor Priya Ramasubramanian (Chair)\tCo-opted Members (education matters only):<br>Revd Canon Ruth Akinwale (Church of England',
      'Councillor Tobias Greenhalgh (Vice-Chair)\tDiocesan Representative)',
      'Councillor Sinead Gallagher<br>Councillor Yusuf Demirci\tFarida Haque (Parent Governor Representative,<br>Primary)',
      '',
      'Substitute Members: Councillors Chidi Obiora, Ravinder Sandhu and',
      'Patrick Doherty',
      '',
      'AGENDA',
      '',
      '1.\tApologies for Absence',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual([sheet.meeting.date, sheet.meeting.start_time], ['2020-09-15', '19:00'])
    assert.deepEqual(sheet.members, [
      'Priya Ramasubramanian',
      'Tobias Greenhalgh',
      'Sinead Gallagher',
      'Yusuf Demirci',
      'Ruth Akinwale',
      'Farida Haque',
    ])
  })
})

describe('parseFrontSheet printed to PDF, its blank lines gone', () => {
  it('ends the venue at the next heading or note set close below it', () => {
    for (const next of ['MEMBERSHIP', '(Watch the live meeting here.)', 'PLEASE NOTE: This is a hybrid meeting.']) {
      const text = [
        'ENVIRONMENT AND HIGHWAYS SCRUTINY COMMITTEE',
        'WEDNESDAY, 22 NOVEMBER 2017 AT 10.30 AM',
        'IN THE COUNCIL CHAMBER, SHIRE HALL,',
        'ALDERMERE, AM1 1SH',
        next,
        'Councillor Geoffrey Stanbridge (Chairman)',
        '',
        'AGENDA',
      ].join('\n')
      assert.equal(frontSheet(text).meeting.venue, 'COUNCIL CHAMBER, SHIRE HALL, ALDERMERE, AM1 1SH', next)
    }
  })
})

describe('parseFrontSheet on a summons wrapped by a PDF', () => {
  it('reads the date, time and venue from the summons over the lines it wraps onto', () => {
    const text = [
      'HARROWDALE DISTRICT COUNCIL',
      'Date of publication: Tuesday, 1 July 2025',
      'To: All Members of the Overview and Scrutiny Committee',
      'NOTICE OF MEETING',
      'You are summoned to attend a meeting of the Overview and Scrutiny Committee which will be held in',
      'the Council Chamber, Harrowdale House, Market Street, Harrowdale, HW4 1AZ on Wednesday, 9 July',
      '2025 at 6.30 pm, to transact the business set out in the agenda overleaf.',
      'Yours sincerely',
      'AGENDA',
    ].join('\n')
    const { meeting } = frontSheet(text)
    assert.deepEqual(
      [meeting.date, meeting.start_time, meeting.venue],
      ['2025-07-09', '18:30', 'Council Chamber, Harrowdale House, Market Street, Harrowdale, HW4 1AZ'],
    )
  })

  it('reads the venue after the date and time where the summons says "to be held on"', () => {
    const text = [
      'Brackenfold District Council',
      'Date: 2 September 2024',
      'You are summoned to attend a meeting of the Overview and Scrutiny Committee to be held on Tuesday,',
      '10th September, 2024 at 6.30 pm in the Council Chamber, Civic Centre, Mill Lane, Carrowby, BK7 3QN.',
      'AGENDA',
    ].join('\n')
    const { meeting } = frontSheet(text)
    assert.deepEqual(
      [meeting.date, meeting.start_time, meeting.venue],
      ['2024-09-10', '18:30', 'Council Chamber, Civic Centre, Mill Lane, Carrowby, BK7 3QN'],
    )
  })

  it("passes over a running header naming the meeting's date, printed above the front sheet's own", () => {
    const header = 'Overview and Scrutiny Committee – 8 November 2022'
    const text = [
      header,
      'London Borough of Hollinsgate',
      'OVERVIEW AND SCRUTINY COMMITTEE',
      'Tuesday, 8 November 2022 at 7.00pm',
      'Committee Room 1, Hollinsgate Town Hall, Mercer Street, London E19 4HT',
      'Page 1 of 32',
      header,
      'Page 2 of 32',
      header,
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(
      [sheet.committee, sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      [
        'OVERVIEW AND SCRUTINY COMMITTEE',
        '2022-11-08',
        '19:00',
        'Committee Room 1, Hollinsgate Town Hall, Mercer Street, London E19 4HT',
      ],
    )
  })

  it('keeps the date of a front sheet printed again far on, in packs bound together', () => {
    const sheet = [
      'BIRMINGHAM CITY COUNCIL',
      'EDUCATION AND VULNERABLE CHILDREN OVERVIEW AND SCRUTINY COMMITTEE',
      'WEDNESDAY, 20 APRIL 2016 AT 1400 HOURS',
      'IN COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, VICTORIA SQUARE, BIRMINGHAM, B1 1BB',
    ].join('\n')
    const pages = [1, 80, 160, 240].map(number => ({ number, text: `${sheet}\nA G E N D A` }))
    const found = parseFrontSheet(toLines(pages))
    assert.deepEqual([found.meeting.date, found.meeting.start_time], ['2016-04-20', '14:00'])
  })

  it('reads the time set alone under the date, and the venue under the time', () => {
    const text = [
      '**London Borough of Carrowmore**',
      '',
      '**CHILDREN AND YOUNG PEOPLE SCRUTINY COMMISSION**',
      '',
      '**Monday, 11 November 2019**',
      '',
      '**7.00 pm**',
      '',
      '**Room 102, Carrowmore Town Hall, Priory Parade, London E19 4RW**',
      '',
      'Contact:',
      'Page 1 of 31',
      '**A G E N D A**',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(
      [sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      ['2019-11-11', '19:00', 'Room 102, Carrowmore Town Hall, Priory Parade, London E19 4RW'],
    )
  })

  it("leaves out the substitutes' column beside the councillors'", () => {
    const text = [
      'London Borough of Holloway Vale',
      'OVERVIEW AND SCRUTINY COMMITTEE',
      'Tuesday, 23 September 2025 at 7.00 pm',
      '**Membership**',
      '',
      'Councillors\tSubstitute Members',
      'Councillor Ruth Okonjo-Bellamy (Chair)\tCouncillor Farhan Siddiqui',
      'Councillor Declan Moriarty (Vice-Chair)\tCouncillor Bethan Lloyd-Pryce',
      'Councillor Harriet Ashdown',
      '',
      'Page 1 of 32',
      '**A G E N D A**',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Ruth Okonjo-Bellamy', 'Declan Moriarty', 'Harriet Ashdown'])
  })

  it('ends the membership at a standing invitation, not a member of the panel', () => {
    const text = [
      'Oakenshaw Council',
      "Children and Young People's Scrutiny Panel",
      'Tuesday, 13 November 2018 at 6.00 pm',
      'Membership:',
      'Councillor Ian Hartley (Chair)\tLabour',
      'Councillor Joan Pryce\tConservative',
      '',
      'Standing invitation (not a member of the Panel)',
      'Councillor Helen Braithwaite\tCabinet Member for Children and Families',
      '',
      'Page 1 of 40',
      '**A G E N D A**',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Ian Hartley', 'Joan Pryce'])
  })

  it('ends the membership at standing invitees and at the officer contacts', () => {
    const text = [
      'Wrenport City Council',
      'Overview Select Committee',
      'Date:\tTHURSDAY, 16 SEPTEMBER 2021',
      'Members of the Committee',
      'Councillor Harriet Olumide (Chair)',
      'Councillor Kwame Boateng',
      '',
      'Standing invitees (non-voting)',
      'Maisie Trant, Wrenport Youth Council',
      '',
      'Officer contacts:',
      'Kirsty Pendle (Senior Governance Officer)\tTel: 01632 960418',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Harriet Olumide', 'Kwame Boateng'])
  })

  it('reads "Elected Members" and the co-opted members below, not the Cabinet Members listed after them', () => {
    const text = [
      '**ALDERMOOR COUNTY COUNCIL**',
      '**ADULTS AND HEALTH SELECT COMMITTEE**',
      'DATE:\tTHURSDAY, 21 NOVEMBER 2024',
      '**Elected Members**',
      'Mrs Gillian Harcourt (Chairman)\tKestlebridge East',
      'Mrs Barbara Ellingham OBE\tWyvern Valley South',
      '**Co-opted Members (non-voting)**',
      'Borough Councillor Denise Marwood\tKestlebridge Borough Council',
      'Cabinet Members with responsibilities relevant to the Select Committee (not members of the Select Committee):',
      'Mr Callum Brightwell, Cabinet Member for Adult Social Care and Health',
      '**A G E N D A**',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Gillian Harcourt', 'Barbara Ellingham', 'Denise Marwood'])
  })

  it('ends the membership at its reserve members, and keeps a name with an accent', () => {
    const text = [
      'LONDON BOROUGH OF LARKHITHE',
      'HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE',
      'Date:\tThursday, 16 November 2017',
      'Membership:',
      'Councillor Hannah Stroud',
      'Councillor Tomás Reilly',
      '**Reserve Members:** Councillors Colin Amberley, Graham Pellew and Farida Yusuf',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Hannah Stroud', 'Tomás Reilly'])
  })

  it("takes the meeting's date that its time follows, not the letter's own, and leaves off how to attend remotely", () => {
    const text = [
      'STRATHCAIRN COUNCIL',
      'Date:\t22 November 2022',
      'Enquiries to:\tLorna Strachan, Committee Services Officer',
      'AUDIT AND SCRUTINY COMMITTEE',
      'You are requested to attend a meeting of the Audit and Scrutiny Committee to be held on the date shown below.',
      'STRATHCAIRN COUNCIL',
      'AUDIT AND SCRUTINY COMMITTEE',
      'Date:\tTuesday, 29 November 2022',
      'Time:\t10.00 am',
      'Venue:\tCouncil Chamber, Council Headquarters, Kirkgate, Dunmarrow DR4 1QA (hybrid meeting – Members may attend remotely via Microsoft Teams)',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual(
      [sheet.committee, sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      [
        'AUDIT AND SCRUTINY COMMITTEE',
        '2022-11-29',
        '10:00',
        'Council Chamber, Council Headquarters, Kirkgate, Dunmarrow DR4 1QA',
      ],
    )
  })

  it('joins a committee name wrapped inside its bold, and reads members set out in two columns of "County Councillor …"', () => {
    const text = [
      'SALLOWMOUTH COUNCIL',
      '**ADULT SOCIAL CARE AND HEALTH',
      'OVERVIEW AND SCRUTINY PANEL**',
      'Date:\tThursday, 12 November 2020',
      '**Membership**',
      'County Councillor Graham Ostler (Chairman)\tCounty Councillor Rosalind Kemble',
      'County Councillor Anthony Brackley\tCounty Councillor Neil Latimer',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.committee, 'ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY PANEL')
    assert.deepEqual([...sheet.members].sort(), [
      'Anthony Brackley',
      'Graham Ostler',
      'Neil Latimer',
      'Rosalind Kemble',
    ])
  })
})

describe('a committee name wrapped where its first line breaks off', () => {
  it('joins "Environment and Transport Overview and" to "Scrutiny Committee" under the council', () => {
    const text = [
      'BRACKENSHIRE COUNTY COUNCIL',
      '',
      'Environment and Transport Overview and',
      'Scrutiny Committee',
      '',
      'Date:\tTuesday, 9 July 2019',
      'Time:\t10.00 am',
      'AGENDA',
    ].join('\n')
    assert.equal(frontSheet(text).committee, 'Environment and Transport Overview and Scrutiny Committee')
  })
})

describe("a notice's details as a markdown table", () => {
  it('ends the venue at the next label, the webcast beside it no part of where', () => {
    const text = [
      '# Overview and Scrutiny Committee',
      '| | |',
      '|---|---|',
      '| **Date** | Wednesday 17 September 2025 |',
      '| **Time** | 1.30 pm |',
      '| **Venue** | Committee Room 1, Wharfside House, 14 Canal Street, Caldbridge, CX1 4RT |',
      '| **Webcast** | The public part of this meeting will be webcast live |',
      'AGENDA',
    ].join('\n')
    assert.equal(
      frontSheet(text).meeting.venue,
      'Committee Room 1, Wharfside House, 14 Canal Street, Caldbridge, CX1 4RT',
    )
  })
})

describe('a membership with co-opted members and co-opted observers', () => {
  it('keeps the voting co-optees and leaves out the observers', () => {
    const text = [
      'EDUCATION AND SKILLS SCRUTINY COMMITTEE',
      'Date and Time: Thursday, 28 April 2016 at 10.00 a.m.',
      'MEMBERSHIP',
      'County Councillor Gareth Pryce-Morgan (Chair)',
      'County Councillor Eleri Wynne-Jones (Vice-Chair)',
      '',
      'Co-opted Members (voting on education matters):',
      '',
      'Mrs Catrin Mahoney – Roman Catholic Church Representative',
      '',
      'Co-opted Observers (non-voting):',
      '',
      'Mr Geraint Rowlands – Secondary Headteachers’ Representative',
      '',
      '**Non-voting observer:** Anita Drewitt (Healthwatch Bramshire)',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual([...frontSheet(text).members].sort(), [
      'Catrin Mahoney',
      'Eleri Wynne-Jones',
      'Gareth Pryce-Morgan',
    ])
  })
})

describe('a letter to "The Chair and Members of" the committee', () => {
  it('names the committee, not whom the letter goes to', () => {
    const text = [
      'BRACKENSHIRE COUNTY COUNCIL',
      '',
      'To: The Chair and Members of the Place Scrutiny Committee',
      '',
      'Date: Wednesday 27 September 2023',
      'Time: 2.00 pm',
      'AGENDA',
    ].join('\n')
    assert.equal(frontSheet(text).committee, 'Place Scrutiny Committee')
  })
})

describe("a membership dated by its term, set beside the members' wards", () => {
  it('reads the members under "MEMBERSHIP 2022 – 2027" after the agenda, not their wards', () => {
    const text = [
      'AUDIT, RISK AND SCRUTINY COMMITTEE',
      'Date: Wednesday 23 November 2022',
      'AGENDA',
      '1. Apologies',
      '**MEMBERSHIP 2022 – 2027**',
      '',
      'Councillor Fiona Drummond (Convener)\tKirkmorven East',
      'Councillor Alasdair MacPhail (Vice Convener)\tGlenrossie and Strathmerrick',
      'Councillor Euan Baird\tPortlachan and the Islands',
      'Councillor Hamish Ogilvie\tStrathmerrick Muir',
      '',
      'Independent Member:\tMrs Ailsa Corstorphine',
      '',
      '**Substitute Members**',
    ].join('\n')
    assert.deepEqual(parsePack(text).members, [
      'Fiona Drummond',
      'Alasdair MacPhail',
      'Euan Baird',
      'Hamish Ogilvie',
      'Ailsa Corstorphine',
    ])
  })
})

describe('a Scottish notice naming its committee only in its sentence', () => {
  it('reads the committee from "Notice is hereby given that a meeting of the … will be held"', () => {
    const text = [
      'INVERBRAE COUNCIL',
      '',
      'NOTICE OF MEETING',
      '',
      'Notice is hereby given that a meeting of the Policy and Scrutiny Committee will be held in the Council Chamber, Inverbrae House on Wednesday 25 September 2019 at 10.00 am.',
      '',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.deepEqual([sheet.committee, sheet.meeting.date], ['Policy and Scrutiny Committee', '2019-09-25'])
  })
})

describe('a membership labelled in bold, a non-voting observer after the members', () => {
  it('leaves out the observer', () => {
    const text = [
      '## HEALTH SCRUTINY COMMITTEE',
      '**Date:** Tuesday, 25 June 2024',
      '### Membership',
      '**Councillors:** Margaret Ashdown (Chair), Devinder Raman (Vice-Chair), Neil Brathwaite',
      '',
      '**Non-voting observer:** Anita Drewitt (Healthwatch Bramshire)',
      '',
      '**Named substitutes:** Councillors Lionel Grice and Marion Sallis',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual([...frontSheet(text).members].sort(), ['Devinder Raman', 'Margaret Ashdown', 'Neil Brathwaite'])
  })
})

describe('a membership whose reserves are listed before its co-opted members', () => {
  it('passes over the reserves and reads the co-opted members after them', () => {
    const text = [
      'Overview and Scrutiny Committee',
      'Date: Tuesday 12 July 2022',
      'Membership (Quorum 3)',
      'Chair:\tCouncillor Farida Osei',
      'Councillors:',
      'Olusegun Adeyemi-Clarke\tDev Chaudhary',
      '',
      'Reserve Members:',
      '',
      '1. Martin Kowalczyk\t3. Yusuf Demirci',
      '',
      'Co-opted Members (voting on education matters only):',
      '',
      'Mr Kofi Asante-Boateng, Roman Catholic Diocesan Representative',
      '',
      'Contact:\tDaniel Whitcombe',
      'AGENDA',
    ].join('\n')
    assert.deepEqual([...frontSheet(text).members].sort(), [
      'Dev Chaudhary',
      'Farida Osei',
      'Kofi Asante-Boateng',
      'Olusegun Adeyemi-Clarke',
    ])
  })
})

describe("a Scottish notice's front sheet", () => {
  it('reads the time printed before the date, and the membership listed after the agenda, a non-voting group left out', () => {
    const text = [
      '**The City of Dunbrannock Council**',
      '',
      '**Education, Children and Families Committee**',
      '',
      '**10.00 am, Tuesday, 6 December 2022**',
      '',
      '**Dean of Guild Court Room, City Chambers, Dunbrannock**',
      '',
      '**1. Order of Business**',
      '',
      '**2. Declaration of Interests**',
      '',
      '**3. Minutes**',
      '',
      '**Membership**',
      '',
      'Councillor Eilidh Drummond (Convener)',
      'Councillor Ranjit Gill (Vice-Convener)',
      'Councillor Callum Baird',
      '',
      '**Added members for education matters**',
      '',
      'Theresa Gallacher (Roman Catholic Church)',
      '',
      '**Parent representative (non-voting)**',
      '',
      'Lorna Kerr',
    ].join('\n')
    const pack = parsePack(text)
    assert.equal(pack.meeting.start_time, '10:00')
    assert.deepEqual(pack.members, ['Eilidh Drummond', 'Ranjit Gill', 'Callum Baird', 'Theresa Gallacher'])
  })
})

describe('a membership listed by political group', () => {
  it('leaves out the groups’ headings, and reads on over the page to the co-opted members', () => {
    const text = [
      'WEXCOMBE COUNCIL',
      '',
      "CHILDREN'S SERVICES SCRUTINY COMMITTEE",
      '',
      'TUESDAY, 17 SEPTEMBER 2019 AT 18:00 HOURS',
      '',
      '**Membership:**',
      '',
      '**Conservative**',
      '',
      'Councillor Margaret Ellwood (Chairman)',
      '',
      '**Liberal Democrat**',
      '',
      'Councillor Owen Treloar',
      '',
      'Page 1 of 3',
      '',
      '',
      '**Statutory co-opted members** (voting on education matters only)',
      '',
      'Revd Peter Astley – Church of England Diocese of Wexcombe',
      '',
      '',
      '**A G E N D A**',
      '',
      '1. **Apologies**',
      '',
      'Page 2 of 3',
    ].join('\n')
    assert.deepEqual(parsePack(text).members, ['Margaret Ellwood', 'Owen Treloar', 'Peter Astley'])
  })
})

describe("a county's front sheet of labelled blocks", () => {
  it("reads the venue on the lines under 'Place'", () => {
    const text = [
      'WRENSHIRE COUNTY COUNCIL',
      '',
      'ADULTS AND HEALTH SELECT COMMITTEE',
      '',
      'Date and Time',
      'Thursday, 10 July 2025 at 10.00 am',
      '',
      'Place',
      'Council Chamber, Shire Hall, Market Street,',
      'Castlebridge CX1 2HQ',
      '',
      'Contact',
      'Harriet Moss, Scrutiny Officer',
      '',
      'AGENDA',
      '',
      '1. APOLOGIES FOR ABSENCE',
    ].join('\n')
    const pack = parsePack(text)
    assert.equal(pack.meeting.venue, 'Council Chamber, Shire Hall, Market Street, Castlebridge CX1 2HQ')
  })
})

describe('parseFrontSheet with an ex officio line naming offices before the co-opted members', () => {
  it("reads on past 'Ex officio: the Chairman and Vice-Chairman of the County Council' to the co-opted members", () => {
    const text = [
      'BRYDONSHIRE COUNTY COUNCIL',
      '',
      '**Adults and Health Select Committee**',
      '',
      'Date & time\tWednesday, 19 June 2013 at 10.00 am',
      '',
      'Members:',
      'Mrs Angela Whitcombe (Chairman), Mr Derek Stanforth (Vice-Chairman) and Mr Colin Ashby',
      '',
      'Ex officio: the Chairman and Vice-Chairman of the County Council',
      '',
      'Co-opted Members:',
      'Borough Councillor Janet Feltham (Hexworth Borough Council), District Councillor Owen Pryce-Lloyd (Selbury District Council)',
      '',
      'The membership of the Select Committee was appointed by the County Council at its Annual Meeting.',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'Angela Whitcombe',
      'Derek Stanforth',
      'Colin Ashby',
      'Janet Feltham',
      'Owen Pryce-Lloyd',
    ])
  })
})

describe("parseFrontSheet with the membership in a summons letter's circulation list after the agenda", () => {
  it("reads the councillors and co-opted members under 'Circulation:-', not those copied 'For information'", () => {
    const text = [
      'CWMDERWEN COUNTY BOROUGH COUNCIL',
      '',
      'Dear Member,',
      '',
      'CORPORATE OVERVIEW AND SCRUTINY COMMITTEE',
      '',
      'Meeting Date:\tThursday, 20 October 2022',
      '',
      'A G E N D A',
      '',
      '1.\tApologies for Absence',
      '',
      'Circulation:-',
      '',
      'Chair and Members of the Corporate Overview and Scrutiny Committee',
      '',
      "County Borough Councillors: Gareth Llewellyn (Chair), Sian Prothero (Vice-Chair) and Sean O'Driscoll",
      '',
      'Co-opted Member (voting on education matters only): Mr Huw Bellamy – Church in Wales Representative',
      'Co-opted Member (voting on education matters only): Vacancy – Parent Governor Representative (Primary Schools)',
      '',
      'For information:',
      'County Borough Councillor Emrys Catterall – Leader of the Council',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Gareth Llewellyn', 'Sian Prothero', "Sean O'Driscoll", 'Huw Bellamy'])
  })
})

describe('parseFrontSheet on a summons letter with the meeting set out under it', () => {
  it("takes the venue from the 'Venue:' detail, not from the letter's sentence", () => {
    const text = [
      'CWMDERWEN COUNTY BOROUGH COUNCIL',
      '',
      'Dear Member,',
      '',
      'CORPORATE OVERVIEW AND SCRUTINY COMMITTEE',
      '',
      'You are invited to attend a hybrid meeting of the CORPORATE OVERVIEW AND SCRUTINY COMMITTEE to be held in the Council Chamber, Civic Centre, Pontyderw and remotely via Microsoft Teams on THURSDAY, 20 OCTOBER 2022 at 5.00 pm.',
      '',
      'Meeting Date:\tThursday, 20 October 2022',
      'Meeting Time:\t5.00 pm',
      'Venue:\tHybrid meeting – Council Chamber, Civic Centre, Pontyderw and remotely via Microsoft Teams',
      '',
      'A G E N D A',
    ].join('\n')
    assert.deepEqual(frontSheet(text).meeting, {
      date: '2022-10-20',
      start_time: '17:00',
      venue: 'Hybrid meeting - Council Chamber, Civic Centre, Pontyderw and remotely via Microsoft Teams',
      source_page: 1,
    })
  })
})

describe("parseFrontSheet with the membership headed 'Members of the …'", () => {
  it('reads the members bulleted under the heading, not the heading itself', () => {
    const text = [
      'LOCHMORAY COUNCIL',
      '',
      'You are requested to attend a meeting of the Scrutiny and Audit Panel to be held in the Council Chamber on Tuesday, 12 March 2024 at 2.00 pm.',
      '',
      '**Distribution**',
      '',
      '**Members of the Scrutiny and Audit Panel**',
      '',
      '- Councillor Morag Lindsay (Convener)',
      '- Councillor Alasdair Kerr (Vice-Convener)',
      '- Mr Derek Fotheringham (External Member)',
      '',
      '**Copies for information**',
      '',
      '- Chief Executive',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Morag Lindsay', 'Alasdair Kerr', 'Derek Fotheringham'])
  })
})

describe('parseFrontSheet on a letter whose sentence about members wraps', () => {
  it("takes 'Members who wish to attend remotely …' for no membership, nor the signature under it", () => {
    const text = [
      'CWMDERWEN COUNTY BOROUGH COUNCIL',
      '',
      'Dear Member,',
      '',
      'Meeting Date:\tThursday, 20 October 2022',
      '',
      'Members who wish to attend remotely are asked to notify the Democratic Services Officer by 12 noon on',
      'Tuesday, 18 October 2022, so that a Microsoft Teams invitation can be sent.',
      '',
      'Yours faithfully,',
      '',
      'Non Prydderch',
      'Head of Democratic Services',
      '',
      'A G E N D A',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [])
  })
})

describe('parseFrontSheet on a summons set out over lines of its own', () => {
  it("reads the committee, date, time and venue from the sentence, not the letter's own date", () => {
    const text = [
      'SORRELBURY DISTRICT COUNCIL',
      '',
      '10 September 2018',
      '',
      'To: All Members of the Overview and Scrutiny Committee',
      '',
      'Dear Councillor',
      '',
      'You are summoned to attend a meeting of the',
      '',
      '**OVERVIEW AND SCRUTINY COMMITTEE**',
      '',
      'to be held on',
      '',
      '**Tuesday 18 September 2018 at 7.30 pm**',
      '',
      'in **Committee Room 2, District Offices**',
      '',
      'when the business set out in the agenda overleaf will be transacted.',
      '',
      'AGENDA',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.committee, 'Overview and Scrutiny Committee')
    assert.deepEqual(sheet.meeting, {
      date: '2018-09-18',
      start_time: '19:30',
      venue: 'Committee Room 2, District Offices',
      source_page: 1,
    })
  })
})

describe('parseFrontSheet with a note on how to watch after the venue', () => {
  it("leaves '– members of the public can watch …' out of the venue", () => {
    const text = [
      'MARROWBY COUNCIL',
      '',
      '**Corporate Scrutiny Committee**',
      '',
      '**Date: Wednesday, 22 July 2020**',
      '**Time: 6.00pm**',
      "**Venue: Remote meeting via Zoom – members of the public can watch the meeting live on the Council's YouTube channel (please click this link)**",
      '',
      'AGENDA',
    ].join('\n')
    assert.equal(frontSheet(text).meeting.venue, 'Remote meeting via Zoom')
  })
})

describe("parseFrontSheet on a joint committee's membership by council, each with its substitutes", () => {
  it("reads every council's members, passing over each 'Substitutes:' list under them", () => {
    const text = [
      'JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE FOR LINDENSHIRE AND TRESK',
      '',
      'THURSDAY, 24 JUNE 2021 AT 10:00 HOURS',
      '',
      'MEMBERSHIP',
      '',
      'Lindenshire County Council',
      'Councillor Margaret Ilsley (Chair)',
      'Councillor Derek Fanshawe',
      'Substitutes:',
      'Councillor Hilary Mountford',
      '',
      'Dunholm City Council',
      'Councillor Abdul Chowdhury (Vice-Chair)',
      'Substitutes:',
      'Councillor Naomi Brightwell',
      'Councillor Tariq Mahmood',
      '',
      'Easterby Borough Council',
      'Councillor Sandra Pugh',
      'Substitutes: Councillor Lee Whitfield',
      '',
      'Contact: Gillian Okoro, Joint Scrutiny Officer',
      '',
      'A G E N D A',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Margaret Ilsley', 'Derek Fanshawe', 'Abdul Chowdhury', 'Sandra Pugh'])
  })
})

describe('parseFrontSheet with education co-optees after the substitutes', () => {
  it("reads on past 'Substitute Members: …' to the voting co-optees, and stops at the non-voting ones", () => {
    const text = [
      'LONDON BOROUGH OF WICKHAMSTEAD',
      '',
      '**Children and Young People Scrutiny Sub-Committee**',
      '',
      '**Tuesday, 12th November, 2024, 7.00 pm - Committee Room 1, Civic Centre**',
      '',
      'Membership',
      '',
      'Name\tParty',
      'Councillor Priya Raghunathan (Chair)\tLabour',
      'Councillor Declan Moriarty (Vice-Chair)\tLabour',
      '',
      'Substitute Members: Councillors Maureen Lakhani (Labour) and Gideon Fairweather (Liberal Democrat)',
      '',
      'Education co-optees (voting on education matters only)',
      '',
      'Name\tRepresenting',
      'Revd Jonathan Ekwueme-Price\tChurch of England Diocese',
      'Vacancy\tParent Governor Representative (Secondary)',
      '',
      'Non-voting co-optees',
      '',
      'Name\tRepresenting',
      'Ruby Castellanos\tWickhamstead Youth Parliament',
      '',
      'AGENDA',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Priya Raghunathan', 'Declan Moriarty', 'Jonathan Ekwueme-Price'])
  })
})

describe('parseFrontSheet with the date, time and venue in a bold line that wraps', () => {
  it('reads the venue over the lines the bold runs on, without the note on watching', () => {
    const text = [
      'Public Document Pack',
      '',
      'LONDON BOROUGH OF WICKHAMSTEAD',
      '',
      'NOTICE OF MEETING',
      '',
      '**Children and Young People Scrutiny Sub-Committee**',
      '',
      '**Tuesday, 12th November, 2024, 7.00 pm - Committee Room 1, Wickhamstead Civic',
      'Centre, 40 Market Parade, London E19 4AX (watch the live meeting [here](#), watch the',
      'recording [here](#))**',
      '',
      'Quorum: 3',
      '',
      'AGENDA',
      '',
      '1.\tApologies for Absence',
    ].join('\n')
    assert.equal(
      frontSheet(text).meeting.venue,
      'Committee Room 1, Wickhamstead Civic Centre, 40 Market Parade, London E19 4AX',
    )
  })
})

describe('parseFrontSheet with each member on a line, the ward after a dash', () => {
  it("reads no ward's words as a name ('… - Stonegate and Wharf Hill;')", () => {
    const text = [
      'NETHERBECK CITY COUNCIL',
      '',
      'Scrutiny Board (Adults, Health and Active Lifestyles)',
      '',
      'Date:\tTuesday, 21 March 2023',
      '',
      'Membership',
      'Councillor Helen Rawcliffe (Chair) - Hollin Park;',
      'Councillor Lucy Nwachukwu - Stonegate and Wharf Hill;',
      'Councillor Rhiannon Fairbairn - Eastfield and Holme;',
      '',
      'AGENDA',
      '',
      '1\tApologies for Absence',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Helen Rawcliffe', 'Lucy Nwachukwu', 'Rhiannon Fairbairn'])
  })
})

describe("parseFrontSheet with a diocese's representative styled 'The Revd Canon'", () => {
  it('reads the name without its style', () => {
    const text = [
      'TYRRELSHIRE COUNTY COUNCIL',
      '',
      "Children's Services Scrutiny Sub-Committee",
      '',
      'Date:\tTuesday, 18 January 2022',
      '',
      'Membership:',
      'Councillor Sarah Pendleton (Chairman)',
      '',
      'Co-opted Members (Education):',
      'The Revd Canon Rachel Whitcombe\tChurch of England Diocese of Kellingham',
      '',
      'AGENDA',
      '',
      '1.\tApologies for Absence',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, ['Sarah Pendleton', 'Rachel Whitcombe'])
  })
})

describe('parseFrontSheet with substitutes right under the members, as a browser prints them', () => {
  it("ends the membership at the label after them ('Co-optees:'), reading no co-optee or contact", () => {
    const text = [
      'London Borough of Ravensgate',
      'HEALTH AND ADULTS SCRUTINY SUB-COMMITTEE',
      'Thursday, 21 March 2024 at 6.30 p.m.',
      'Committee Room One, Ravensgate Town Hall',
      'Members:',
      'Councillors Shafiqul Haque (Chair), Bernadette Oyelowo-Grant (Vice-Chair), Rezaul Karim, Joanna',
      'Fairbairn, Daniel Okonjo, Mehreen Aslam and',
      'Peter Lisowski',
      'Substitutes:',
      'Councillors Nasima Khanom, Tom Whitcombe, Grace Adebayo and Harvey Lomax',
      'Co-optees:',
      'Simone Barrett (Healthwatch Ravensgate) – non-voting',
      'Contact for further enquiries:',
      'Jonah Whitfield, Democratic Services Officer (Committees)',
      'Page 1',
      '',
      'AGENDA',
      '',
      '1\tApologies for Absence',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'Shafiqul Haque',
      'Bernadette Oyelowo-Grant',
      'Rezaul Karim',
      'Joanna Fairbairn',
      'Daniel Okonjo',
      'Mehreen Aslam',
      'Peter Lisowski',
    ])
  })
})

describe('parseFrontSheet on a notice headed AGENDA, the meeting set out below the agenda', () => {
  it('reads the committee under the heading and the date, time and venue from the foot of the page', () => {
    const text = [
      'GREYHOLME METROPOLITAN BOROUGH COUNCIL',
      '',
      'AGENDA',
      '',
      'ECONOMY AND REGENERATION OVERVIEW AND SCRUTINY PANEL',
      '',
      'ITEM\tSUBJECT\tPAGE NO.',
      '1\tApologies for Absence\t',
      '2\tMinutes of the Meeting held on 15 January 2019\t3 - 6',
      '',
      'Date:\tTuesday, 12 March 2019',
      'Time:\t6.00 pm',
      'Venue:\tCommittee Room 2, Greyholme Town Hall',
      '',
      'Page 1',
    ].join('\n')
    const sheet = frontSheet(text)
    assert.equal(sheet.committee, 'ECONOMY AND REGENERATION OVERVIEW AND SCRUTINY PANEL')
    assert.deepEqual(
      [sheet.meeting.date, sheet.meeting.start_time, sheet.meeting.venue],
      ['2019-03-12', '18:00', 'Committee Room 2, Greyholme Town Hall'],
    )
  })
})

describe("parseFrontSheet with the membership after the agenda under 'Panel Members'", () => {
  it('reads the members set out in two columns', () => {
    const text = [
      'GREYHOLME METROPOLITAN BOROUGH COUNCIL',
      '',
      'AGENDA',
      '',
      'ECONOMY AND REGENERATION OVERVIEW AND SCRUTINY PANEL',
      '',
      'ITEM\tSUBJECT\tPAGE NO.',
      '1\tApologies for Absence\t',
      '',
      'Panel Members',
      '',
      'Councillor Maureen Ackroyd (Chair)\tCouncillor Tariq Mahmood (Vice-Chair)',
      'Councillor Joan Birtwistle\tCouncillor Philip Costigan',
      '',
      'Named substitutes: Councillors Ruth Entwistle and Brian Sowerby',
    ].join('\n')
    assert.deepEqual([...frontSheet(text).members].sort(), [
      'Joan Birtwistle',
      'Maureen Ackroyd',
      'Philip Costigan',
      'Tariq Mahmood',
    ])
  })
})

describe("a Scottish council's summons, the details a line each under it", () => {
  it("reads the date, time and venue set out below '… to be held on:', the members listed after the agenda under 'Members:'", () => {
    const text = [
      'ARDLENNOCH COUNCIL',
      '',
      '4 March 2025',
      '',
      'Dear Councillor',
      '',
      'AUDIT AND SCRUTINY COMMITTEE',
      '',
      'You are requested to attend a meeting of the Audit and Scrutiny Committee to be held on:',
      '',
      'Thursday, 13 March 2025',
      '10.00 am',
      'Council Chamber, Council Headquarters, Kirkgate, Port Ardlennoch',
      '',
      'Yours sincerely',
      '',
      'BUSINESS',
      '',
      '1.   Apologies for Absence',
      '',
      '2.   Declarations of Interest',
      '',
      'Members: Councillor Alasdair Munro (Convener); Councillor Heather Gilchrist (Vice-Convener);',
      'Councillor Graeme Auchterlonie; Mrs Fiona Baird (Independent Member); Mr Kenneth Strachan',
      '(Independent Member).',
    ].join('\n')
    const found = frontSheet(text)
    assert.deepEqual(found.meeting, {
      date: '2025-03-13',
      start_time: '10:00',
      venue: 'Council Chamber, Council Headquarters, Kirkgate, Port Ardlennoch',
      source_page: 1,
    })
    assert.deepEqual(found.members, [
      'Alasdair Munro',
      'Heather Gilchrist',
      'Graeme Auchterlonie',
      'Fiona Baird',
      'Kenneth Strachan',
    ])
  })
})

describe("a London borough's membership in paragraphs, its co-opted members on their label's line", () => {
  it('keeps the last councillor apart from a co-opted member whose representation wraps onto the next line', () => {
    const text = [
      'LONDON BOROUGH OF CARNBURY',
      'Overview and Scrutiny Committee',
      'Date: Wednesday, 14 September 2016',
      'Membership:',
      'Councillors Peter Dunmore (Vice-Chair), Aisha Rahman (Chair) and Simon Treadgold',
      'Co-opted Members (voting on education matters only): Reverend Hilary Ashdown (Church of England',
      'Diocesan Representative) and Tomasz Wierzbicki (Parent Governor Representative)',
      'Reserve Members:',
      'Councillors Maxine Kurt and Jane Pellegrini',
      '',
      'AGENDA',
      '1. Apologies for Absence',
    ].join('\n')
    assert.deepEqual(frontSheet(text).members, [
      'Peter Dunmore',
      'Aisha Rahman',
      'Simon Treadgold',
      'Hilary Ashdown',
      'Tomasz Wierzbicki',
    ])
  })
})

describe('a front sheet of two columns of labels', () => {
  it('reads each value up to the label beside it', () => {
    const text = [
      'CORPORATE OVERVIEW AND SCRUTINY MANAGEMENT BOARD',
      '',
      'Date:\tTuesday, 15 July 2025\tContact:\tLeanne Otway',
      'Time:\t10.00 a.m.\tTel:\t01632 497 215',
      'Venue:\tCouncil Chamber, Wyrebridge Town Hall, WB1 1AA\tEmail:\tleanne.otway@wyrebridge.gov.uk',
      '',
      'AGENDA',
      '',
      '1.\tApologies',
    ].join('\n')
    assert.equal(
      parseFrontSheet(toLines([{ number: 1, text }])).meeting.venue,
      'Council Chamber, Wyrebridge Town Hall, WB1 1AA',
    )
  })
})
