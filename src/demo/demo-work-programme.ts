import type { WorkProgrammeType } from '../work-programme/work-programme.table.ts'

/** A Cabinet Forward Plan decision the demo committees may scrutinise; its date is an offset from the load day. */
export interface DemoForwardPlanItem {
  key: string
  number: string
  title: string
  decisionOffset: number
  decisionMaker: string
}

export const DEMO_FORWARD_PLAN: DemoForwardPlanItem[] = [
  {
    key: 'send-transport',
    number: '031',
    title: 'Special Educational Needs and Disabilities Home to School Transport Policy',
    decisionOffset: 49,
    decisionMaker: 'Cabinet',
  },
  {
    key: 'housing-allocations',
    number: '044',
    title: 'Housing Allocations Scheme review',
    decisionOffset: 112,
    decisionMaker: 'Cabinet Member for Housing',
  },
]

/** A work programme item; without a meeting (a demo meeting's key) it is still to be scheduled. */
export interface DemoWorkProgrammeItem {
  committee: string
  meeting?: string
  topic: string
  type: WorkProgrammeType
  aims?: string
  leadOfficer?: string
  witnesses?: string
  visits?: string
  additionalInformation?: string
  forwardPlan?: string
  /** Linked to the demo inquiry (demo-tracking.ts). */
  inquiry?: boolean
}

const DIRECTOR = 'Naomi Osei, Director of Education and Skills'

export const DEMO_WORK_PROGRAMME: DemoWorkProgrammeItem[] = [
  {
    committee: 'children-and-education',
    meeting: 'cyp-past-1',
    topic: 'School Exclusions Inquiry: evidence session',
    type: 'inquiry_session',
    aims: 'To hear from schools how alternatives to permanent exclusion are working.',
    leadOfficer: DIRECTOR,
    witnesses: 'Headteachers from two Northmoor secondary schools',
    inquiry: true,
  },
  {
    committee: 'children-and-education',
    meeting: 'cyp-past-2',
    topic: 'Tracking: School Exclusions Inquiry',
    type: 'tracking',
    aims: 'To assess progress against the inquiry’s recommendations.',
    leadOfficer: DIRECTOR,
    witnesses: 'Councillor Fiona Grant, Cabinet Member for Children and Families',
    inquiry: true,
  },
  {
    committee: 'children-and-education',
    meeting: 'cyp-past-2',
    topic: 'Home to School Transport',
    type: 'update_report',
    aims: 'To review the cost and reliability of home to school transport since the new contracts began.',
    leadOfficer: DIRECTOR,
  },
  {
    committee: 'children-and-education',
    meeting: 'cyp-next',
    topic: 'Youth Service Annual Report',
    type: 'update_report',
    aims: 'To consider the youth service’s reach and outcomes over the last year.',
    leadOfficer: 'Head of Youth Service',
    witnesses: 'Two members of the Northmoor Youth Council',
    visits: 'Northfield Youth Centre, before the meeting',
  },
  {
    committee: 'children-and-education',
    meeting: 'cyp-next',
    topic: 'Special Educational Needs Transport: Cabinet decision',
    type: 'pre_decision_scrutiny',
    aims: 'To make recommendations to Cabinet before it decides the new policy.',
    leadOfficer: DIRECTOR,
    witnesses: 'Councillor Fiona Grant, Cabinet Member for Children and Families; Northmoor Parent Carer Forum',
    forwardPlan: 'send-transport',
  },
  {
    committee: 'children-and-education',
    topic: 'Attendance and persistent absence',
    type: 'evidence_gathering',
    aims: 'To understand why persistent absence has risen since 2020 and what schools are doing about it.',
    leadOfficer: DIRECTOR,
    additionalInformation: 'Once the Department for Education publishes the autumn term figures.',
  },
  {
    committee: 'children-and-education',
    topic: 'Elective home education',
    type: 'briefing',
    additionalInformation: 'Requested by the committee at its last meeting.',
  },
  {
    committee: 'housing-and-neighbourhoods',
    meeting: 'housing-next',
    topic: 'Damp and Mould in Council Homes',
    type: 'update_report',
    aims: 'To check the council meets the new time limits for repairing damp and mould.',
    leadOfficer: 'Director of Housing',
    visits: 'Two council estates with the repairs team',
  },
  {
    committee: 'housing-and-neighbourhoods',
    topic: 'Housing Allocations Scheme review',
    type: 'pre_decision_scrutiny',
    leadOfficer: 'Director of Housing',
    forwardPlan: 'housing-allocations',
  },
  {
    committee: 'housing-and-neighbourhoods',
    topic: 'Temporary accommodation: costs and quality',
    type: 'evidence_gathering',
    aims: 'To understand the rising cost of temporary accommodation and the standard of what families are offered.',
  },
]
