import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toLines } from './lines.ts'
import { listedMembership } from './membership.ts'

const membership = (text: string): string[] => listedMembership(toLines([{ number: 1, text }]))

describe('listedMembership', () => {
  it("reads a work programme's Chair / Deputy Chair / Committee Members / Representatives block", () => {
    const text = [
      'Work Programme 2022/23',
      '',
      'Chair:\tCllr Kerry Jenkins',
      'Deputy Chair:\tCllr Des Hughes',
      'Committee Members:\tCllrs: Shabina Bano, Jilly Bermingham and Simon Morrall',
      '\tEducation Representatives: Justine Lomas, Roman Catholic Diocese, and Osamugi Ogbe, Parent Governor',
      '\tCo-opted Member: Winston Clarke-Bailey, Tenant Representative (non-voting)',
      'Officer Support:\tScrutiny Officer: Amanda Simcox (675 8444)',
    ].join('\n')
    assert.deepEqual(membership(text), [
      'Kerry Jenkins',
      'Des Hughes',
      'Shabina Bano',
      'Jilly Bermingham',
      'Simon Morrall',
      'Justine Lomas',
      'Osamugi Ogbe',
      'Winston Clarke-Bailey',
    ])
  })

  it("parts co-opted members from the members' names when extraction ran their lines together", () => {
    const text = [
      'Chair:\tCllr Dennis Fairclough',
      'Committee Members:\tCllrs: Olumide Adewale, Brendan Carthy and Megan Ward-Lewis Co-opted Member: Winston Clarke-Bailey, Tenant Representative (non-voting)',
      'Officer Support:\tScrutiny Officer: Marcus Ilori (464 7719)',
    ].join('\n')
    assert.deepEqual(membership(text), [
      'Dennis Fairclough',
      'Olumide Adewale',
      'Brendan Carthy',
      'Megan Ward-Lewis',
      'Winston Clarke-Bailey',
    ])
  })

  it('joins a members line wrapped with blank lines between its parts, a name broken across them', () => {
    const text = [
      'Chair: Cllr Susan Barnett',
      '',
      'Committee Members: Cllrs: Sue Anderson; Debbie Clancy;',
      '',
      'Valerie Seabright; Martin',
      '',
      'Straker-Welds and Alex Yip',
      '',
      'Officer Support: Scrutiny Team',
    ].join('\n')
    assert.deepEqual(membership(text), [
      'Susan Barnett',
      'Sue Anderson',
      'Debbie Clancy',
      'Valerie Seabright',
      'Martin Straker-Welds',
      'Alex Yip',
    ])
  })

  it('reads no chair named elsewhere (minutes, a board) without a members line under it', () => {
    const text = ['Chair: Cllr Ann Smith', 'The meeting opened at 2pm.', '', 'Committee Members: Cllr Bob Jones'].join(
      '\n',
    )
    assert.deepEqual(membership(text), [])
  })
})

describe('names of the clergy and co-optees', () => {
  it('drops a clergy title as it drops "Cllr", and the body a co-optee represents', () => {
    const text = [
      'Chair: Cllr Kerry Jenkins',
      'Committee Members: Cllrs: Des Hughes and Simon Morrall',
      'Representatives: Revd. Stephen Hallam, Church of England Diocese; Fr Michael Doyle, Roman Catholic Diocese',
      'Co-opted Member: Margaret Oyelaran, Healthwatch Birmingham (non-voting)',
    ].join('\n')
    assert.deepEqual(membership(text), [
      'Kerry Jenkins',
      'Des Hughes',
      'Simon Morrall',
      'Stephen Hallam',
      'Michael Doyle',
      'Margaret Oyelaran',
    ])
  })
})
