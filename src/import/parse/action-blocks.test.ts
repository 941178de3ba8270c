import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseActionBlocks } from './action-blocks.ts'
import { splitPages } from './pages.ts'

describe('parseActionBlocks', () => {
  it('reads numbered actions under their meetings, a response the page broke, and an empty response', () => {
    const text = [
      '**Actions Arising from Previous Meetings**',
      '',
      '**Meeting held on 10 June 2025**',
      '',
      '2.\t**Garden Waste Subscription Charges** (Minute OSC/12)',
      'Action:\tProvide the number of subscriptions not renewed, by parish.',
      'Officer:\tNaomi Hurst, Head of Environmental Services',
      'Response:\tThe figures were sent to all Members on 12 September 2025.',
      '',
      '**Meeting held on 9 September 2025**',
      '',
      '7.\t**Council Tax Support Scheme 2026/27** (Minute OSC/24)',
      'Action:\tShare the modelling of the options with all Members.',
      'Officer:\tLorna Whitcombe, Revenues and Benefits Manager',
      'Response:\tCabinet agreed on 2 October 2025 that every option will keep the maximum award for households that',
      '',
      'Page 11 of 35',
      '',
      'include a disabled person.',
      '',
      '8.\t**Council Tax Support Scheme 2026/27** (Minute OSC/24)',
      'Action:\tReport the consultation results.',
      'Officer:\tLorna Whitcombe, Revenues and Benefits Manager',
      'Response:\t',
      '',
      'Agenda Item 7',
      '',
      '1.\tTo note the report.',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks(splitPages(text)).map(a => [a.date, a.agenda_item, a.action, a.update, a.has_update]),
      [
        [
          '2025-06-10',
          'Garden Waste Subscription Charges',
          'Provide the number of subscriptions not renewed, by parish.',
          'The figures were sent to all Members on 12 September 2025.',
          true,
        ],
        [
          '2025-09-09',
          'Council Tax Support Scheme 2026/27',
          'Share the modelling of the options with all Members.',
          'Cabinet agreed on 2 October 2025 that every option will keep the maximum award for households that include a disabled person.',
          true,
        ],
        ['2025-09-09', 'Council Tax Support Scheme 2026/27', 'Report the consultation results.', null, false],
      ],
    )
  })

  it('finds nothing in minutes whose numbered paragraphs have no labelled action under them', () => {
    const text = ['1.\tVisits rose to 612,400 in 2024/25.', 'Action: the Manager to provide the figures.'].join('\n')
    assert.deepEqual(parseActionBlocks(splitPages(text)), [])
  })
})

describe('parseActionBlocks without labels on the actions', () => {
  it("reads 'N. Minute 12 – Title' with its action's sentence under it, and 'Update:' where one came", () => {
    const text = [
      'ACTIONS FROM PREVIOUS MEETINGS',
      '',
      'Meeting held on 18 June 2019',
      '',
      'All actions from this meeting have been completed and were removed from the list.',
      '',
      'Meeting held on 16 July 2019',
      '',
      '1.\tMinute 12 – Corporate Performance Report: Quarter 4 2018/19',
      'The Head of Environmental Services to provide a breakdown by ward of the missed bin collections.',
      'Update: Circulated to all Members of the Committee by email on 5 August 2019. Complete.',
      '',
      '5.\tMinute 28 – Homelessness and Rough Sleeping Strategy 2019–2024: Annual Review',
      'The Portfolio Holder for Housing to confirm whether the Council will bid for funding in 2020/21.',
      '',
      'Contact: Tom Fairweather, Scrutiny Officer',
      '',
      '27.\tACTIONS FROM PREVIOUS MEETINGS',
      'RESOLVED: That the actions from previous meetings be noted.',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks(splitPages(text)).map(a => [a.date, a.agenda_item, a.action, a.update, a.has_update]),
      [
        [
          '2019-07-16',
          'Corporate Performance Report: Quarter 4 2018/19',
          'The Head of Environmental Services to provide a breakdown by ward of the missed bin collections.',
          'Circulated to all Members of the Committee by email on 5 August 2019. Complete.',
          true,
        ],
        [
          '2019-07-16',
          'Homelessness and Rough Sleeping Strategy 2019-2024: Annual Review',
          'The Portfolio Holder for Housing to confirm whether the Council will bid for funding in 2020/21.',
          null,
          false,
        ],
      ],
    )
  })
})

describe('parseActionBlocks set out as bullets', () => {
  it("reads '- **Item** – action' with 'Update:' under it, 'to follow' as none, over the list's heading repeated", () => {
    const text = [
      'Actions arising from previous meetings',
      '',
      '**Meeting held on Wednesday 12 February 2025**',
      '',
      '- **Budget and Mayoral Precept 2025/26** – The Director of Finance to provide a breakdown of the levy.',
      'Update: Circulated to Members by e-mail on 24 February 2025. Complete.',
      '- **Brownfield Housing Fund: Programme Update** – A list of the 23 schemes to be provided.',
      'Update: to follow',
      '',
      '**Meeting held on Wednesday 11 June 2025**',
      '',
      '- **Sedgewater Connect: Tranche 1** – The Director of Bus Services to provide punctuality figures.',
      'Update: The April and May figures were circulated. The June figures',
      '',
      'Page 11',
      '',
      'Actions arising from previous meetings (continued)',
      '',
      'will be circulated once they have been validated.',
      '',
      'Summary',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks(splitPages(text)).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2025-02-12',
          'Budget and Mayoral Precept 2025/26',
          'The Director of Finance to provide a breakdown of the levy.',
          'Circulated to Members by e-mail on 24 February 2025. Complete.',
        ],
        ['2025-02-12', 'Brownfield Housing Fund: Programme Update', 'A list of the 23 schemes to be provided.', null],
        [
          '2025-06-11',
          'Sedgewater Connect: Tranche 1',
          'The Director of Bus Services to provide punctuality figures.',
          'The April and May figures were circulated. The June figures will be circulated once they have been validated.',
        ],
      ],
    )
  })
})

describe('parseActionBlocks as a PDF wraps them at the page width', () => {
  it('carries an action broken before its year, and an update line straight under it, on', () => {
    const text = [
      'Meeting held on 17 September 2019',
      '',
      '8.\tMinute 30 – Work Programme 2019/20',
      'The Scrutiny Officer to arrange a site visit to the car park before the meeting on 19 November',
      '2019.',
      'Update: The site visit took place on Tuesday, 5 November 2019. Five Members attended.',
      'Complete.',
      '',
      'Contact: Tom Fairweather, Scrutiny Officer',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks(splitPages(text)).map(a => [a.action, a.update]),
      [
        [
          'The Scrutiny Officer to arrange a site visit to the car park before the meeting on 19 November 2019.',
          'The site visit took place on Tuesday, 5 November 2019. Five Members attended. Complete.',
        ],
      ],
    )
  })
})

describe('parseActionBlocks as a browser prints them, the bold lost', () => {
  it('parts each bullet at the dash before its action, keeps each update with its own action, and ends the list', () => {
    const text = [
      'Meeting held on Wednesday 12 February 2025',
      '- Budget and Mayoral Precept 2025/26 – Officers to confirm whether the £4.6 million franchising',
      'contingency will be held centrally.',
      'Update: The contingency is held centrally and is reported in the quarterly update to',
      'the Combined Authority Board. Complete.',
      '- Brownfield Housing Fund: Programme Update – A list of the 23 schemes in the programme, with the',
      'number of homes for each scheme, to be provided.',
      'Update: to follow',
      'Meeting held on Wednesday 11 June 2025',
      '- Sedgewater Connect: Tranche 1 – First Quarter Performance – The Director of Bus Services to',
      'provide punctuality figures.',
      'Summary',
      '',
      '- 9 September 2025 – Visit to the Harnside Road depot – Members to attend.',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks(splitPages(text)).map(a => [a.date, a.agenda_item, a.update]),
      [
        [
          '2025-02-12',
          'Budget and Mayoral Precept 2025/26',
          'The contingency is held centrally and is reported in the quarterly update to the Combined Authority Board. Complete.',
        ],
        ['2025-02-12', 'Brownfield Housing Fund: Programme Update', null],
        ['2025-06-11', 'Sedgewater Connect: Tranche 1 - First Quarter Performance', null],
      ],
    )
  })
})

describe('matters arising in a numbered report, as layout text writes it', () => {
  it("reads each meeting's numbered section and its items' labelled actions and updates", () => {
    const text = [
      '2.\tMEETING HELD ON 16 MARCH 2010',
      '2.1\tMinute 58 – Homelessness Strategy 2008–2013: Annual Review',
      '\tAction: The Head of Housing to provide figures on the use of bed and<br>breakfast accommodation.',
      '\tUpdate: The figures were circulated to Members on 23 April 2010.',
      '3.\tMEETING HELD ON 8 JUNE 2010',
      '3.1\tMinute 7 – Leisure Services Contract: Annual Performance Report<br>2009/10',
      '\tAction: The Head of Leisure and Culture to obtain the usage figures.',
    ].join('\n')
    assert.deepEqual(
      parseActionBlocks([{ number: 9, text }]).map(a => [a.date, a.agenda_item, a.action, a.update]),
      [
        [
          '2010-03-16',
          'Homelessness Strategy 2008-2013: Annual Review',
          'The Head of Housing to provide figures on the use of bed and breakfast accommodation.',
          'The figures were circulated to Members on 23 April 2010.',
        ],
        [
          '2010-06-08',
          'Leisure Services Contract: Annual Performance Report 2009/10',
          'The Head of Leisure and Culture to obtain the usage figures.',
          null,
        ],
      ],
    )
  })
})
