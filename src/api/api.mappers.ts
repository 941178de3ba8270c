import { z } from './zod.ts'
import { londonTimeToUtc } from '../calendar/london-time.ts'
import { assessmentCategory } from '../tracking/assessment-scale.ts'
import type * as repo from './api.repository.ts'
import type { RowOf } from './api.repository.ts'
import type * as s from './api.schemas.ts'
import type { Entity, Links } from './links.ts'

/**
 * Rows → OParl-style JSON, one small pure function per entity. Whether a row may be published
 * at all is decided in the queries (api.repository.ts); how an exempt agenda item is shown is
 * decided here, in toAgendaItem.
 */

type Out<T extends z.ZodTypeAny> = z.input<T>

/** Title shown for an exempt agenda item: the item exists, what it is about does not appear. */
export const EXEMPT_ITEM_NAME = 'Exempt item'

const iso = (value: Date | string) => new Date(value).toISOString()
const hhmm = (value: string | null) => (value === null ? null : value.slice(0, 5))

function common(entity: Entity, row: { id: number; created_at: Date; updated_at: Date }, links: Links) {
  return {
    id: links.record(entity, row.id),
    type: links.type(entity),
    created: iso(row.created_at),
    modified: iso(row.updated_at),
  }
}

export function toBody(
  row: RowOf<typeof repo.bodies>,
  terms: Array<{ label: string; starts_on: string; ends_on: string }>,
  links: Links,
): Out<typeof s.bodySchema> {
  return {
    ...common('body', row, links),
    name: row.name,
    shortName: row.slug,
    website: links.web('/'),
    organization: links.list('organization'),
    person: links.list('person'),
    meeting: links.list('meeting'),
    paper: links.list('paper'),
    legislativeTerm: terms.map(t => ({ name: t.label, startDate: t.starts_on, endDate: t.ends_on })),
    inquiry: links.list('inquiry'),
    action: links.list('action'),
    workProgrammeItem: links.list('workProgrammeItem'),
  }
}

export function toOrganization(
  row: RowOf<typeof repo.organizations>,
  membershipIds: number[],
  links: Links,
): Out<typeof s.organizationSchema> {
  return {
    ...common('organization', row, links),
    body: links.record('body', row.council_id),
    name: row.name,
    shortName: row.slug,
    organizationType: 'committee',
    classification: row.kind,
    active: row.is_active,
    purpose: row.purpose,
    termsOfReference: row.terms_of_reference,
    membership: membershipIds.map(id => links.record('membership', id)),
    web: links.web(`/committees/${row.slug}`),
  }
}

/** People's contact details are not published through the API; their public roles are. */
export function toPerson(
  row: RowOf<typeof repo.people>,
  membershipIds: number[],
  links: Links,
): Out<typeof s.personSchema> {
  return {
    ...common('person', row, links),
    body: links.record('body', row.council_id),
    name: row.full_name,
    formOfAddress: row.honorific,
    kind: row.kind,
    jobTitle: row.job_title,
    organisation: row.organisation,
    party: row.party,
    ward: row.ward,
    membership: membershipIds.map(id => links.record('membership', id)),
  }
}

export function toMembership(row: RowOf<typeof repo.memberships>, links: Links): Out<typeof s.membershipSchema> {
  return {
    ...common('membership', row, links),
    person: links.record('person', row.person_id),
    organization: links.record('organization', row.committee_id),
    role: row.role,
    coOptedCapacity: row.co_opted_capacity,
    votingRight: row.is_voting,
    startDate: row.starts_on,
    endDate: row.ends_on,
  }
}

// The fields of an item in a published agenda version (meetings/agenda-snapshot.ts) the API uses.
const publishedItem = z.object({
  id: z.number(),
  item_number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  time_from: z.string().nullable(),
  time_to: z.string().nullable(),
  attendees: z.string().nullable(),
  is_exempt: z.boolean(),
  exempt_paragraph: z.number().nullable(),
  page_from: z.number().nullable(),
  page_to: z.number().nullable(),
})

type AgendaItemRow = RowOf<typeof repo.agendaItems>

/**
 * An agenda item as its meeting's latest published agenda version has it (`publishedItems`;
 * undefined for meetings recorded without versions), not as an officer may since have edited it.
 * Exempt when either says so; when the version cannot be read, exempt: nothing is said of it.
 */
export function asPublished(row: AgendaItemRow, publishedItems: unknown[] | undefined): AgendaItemRow {
  if (publishedItems === undefined) return row
  const found = publishedItems.find(
    item => typeof item === 'object' && item !== null && 'id' in item && item.id === row.id,
  )
  const parsed = publishedItem.safeParse(found)
  if (!parsed.success) return { ...row, is_exempt: true }
  const item = parsed.data
  return {
    ...row,
    item_number: item.item_number,
    title: item.title,
    description: item.description,
    time_from: item.time_from,
    time_to: item.time_to,
    attendees: item.attendees,
    is_exempt: item.is_exempt || row.is_exempt,
    exempt_paragraph: item.exempt_paragraph ?? row.exempt_paragraph,
    page_from: row.page_from ?? item.page_from,
    page_to: row.page_to ?? item.page_to,
  }
}

/**
 * An agenda item. An exempt one keeps only what the public agenda shows of it — that it exists,
 * its number, place and Schedule 12A paragraph — never its title, text, witnesses or papers.
 */
export function toAgendaItem(
  row: AgendaItemRow,
  consultationIds: number[],
  links: Links,
): Out<typeof s.agendaItemSchema> {
  const base = {
    ...common('agendaItem', row, links),
    meeting: links.record('meeting', row.meeting_id),
    number: row.item_number,
    order: row.position,
    standingItem: row.standing_kind,
  }
  if (row.is_exempt) {
    return {
      ...base,
      name: EXEMPT_ITEM_NAME,
      public: false,
      exemptParagraph: row.exempt_paragraph,
      description: null,
      startTime: null,
      endTime: null,
      attendees: null,
      pageFrom: null,
      pageTo: null,
      consultation: [],
    }
  }
  return {
    ...base,
    name: row.title,
    public: true,
    exemptParagraph: null,
    description: row.description,
    startTime: hhmm(row.time_from),
    endTime: hhmm(row.time_to),
    attendees: row.attendees,
    pageFrom: row.page_from,
    pageTo: row.page_to,
    consultation: consultationIds.map(id => links.record('consultation', id)),
  }
}

export function toMeeting(
  row: RowOf<typeof repo.meetings>,
  agenda: Array<Out<typeof s.agendaItemSchema>>,
  fileIds: number[],
  links: Links,
): Out<typeof s.meetingSchema> {
  return {
    ...common('meeting', row, links),
    name: `${row.committee_name}, ${row.meeting_date}`,
    meetingState: row.status,
    cancelled: row.status === 'cancelled',
    cancellationReason: row.cancellation_reason,
    start: row.start_time === null ? null : londonTimeToUtc(row.meeting_date, row.start_time).toISOString(),
    date: row.meeting_date,
    startTime: hhmm(row.start_time),
    location: row.venue === null ? null : { description: row.venue },
    webcast: row.webcast_url,
    agendaPublished: row.agenda_published_at === null ? null : iso(row.agenda_published_at),
    organization: [links.record('organization', row.committee_id)],
    agendaItem: agenda,
    auxiliaryFile: fileIds.map(id => links.record('file', id)),
    web: links.web(`/meetings/${row.slug}`),
  }
}

type DocumentRow = RowOf<typeof repo.papers>

export function toPaper(row: DocumentRow, links: Links): Out<typeof s.paperSchema> {
  return {
    ...common('paper', row, links),
    name: row.title,
    paperType: row.kind,
    date: row.published_at ? iso(row.published_at).slice(0, 10) : row.meeting_date,
    meeting: links.maybe('meeting', row.meeting_id),
    inquiry: links.maybe('inquiry', row.inquiry_id),
    mainFile: row.file_id === null ? null : links.record('file', row.id),
    consultation: row.agenda_item_id === null ? [] : [links.record('consultation', row.id)],
    pageFrom: row.page_from,
    pageTo: row.page_to,
  }
}

/** A paper's file. Its id is the paper's: a file is published exactly when its paper is. */
export function toFile(row: DocumentRow, links: Links): Out<typeof s.fileSchema> | null {
  if (row.file_id === null || row.media_type === null || row.sha256 === null) return null
  const download = links.web(`/documents/${row.id}/file`)
  return {
    ...common('file', row, links),
    name: row.title,
    fileName: row.original_name ?? `document-${row.id}`,
    mimeType: row.media_type,
    size: Number(row.byte_size),
    sha256Checksum: row.sha256,
    pageCount: row.page_count,
    accessUrl: download,
    downloadUrl: download,
    paper: [links.record('paper', row.id)],
  }
}

/** A paper considered under an agenda item. Its id is the paper's (one agenda item per paper). */
export function toConsultation(row: DocumentRow, links: Links): Out<typeof s.consultationSchema> | null {
  if (row.agenda_item_id === null) return null
  return {
    ...common('consultation', row, links),
    paper: links.record('paper', row.id),
    agendaItem: links.record('agendaItem', row.agenda_item_id),
    meeting: links.maybe('meeting', row.meeting_id),
    organization: row.committee_id === null ? [] : [links.record('organization', row.committee_id)],
    role: row.kind,
  }
}

export function toInquiry(
  row: RowOf<typeof repo.inquiries>,
  recommendationIds: number[],
  links: Links,
): Out<typeof s.inquirySchema> {
  return {
    ...common('inquiry', row, links),
    organization: links.record('organization', row.committee_id),
    name: row.title,
    keyQuestion: row.key_question,
    linesOfEnquiry: row.lines_of_enquiry,
    status: row.status,
    approvedByCouncil: row.approved_by_council_on,
    leadMember: links.maybe('person', row.lead_member_id),
    leadOfficer: links.maybe('person', row.lead_officer_id),
    recommendation: recommendationIds.map(id => links.record('recommendation', id)),
    web: links.web(`/committees/${row.committee_slug}/inquiries/${row.slug}`),
  }
}

export function toRecommendation(
  row: RowOf<typeof repo.recommendations>,
  assessmentIds: number[],
  links: Links,
): Out<typeof s.recommendationSchema> {
  return {
    ...common('recommendation', row, links),
    inquiry: links.record('inquiry', row.inquiry_id),
    number: row.number,
    order: row.position,
    text: row.body,
    theme: row.theme,
    responsible: row.responsible,
    responsiblePerson: links.maybe('person', row.responsible_person_id),
    completionDate: row.original_completion_date,
    completionDateText: row.completion_date_text,
    concluded: row.concluded_on,
    finalAssessment:
      row.final_assessment === null
        ? null
        : { code: row.final_assessment, category: assessmentCategory(row.final_assessment) },
    assessment: assessmentIds.map(id => links.record('assessment', id)),
  }
}

export function toAssessment(row: RowOf<typeof repo.assessments>, links: Links): Out<typeof s.assessmentSchema> {
  return {
    ...common('assessment', row, links),
    recommendation: links.record('recommendation', row.recommendation_id),
    assessedBy: row.assessed_by,
    code: row.code,
    category: assessmentCategory(row.code),
    evidence: row.evidence,
    newCompletionDate: row.new_completion_date,
    obstacle: row.obstacle,
    date: row.assessed_on,
  }
}

export function toAction(
  row: RowOf<typeof repo.actions>,
  updates: Array<{ written_on: string; body: string }>,
  links: Links,
): Out<typeof s.actionSchema> {
  return {
    ...common('action', row, links),
    organization: links.record('organization', row.committee_id),
    meeting: links.maybe('meeting', row.meeting_id),
    agendaItem: links.maybe('agendaItem', row.agenda_item_id),
    agendaItemTitle: row.agenda_item_title,
    raised: row.raised_on,
    originallyRequested: row.originally_requested_on,
    text: row.description,
    owner: row.owner,
    due: row.due_on,
    status: row.status,
    closed: row.closed_on,
    reRaisedFrom: links.maybe('action', row.re_raised_from_id),
    update: updates.map(u => ({ date: u.written_on, text: u.body })),
  }
}

export function toWorkProgrammeItem(
  row: RowOf<typeof repo.workProgrammeItems>,
  links: Links,
): Out<typeof s.workProgrammeItemSchema> {
  return {
    ...common('workProgrammeItem', row, links),
    organization: links.record('organization', row.committee_id),
    meeting: links.maybe('meeting', row.meeting_id),
    inquiry: links.maybe('inquiry', row.inquiry_id),
    topic: row.topic,
    itemType: row.item_type,
    aims: row.aims,
    leadOfficer: row.lead_officer,
    witnesses: row.witnesses,
    visits: row.visits,
    additionalInformation: row.additional_information,
    order: row.position,
    forwardPlan:
      row.forward_plan_reference === null || row.forward_plan_title === null
        ? null
        : {
            reference: row.forward_plan_reference,
            title: row.forward_plan_title,
            proposedDecisionDate: row.forward_plan_decision_date,
          },
  }
}

/** The nature of a sensitive interest is withheld (the database already refuses to store one). */
export function toDeclaration(row: RowOf<typeof repo.declarations>, links: Links): Out<typeof s.declarationSchema> {
  return {
    ...common('declaration', row, links),
    meeting: links.record('meeting', row.meeting_id),
    agendaItem: links.maybe('agendaItem', row.agenda_item_id),
    person: links.record('person', row.person_id),
    interestKind: row.interest_kind,
    nature: row.interest_kind === 'sensitive' ? null : row.nature,
    participation: row.participation,
  }
}
