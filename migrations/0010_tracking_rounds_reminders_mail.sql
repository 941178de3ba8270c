-- Tracking rounds as a workflow: who scheduled them and the deadline for the tracking report; the
-- reminders sent to report authors, each once; and the outbox of mail waiting to be delivered.

alter table tracking_round add column report_due_on date;
alter table tracking_round add column scheduled_by integer references app_user (id) on delete set null;
alter table tracking_round add constraint tracking_round_evidence_before_report
  check (evidence_due_on is null or report_due_on is null or evidence_due_on <= report_due_on);

-- The committee assesses a recommendation once per round (the report author may submit more than once:
-- every submission is kept).
create unique index assessment_committee_once_per_round
  on assessment (tracking_round_id, recommendation_id)
  where tracking_round_id is not null and assessed_by = 'committee';

-- Mail is queued here in the same transaction as the change that causes it, then delivered by the job
-- runner, so a message is never lost to a crash and never queued twice.
create table mail_outbox (
  id integer generated always as identity primary key,
  to_address text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts integer not null default 0,
  last_error text
);
create index mail_outbox_unsent_idx on mail_outbox (id) where sent_at is null;

-- One row per reminder ever queued. The unique key is what makes two app instances running the reminder
-- job at the same moment send each reminder once: the second insert finds the first and does nothing.
create table reminder_sent (
  id integer generated always as identity primary key,
  kind text not null check (kind in (
    'evidence_requested', 'evidence_due_soon', 'evidence_overdue', 'report_due_soon', 'report_overdue')),
  tracking_round_id integer not null references tracking_round (id) on delete cascade,
  app_user_id integer not null references app_user (id) on delete cascade,
  due_on date not null,
  mail_id integer references mail_outbox (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (kind, tracking_round_id, app_user_id, due_on)
);
