import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { placeGeneratedDocuments, trackingItemFor, type PlacementItem } from './generated-documents.ts'

const item = (id: number, title: string, standingKind: string | null = null, isExempt = false): PlacementItem => ({
  id,
  title,
  standingKind,
  isExempt,
})

const TRACKER = item(5, 'Action tracker', 'action_tracker')
const PROGRAMME = item(9, 'Work Programme', 'work_programme')

describe('trackingItemFor: where a tracking report goes', () => {
  const cases: Array<{ why: string; items: PlacementItem[]; inquiry: string; expected: number | null }> = [
    {
      why: 'the item naming the inquiry',
      items: [TRACKER, item(6, 'Tracking: other inquiry'), item(7, 'Reducing School Exclusions: tracking'), PROGRAMME],
      inquiry: 'Reducing School Exclusions',
      expected: 7,
    },
    {
      why: 'names match whatever the case, quotes and spacing',
      items: [item(6, 'Tracking of  “Children’s  Mental Health” inquiry'), PROGRAMME],
      inquiry: '"Children\'s mental health"',
      expected: 6,
    },
    {
      why: 'no item names it: the first that mentions tracking',
      items: [TRACKER, item(6, 'Recommendation Tracking'), PROGRAMME],
      inquiry: 'Reducing School Exclusions',
      expected: 6,
    },
    {
      why: '"tracking" must be a word, not part of "tracker"',
      items: [TRACKER, PROGRAMME],
      inquiry: 'Reducing School Exclusions',
      expected: 9,
    },
    {
      why: 'neither: the work programme item',
      items: [item(1, 'Apologies', 'apologies'), PROGRAMME],
      inquiry: 'Reducing School Exclusions',
      expected: 9,
    },
    {
      why: 'exempt items are passed over, even when they name the inquiry',
      items: [item(6, 'Reducing School Exclusions tracking', null, true), PROGRAMME],
      inquiry: 'Reducing School Exclusions',
      expected: 9,
    },
    {
      why: 'an empty inquiry title names nothing',
      items: [item(6, 'Youth Service'), PROGRAMME],
      inquiry: '  ',
      expected: 9,
    },
    {
      why: 'nowhere to go',
      items: [item(1, 'Apologies', 'apologies'), TRACKER],
      inquiry: 'Reducing School Exclusions',
      expected: null,
    },
  ]
  for (const c of cases) {
    test(c.why, () => assert.equal(trackingItemFor(c.items, c.inquiry), c.expected))
  }
})

describe('placeGeneratedDocuments', () => {
  test('the tracker and the programme under their standing items, each round under its item', () => {
    const items = [item(1, 'Apologies', 'apologies'), TRACKER, item(7, 'Exclusions tracking'), PROGRAMME]
    assert.deepEqual(
      placeGeneratedDocuments(items, [
        { id: 30, inquiryTitle: 'Reducing School Exclusions' },
        { id: 31, inquiryTitle: 'Youth Service' },
      ]),
      [
        { itemId: 5, title: 'Action tracker', source: { kind: 'action_tracker' } },
        { itemId: 9, title: 'Work programme', source: { kind: 'work_programme' } },
        {
          itemId: 7,
          title: 'Tracking report: Reducing School Exclusions',
          source: { kind: 'tracking_report', roundId: 30 },
        },
        { itemId: 7, title: 'Tracking report: Youth Service', source: { kind: 'tracking_report', roundId: 31 } },
      ],
    )
  })

  test('an agenda without those standing items and rounds gets nothing generated', () => {
    assert.deepEqual(placeGeneratedDocuments([item(1, 'Apologies', 'apologies'), item(2, 'Youth report')], []), [])
  })

  test('a round with nowhere to go is left out', () => {
    assert.deepEqual(placeGeneratedDocuments([TRACKER], [{ id: 30, inquiryTitle: 'Exclusions' }]), [
      { itemId: 5, title: 'Action tracker', source: { kind: 'action_tracker' } },
    ])
  })
})
