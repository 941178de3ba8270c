import type { AssessmentCode } from '../tracking/assessment-scale.ts'

/** The demo inquiry and its recommendations, each at a different stage of tracking. */
export const DEMO_INQUIRY = {
  committeeSlug: 'children-and-education',
  slug: 'school-exclusions',
  title: 'Reducing School Exclusions',
  keyQuestion: 'How can the council and schools work together to reduce permanent exclusions in Northmoor?',
  linesOfEnquiry:
    'What do the exclusion figures tell us?\nWhich pupils are most affected?\nWhat alternatives to exclusion work?',
  leadMember: 'shah',
  leadOfficer: 'kendall',
  approvedOffset: -400,
}

/** The inquiry's evidence-gathering sessions, before its report went to council (days from the load day). */
export const DEMO_EVIDENCE_SESSIONS = [
  {
    offset: -520,
    witnesses: 'Head of Inclusion; headteachers of two Northmoor secondary schools; the Virtual School Head',
    notes:
      'Exclusion figures by school and by pupil group; the managed-move protocol and why it is used less than it was.',
  },
  {
    offset: -470,
    witnesses: 'Parents and carers from the SEND parent forum; the Youth Council; the Alternative Provision Academy',
    notes:
      'What families experience after a fixed-term exclusion, and which alternatives pupils said had helped them stay in school.',
  },
]

export interface DemoAssessment {
  by: 'executive' | 'committee'
  code: AssessmentCode
  offset: number
  evidence?: string
  newDateOffset?: number
}

export interface DemoRecommendation {
  number: string
  body: string
  responsible: string
  dueOffset: number
  history: DemoAssessment[]
  /** The demo person (report author) who answers for it in tracking. */
  responsiblePerson?: string
}

const CABINET_MEMBER = 'Cabinet Member for Children and Families'

export const DEMO_RECOMMENDATIONS: DemoRecommendation[] = [
  {
    number: 'R01',
    body: 'Publish termly exclusion figures for every Northmoor school, broken down by pupil group.',
    responsible: CABINET_MEMBER,
    dueOffset: -200,
    history: [
      {
        by: 'executive',
        code: 1,
        offset: -210,
        evidence: 'Figures published on the council website each term since January.',
      },
      { by: 'committee', code: 1, offset: -196 },
    ],
  },
  {
    number: 'R02',
    body: 'Create a council-wide inclusion charter for schools to sign up to.',
    responsible: CABINET_MEMBER,
    dueOffset: -180,
    history: [
      {
        by: 'executive',
        code: 3,
        offset: -175,
        evidence: 'Charter drafted; consultation with headteachers under way.',
        newDateOffset: -60,
      },
      { by: 'committee', code: 3, offset: -161, newDateOffset: -60 },
      { by: 'executive', code: 2, offset: -35, evidence: 'Charter launched; 41 of 58 schools have signed.' },
      { by: 'committee', code: 2, offset: -28 },
    ],
  },
  {
    number: 'R03',
    responsiblePerson: 'osei',
    body: 'Fund an alternative provision pilot offering a place within six days of any exclusion.',
    responsible: CABINET_MEMBER,
    dueOffset: -90,
    history: [
      {
        by: 'executive',
        code: 3,
        offset: -35,
        evidence: 'Pilot commissioned; first cohort starts next term.',
        newDateOffset: 120,
      },
      { by: 'committee', code: 5, offset: -28, newDateOffset: 90 },
    ],
  },
  {
    number: 'R04',
    responsiblePerson: 'osei',
    body: 'Train every designated safeguarding lead in trauma-informed practice.',
    responsible: 'Director of Education and Skills',
    dueOffset: 150,
    history: [
      { by: 'executive', code: 6, offset: -35, evidence: '120 of 190 leads trained so far.' },
      { by: 'committee', code: 6, offset: -28 },
    ],
  },
  {
    number: 'R05',
    responsiblePerson: 'osei',
    body: 'Report back to this committee on exclusions of children in care within twelve months.',
    responsible: CABINET_MEMBER,
    dueOffset: 60,
    history: [],
  },
]

export const DEMO_ACTIONS = [
  {
    meeting: 'cyp-past-1',
    agendaItem: 'School Exclusions Inquiry: evidence session',
    description: 'Circulate the exclusion figures by ward to members.',
    owner: 'Naomi Osei',
    done: { offset: -50, update: 'Circulated by email on the date shown.' },
  },
  {
    meeting: 'cyp-past-2',
    agendaItem: 'Home to School Transport',
    description: 'Provide the number of appeals against transport decisions this year and how many succeeded.',
    owner: 'Naomi Osei',
  },
  {
    meeting: 'cyp-past-2',
    agendaItem: 'Tracking: School Exclusions Inquiry',
    description: 'Invite the alternative provision pilot provider to a future meeting.',
    owner: 'Ruth Kendall',
  },
]
