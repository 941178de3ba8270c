-- The open API (/api/v1) lets re-users fetch only what changed since their last visit
-- (modified_since), so every record it publishes needs a time of last change that is kept true.

alter table council add column updated_at timestamptz not null default now();
alter table membership add column updated_at timestamptz not null default now();
alter table declaration add column updated_at timestamptz not null default now();
alter table assessment add column updated_at timestamptz not null default now();

-- Code that changes a row need not remember to set updated_at: an update that changes anything
-- moves it to now(), unless the update sets updated_at itself. An update that changes nothing (a
-- re-import of the same pack) leaves it alone, so re-users are not sent unchanged records.
create function touch_updated_at() returns trigger language plpgsql as $$
begin
  if new is distinct from old and new.updated_at is not distinct from old.updated_at then
    new.updated_at := now();
  end if;
  return new;
end
$$;

create trigger council_touch before update on council for each row execute function touch_updated_at();
create trigger committee_touch before update on committee for each row execute function touch_updated_at();
create trigger person_touch before update on person for each row execute function touch_updated_at();
create trigger membership_touch before update on membership for each row execute function touch_updated_at();
create trigger meeting_touch before update on meeting for each row execute function touch_updated_at();
create trigger agenda_item_touch before update on agenda_item for each row execute function touch_updated_at();
create trigger document_touch before update on document for each row execute function touch_updated_at();
create trigger action_touch before update on action for each row execute function touch_updated_at();
create trigger declaration_touch before update on declaration for each row execute function touch_updated_at();
create trigger inquiry_touch before update on inquiry for each row execute function touch_updated_at();
create trigger recommendation_touch before update on recommendation for each row execute function touch_updated_at();
create trigger assessment_touch before update on assessment for each row execute function touch_updated_at();
create trigger work_programme_item_touch before update on work_programme_item
  for each row execute function touch_updated_at();

create index meeting_updated_at_idx on meeting (updated_at);
create index agenda_item_updated_at_idx on agenda_item (updated_at);
create index document_updated_at_idx on document (updated_at);
