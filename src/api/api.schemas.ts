import { z } from './zod.ts'

/**
 * The shape of every record the open API returns. The same schemas check each response before it
 * is sent (anything not declared here is stripped, so a column added to a query cannot leak by
 * accident) and generate the OpenAPI document (openapi.ts).
 *
 * Entities and field names follow OParl 1.1 (https://oparl.org/spezifikation/) where OParl has
 * them; the scrutiny-specific entities (inquiry, recommendation, …) follow the same conventions:
 * `id` is the record's own URL, links to other records are absolute URLs, times are ISO 8601.
 */

const url = z.string().url()
const dateTime = z.string().datetime({ offset: true })
const date = z.string().date()
const time = z.string().regex(/^[0-9]{2}:[0-9]{2}$/)

const common = {
  id: url.openapi({ description: 'This record’s URL in the API (its stable identifier).' }),
  type: z.string().openapi({ description: 'The OParl 1.1 type, or for our own entities a link to its schema.' }),
  created: dateTime,
  modified: dateTime.openapi({ description: 'When the record last changed (what `modified_since` compares).' }),
}

export const systemSchema = z
  .object({
    id: url,
    type: z.literal('https://schema.oparl.org/1.1/System'),
    oparlVersion: z.literal('https://schema.oparl.org/1.1/'),
    name: z.string(),
    website: url,
    body: url.openapi({ description: 'The list of bodies (councils).' }),
    openapi: url.openapi({ description: 'This OpenAPI document.' }),
    lists: z.record(z.string(), url).openapi({ description: 'Every list this API serves, by entity.' }),
  })
  .openapi('System')

const legislativeTerm = z
  .object({ name: z.string(), startDate: date, endDate: date })
  .openapi('LegislativeTerm', { description: 'A municipal year (May to May).' })

export const bodySchema = z
  .object({
    ...common,
    name: z.string(),
    shortName: z.string(),
    website: url,
    organization: url,
    person: url,
    meeting: url,
    paper: url,
    legislativeTerm: z.array(legislativeTerm),
    inquiry: url,
    action: url,
    workProgrammeItem: url,
  })
  .openapi('Body', { description: 'OParl Body: the council.' })

export const organizationSchema = z
  .object({
    ...common,
    body: url,
    name: z.string(),
    shortName: z.string(),
    organizationType: z.literal('committee'),
    classification: z.enum(['overview_scrutiny', 'coordinating', 'cabinet', 'full_council', 'other']),
    active: z.boolean(),
    purpose: z.string().nullable(),
    termsOfReference: z.string().nullable(),
    membership: z.array(url),
    web: url,
  })
  .openapi('Organization', { description: 'OParl Organization: a committee.' })

export const personSchema = z
  .object({
    ...common,
    body: url,
    name: z.string(),
    formOfAddress: z.string().nullable().openapi({ description: '"Councillor", "Revd", …' }),
    kind: z.enum(['councillor', 'co_optee', 'officer', 'witness', 'other']),
    jobTitle: z.string().nullable(),
    organisation: z.string().nullable(),
    party: z.string().nullable(),
    ward: z.string().nullable(),
    membership: z.array(url),
  })
  .openapi('Person', { description: 'OParl Person: a councillor, co-opted member, officer or witness.' })

export const membershipSchema = z
  .object({
    ...common,
    person: url,
    organization: url,
    role: z.enum([
      'chair',
      'deputy_chair',
      'member',
      'co_opted',
      'substitute',
      'scrutiny_officer',
      'committee_manager',
      'lawyer',
      'officer_support',
    ]),
    coOptedCapacity: z.string().nullable().openapi({ description: 'For co-opted members: "Parent Governor", …' }),
    votingRight: z.boolean(),
    startDate: date,
    endDate: date.nullable(),
  })
  .openapi('Membership', { description: 'OParl Membership: a person’s role on a committee for a period.' })

const agendaItemFields = {
  ...common,
  meeting: url,
  number: z.string(),
  order: z.number().int(),
  name: z.string().openapi({ description: 'The title; "Exempt item" when the item is exempt.' }),
  public: z.boolean().openapi({ description: 'False for exempt items (LGA 1972 Sch 12A).' }),
  exemptParagraph: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'The Schedule 12A paragraph of an exempt item.' }),
  standingItem: z.string().nullable(),
  description: z.string().nullable(),
  startTime: time.nullable().openapi({ description: 'Local (UK) time slot start, as printed.' }),
  endTime: time.nullable(),
  attendees: z.string().nullable().openapi({ description: 'Who attends to present (witnesses).' }),
  pageFrom: z.number().int().nullable(),
  pageTo: z.number().int().nullable(),
  consultation: z.array(url),
}

export const agendaItemSchema = z.object(agendaItemFields).openapi('AgendaItem', {
  description:
    'OParl AgendaItem. Exempt items are listed by number and paragraph only: their name is "Exempt item" and ' +
    'description, time slot, attendees, pages and papers are never given.',
})

export const meetingSchema = z
  .object({
    ...common,
    name: z.string(),
    meetingState: z.enum(['scheduled', 'agenda_published', 'held', 'minutes_approved', 'cancelled']),
    cancelled: z.boolean(),
    cancellationReason: z.string().nullable(),
    start: dateTime.nullable().openapi({ description: 'The start as an instant (from the local date and time).' }),
    date: date,
    startTime: time.nullable().openapi({ description: 'Local (UK) start time, as printed.' }),
    location: z.object({ description: z.string() }).nullable(),
    webcast: url.nullable(),
    agendaPublished: dateTime.nullable(),
    organization: z.array(url),
    agendaItem: z.array(agendaItemSchema).openapi({ description: 'The agenda, once published (empty before).' }),
    auxiliaryFile: z.array(url),
    web: url,
  })
  .openapi('Meeting', { description: 'OParl Meeting.' })

export const paperSchema = z
  .object({
    ...common,
    name: z.string(),
    paperType: z.string().openapi({ description: 'report, appendix, agenda_pack, action_notes, tracking_report, …' }),
    date: date.nullable(),
    meeting: url.nullable(),
    inquiry: url.nullable(),
    mainFile: url.nullable(),
    consultation: z.array(url),
    pageFrom: z.number().int().nullable(),
    pageTo: z.number().int().nullable(),
  })
  .openapi('Paper', {
    description: 'OParl Paper: a published report or document. Exempt papers and the members’ pack are never listed.',
  })

export const fileSchema = z
  .object({
    ...common,
    name: z.string(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    sha256Checksum: z.string(),
    pageCount: z.number().int().nullable(),
    accessUrl: url,
    downloadUrl: url,
    paper: z.array(url),
  })
  .openapi('File', { description: 'OParl File: the file of a published paper.' })

export const consultationSchema = z
  .object({
    ...common,
    paper: url,
    agendaItem: url,
    meeting: url.nullable(),
    organization: z.array(url),
    role: z.string(),
  })
  .openapi('Consultation', { description: 'OParl Consultation: a paper considered under an agenda item.' })

export const inquirySchema = z
  .object({
    ...common,
    organization: url,
    name: z.string(),
    keyQuestion: z.string().nullable(),
    linesOfEnquiry: z.string().nullable(),
    status: z.enum(['scoping', 'evidence_gathering', 'reporting', 'tracking', 'concluded']),
    approvedByCouncil: date.nullable(),
    leadMember: url.nullable(),
    leadOfficer: url.nullable(),
    recommendation: z.array(url),
    web: url,
  })
  .openapi('Inquiry', { description: 'A scrutiny inquiry and its report.' })

const assessmentCode = z.number().int().min(1).max(6)

export const recommendationSchema = z
  .object({
    ...common,
    inquiry: url,
    number: z.string(),
    order: z.number().int(),
    text: z.string(),
    theme: z.string().nullable(),
    responsible: z.string().nullable(),
    responsiblePerson: url.nullable(),
    completionDate: date.nullable(),
    completionDateText: z.string().nullable(),
    concluded: date.nullable(),
    finalAssessment: z
      .object({ code: assessmentCode, category: z.string() })
      .nullable()
      .openapi({ description: 'Set once tracking has ended (codes 1, 2 or 4).' }),
    assessment: z.array(url),
  })
  .openapi('Recommendation', { description: 'A numbered recommendation of an inquiry.' })

export const assessmentSchema = z
  .object({
    ...common,
    recommendation: url,
    assessedBy: z.enum(['executive', 'committee']),
    code: assessmentCode,
    category: z.string().openapi({ description: '1 Achieved (Fully) … 6 In Progress.' }),
    evidence: z.string().nullable(),
    newCompletionDate: date.nullable(),
    obstacle: z.string().nullable(),
    date: date,
  })
  .openapi('Assessment', {
    description: 'A self-assessment by the executive or an assessment by the committee, on the 1–6 scale.',
  })

export const actionSchema = z
  .object({
    ...common,
    organization: url,
    meeting: url.nullable(),
    agendaItem: url.nullable(),
    agendaItemTitle: z.string().nullable(),
    raised: date,
    originallyRequested: date.nullable(),
    text: z.string(),
    owner: z.string().nullable(),
    due: date.nullable(),
    status: z.enum(['open', 'done', 'withdrawn']),
    closed: date.nullable(),
    reRaisedFrom: url.nullable(),
    update: z.array(z.object({ date, text: z.string() })),
  })
  .openapi('Action', { description: 'A row of the action tracker.' })

export const workProgrammeItemSchema = z
  .object({
    ...common,
    organization: url,
    meeting: url.nullable().openapi({ description: 'Null: to be scheduled.' }),
    inquiry: url.nullable(),
    topic: z.string(),
    itemType: z.string().nullable(),
    aims: z.string().nullable(),
    leadOfficer: z.string().nullable(),
    witnesses: z.string().nullable(),
    visits: z.string().nullable(),
    additionalInformation: z.string().nullable(),
    order: z.number().int(),
    forwardPlan: z
      .object({ reference: z.string(), title: z.string(), proposedDecisionDate: date.nullable() })
      .nullable(),
  })
  .openapi('WorkProgrammeItem', { description: 'An item of a committee’s work programme.' })

export const declarationSchema = z
  .object({
    ...common,
    meeting: url,
    agendaItem: url.nullable(),
    person: url,
    interestKind: z.enum([
      'disclosable_pecuniary',
      'other_registerable',
      'non_registerable',
      'sensitive',
      'pecuniary',
      'non_pecuniary',
    ]),
    nature: z.string().nullable().openapi({ description: 'Always null for sensitive interests.' }),
    participation: z.enum(['took_part', 'spoke_only', 'withdrew', 'dispensation']).nullable(),
  })
  .openapi('Declaration', {
    description: 'A declaration of interests at a meeting. Declarations on exempt items are not published.',
  })

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error')

/** A page of a list: OParl's list object, with cursor links instead of page numbers. */
export function listSchema<T extends z.ZodTypeAny>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      pagination: z.object({ elementsPerPage: z.number().int() }),
      links: z.object({
        first: url,
        next: url.optional().openapi({ description: 'Absent on the last page.' }),
      }),
    })
    .openapi(`${name}List`)
}
