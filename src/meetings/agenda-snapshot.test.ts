import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { agendaChanges, type SnapshotItem } from './agenda-snapshot.ts'

const item = (id: number, number: string, title: string, extra: Partial<SnapshotItem> = {}): SnapshotItem => ({
  id,
  item_number: number,
  title,
  description: null,
  time_from: null,
  time_to: null,
  attendees: null,
  lead_officer: null,
  is_exempt: false,
  exempt_paragraph: null,
  page_from: null,
  page_to: null,
  documents: [],
  ...extra,
})

const report = {
  id: 9,
  title: 'Report',
  kind: 'report',
  is_exempt: false,
  exempt_paragraph: null,
  page_from: null,
  page_to: null,
}

describe('agendaChanges (what a supplement changes)', () => {
  test('nothing changed', () => {
    const agenda = [item(1, '1', 'Apologies'), item(2, '2', 'Budget')]
    assert.deepEqual(agendaChanges(agenda, structuredClone(agenda)), [])
  })

  test('an added item, a removed item and a changed time, in the new order, removals last', () => {
    const before = [item(1, '1', 'Apologies'), item(2, '2', 'Budget'), item(3, '3', 'Libraries')]
    const after = [
      item(1, '1', 'Apologies'),
      item(4, '2', 'Bus services'),
      item(2, '3', 'Budget', { time_from: '10:30' }),
    ]
    const changes = agendaChanges(before, after)
    assert.deepEqual(
      changes.map(c => [c.change, c.item_number, c.title, c.what]),
      [
        ['added', '2', 'Bus services', []],
        ['changed', '3', 'Budget', ['number', 'time']],
        ['removed', '3', 'Libraries', []],
      ],
    )
  })

  test('a report attached later and an item made exempt are changes', () => {
    const before = [item(1, '1', 'Contract award')]
    const after = [item(1, '1', 'Contract award', { documents: [report], is_exempt: true, exempt_paragraph: 3 })]
    const [change] = agendaChanges(before, after)
    assert.deepEqual(change?.what, ['exempt status', 'documents'])
    assert.equal(change?.is_exempt, true)
  })
})
