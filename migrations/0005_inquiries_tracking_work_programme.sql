-- Inquiries and their recommendations, tracking rounds and assessments, the work programme and
-- the Cabinet Forward Plan.

create table inquiry (
  id integer generated always as identity primary key,
  committee_id integer not null references committee (id) on delete restrict,
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (length(trim(title)) > 0),
  key_question text,
  lines_of_enquiry text,
  lead_member_id integer references person (id) on delete set null,
  lead_officer_id integer references person (id) on delete set null,
  status text not null default 'scoping'
    check (status in ('scoping', 'evidence_gathering', 'reporting', 'tracking', 'concluded')),
  approved_by_council_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (committee_id, slug)
);

alter table document add column inquiry_id integer references inquiry (id) on delete set null;
create index document_inquiry_idx on document (inquiry_id);

create table evidence_session (
  id integer generated always as identity primary key,
  inquiry_id integer not null references inquiry (id) on delete cascade,
  meeting_id integer references meeting (id) on delete set null,
  held_on date not null,
  witnesses text,
  notes text
);

create table recommendation (
  id integer generated always as identity primary key,
  inquiry_id integer not null references inquiry (id) on delete cascade,
  number text not null, -- 'R01'
  position integer not null,
  body text not null check (length(trim(body)) > 0),
  responsible text, -- cabinet member / executive, as written
  responsible_person_id integer references person (id) on delete set null,
  original_completion_date date,
  -- Tracking ends with codes 1, 2 or 4; until then it is outstanding.
  concluded_on date,
  final_assessment smallint check (final_assessment in (1, 2, 4)),
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (inquiry_id, number),
  check ((concluded_on is null) = (final_assessment is null))
);

create table tracking_round (
  id integer generated always as identity primary key,
  inquiry_id integer not null references inquiry (id) on delete cascade,
  meeting_id integer references meeting (id) on delete set null,
  scheduled_for date not null,
  evidence_due_on date,
  status text not null default 'scheduled'
    check (status in ('scheduled', 'awaiting_evidence', 'evidence_submitted', 'assessed')),
  created_at timestamptz not null default now()
);
create index tracking_round_inquiry_idx on tracking_round (inquiry_id);

-- One row per judgement: the executive's self-assessment and the committee's assessment are
-- both kept, so every recommendation shows its whole history.
create table assessment (
  id integer generated always as identity primary key,
  recommendation_id integer not null references recommendation (id) on delete cascade,
  tracking_round_id integer references tracking_round (id) on delete set null,
  assessed_by text not null check (assessed_by in ('executive', 'committee')),
  code smallint not null check (code between 1 and 6),
  evidence text,
  new_completion_date date,
  obstacle text,
  assessed_on date not null,
  recorded_by integer references app_user (id) on delete set null,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  -- The scale's rules hold for everything entered here; imported history is kept as printed.
  check (source_file_id is not null or code not in (3, 5) or new_completion_date is not null),
  check (source_file_id is not null or code <> 4 or obstacle is not null)
);
create index assessment_recommendation_idx on assessment (recommendation_id, assessed_on);

create table forward_plan_item (
  id integer generated always as identity primary key,
  council_id integer not null references council (id) on delete cascade,
  reference text not null, -- the Forward Plan ID number
  title text not null,
  proposed_decision_date date,
  decision_maker text,
  unique (council_id, reference)
);

create table work_programme_item (
  id integer generated always as identity primary key,
  committee_id integer not null references committee (id) on delete cascade,
  municipal_year_id integer references municipal_year (id) on delete set null,
  meeting_id integer references meeting (id) on delete set null, -- null: to be scheduled
  topic text not null check (length(trim(topic)) > 0),
  item_type text check (item_type in (
    'update_report', 'evidence_gathering', 'inquiry_session', 'tracking', 'pre_decision_scrutiny',
    'call_in', 'briefing', 'other')),
  aims text,
  lead_officer text,
  witnesses text,
  visits text,
  additional_information text,
  forward_plan_item_id integer references forward_plan_item (id) on delete set null,
  inquiry_id integer references inquiry (id) on delete set null,
  position integer not null default 1,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index work_programme_item_committee_idx on work_programme_item (committee_id, municipal_year_id);
create index work_programme_item_meeting_idx on work_programme_item (meeting_id);

-- Each import of a pack: what it produced and what it could not understand.
create table import_run (
  id integer generated always as identity primary key,
  file_id integer not null references stored_file (id) on delete restrict,
  meeting_id integer references meeting (id) on delete set null,
  imported_at timestamptz not null default now(),
  imported_by text not null,
  report jsonb not null
);
create index import_run_file_idx on import_run (file_id);
