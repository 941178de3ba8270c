import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { RowOf } from './api.repository.ts'
import type * as repo from './api.repository.ts'
import * as m from './api.mappers.ts'
import * as s from './api.schemas.ts'
import { linksFor } from './links.ts'

const links = linksFor('https://scrutiny.northmoor.example')
const when = new Date('2026-05-01T09:30:00Z')
const stamps = { created_at: when, updated_at: when }

const agendaItem: RowOf<typeof repo.agendaItems> = {
  id: 7,
  meeting_id: 3,
  position: 8,
  item_number: '8',
  title: 'Contract award: Larkfield Care Ltd pricing',
  description: 'Commercially sensitive pricing information from bidders.',
  standing_kind: null,
  time_from: '10:50:00',
  time_to: '11:30:00',
  attendees: 'Head of Commissioning',
  is_exempt: false,
  exempt_paragraph: null,
  page_from: 53,
  page_to: 60,
  ...stamps,
}

describe('toAgendaItem', () => {
  test('a public item keeps its title, time slot, attendees, pages and papers', () => {
    const item = m.toAgendaItem(agendaItem, [11], links)
    assert.equal(item.name, agendaItem.title)
    assert.equal(item.public, true)
    assert.deepEqual([item.startTime, item.endTime], ['10:50', '11:30'])
    assert.deepEqual([item.pageFrom, item.pageTo], [53, 60])
    assert.deepEqual(item.consultation, ['https://scrutiny.northmoor.example/api/v1/consultations/11'])
    assert.equal(item.id, 'https://scrutiny.northmoor.example/api/v1/agenda-items/7')
    assert.equal(item.meeting, 'https://scrutiny.northmoor.example/api/v1/meetings/3')
    s.agendaItemSchema.parse(item)
  })

  test('an exempt item shows only that it exists, its number and its paragraph: no text of any kind', () => {
    const exempt = { ...agendaItem, is_exempt: true, exempt_paragraph: 3 }
    const item = m.toAgendaItem(exempt, [11], links)
    assert.equal(item.name, m.EXEMPT_ITEM_NAME)
    assert.equal(item.public, false)
    assert.equal(item.exemptParagraph, 3)
    assert.equal(item.number, '8')
    assert.deepEqual(item.consultation, [])
    const json = JSON.stringify(item)
    for (const secret of ['Larkfield', 'Commercially', 'Commissioning', '10:50', '53']) {
      assert.ok(!json.includes(secret), `${secret} leaked: ${json}`)
    }
  })
})

describe('asPublished', () => {
  const published = { ...agendaItem, title: 'Residential placements', attendees: null, time_from: null, time_to: null }

  test('meetings without versions: the item as recorded', () => {
    assert.deepEqual(m.asPublished(agendaItem, undefined), agendaItem)
  })

  test('the published version wins over later edits', () => {
    const item = m.asPublished({ ...agendaItem, title: 'Draft retitling' }, [{ ...published, documents: [] }])
    assert.equal(item.title, 'Residential placements')
    assert.equal(item.attendees, null)
  })

  test('exempt when either the version or the live item says so', () => {
    assert.equal(m.asPublished(agendaItem, [{ ...published, is_exempt: true, exempt_paragraph: 3 }]).is_exempt, true)
    assert.equal(m.asPublished({ ...agendaItem, is_exempt: true, exempt_paragraph: 3 }, [published]).is_exempt, true)
  })

  test('an item the version does not hold, or cannot be read, is treated as exempt', () => {
    assert.equal(m.asPublished(agendaItem, []).is_exempt, true)
    assert.equal(m.asPublished(agendaItem, [{ id: agendaItem.id, title: 42 }]).is_exempt, true)
  })
})

describe('toMeeting', () => {
  const meeting: RowOf<typeof repo.meetings> = {
    id: 3,
    committee_id: 1,
    slug: '2026-06-17-children-and-education',
    meeting_date: '2026-06-17',
    start_time: '10:00:00',
    venue: 'Committee Room 2',
    webcast_url: null,
    status: 'agenda_published',
    cancellation_reason: null,
    agenda_published_at: when,
    committee_name: 'Children and Education',
    ...stamps,
  }

  test('gives the start as an instant (British Summer Time) and the local time as printed', () => {
    const json = m.toMeeting(meeting, [], [], links)
    assert.equal(json.start, '2026-06-17T09:00:00.000Z')
    assert.equal(json.startTime, '10:00')
    assert.deepEqual(json.location, { description: 'Committee Room 2' })
    assert.equal(json.web, 'https://scrutiny.northmoor.example/meetings/2026-06-17-children-and-education')
    s.meetingSchema.parse(json)
  })

  test('a meeting with no time or venue has none, and a cancelled one says so', () => {
    const json = m.toMeeting(
      { ...meeting, start_time: null, venue: null, status: 'cancelled', cancellation_reason: 'Not quorate' },
      [],
      [],
      links,
    )
    assert.deepEqual([json.start, json.startTime, json.location], [null, null, null])
    assert.equal(json.cancelled, true)
  })
})

describe('papers, files and consultations share the document id', () => {
  const document: RowOf<typeof repo.papers> = {
    id: 21,
    meeting_id: 3,
    agenda_item_id: 7,
    inquiry_id: null,
    kind: 'report',
    title: 'Youth Service Annual Report',
    file_id: 4,
    published_at: new Date('2026-06-08T10:00:00Z'),
    page_from: 19,
    page_to: 36,
    committee_id: 1,
    meeting_date: '2026-06-17',
    media_type: 'application/pdf',
    byte_size: 1234,
    original_name: 'youth-service.pdf',
    page_count: 18,
    sha256: 'a'.repeat(64),
    ...stamps,
  }

  test('a paper links its file and consultation', () => {
    const paper = m.toPaper(document, links)
    assert.equal(paper.mainFile, 'https://scrutiny.northmoor.example/api/v1/files/21')
    assert.deepEqual(paper.consultation, ['https://scrutiny.northmoor.example/api/v1/consultations/21'])
    assert.equal(paper.date, '2026-06-08')
    s.paperSchema.parse(paper)
  })

  test('a file is downloaded from the public document address', () => {
    const file = m.toFile(document, links)
    assert.ok(file)
    assert.equal(file.downloadUrl, 'https://scrutiny.northmoor.example/documents/21/file')
    assert.equal(file.size, 1234)
    s.fileSchema.parse(file)
  })

  test('a paper without a file has no File, and one not on an agenda item no Consultation', () => {
    assert.equal(m.toFile({ ...document, file_id: null, media_type: null, sha256: null }, links), null)
    assert.equal(m.toConsultation({ ...document, agenda_item_id: null }, links), null)
    assert.deepEqual(m.toPaper({ ...document, agenda_item_id: null, file_id: null }, links).consultation, [])
  })
})

describe('our own entities', () => {
  test('a recommendation gives its final assessment with the category of the scale', () => {
    const json = m.toRecommendation(
      {
        id: 2,
        inquiry_id: 1,
        number: 'R02',
        position: 2,
        body: 'Publish exclusion figures by ward.',
        theme: null,
        responsible: 'Cabinet Member for Children',
        responsible_person_id: null,
        original_completion_date: '2026-01-31',
        completion_date_text: null,
        concluded_on: '2026-03-01',
        final_assessment: 2,
        ...stamps,
      },
      [5, 6],
      links,
    )
    assert.deepEqual(json.finalAssessment, { code: 2, category: 'Achieved (Late)' })
    assert.equal(json.assessment.length, 2)
    s.recommendationSchema.parse(json)
  })

  test('the nature of a sensitive interest is never given', () => {
    const json = m.toDeclaration(
      {
        id: 1,
        meeting_id: 3,
        agenda_item_id: null,
        person_id: 4,
        interest_kind: 'sensitive',
        nature: 'should never be stored, let alone shown',
        participation: 'withdrew',
        ...stamps,
      },
      links,
    )
    assert.equal(json.nature, null)
    s.declarationSchema.parse(json)
  })

  test('types: OParl URIs for OParl entities, our schema for our own', () => {
    assert.equal(links.type('meeting'), 'https://schema.oparl.org/1.1/Meeting')
    assert.equal(
      links.type('workProgrammeItem'),
      'https://scrutiny.northmoor.example/api/v1/openapi.json#/components/schemas/WorkProgrammeItem',
    )
  })
})

describe('the schemas strip what they do not declare', () => {
  test('a field added to a mapper by mistake does not reach the response', () => {
    const item = { ...m.toAgendaItem(agendaItem, [], links), title_for_officers: 'secret' }
    assert.equal('title_for_officers' in s.agendaItemSchema.parse(item), false)
  })
})
