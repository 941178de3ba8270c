import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { parsePack } from './parse-pack.ts'
import type { ParsedPack } from './types.ts'

// Expected values below were read off the seed texts by hand, not copied from parser output.
function seed(name: string): string {
  return readFileSync(new URL(`../../../../shared/seeds/${name}`, import.meta.url), 'utf8')
}

type Item = [number, string, [number, number] | null, [string, string] | null]

function assertItems(pack: ParsedPack, expected: Item[]): void {
  const actual = pack.agenda_items.map(i => [i.number, i.title, i.pages, i.time_slot])
  assert.deepEqual(actual, expected)
}

function attendeesOf(pack: ParsedPack, n: number): string | null {
  return pack.agenda_items.find(i => i.number === n)?.attendees ?? null
}

const CALL_IN = 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)'
const VENUE = 'COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, VICTORIA SQUARE, BIRMINGHAM, B1 1BB'

describe('pack 2016-04-20 Education and Vulnerable Children', () => {
  const pack = parsePack(seed('pack-2016-04-20-education-vulnerable-children.txt'))

  test('reads the front sheet', () => {
    assert.equal(pack.committee, 'EDUCATION AND VULNERABLE CHILDREN OVERVIEW AND SCRUTINY COMMITTEE')
    assert.equal(pack.council, 'BIRMINGHAM CITY COUNCIL')
    assert.deepEqual(
      { date: pack.meeting.date, start_time: pack.meeting.start_time, venue: pack.meeting.venue },
      { date: '2016-04-20', start_time: '14:00', venue: VENUE },
    )
    assert.deepEqual(pack.members, [
      'Susan Barnett',
      'Uzma Ahmed',
      'Sue Anderson',
      'Matt Bennett',
      'Barry Bowles',
      'Mick Brown',
      'Debbie Clancy',
      'Barbara Dring',
      'Chauhdry Rashid',
      'Valerie Seabright',
      'Martin Straker Welds',
      'Alex Yip',
      'Samera Ali',
      'Richard Potter',
      'Sarah Smith',
    ])
  })

  test('reads every agenda item, with afternoon time slots on a 24-hour clock', () => {
    assertItems(pack, [
      [1, 'NOTICE OF RECORDING/WEBCAST', null, null],
      [2, 'APOLOGIES', null, null],
      [3, 'MINUTES OF PREVIOUS MEETING - 16 MARCH, 2016 AND 23 MARCH, 2016', [3, 18], null],
      [4, 'DISTRICT CHAIRS', [19, 20], ['14:10', '16:10']],
      [5, 'PROGRESS ON THE CHILDREN MISSING FROM HOME AND CARE INQUIRY', [21, 24], ['16:10', '16:40']],
      [6, 'TRACKING: CHILD SEXUAL EXPLOITATION', [25, 46], ['16:40', '17:20']],
      [7, 'WORK PROGRAMME', [47, 56], null],
      [8, 'DATE AND TIME OF NEXT MEETING', null, null],
      [9, CALL_IN, null, null],
      [10, 'OTHER URGENT BUSINESS', null, null],
      [11, 'AUTHORITY TO CHAIRMAN AND OFFICERS', null, null],
    ])
  })

  test('reads who attends each item', () => {
    assert.match(
      attendeesOf(pack, 4) ?? '',
      /^Cllr Josh Jones, Erdington District\n.*\nCllr Sue Anderson, Yardley District$/s,
    )
    assert.match(attendeesOf(pack, 5) ?? '', /^Alastair Gibbons, Executive Director/)
    assert.match(attendeesOf(pack, 6) ?? '', /Phillipa Cresswell/)
    for (const n of [1, 2, 3, 7, 8, 9, 10, 11]) assert.equal(attendeesOf(pack, n), null, `item ${n}`)
  })

  test('reads the minutes of the most recent previous meeting (23 March)', () => {
    const notes = pack.action_notes
    assert.equal(notes?.meeting_date, '2016-03-23')
    assert.deepEqual(notes?.present, [
      'Susan Barnett',
      'Sue Anderson',
      'Matt Bennett',
      'Barry Bowles',
      'Debbie Clancy',
      'Barbara Dring',
      'Valerie Seabright',
      'Martin Straker-Welds',
      'Alex Yip',
      'Samera Ali',
      'Sarah Smith',
    ])
    assert.deepEqual(notes?.apologies, ['Uzma Ahmed', 'Mick Brown', 'Chaudhry Rashid', 'Richard Potter'])
    assert.deepEqual(
      notes?.resolutions.map(r => r.item),
      ['ENGAGING CHILDREN AND YOUNG PEOPLE IN CARE WITHIN THE SCRUTINY PROCESS', 'AUTHORITY TO CHAIR AND OFFICERS'],
    )
  })

  test('also reads the minutes of 16 March', () => {
    const first = pack.action_notes_all?.[0]
    assert.equal(first?.meeting_date, '2016-03-16')
    assert.deepEqual(first?.present, [
      'Susan Barnett',
      'Sue Anderson',
      'Matt Bennett',
      'Barry Bowles',
      'Debbie Clancy',
      'Barbara Dring',
      'Martin Straker-Welds',
      'Chauhdry Rashid',
      'Alex Yip',
    ])
    assert.deepEqual(first?.apologies, [
      'Mick Brown',
      'Chaudhry Rashid',
      'Valerie Seabright',
      'Samera Ali',
      'Richard Potter',
      'Sarah Smith',
    ])
    assert.equal(first?.resolutions.length, 5)
    assert.equal(first?.resolutions[1]?.text, 'That the report and presentation be noted.')
  })

  test('reads the report cover sheets', () => {
    assert.deepEqual(
      pack.reports.map(r => [r.title, r.report_of, r.author, r.date, r.pages]),
      [
        ['Update on Missing Children from Home or Care', null, 'Tony Stanley', '2016-04-20', [21, 24]],
        [
          "Progress Report on Implementation: We Need to Get It Right: A Health Check into the Council's Role in Tackling Child Sexual Exploitation",
          "Cabinet Member for Children's Services",
          'Alastair Gibbons',
          '2016-04-20',
          [25, 46],
        ],
      ],
    )
  })
})

describe('pack 2016-07-20 Schools, Children and Families', () => {
  const pack = parsePack(seed('pack-2016-07-20-schools-children-families.txt'))

  test('reads the front sheet', () => {
    assert.equal(pack.committee, 'SCHOOLS, CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE')
    assert.deepEqual(
      { date: pack.meeting.date, start_time: pack.meeting.start_time, venue: pack.meeting.venue },
      { date: '2016-07-20', start_time: '14:00', venue: VENUE },
    )
    assert.deepEqual(pack.members, [
      'Susan Barnett',
      'Sue Anderson',
      'Matt Bennett',
      'Kate Booth',
      'Barry Bowles',
      'Debbie Clancy',
      'Shabrana Hussain',
      'Julie Johnson',
      'Chauhdry Rashid',
      'Valerie Seabright',
      'Martin Straker-Welds',
      'Alex Yip',
      'Samera Ali',
      'Evette Clarke',
      'Richard Potter',
      'Sarah Smith',
    ])
  })

  test('reads every agenda item, with ranges printed before the item number', () => {
    assertItems(pack, [
      [1, 'NOTICE OF RECORDING/WEBCAST', null, null],
      [2, 'APPOINTMENT OF COMMITTEE AND CHAIR', null, null],
      [3, 'ELECTION OF THE DEPUTY CHAIR', null, null],
      [4, 'APOLOGIES', null, null],
      [5, 'DECLARATIONS OF INTERESTS', null, null],
      [6, 'TERMS OF REFERENCE', [5, 10], null],
      [7, "THE EDUCATION AND CHILDREN'S SOCIAL CARE IMPROVEMENT JOURNEY", [11, 94], null],
      [8, 'WORK PROGRAMME', [95, 100], null],
      [9, 'DATES OF FUTURE MEETINGS', null, null],
      [10, CALL_IN, null, null],
      [11, 'OTHER URGENT BUSINESS', null, null],
      [12, 'AUTHORITY TO CHAIRMAN AND OFFICERS', null, null],
    ])
  })

  test('reads who attends each item', () => {
    const seven = attendeesOf(pack, 7) ?? ''
    for (const name of ['Andrew Christie', 'Cabinet Member', 'Peter Hay', 'Alastair Gibbons'])
      assert.match(seven, new RegExp(name))
    for (const n of [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]) assert.equal(attendeesOf(pack, n), null, `item ${n}`)
  })

  test('has no action notes: it is the first meeting of the year', () => {
    assert.equal(pack.action_notes, null)
  })

  test('pages are inferred from the "Page N of 100" footers', () => {
    assert.ok(pack.warnings.some(w => /inferred from page footers/.test(w.message)))
  })
})

describe("pack 2023-05-17 Education and Children's Social Care", () => {
  const pack = parsePack(seed('pack-2023-05-17-education-childrens-social-care.txt'))

  test('reads the front sheet', () => {
    assert.equal(pack.committee, "EDUCATION AND CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE")
    assert.deepEqual(
      { date: pack.meeting.date, start_time: pack.meeting.start_time, venue: pack.meeting.venue },
      { date: '2023-05-17', start_time: '10:00', venue: VENUE },
    )
    assert.deepEqual(pack.members, [
      'Kerry Jenkins',
      'Des Hughes',
      'Shabina Bano',
      'Jilly Bermingham',
      'Debbie Clancy',
      'Morriam Jan',
      'Shehla Moledina',
      'Simon Morrall',
      'Justine Lomas',
      'Osamugi Ogbe',
      'Rabia Shami',
      'Sarah Smith',
    ])
  })

  test('reads every agenda item, with ranges on the line before their item', () => {
    assertItems(pack, [
      [1, 'NOTICE OF RECORDING/WEBCAST', null, null],
      [2, 'APOLOGIES', null, null],
      [3, 'DECLARATIONS OF INTERESTS', null, null],
      [4, 'ACTION NOTES', [5, 16], null],
      [5, 'ACTION TRACKER', [17, 24], null],
      [6, "YOUNG PEOPLE'S SUBSTANCE USE SERVICE", [25, 74], ['10:05', '10:45']],
      [7, 'YOUTH SERVICE', [75, 82], ['10:45', '11:25']],
      [8, 'SEND ACCELERATED PROGRESS PLAN', [83, 124], ['11:25', '12:05']],
      [9, "OFSTED INSPECTION OF BIRMINGHAM CHILDREN'S SERVICES (ILACS)", [125, 138], null],
      [10, 'WORK PROGRAMME', null, null],
      [11, CALL_IN, null, null],
      [12, 'OTHER URGENT BUSINESS', null, null],
      [13, 'AUTHORITY TO CHAIR AND OFFICERS', null, null],
    ])
  })

  test('reads who attends each item', () => {
    assert.match(attendeesOf(pack, 6) ?? '', /^Karl Beese.*\nOn-line: Justin Varney.*\nMembers of the Children/s)
    assert.match(attendeesOf(pack, 7) ?? '', /^Soulla Yiasouma, Head of Youth Service/)
    assert.match(attendeesOf(pack, 8) ?? '', /^Sue Harrison, Strategic Director/)
    assert.match(attendeesOf(pack, 9) ?? '', /^Andy Couldrick, Chief Executive/)
    for (const n of [1, 2, 3, 4, 5, 10, 11, 12, 13]) assert.equal(attendeesOf(pack, n), null, `item ${n}`)
  })

  test('reads the action notes of 5 April 2023', () => {
    const notes = pack.action_notes
    assert.equal(notes?.meeting_date, '2023-04-05')
    assert.deepEqual(notes?.present, [
      'Kerry Jenkins',
      'Shabina Bano',
      'Debbie Clancy',
      'Des Hughes',
      'Shehla Moledina',
      'Justine Lomas',
      'Osamugi Ogbe',
      'Sarah Smith',
    ])
    assert.deepEqual(notes?.also_present, [
      'Karen McCarthy',
      'Sabiha Aziz',
      'Andrew Christie',
      'Andy Couldrick',
      'Sue Harrison',
      'Kerry Madden',
      'Amanda Simcox',
      'Amelia Wiltshire',
    ])
    assert.deepEqual(notes?.apologies, ['Jilly Bermingham', 'Simon Morrall', 'Rabia Shami'])
    assert.deepEqual(
      notes?.resolutions.map(r => r.item),
      [
        'ACTION NOTES',
        'ACTION TRACKER',
        "CHILDREN'S TRUST UPDATE",
        'IMPROVING SERVICES FOR CHILDREN AND FAMILIES IMPROVEMENT PROGRAMME PROGRESS UPDATE',
        'WORK PROGRAMME',
        'DATE AND TIME OF NEXT MEETING',
        'AUTHORITY TO CHAIR AND OFFICERS',
      ],
    )
    assert.equal(
      notes?.resolutions[4]?.text,
      'That:\nThe work programme was agreed.\nThe Chair and the Deputy Chair to look at the key areas to be scheduled.',
    )
  })

  test("reads the report cover sheets and gives each its agenda item's pages", () => {
    assert.deepEqual(
      pack.reports.map(r => [
        r.title.slice(0, 30),
        r.report_of?.slice(0, 20) ?? null,
        r.author?.slice(0, 20) ?? null,
        r.date,
        r.pages,
      ]),
      [
        ['Sexual Health Treatment & Prev', 'Dr Justin Varney, Di', 'Karl Beese, Commissi', '2023-05-17', [25, 74]],
        ['Inquiry Evidence Gathering: Yo', 'Birmingham Youth Ser', 'Soulla Yiasouma (Hea', '2023-05-17', [75, 82]],
        ['SEND Improvement Programme', 'Sue Harrison (Direct', 'Helen Ellis (Directo', '2023-05-17', [83, 124]],
        ['Narrative report: SEND Improve', 'Sue Harrison (Direct', 'Helen Ellis (Directo', '2023-05-17', [83, 124]],
        ['Ofsted Inspection of Birmingha', 'Andy Couldrick, Chie', 'Andy Couldrick, Chie', '2023-05-17', [125, 138]],
      ],
    )
  })
})
