import type { Kysely } from 'kysely'
import type { Database } from '../db/database.ts'
import * as m from './api.mappers.ts'
import * as repo from './api.repository.ts'
import type { Source } from './api.repository.ts'
import * as s from './api.schemas.ts'
import type { Entity, Links } from './links.ts'
import type { z } from './zod.ts'

type Db = Kysely<Database>

/** One entity of the API: where its rows come from, how a page of them becomes JSON, its schema. */
export interface Resource {
  entity: Entity
  /** The name of its schema in the OpenAPI document. */
  name: string
  summary: string
  schema: z.ZodTypeAny
  source: Source<{ id: number }>
  render(db: Db, rows: Array<{ id: number }>, links: Links): Promise<unknown[]>
}

function define<Row extends { id: number }>(resource: {
  entity: Entity
  name: string
  summary: string
  schema: z.ZodTypeAny
  source: Source<Row>
  render(db: Db, rows: Row[], links: Links): Promise<Array<unknown | null>>
}): Resource {
  return {
    ...resource,
    source: resource.source as unknown as Source<{ id: number }>,
    render: async (db, rows, links) => (await resource.render(db, rows as Row[], links)).filter(item => item !== null),
  }
}

/** Child ids grouped by parent, in the order the query returned them. */
function grouped<T extends { parent_id: number }>(rows: T[], pick: (row: T) => number): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const row of rows) map.set(row.parent_id, [...(map.get(row.parent_id) ?? []), pick(row)])
  return map
}

const ids = (rows: Array<{ id: number }>) => rows.map(r => r.id)

export const RESOURCES: Resource[] = [
  define({
    entity: 'body',
    name: 'Body',
    summary: 'Councils',
    schema: s.bodySchema,
    source: repo.bodies,
    async render(db, rows, links) {
      const terms = await repo.municipalYearsOf(db, ids(rows))
      return rows.map(row =>
        m.toBody(
          row,
          terms.filter(t => t.council_id === row.id),
          links,
        ),
      )
    },
  }),
  define({
    entity: 'organization',
    name: 'Organization',
    summary: 'Committees',
    schema: s.organizationSchema,
    source: repo.organizations,
    async render(db, rows, links) {
      const members = grouped(await repo.membershipIdsOf(db, 'committee_id', ids(rows)), r => r.id)
      return rows.map(row => m.toOrganization(row, members.get(row.id) ?? [], links))
    },
  }),
  define({
    entity: 'person',
    name: 'Person',
    summary: 'People',
    schema: s.personSchema,
    source: repo.people,
    async render(db, rows, links) {
      const members = grouped(await repo.membershipIdsOf(db, 'person_id', ids(rows)), r => r.id)
      return rows.map(row => m.toPerson(row, members.get(row.id) ?? [], links))
    },
  }),
  define({
    entity: 'membership',
    name: 'Membership',
    summary: 'Memberships of committees',
    schema: s.membershipSchema,
    source: repo.memberships,
    render: async (_db, rows, links) => rows.map(row => m.toMembership(row, links)),
  }),
  define({
    entity: 'meeting',
    name: 'Meeting',
    summary: 'Meetings, each with its agenda',
    schema: s.meetingSchema,
    source: repo.meetings,
    async render(db, rows, links) {
      const published = await repo.latestPublishedAgendas(db, ids(rows))
      const agenda = (await repo.agendaOfMeetings(db, ids(rows))).map(a =>
        m.asPublished(a, published.get(a.meeting_id)),
      )
      const consultations = await consultationsOfItems(db, ids(agenda))
      const documents = await repo.publicDocumentIdsOf(db, 'meeting_id', ids(rows))
      return rows.map(row =>
        m.toMeeting(
          row,
          agenda.filter(a => a.meeting_id === row.id).map(a => m.toAgendaItem(a, consultations.get(a.id) ?? [], links)),
          documents.filter(d => d.meeting_id === row.id && d.file_id !== null).map(d => d.id),
          links,
        ),
      )
    },
  }),
  define({
    entity: 'agendaItem',
    name: 'AgendaItem',
    summary: 'Agenda items of published agendas',
    schema: s.agendaItemSchema,
    source: repo.agendaItems,
    async render(db, rows, links) {
      const published = await repo.latestPublishedAgendas(db, [...new Set(rows.map(row => row.meeting_id))])
      const consultations = await consultationsOfItems(db, ids(rows))
      return rows.map(row =>
        m.toAgendaItem(m.asPublished(row, published.get(row.meeting_id)), consultations.get(row.id) ?? [], links),
      )
    },
  }),
  define({
    entity: 'paper',
    name: 'Paper',
    summary: 'Published papers (reports and documents)',
    schema: s.paperSchema,
    source: repo.papers,
    render: async (_db, rows, links) => rows.map(row => m.toPaper(row, links)),
  }),
  define({
    entity: 'file',
    name: 'File',
    summary: 'Files of published papers',
    schema: s.fileSchema,
    source: repo.files,
    render: async (_db, rows, links) => rows.map(row => m.toFile(row, links)),
  }),
  define({
    entity: 'consultation',
    name: 'Consultation',
    summary: 'Papers considered under agenda items',
    schema: s.consultationSchema,
    source: repo.consultations,
    render: async (_db, rows, links) => rows.map(row => m.toConsultation(row, links)),
  }),
  define({
    entity: 'inquiry',
    name: 'Inquiry',
    summary: 'Scrutiny inquiries',
    schema: s.inquirySchema,
    source: repo.inquiries,
    async render(db, rows, links) {
      const recommendations = grouped(await repo.recommendationIdsOf(db, ids(rows)), r => r.id)
      return rows.map(row => m.toInquiry(row, recommendations.get(row.id) ?? [], links))
    },
  }),
  define({
    entity: 'recommendation',
    name: 'Recommendation',
    summary: 'Recommendations of inquiries',
    schema: s.recommendationSchema,
    source: repo.recommendations,
    async render(db, rows, links) {
      const assessments = grouped(await repo.assessmentIdsOf(db, ids(rows)), r => r.id)
      return rows.map(row => m.toRecommendation(row, assessments.get(row.id) ?? [], links))
    },
  }),
  define({
    entity: 'assessment',
    name: 'Assessment',
    summary: 'Assessments of recommendations (executive and committee)',
    schema: s.assessmentSchema,
    source: repo.assessments,
    render: async (_db, rows, links) => rows.map(row => m.toAssessment(row, links)),
  }),
  define({
    entity: 'action',
    name: 'Action',
    summary: 'The action tracker',
    schema: s.actionSchema,
    source: repo.actions,
    async render(db, rows, links) {
      const updates = await repo.actionUpdatesOf(db, ids(rows))
      return rows.map(row =>
        m.toAction(
          row,
          updates.filter(u => u.action_id === row.id),
          links,
        ),
      )
    },
  }),
  define({
    entity: 'workProgrammeItem',
    name: 'WorkProgrammeItem',
    summary: 'Work programme items',
    schema: s.workProgrammeItemSchema,
    source: repo.workProgrammeItems,
    render: async (_db, rows, links) => rows.map(row => m.toWorkProgrammeItem(row, links)),
  }),
  define({
    entity: 'declaration',
    name: 'Declaration',
    summary: 'Declarations of interests',
    schema: s.declarationSchema,
    source: repo.declarations,
    render: async (_db, rows, links) => rows.map(row => m.toDeclaration(row, links)),
  }),
]

async function consultationsOfItems(db: Db, itemIds: number[]) {
  const documents = await repo.publicDocumentIdsOf(db, 'agenda_item_id', itemIds)
  const map = new Map<number, number[]>()
  for (const d of documents) {
    if (d.agenda_item_id !== null) map.set(d.agenda_item_id, [...(map.get(d.agenda_item_id) ?? []), d.id])
  }
  return map
}
