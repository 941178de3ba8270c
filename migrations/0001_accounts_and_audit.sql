-- Staff accounts, database-backed sessions (shared by every app instance) and the audit log.

create table council (
  id integer generated always as identity primary key,
  name text not null check (length(trim(name)) > 0),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  created_at timestamptz not null default now()
);

create table app_user (
  id integer generated always as identity primary key,
  email text not null check (email = lower(email) and email like '%_@_%'),
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('member', 'report_author', 'scrutiny_officer', 'admin')),
  is_active boolean not null default true,
  failed_logins integer not null default 0 check (failed_logins >= 0),
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index app_user_email_key on app_user (email);

create table user_session (
  id text primary key,
  user_id integer references app_user (id) on delete cascade,
  data jsonb not null default '{}',
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index user_session_expires_at_idx on user_session (expires_at);
create index user_session_user_id_idx on user_session (user_id);

-- Append-only: who changed what, when, before and after.
create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  user_id integer references app_user (id) on delete set null,
  actor text not null, -- user email, 'cli', 'import', 'demo', 'system'
  action text not null, -- e.g. 'user.create', 'meeting.update'
  entity_type text not null,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_occurred_at_idx on audit_log (occurred_at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
