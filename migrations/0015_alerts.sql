-- Email alerts: anyone may ask to be told of what is newly published for a committee, or of new
-- matches for a saved search. Nothing is sent until the address is confirmed (double opt-in), and
-- every email carries a one-click unsubscribe link.
create table alert_subscription (
  id integer generated always as identity primary key,
  email text not null,
  -- What is followed: a committee (no words), or a saved search (words, optionally within a
  -- committee and of one type).
  committee_id integer references committee (id) on delete cascade,
  search_words text,
  search_type text,
  -- The secret in the confirm and unsubscribe links: whoever holds it controls this subscription
  -- and nothing else. Unsubscribing deletes the row: nothing is kept of an address that left.
  token text not null unique,
  created_at timestamptz not null default now(),
  -- When the last confirmation email went, so asking again and again cannot flood an inbox.
  confirmation_sent_at timestamptz not null default now(),
  confirmed_at timestamptz,
  -- Search entries up to this id were already looked at (or existed when the address was confirmed).
  seen_up_to bigint not null default 0,
  last_digest_on date,
  check (search_words is not null or committee_id is not null),
  check (search_type is null or search_words is not null)
);
-- One subscription per address and subject: asking again re-sends the confirmation instead.
create unique index alert_subscription_subject_idx
  on alert_subscription (lower(email), coalesce(committee_id, 0), coalesce(search_words, ''), coalesce(search_type, ''));

-- What each subscriber has been told of (an agenda item, a document, a decision…), so a thing
-- re-indexed after an edit is not sent again as if it were new.
create table alert_sent (
  subscription_id integer not null references alert_subscription (id) on delete cascade,
  item_key text not null,
  sent_on date not null,
  primary key (subscription_id, item_key)
);

-- Mail may carry headers of its own (List-Unsubscribe for one-click unsubscribe, RFC 8058).
alter table mail_outbox add column headers jsonb not null default '{}';
