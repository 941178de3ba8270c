-- Moving a work programme item between meetings (or back to "to be scheduled") keeps its history,
-- so the committee can see when and why an item slipped.

create table work_programme_item_move (
  id integer generated always as identity primary key,
  item_id integer not null references work_programme_item (id) on delete cascade,
  from_meeting_id integer references meeting (id) on delete set null, -- null: to be scheduled
  to_meeting_id integer references meeting (id) on delete set null,
  reason text,
  moved_by integer references app_user (id) on delete set null,
  moved_at timestamptz not null default now()
);
create index work_programme_item_move_item_idx on work_programme_item_move (item_id);
