-- Publishing freezes the agenda: each publication is a numbered version (the agenda, then any
-- supplements) holding the agenda exactly as it was published, so the public sees what was
-- published, not the officer's work in progress, and the history shows every version.
create table agenda_version (
  id integer generated always as identity primary key,
  meeting_id integer not null references meeting (id) on delete cascade,
  version_number integer not null check (version_number >= 1),
  kind text not null check (kind in ('agenda', 'supplement')),
  published_at timestamptz not null default now(),
  published_on date not null, -- the London date of publication, for the five-clear-days rule
  published_by integer references app_user (id) on delete set null,
  -- Publishing without five clear working days needs a reason, printed on the agenda.
  late_reason_kind text check (late_reason_kind in ('late_item', 'special_urgency')),
  late_reason text,
  items jsonb not null,
  changes jsonb not null default '[]',
  unique (meeting_id, version_number),
  check ((late_reason_kind is null) = (late_reason is null)),
  check (kind = 'agenda' or version_number > 1)
);

-- A rescheduled meeting gets the slug of its new date; its old addresses keep working.
create table meeting_slug_redirect (
  old_slug text primary key,
  meeting_id integer not null references meeting (id) on delete cascade
);

-- The report author asked for an item's report: they may submit documents for that item.
alter table agenda_item add column report_author_id integer references app_user (id) on delete set null;
create index agenda_item_report_author_idx on agenda_item (report_author_id);
