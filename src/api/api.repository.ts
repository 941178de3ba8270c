import { sql, type Expression, type Kysely, type SqlBool, type SelectQueryBuilder } from 'kysely'
import type { Database } from '../db/database.ts'

/** One page of a list: rows after a cursor (by id), optionally only those changed since a time. */
export interface PageQuery {
  after: number | null
  modifiedSince: Date | null
  limit: number
}

type Db = Kysely<Database>
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any joined tables; only the id/updated_at refs matter
type Query<Row> = SelectQueryBuilder<Database, any, Row>

/** How a list and a single record of one entity are read; `table` names the row's id and updated_at. */
export interface Source<Row> {
  list(db: Db, page: PageQuery): Promise<Row[]>
  one(db: Db, id: number): Promise<Row | undefined>
}

function source<Row>(table: string, base: (db: Db) => Query<Row>): Source<Row> {
  const id = sql.ref(`${table}.id`)
  return {
    list(db, page) {
      let query = base(db)
      if (page.after !== null) query = query.where(id, '>', page.after)
      if (page.modifiedSince) query = query.where(sql.ref(`${table}.updated_at`), '>=', page.modifiedSince)
      // One row more than asked for tells whether there is a next page.
      return query
        .orderBy(id)
        .limit(page.limit + 1)
        .execute()
    },
    one: (db, key) => base(db).where(id, '=', key).executeTakeFirst(),
  }
}

/**
 * The agenda items the public may see, as on the meeting page (meetings.service.ts): those of the
 * latest published agenda version (an officer's later edits wait for the next version), or for
 * meetings recorded without versions (imported history, the demo) the agenda once it is out.
 * Exempt items are then shown by number only (see api.mappers.ts).
 */
const agendaIsPublic = sql<SqlBool>`(case
  when exists (select 1 from agenda_version v where v.meeting_id = meeting.id)
  then agenda_item.id in (
    select (e.value ->> 'id')::integer
    from agenda_version v cross join lateral jsonb_array_elements(v.items) e
    where v.meeting_id = meeting.id
      and v.version_number = (select max(w.version_number) from agenda_version w where w.meeting_id = meeting.id))
  else meeting.status not in ('scheduled', 'cancelled')
end)`

/**
 * The documents anyone may read: published, not exempt, not on an exempt agenda item, and never
 * the members' pack (which holds the exempt papers). Needs `agenda_item` left-joined.
 */
function documentIsPublic(): Expression<SqlBool> {
  return sql<SqlBool>`(document.status = 'published' and not document.is_exempt and document.kind <> 'members_pack'
    and (agenda_item.id is null or not agenda_item.is_exempt))`
}

/** Anything recorded against an exempt agenda item stays private with it. Needs `agenda_item` left-joined. */
const notOnExemptItem = sql<SqlBool>`(agenda_item.id is null or not agenda_item.is_exempt)`

export const bodies = source('council', db =>
  db
    .selectFrom('council')
    .select(['council.id', 'council.name', 'council.slug', 'council.created_at', 'council.updated_at']),
)

export const organizations = source('committee', db =>
  db
    .selectFrom('committee')
    .select([
      'committee.id',
      'committee.council_id',
      'committee.name',
      'committee.slug',
      'committee.kind',
      'committee.purpose',
      'committee.terms_of_reference',
      'committee.is_active',
      'committee.created_at',
      'committee.updated_at',
    ]),
)

export const people = source('person', db =>
  db
    .selectFrom('person')
    .select([
      'person.id',
      'person.council_id',
      'person.full_name',
      'person.honorific',
      'person.kind',
      'person.job_title',
      'person.organisation',
      'person.party',
      'person.ward',
      'person.created_at',
      'person.updated_at',
    ]),
)

export const memberships = source('membership', db =>
  db
    .selectFrom('membership')
    .select([
      'membership.id',
      'membership.committee_id',
      'membership.person_id',
      'membership.role',
      'membership.co_opted_capacity',
      'membership.is_voting',
      'membership.starts_on',
      'membership.ends_on',
      'membership.created_at',
      'membership.updated_at',
    ]),
)

export const meetings = source('meeting', db =>
  db
    .selectFrom('meeting')
    .innerJoin('committee', 'committee.id', 'meeting.committee_id')
    .select([
      'meeting.id',
      'meeting.committee_id',
      'meeting.slug',
      'meeting.meeting_date',
      'meeting.start_time',
      'meeting.venue',
      'meeting.webcast_url',
      'meeting.status',
      'meeting.cancellation_reason',
      'meeting.agenda_published_at',
      'meeting.created_at',
      'meeting.updated_at',
      'committee.name as committee_name',
    ]),
)

const agendaItemColumns = [
  'agenda_item.id',
  'agenda_item.meeting_id',
  'agenda_item.position',
  'agenda_item.item_number',
  'agenda_item.title',
  'agenda_item.description',
  'agenda_item.standing_kind',
  'agenda_item.time_from',
  'agenda_item.time_to',
  'agenda_item.attendees',
  'agenda_item.is_exempt',
  'agenda_item.exempt_paragraph',
  'agenda_item.page_from',
  'agenda_item.page_to',
  'agenda_item.created_at',
  'agenda_item.updated_at',
] as const

function publicAgendaItems(db: Db) {
  return db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .select(agendaItemColumns)
    .where(agendaIsPublic)
}

export const agendaItems = source('agenda_item', publicAgendaItems)

function publicDocuments(db: Db) {
  return db
    .selectFrom('document')
    .leftJoin('agenda_item', 'agenda_item.id', 'document.agenda_item_id')
    .leftJoin('meeting', 'meeting.id', 'document.meeting_id')
    .leftJoin('stored_file', 'stored_file.id', 'document.file_id')
    .select([
      'document.id',
      'document.meeting_id',
      'document.agenda_item_id',
      'document.inquiry_id',
      'document.kind',
      'document.title',
      'document.file_id',
      'document.published_at',
      'document.page_from',
      'document.page_to',
      'document.created_at',
      'document.updated_at',
      'meeting.committee_id',
      'meeting.meeting_date',
      'stored_file.media_type',
      'stored_file.byte_size',
      'stored_file.original_name',
      'stored_file.page_count',
      'stored_file.sha256',
    ])
    .where(documentIsPublic())
}

export const papers = source('document', publicDocuments)
export const files = source('document', db => publicDocuments(db).where('document.file_id', 'is not', null))
export const consultations = source('document', db =>
  publicDocuments(db).where('document.agenda_item_id', 'is not', null),
)

export const inquiries = source('inquiry', db =>
  db
    .selectFrom('inquiry')
    .innerJoin('committee', 'committee.id', 'inquiry.committee_id')
    .select([
      'inquiry.id',
      'inquiry.committee_id',
      'inquiry.slug',
      'inquiry.title',
      'inquiry.key_question',
      'inquiry.lines_of_enquiry',
      'inquiry.lead_member_id',
      'inquiry.lead_officer_id',
      'inquiry.status',
      'inquiry.approved_by_council_on',
      'inquiry.created_at',
      'inquiry.updated_at',
      'committee.slug as committee_slug',
    ]),
)

export const recommendations = source('recommendation', db =>
  db
    .selectFrom('recommendation')
    .select([
      'recommendation.id',
      'recommendation.inquiry_id',
      'recommendation.number',
      'recommendation.position',
      'recommendation.body',
      'recommendation.theme',
      'recommendation.responsible',
      'recommendation.responsible_person_id',
      'recommendation.original_completion_date',
      'recommendation.completion_date_text',
      'recommendation.concluded_on',
      'recommendation.final_assessment',
      'recommendation.created_at',
      'recommendation.updated_at',
    ]),
)

export const assessments = source('assessment', db =>
  db
    .selectFrom('assessment')
    .select([
      'assessment.id',
      'assessment.recommendation_id',
      'assessment.assessed_by',
      'assessment.code',
      'assessment.evidence',
      'assessment.new_completion_date',
      'assessment.obstacle',
      'assessment.assessed_on',
      'assessment.created_at',
      'assessment.updated_at',
    ]),
)

export const actions = source('action', db =>
  db
    .selectFrom('action')
    .leftJoin('agenda_item', 'agenda_item.id', 'action.agenda_item_id')
    .select([
      'action.id',
      'action.committee_id',
      'action.meeting_id',
      'action.agenda_item_id',
      'action.raised_on',
      'action.agenda_item_title',
      'action.description',
      'action.owner',
      'action.due_on',
      'action.status',
      'action.closed_on',
      'action.re_raised_from_id',
      'action.originally_requested_on',
      'action.created_at',
      'action.updated_at',
    ])
    .where(notOnExemptItem),
)

export const workProgrammeItems = source('work_programme_item', db =>
  db
    .selectFrom('work_programme_item')
    .leftJoin('forward_plan_item', 'forward_plan_item.id', 'work_programme_item.forward_plan_item_id')
    .select([
      'work_programme_item.id',
      'work_programme_item.committee_id',
      'work_programme_item.meeting_id',
      'work_programme_item.inquiry_id',
      'work_programme_item.topic',
      'work_programme_item.item_type',
      'work_programme_item.aims',
      'work_programme_item.lead_officer',
      'work_programme_item.witnesses',
      'work_programme_item.visits',
      'work_programme_item.additional_information',
      'work_programme_item.position',
      'work_programme_item.created_at',
      'work_programme_item.updated_at',
      'forward_plan_item.reference as forward_plan_reference',
      'forward_plan_item.title as forward_plan_title',
      'forward_plan_item.proposed_decision_date as forward_plan_decision_date',
    ]),
)

export const declarations = source('declaration', db =>
  db
    .selectFrom('declaration')
    .leftJoin('agenda_item', 'agenda_item.id', 'declaration.agenda_item_id')
    .select([
      'declaration.id',
      'declaration.meeting_id',
      'declaration.agenda_item_id',
      'declaration.person_id',
      'declaration.interest_kind',
      'declaration.nature',
      'declaration.participation',
      'declaration.created_at',
      'declaration.updated_at',
    ])
    .where(notOnExemptItem),
)

export type RowOf<S> = S extends Source<infer Row> ? Row : never

// Records embedded in or linked from a page of others, read for the whole page in one query each.

export async function municipalYearsOf(db: Db, councilIds: number[]) {
  if (councilIds.length === 0) return []
  return db
    .selectFrom('municipal_year')
    .select(['id', 'council_id', 'label', 'starts_on', 'ends_on'])
    .where('council_id', 'in', councilIds)
    .orderBy('starts_on')
    .execute()
}

export async function membershipIdsOf(db: Db, by: 'committee_id' | 'person_id', ids: number[]) {
  if (ids.length === 0) return []
  return db
    .selectFrom('membership')
    .select(['id', `${by} as parent_id`])
    .where(by, 'in', ids)
    .orderBy('starts_on')
    .orderBy('id')
    .execute()
}

export async function agendaOfMeetings(db: Db, meetingIds: number[]) {
  if (meetingIds.length === 0) return []
  return publicAgendaItems(db)
    .where('agenda_item.meeting_id', 'in', meetingIds)
    .orderBy('agenda_item.position')
    .execute()
}

export async function publicDocumentIdsOf(db: Db, by: 'meeting_id' | 'agenda_item_id', ids: number[]) {
  if (ids.length === 0) return []
  return publicDocuments(db)
    .where(`document.${by}`, 'in', ids)
    .orderBy('document.position')
    .orderBy('document.id')
    .execute()
}

export async function recommendationIdsOf(db: Db, inquiryIds: number[]) {
  if (inquiryIds.length === 0) return []
  return db
    .selectFrom('recommendation')
    .select(['id', 'inquiry_id as parent_id'])
    .where('inquiry_id', 'in', inquiryIds)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

export async function assessmentIdsOf(db: Db, recommendationIds: number[]) {
  if (recommendationIds.length === 0) return []
  return db
    .selectFrom('assessment')
    .select(['id', 'recommendation_id as parent_id'])
    .where('recommendation_id', 'in', recommendationIds)
    .orderBy('assessed_on')
    .orderBy('id')
    .execute()
}

export async function actionUpdatesOf(db: Db, actionIds: number[]) {
  if (actionIds.length === 0) return []
  return db
    .selectFrom('action_update')
    .select(['action_id', 'written_on', 'body'])
    .where('action_id', 'in', actionIds)
    .orderBy('written_on')
    .orderBy('id')
    .execute()
}

/** The items of each meeting's latest published agenda version (meetings without versions have none). */
export async function latestPublishedAgendas(db: Db, meetingIds: number[]): Promise<Map<number, unknown[]>> {
  if (meetingIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('agenda_version')
    .select(['meeting_id', 'items'])
    .distinctOn('meeting_id')
    .where('meeting_id', 'in', meetingIds)
    .orderBy('meeting_id')
    .orderBy('version_number', 'desc')
    .execute()
  return new Map(rows.map(row => [row.meeting_id, row.items]))
}
