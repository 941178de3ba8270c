-- Committees, municipal years, people and their memberships (with effective dates, so the
-- membership on any past date is known).

create table municipal_year (
  id integer generated always as identity primary key,
  council_id integer not null references council (id) on delete cascade,
  label text not null, -- '2023/24'
  starts_on date not null,
  ends_on date not null,
  check (ends_on > starts_on),
  unique (council_id, starts_on)
);

create table committee (
  id integer generated always as identity primary key,
  council_id integer not null references council (id) on delete cascade,
  name text not null check (length(trim(name)) > 0),
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  kind text not null default 'overview_scrutiny'
    check (kind in ('overview_scrutiny', 'coordinating', 'cabinet', 'full_council', 'other')),
  purpose text,
  terms_of_reference text,
  -- Titles of the standing items every new agenda starts with, in order.
  standing_items jsonb not null default '[]',
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (council_id, slug)
);

create table person (
  id integer generated always as identity primary key,
  council_id integer not null references council (id) on delete cascade,
  slug text not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  full_name text not null check (length(trim(full_name)) > 0),
  honorific text, -- 'Councillor', 'Cllr', 'Dr'
  kind text not null check (kind in ('councillor', 'co_optee', 'officer', 'witness', 'other')),
  job_title text, -- for officers and witnesses
  organisation text,
  party text,
  ward text,
  email text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (council_id, slug)
);

create table membership (
  id integer generated always as identity primary key,
  committee_id integer not null references committee (id) on delete cascade,
  person_id integer not null references person (id) on delete restrict,
  municipal_year_id integer references municipal_year (id) on delete set null,
  role text not null check (role in (
    'chair', 'deputy_chair', 'member', 'co_opted', 'substitute',
    'scrutiny_officer', 'committee_manager', 'lawyer', 'officer_support')),
  -- For co-optees: 'Church of England Diocese', 'Parent Governor'.
  co_opted_capacity text,
  is_voting boolean not null default true,
  starts_on date not null,
  ends_on date,
  created_at timestamptz not null default now(),
  check (ends_on is null or ends_on >= starts_on),
  check (role <> 'co_opted' or co_opted_capacity is not null)
);
create index membership_committee_idx on membership (committee_id, starts_on);
create index membership_person_idx on membership (person_id);

alter table app_user add column person_id integer references person (id) on delete set null;
