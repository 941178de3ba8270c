import type { MembershipRole, PersonKind } from '../committees/committees.table.ts'
import type { StandingKind } from '../meetings/meetings.table.ts'

/**
 * Northmoor City Council: a small, entirely fictional council so a new installation has
 * something to look at. Dates are offsets in days from the day the demo is loaded, so the
 * meetings are always "recent" and "upcoming".
 */
export const DEMO_COUNCIL = { name: 'Northmoor City Council', slug: 'northmoor' }

export interface DemoPerson {
  key: string
  fullName: string
  honorific?: string
  kind: PersonKind
  jobTitle?: string
  party?: string
  ward?: string
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'shah',
    fullName: 'Priya Shah',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Labour',
    ward: 'Riverside',
  },
  {
    key: 'hargreaves',
    fullName: 'Tom Hargreaves',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Conservative',
    ward: 'Moor Edge',
  },
  {
    key: 'begum',
    fullName: 'Aisha Begum',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Labour',
    ward: 'Canal Side',
  },
  {
    key: 'lloyd',
    fullName: 'Gareth Lloyd',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Liberal Democrat',
    ward: 'Hill Top',
  },
  {
    key: 'marsh',
    fullName: 'Helen Marsh',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Green',
    ward: 'Old Town',
  },
  {
    key: 'okafor',
    fullName: 'Daniel Okafor',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Labour',
    ward: 'Northfield',
  },
  { key: 'ellis', fullName: 'Margaret Ellis', honorific: 'Revd', kind: 'co_optee' },
  { key: 'achebe', fullName: 'Samuel Achebe', kind: 'co_optee' },
  {
    key: 'denton',
    fullName: 'Mark Denton',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Labour',
    ward: 'Eastgate',
  },
  {
    key: 'quinn',
    fullName: 'Sarah Quinn',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Conservative',
    ward: 'Westbrook',
  },
  {
    key: 'hussain',
    fullName: 'Imran Hussain',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Labour',
    ward: 'Canal Side',
  },
  {
    key: 'parr',
    fullName: 'Lucy Parr',
    honorific: 'Councillor',
    kind: 'councillor',
    party: 'Independent',
    ward: 'Moor Edge',
  },
  {
    key: 'grant',
    fullName: 'Fiona Grant',
    honorific: 'Councillor',
    kind: 'councillor',
    jobTitle: 'Cabinet Member for Children and Families',
  },
  { key: 'kendall', fullName: 'Ruth Kendall', kind: 'officer', jobTitle: 'Scrutiny Officer' },
  { key: 'whitfield', fullName: 'James Whitfield', kind: 'officer', jobTitle: 'Committee Manager' },
  { key: 'osei', fullName: 'Naomi Osei', kind: 'officer', jobTitle: 'Director of Education and Skills' },
]

export interface DemoMembership {
  person: string
  role: MembershipRole
  capacity?: string
  startsOffset: number
  endsOffset?: number
}

const STANDING_TITLES: Array<[StandingKind, string]> = [
  ['recording_notice', 'Notice of recording/webcast'],
  ['apologies', 'Apologies'],
  ['declarations', 'Declarations of interests'],
  ['action_notes', 'Action notes'],
  ['action_tracker', 'Action tracker'],
  ['work_programme', 'Work programme'],
  ['call_in_petitions', 'Request(s) for call in/councillor call for action/petitions received (if any)'],
  ['urgent_business', 'Other urgent business'],
  ['authority_to_chair', 'Authority to chair and officers'],
]
export const STANDING_ITEMS = STANDING_TITLES

export interface DemoAgendaItem {
  title: string
  standing?: StandingKind
  description?: string
  time?: [string, string]
  attendees?: string
  pages?: [number, number]
  exemptParagraph?: number
}

export interface DemoMeeting {
  key: string
  dayOffset: number
  startTime: string
  venue: string
  webcastUrl?: string
  status: 'scheduled' | 'agenda_published' | 'held' | 'minutes_approved'
  business: DemoAgendaItem[]
}

export interface DemoCommittee {
  name: string
  slug: string
  purpose: string
  termsOfReference: string
  memberships: DemoMembership[]
  meetings: DemoMeeting[]
}

const VENUE = 'Committee Room 2, Northmoor Civic Centre, Market Street, Northmoor NM1 1AA'

export const DEMO_COMMITTEES: DemoCommittee[] = [
  {
    name: 'Children and Education Overview and Scrutiny Committee',
    slug: 'children-and-education',
    purpose:
      'Scrutinises the council’s services for children, young people and families, schools and education, and children’s social care.',
    termsOfReference:
      'To fulfil the functions of an overview and scrutiny committee for education, early years, special educational needs and disabilities, children’s social care and youth services.',
    memberships: [
      { person: 'shah', role: 'chair', startsOffset: -200 },
      { person: 'hargreaves', role: 'deputy_chair', startsOffset: -200 },
      { person: 'begum', role: 'member', startsOffset: -200 },
      { person: 'lloyd', role: 'member', startsOffset: -200 },
      { person: 'marsh', role: 'member', startsOffset: -200, endsOffset: -40 },
      { person: 'okafor', role: 'member', startsOffset: -39 },
      { person: 'ellis', role: 'co_opted', capacity: 'Church of England Diocese', startsOffset: -200 },
      { person: 'achebe', role: 'co_opted', capacity: 'Parent Governor', startsOffset: -200 },
      { person: 'kendall', role: 'scrutiny_officer', startsOffset: -200 },
      { person: 'whitfield', role: 'committee_manager', startsOffset: -200 },
    ],
    meetings: [
      {
        key: 'cyp-past-1',
        dayOffset: -63,
        startTime: '10:00',
        venue: VENUE,
        status: 'minutes_approved',
        business: [
          {
            title: 'School Exclusions Inquiry: evidence session',
            time: ['10:05', '11:00'],
            attendees:
              'Naomi Osei, Director of Education and Skills; headteachers from two Northmoor secondary schools',
            pages: [21, 40],
          },
        ],
      },
      {
        key: 'cyp-past-2',
        dayOffset: -28,
        startTime: '10:00',
        venue: VENUE,
        webcastUrl: 'https://example.org/webcasts/northmoor',
        status: 'held',
        business: [
          {
            title: 'Tracking: School Exclusions Inquiry',
            time: ['10:05', '10:45'],
            attendees:
              'Councillor Fiona Grant, Cabinet Member for Children and Families, and Naomi Osei, Director of Education and Skills',
            pages: [17, 32],
          },
          {
            title: 'Home to School Transport',
            time: ['10:45', '11:30'],
            attendees: 'Naomi Osei, Director of Education and Skills',
            pages: [33, 48],
          },
        ],
      },
      {
        key: 'cyp-next',
        dayOffset: 21,
        startTime: '10:00',
        venue: VENUE,
        webcastUrl: 'https://example.org/webcasts/northmoor',
        status: 'agenda_published',
        business: [
          {
            title: 'Youth Service Annual Report',
            time: ['10:05', '10:50'],
            attendees: 'Head of Youth Service and two members of the Northmoor Youth Council',
            pages: [19, 36],
          },
          {
            title: 'Special Educational Needs Transport: Cabinet decision (pre-decision scrutiny)',
            time: ['10:50', '11:30'],
            attendees: 'Councillor Fiona Grant, Cabinet Member for Children and Families',
            pages: [37, 52],
          },
          {
            title: 'Contract award: residential placements framework (Larkfield Care Ltd pricing)',
            description: 'Commercially sensitive pricing information from bidders.',
            pages: [53, 60],
            exemptParagraph: 3,
          },
        ],
      },
    ],
  },
  {
    name: 'Housing and Neighbourhoods Overview and Scrutiny Committee',
    slug: 'housing-and-neighbourhoods',
    purpose: 'Scrutinises council housing, homelessness, private rented sector enforcement and neighbourhood services.',
    termsOfReference:
      'To fulfil the functions of an overview and scrutiny committee for housing, homelessness, neighbourhoods, waste and street services.',
    memberships: [
      { person: 'denton', role: 'chair', startsOffset: -200 },
      { person: 'quinn', role: 'deputy_chair', startsOffset: -200 },
      { person: 'hussain', role: 'member', startsOffset: -200 },
      { person: 'parr', role: 'member', startsOffset: -200 },
      { person: 'kendall', role: 'scrutiny_officer', startsOffset: -200 },
    ],
    meetings: [
      {
        key: 'housing-next',
        dayOffset: 35,
        startTime: '14:00',
        venue: 'Council Chamber, Northmoor Civic Centre, Market Street, Northmoor NM1 1AA',
        status: 'scheduled',
        business: [{ title: 'Damp and Mould in Council Homes', time: ['14:05', '15:00'] }],
      },
    ],
  },
]
