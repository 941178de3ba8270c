import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseFrontSheet } from './front-sheet.ts'
import { toLines } from './lines.ts'

const frontSheet = (lines: string[]) => parseFrontSheet(toLines([{ number: 1, text: lines.join('\n') }]))

describe('parseFrontSheet members', () => {
  it('mends a name the page width broke in a list written with commas', () => {
    const sheet = frontSheet([
      'BIRMINGHAM CITY COUNCIL',
      'EDUCATION AND CHILDREN’S SOCIAL CARE O&S COMMITTEE',
      'WEDNESDAY, 24 NOVEMBER 2021 AT 10:00 HOURS',
      'Committee Members: Councillor Kathryn Meredith (Chair), Councillors Patricia Aldous, Desmond Okoro, Rachel',
      'Pennington and Tom Whitlock',
      'A G E N D A',
    ])
    assert.deepEqual(sheet.members, [
      'Kathryn Meredith',
      'Patricia Aldous',
      'Desmond Okoro',
      'Rachel Pennington',
      'Tom Whitlock',
    ])
  })

  it('keeps a list of one name a line apart', () => {
    const sheet = frontSheet([
      'BIRMINGHAM CITY COUNCIL',
      'EDUCATION AND CHILDREN’S SOCIAL CARE O&S COMMITTEE',
      'WEDNESDAY, 24 NOVEMBER 2021 AT 10:00 HOURS',
      'Committee Members:',
      'Councillor Kathryn Meredith (Chair)',
      'Councillor Patricia Aldous',
      'Councillor Desmond Okoro',
      'A G E N D A',
    ])
    assert.deepEqual(sheet.members, ['Kathryn Meredith', 'Patricia Aldous', 'Desmond Okoro'])
  })
})
