import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFrontSheet } from './front-sheet.ts'
import { toLines } from './lines.ts'

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
