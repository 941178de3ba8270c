-- Meetings, agenda items, files (content-addressed) and the documents attached to agendas.

create table meeting (
  id integer generated always as identity primary key,
  committee_id integer not null references committee (id) on delete restrict,
  slug text not null check (slug ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$'),
  meeting_date date not null,
  start_time time, -- local (Europe/London) time as printed on the agenda
  venue text,
  webcast_url text,
  status text not null default 'scheduled'
    check (status in ('scheduled', 'agenda_published', 'held', 'minutes_approved', 'cancelled')),
  cancellation_reason text,
  -- Publication (five clear working days before the meeting, or a recorded reason).
  agenda_published_at timestamptz,
  late_publication_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'cancelled' or cancellation_reason is not null)
);
create unique index meeting_slug_key on meeting (slug);
create index meeting_committee_date_idx on meeting (committee_id, meeting_date);
create index meeting_date_idx on meeting (meeting_date);

-- Every reschedule, cancellation or venue change, so the history can be shown.
create table meeting_change (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  changed_at timestamptz not null default now(),
  changed_by integer references app_user (id) on delete set null,
  kind text not null check (kind in ('rescheduled', 'cancelled', 'reinstated', 'venue_changed', 'other')),
  before jsonb not null,
  after jsonb not null,
  reason text
);
create index meeting_change_meeting_idx on meeting_change (meeting_id);

-- Stored bytes, addressed by their SHA-256; the bytes themselves live in the file store.
create table stored_file (
  id integer generated always as identity primary key,
  sha256 text not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text not null,
  byte_size bigint not null check (byte_size >= 0),
  original_name text,
  page_count integer check (page_count >= 0),
  created_at timestamptz not null default now()
);

-- Text of each page of a stored file (from the importer or uploads), for search and for
-- linking a record to the page it came from.
create table file_page (
  file_id integer not null references stored_file (id) on delete cascade,
  page_number integer not null check (page_number >= 1),
  body text not null,
  primary key (file_id, page_number)
);

create table agenda_item (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  position integer not null check (position >= 1),
  item_number text not null, -- '4', '4a'
  title text not null check (length(trim(title)) > 0),
  description text,
  standing_kind text check (standing_kind in (
    'recording_notice', 'apologies', 'declarations', 'action_notes', 'action_tracker',
    'work_programme', 'call_in_petitions', 'urgent_business', 'authority_to_chair', 'next_meeting',
    'exempt_resolution')),
  time_from time,
  time_to time,
  attendees text, -- who attends to present (witnesses), as printed
  lead_officer text,
  is_exempt boolean not null default false,
  exempt_paragraph smallint check (exempt_paragraph between 1 and 7), -- LGA 1972 Sch 12A
  page_from integer check (page_from >= 1),
  page_to integer,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (not is_exempt or exempt_paragraph is not null),
  check (page_to is null or page_to >= page_from),
  check (time_to is null or time_from is not null),
  unique (meeting_id, position) deferrable initially deferred
);

create table document (
  id integer generated always as identity primary key,
  meeting_id integer references meeting (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  kind text not null check (kind in (
    'report', 'appendix', 'agenda_pack', 'members_pack', 'supplement', 'action_notes', 'action_tracker',
    'work_programme', 'tracking_report', 'inquiry_report', 'evidence', 'other')),
  title text not null check (length(trim(title)) > 0),
  position integer not null default 1,
  file_id integer references stored_file (id) on delete restrict,
  status text not null default 'draft' check (status in ('draft', 'submitted', 'accepted', 'published', 'withdrawn')),
  is_exempt boolean not null default false,
  exempt_paragraph smallint check (exempt_paragraph between 1 and 7),
  published_at timestamptz,
  submitted_by integer references app_user (id) on delete set null,
  page_from integer check (page_from >= 1), -- page range within the agenda pack
  page_to integer,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (not is_exempt or exempt_paragraph is not null),
  check (page_to is null or page_to >= page_from)
);
create index document_meeting_idx on document (meeting_id);
create index document_agenda_item_idx on document (agenda_item_id);

-- The cover sheet of a report (the council's report template).
create table report_cover (
  document_id integer primary key references document (id) on delete cascade,
  report_date date,
  subject text not null,
  report_of text,
  author_name text,
  author_title text,
  author_phone text,
  author_email text,
  purpose text,
  recommendations text,
  finance_implications text,
  legal_implications text,
  equalities_implications text,
  appendices text
);
