-- What happened at a meeting: attendance, action notes (minutes), resolutions, actions arising,
-- declarations of interests.

create table action_notes (
  id integer generated always as identity primary key,
  meeting_id integer not null unique references meeting (id) on delete cascade,
  status text not null default 'draft' check (status in ('draft', 'approved')),
  approved_at_meeting_id integer references meeting (id) on delete set null,
  approved_on date,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'approved' or approved_on is not null)
);

create table attendance (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  person_id integer references person (id) on delete restrict,
  name text not null, -- as recorded, even when no person record matches
  capacity text, -- 'Chair', 'Cabinet Member for Children', 'Parent Governor'
  kind text not null check (kind in ('present', 'also_present', 'apologies', 'substitute', 'absent')),
  source_page integer
);
create index attendance_meeting_idx on attendance (meeting_id);
create index attendance_person_idx on attendance (person_id);
create unique index attendance_person_once on attendance (meeting_id, person_id) where person_id is not null;

-- Per-item notes of the discussion.
create table item_note (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  body text not null,
  is_exempt boolean not null default false,
  source_page integer
);
create index item_note_meeting_idx on item_note (meeting_id);

create table resolution (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  item_label text, -- the item as named in the notes, for imported records
  position integer not null default 1,
  body text not null check (length(trim(body)) > 0),
  is_exempt boolean not null default false,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer
);
create index resolution_meeting_idx on resolution (meeting_id);

create table action (
  id integer generated always as identity primary key,
  committee_id integer not null references committee (id) on delete cascade,
  meeting_id integer references meeting (id) on delete set null,
  agenda_item_id integer references agenda_item (id) on delete set null,
  raised_on date not null,
  agenda_item_title text, -- as printed in the tracker
  description text not null check (length(trim(description)) > 0),
  owner text,
  owner_person_id integer references person (id) on delete set null,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'withdrawn')),
  closed_on date,
  -- Re-raised actions point at the action originally requested.
  re_raised_from_id integer references action (id) on delete set null,
  source_file_id integer references stored_file (id) on delete set null,
  source_page integer,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status = 'open' or closed_on is not null or source_file_id is not null)
);
create index action_committee_idx on action (committee_id, status);

create table action_update (
  id integer generated always as identity primary key,
  action_id integer not null references action (id) on delete cascade,
  written_on date not null,
  body text not null,
  written_by integer references app_user (id) on delete set null,
  created_at timestamptz not null default now()
);
create index action_update_action_idx on action_update (action_id);

create table declaration (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  person_id integer not null references person (id) on delete restrict,
  -- 2016-era and current (Localism Act 2011 / model code) categories.
  interest_kind text not null check (interest_kind in (
    'disclosable_pecuniary', 'other_registerable', 'non_registerable', 'sensitive',
    'pecuniary', 'non_pecuniary')),
  nature text, -- withheld (null) for sensitive interests
  participation text check (participation in ('took_part', 'spoke_only', 'withdrew', 'dispensation')),
  created_at timestamptz not null default now(),
  check (interest_kind <> 'sensitive' or nature is null)
);
create index declaration_meeting_idx on declaration (meeting_id);
create index declaration_person_idx on declaration (person_id);
