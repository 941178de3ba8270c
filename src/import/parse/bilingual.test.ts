import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { englishLabels, isBilingual } from './bilingual.ts'
import { parsePack } from './parse-pack.ts'

const FRONT_SHEET = [
  'Cyngor Sir Caerlas',
  'Caerlas County Council',
  '',
  'Dyddiad cyhoeddi / Date of publication:\tDydd Mercher, 9 Tachwedd 2022 / Wednesday, 9 November 2022',
  '',
  'PWYLLGOR CRAFFU ADNODDAU CORFFORAETHOL',
  'CORPORATE RESOURCES SCRUTINY COMMITTEE',
  '',
  'Dyddiad / Date:\tDydd Iau, 17 Tachwedd 2022',
  '\tThursday, 17 November 2022',
  'Amser / Time:\t2.00 y.h. / 2.00 pm',
  'Lleoliad / Venue:\tSiambr y Cyngor, Neuadd y Sir',
  '\tCouncil Chamber, County Hall',
  '',
  'Tudalen 1',
  '',
  'Aelodaeth / Membership',
  '',
  'Cynghorwyr / Councillors:',
  '',
  'Gareth Wyn Lloyd (Cadeirydd / Chair)\tHelen Mostyn-Price (Is-Gadeirydd / Vice-Chair)',
  'Aled Rhys Beynon\tCatrin Haf Jenkins',
  '',
  "Aelodau'r Cabinet a wahoddwyd / Invited Cabinet Members:",
  'Cynghorydd / Councillor Menna Vaughan – Aelod Cabinet / Cabinet Member for Finance',
  '',
  'Swyddog Cyswllt / Contact Officer:',
  'Eleri Prydderch, Swyddog Gwasanaethau Democrataidd / Democratic Services Officer',
  '',
  'Tudalen 2',
  '',
  'RHAGLEN / AGENDA',
  '',
  'Eitem / Item\t\tTudalen / Page',
  '',
  '1.\tYmddiheuriadau am Absenoldeb',
  '\tApologies for Absence',
  '',
  '2.\tCofnodion\t5 - 10',
  '\tMinutes',
  '\tTo confirm the minutes of the meeting held on 22 September 2022.',
  '',
  '3.\tStrategaeth Ddigidol 2022–2027\t11 - 14',
  '\tDigital Strategy 2022–2027',
  '',
  'Tudalen 3',
]

describe('englishLabels', () => {
  it('leaves each bilingual label and value in English, the value from its line or the line below', () => {
    const [page] = englishLabels([{ number: 1, text: FRONT_SHEET.slice(0, 14).join('\n') }])
    assert.deepEqual(page?.text.split('\n').slice(3, 12), [
      'Date of publication:\tWednesday, 9 November 2022',
      '',
      // The committee's name in Welsh above the English one is set aside.
      '',
      'CORPORATE RESOURCES SCRUTINY COMMITTEE',
      '',
      'Date:\tThursday, 17 November 2022',
      'Time:\t2.00 pm',
      'Venue:\tCouncil Chamber, County Hall',
      '',
    ])
  })

  it('tells a bilingual pack by its Welsh labels and furniture, and an English one not', () => {
    assert.equal(isBilingual([{ number: 1, text: FRONT_SHEET.join('\n') }]), true)
    const english = ['Lead Officer / Cabinet Member\tTarget date', 'Date: 17 November 2022', 'Page 1'].join('\n')
    assert.equal(isBilingual([{ number: 1, text: english }]), false)
  })
})

describe('parsePack on a Welsh council’s bilingual pack', () => {
  it('reads the English front sheet, members in two columns under "Councillors:" (down each column), and English agenda titles', () => {
    const pack = parsePack(FRONT_SHEET.join('\n'))
    assert.equal(pack.committee, 'CORPORATE RESOURCES SCRUTINY COMMITTEE')
    assert.deepEqual(pack.meeting, {
      date: '2022-11-17',
      start_time: '14:00',
      venue: 'Council Chamber, County Hall',
      source_page: 1,
    })
    assert.deepEqual(pack.members, ['Gareth Wyn Lloyd', 'Aled Rhys Beynon', 'Helen Mostyn-Price', 'Catrin Haf Jenkins'])
    assert.deepEqual(
      pack.agenda_items.map(i => [i.number, i.title, i.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'Minutes', [5, 10]],
        [3, 'Digital Strategy 2022-2027', [11, 14]],
      ],
    )
  })
})

describe('parsePack on a bilingual pack that prints the English first', () => {
  it('reads "Date / Dyddiad:" labels, the committee in bold over two lines, and the membership table under its bilingual header', () => {
    const text = [
      'CYNGOR BWRDEISTREF SIROL GLAN-YR-AFON',
      'GLAN-YR-AFON COUNTY BOROUGH COUNCIL',
      '',
      'Date of Issue / Dyddiad Cyhoeddi:\tFriday, 31 January 2020',
      'Enquiries to / Ymholiadau i:\tFfion Caradog, Democratic Services',
      '',
      '**PWYLLGOR CRAFFU CORFFORAETHOL',
      'CORPORATE SCRUTINY COMMITTEE**',
      '',
      'Date / Dyddiad:\tMonday, 10 February 2020',
      'Time / Amser:\t2.00 pm',
      'Venue / Lleoliad:\tCouncil Chamber, Civic Centre, Abercarreg',
      '',
      'Page 1 of 3',
      '',
      '**AELODAETH / MEMBERSHIP**',
      '',
      'Councillor / Cynghorydd\tElectoral Ward / Ward Etholiadol\tPolitical Group / Grŵp Gwleidyddol',
      'Rhodri Prys Bowen (Chair / Cadeirydd)\tCwm Isaf\tLabour',
      'Gethin ap Dafydd\tBryn Eithin\tPlaid Cymru',
      'Jayne Harcombe\tGlan-y-Nant\tLabour',
      '',
      'Quorum / Cworwm: 4 Members',
      '',
      'Page 2 of 3',
      '',
      '**RHAGLEN / AGENDA**',
      '',
      '1 **Apologies for Absence / Ymddiheuriadau am Absenoldeb**',
      '',
      'Page 3 of 3',
    ].join('\n')
    const pack = parsePack(text)
    assert.equal(pack.committee, 'CORPORATE SCRUTINY COMMITTEE')
    assert.deepEqual(
      [pack.meeting.date, pack.meeting.start_time, pack.meeting.venue],
      ['2020-02-10', '14:00', 'Council Chamber, Civic Centre, Abercarreg'],
    )
    assert.deepEqual(pack.members, ['Rhodri Prys Bowen', 'Gethin ap Dafydd', 'Jayne Harcombe'])
  })
})

describe('a bilingual venue in one cell', () => {
  it('reads the English after the break, and not the note on the line under it', () => {
    const text = [
      'Dyddiad / Date:\tDydd Iau, 17 Tachwedd 2022 / Thursday, 17 November 2022',
      'Lleoliad / Venue:\tSiambr y Cyngor, Canolfan Ddinesig<br>Council Chamber, Civic Centre',
      '\tCyfarfod aml-leoliad: gall Aelodau ymuno<br>Multi-location meeting: Members may join',
      'Swyddog Cyswllt / Contact Officer:\tSara Ali<br>democratic.services@glynrhedyn.gov.wales',
    ].join('\n')
    const [page] = englishLabels([{ number: 1, text }])
    const lines = (page?.text ?? '').split('\n')
    assert.equal(lines[1], 'Venue:\tCouncil Chamber, Civic Centre')
    assert.equal(lines[3], 'Contact Officer:\tSara Ali<br>democratic.services@glynrhedyn.gov.wales')
  })
})

describe('a bilingual pack converted to Markdown, each text "Welsh / English"', () => {
  const pack = [
    '## Pwyllgor Craffu Adnoddau Corfforaethol',
    '',
    '## Corporate Resources Scrutiny Committee',
    '',
    '| Dyddiad / Date   | Dydd Mawrth, 15 Tachwedd 2022 | Tuesday, 15 November 2022 |',
    '|------------------|-------------------------------|---------------------------|',
    '| Amser / Time     | 10.00 y.b.                    | 10.00 a.m.                |',
    '| Lleoliad / Venue | Siambr y Cyngor, Canolfan Ddinesig, Heol yr Orsaf | Council Chamber, Civic Centre, Station Road |',
    '',
    '| Cynghorydd / Councillor Gareth Prosser (Cadeirydd / Chair) | Cynghorydd / Councillor Carol Bevan |',
    '|---|---|',
    '',
    'Tudalen 1 / Page 1',
    '',
    '## AGENDA / RHAGLEN',
    '',
    '| Eitem / Item | Teitl / Title | Amser / Time | Tudalennau / Pages |',
    '|---|---|---|---|',
    '| 1. | Ymddiheuriadau am Absenoldeb / Apologies for Absence | | |',
    '| 2. | Cofnodion y Cyfarfod a Gynhaliwyd ar 27 Medi 2022 / Minutes of the Meeting held on 27 September 2022 | | 5 - 12 |',
    '| 3. | Taflen Weithredu / Action Sheet | 10.10 – 10.30 | 13 - 16 |',
    '',
    '**3. Taflen Weithredu / Action Sheet**',
    '',
    'Tudalen 2 / Page 2',
  ].join('\n')

  it('reads the English of each cell and heading, the number kept, and the venue from the English cell', () => {
    const parsed = parsePack(pack)
    assert.equal(parsed.meeting.venue, 'Council Chamber, Civic Centre, Station Road')
    assert.deepEqual(
      parsed.agenda_items.map(a => [a.number, a.title, a.pages]),
      [
        [1, 'Apologies for Absence', null],
        [2, 'Minutes of the Meeting held on 27 September 2022', [5, 12]],
        [3, 'Action Sheet', [13, 16]],
      ],
    )
    const text = englishLabels([{ number: 1, text: pack }])[0]?.text ?? ''
    assert.match(text, /^\| Councillor Gareth Prosser \(Chair\) \| Councillor Carol Bevan \|$/m)
    assert.match(text, /^\*\*3\. Action Sheet\*\*$/m)
  })

  it('leaves English with a slash in it as it is, and keeps a heading whose bracket holds the pair', () => {
    const english = '| 4. | Cabinet Member / Officer Responses | | |'
    assert.equal(englishLabels([{ number: 1, text: english }])[0]?.text, english)
    const header = '| Rhif / No. | RAG (Mawrth / March 2022) | RAG (Hydref / October 2022) |'
    assert.equal(
      englishLabels([{ number: 1, text: header }])[0]?.text,
      '| No. | RAG (March 2022) | RAG (October 2022) |',
    )
    // A paragraph in Welsh before the same in English is set aside.
    const minute = [
      'Derbyniwyd ymddiheuriadau am absenoldeb gan y Cynghorwyr Nia Haf Edwards ac Amanda Grice.',
      '',
      'Apologies for absence were received from Councillors Nia Haf Edwards and Amanda Grice.',
    ].join('\n')
    assert.deepEqual(englishLabels([{ number: 1, text: minute }])[0]?.text.split('\n'), [
      '',
      '',
      'Apologies for absence were received from Councillors Nia Haf Edwards and Amanda Grice.',
    ])
    // A heading's Welsh in brackets too ("heb bleidlais", non-voting).
    const invitees = '**Gwahoddedigion (heb bleidlais) / Invitees (non-voting):**'
    assert.equal(englishLabels([{ number: 1, text: invitees }])[0]?.text, '**Invitees (non-voting):**')
    // The day both halves of a date share, printed once before them, stays.
    const meetings = '| Math o eitem / Type of item | 15 Tachwedd / November 2022 |'
    assert.equal(englishLabels([{ number: 1, text: meetings }])[0]?.text, '| Type of item | 15 November 2022 |')
  })
})
