-- Public pages are rendered once and kept in memory (src/web/page-cache.ts) until the public
-- record changes. Every statement that changes a table the public pages read moves this one
-- number on, inside its own transaction: an instance reading it sees the new number only once it
-- can also see the change, and several instances share it through the database.
--
-- `epoch` is new whenever the row is (a new or restored database), so a number reached again
-- after a restore never matches a page kept from before it. The row is not backed up.
create table site_revision (
  only_row boolean primary key default true check (only_row),
  epoch uuid not null default gen_random_uuid(),
  revision bigint not null,
  -- The transaction that last moved the number: its later statements need not move it again.
  changed_in bigint not null
);

create function bump_site_revision() returns trigger language plpgsql as $$
begin
  insert into site_revision as s (revision, changed_in) values (1, txid_current())
  on conflict (only_row) do update set revision = s.revision + 1, changed_in = excluded.changed_in
    where s.changed_in is distinct from excluded.changed_in;
  return null;
end
$$;

-- Every table but those no public page reads. A table added later gets its trigger in its own
-- migration; src/web/page-cache.test.ts fails for a table that has none and is not listed here.
do $$
declare
  t text;
begin
  for t in
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
      and table_name not in ('schema_migrations', 'site_revision', 'app_user', 'user_session', 'audit_log',
                             'import_run', 'search_entry', 'mail_outbox', 'reminder_sent')
  loop
    execute format(
      'create trigger %I after insert or update or delete or truncate on %I
         for each statement execute function bump_site_revision()',
      t || '_site_revision', t);
  end loop;
end
$$;
