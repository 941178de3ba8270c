-- Full-text search of everything published: one search_entry row per searchable thing (an agenda
-- item, a document's cover details, each page of a document's file, a decision, an item note, an
-- action, a recommendation), with a weighted tsvector under a GIN index.
--
-- Triggers on the source tables keep it in step, whichever code path writes them (importer, staff
-- pages, demo loader). Only public material is ever copied in: nothing exempt, nothing withdrawn
-- or unpublished, nothing of a cancelled meeting. So search cannot leak what it never holds, and
-- public search shows the same results to everyone, signed in or not.

create table search_entry (
  id bigint generated always as identity primary key,
  source text not null
    check (source in ('agenda_item', 'document', 'page', 'resolution', 'item_note', 'action', 'recommendation')),
  source_id integer not null, -- the row in the source table; for a page, its document
  page_number integer not null default 0, -- the page of the document's file; 0 for everything else
  -- What the type filter chooses from: a document's kind, or the source for other records.
  entry_type text not null,
  committee_id integer references committee (id) on delete cascade,
  meeting_id integer references meeting (id) on delete cascade,
  document_id integer references document (id) on delete cascade,
  inquiry_id integer references inquiry (id) on delete cascade,
  entry_date date,
  title text not null,
  body text not null, -- plain text for the highlighted snippet
  search_vector tsvector not null,
  unique (source, source_id, page_number)
);
-- The snippet's text leaves the row whenever the row is large, so that scanning matches (which
-- needs the vector, not the text) reads fewer pages.
alter table search_entry alter column body set storage external;
create index search_entry_vector_idx on search_entry using gin (search_vector);
-- Searches take the newest matches first (see search.repository.ts), overall or per committee.
create index search_entry_date_idx on search_entry (entry_date desc nulls last, id desc);
create index search_entry_committee_date_idx on search_entry (committee_id, entry_date desc nulls last, id desc);
create index search_entry_document_idx on search_entry (document_id);
create index search_entry_meeting_idx on search_entry (meeting_id);
create index search_entry_inquiry_idx on search_entry (inquiry_id);

-- Filters live in the vector too, as tags the text parser can never produce (it splits words at
-- underscores), so the GIN index narrows by committee, type and year together with the words
-- instead of fetching every match to test its row.
create function search_tags(entry_type text, committee_id integer, entry_date date) returns tsvector
language sql immutable as $$
  select array_to_tsvector(array_remove(array[
    'x_type_' || entry_type,
    'x_committee_' || committee_id,
    'x_year_' || extract(year from entry_date)
  ], null))
$$;

create function search_entry_tagged() returns trigger
language plpgsql as $$
begin
  new.search_vector := new.search_vector || search_tags(new.entry_type, new.committee_id, new.entry_date);
  return new;
end $$;
create trigger search_entry_tags before insert on search_entry
  for each row execute function search_entry_tagged();

-- Triggers find a file's documents and an agenda item's records by these.
create index document_file_idx on document (file_id);
create index resolution_agenda_item_idx on resolution (agenda_item_id);
create index item_note_agenda_item_idx on item_note (agenda_item_id);
create index action_meeting_idx on action (meeting_id);
create index action_agenda_item_idx on action (agenda_item_id);
create index recommendation_inquiry_idx on recommendation (inquiry_id);

-- Snippets mark hits with U+E000 / U+E001 (private use), so indexed text must never contain them.
create function search_text(value text) returns text
language sql immutable as $$ select translate(coalesce(value, ''), chr(57344) || chr(57345), '') $$;

create function search_vector_of(value text, weight "char") returns tsvector
language sql immutable as $$ select setweight(to_tsvector('english', coalesce(value, '')), weight) $$;

-- Documents anyone may read: published, not exempt, not on an exempt agenda item, not of a
-- cancelled meeting. Members' packs are left out as a whole: they are where exempt papers travel.
create view search_public_document as
select
  d.id, d.kind, d.title, d.file_id, d.meeting_id, d.inquiry_id,
  coalesce(m.committee_id, i.committee_id) as committee_id,
  coalesce(m.meeting_date, (d.published_at at time zone 'Europe/London')::date) as entry_date
from document d
left join meeting m on m.id = d.meeting_id
left join agenda_item a on a.id = d.agenda_item_id
left join inquiry i on i.id = d.inquiry_id
where d.status = 'published' and not d.is_exempt and d.kind <> 'members_pack'
  and (a.id is null or not a.is_exempt)
  and (m.id is null or m.status <> 'cancelled');

-- Pages of public documents, less any page that an exempt agenda item or exempt document of the
-- same meeting says is its own (by its page range in the pack): an imported pack may still carry
-- exempt pages that the importer could not tell apart.
create view search_public_page as
select d.id as document_id, d.kind, d.title, d.committee_id, d.meeting_id, d.inquiry_id, d.entry_date,
  p.page_number, p.body
from search_public_document d
join file_page p on p.file_id = d.file_id
where not exists (
    select 1 from agenda_item x
    where x.meeting_id = d.meeting_id and x.is_exempt
      and (d.kind in ('agenda_pack', 'supplement') or x.source_file_id = d.file_id)
      and p.page_number between x.page_from and coalesce(x.page_to, x.page_from))
  and not exists (
    select 1 from document y left join agenda_item ya on ya.id = y.agenda_item_id
    where y.meeting_id = d.meeting_id and y.id <> d.id and (y.is_exempt or coalesce(ya.is_exempt, false))
      and (d.kind in ('agenda_pack', 'supplement') or y.source_file_id = d.file_id)
      and p.page_number between y.page_from and coalesce(y.page_to, y.page_from));

create function search_index_agenda_item(item_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'agenda_item' and source_id = item_id;
  insert into search_entry (source, source_id, entry_type, committee_id, meeting_id, entry_date, title, body, search_vector)
  select 'agenda_item', a.id, 'agenda_item', m.committee_id, m.id, m.meeting_date, search_text(a.title),
    search_text(concat_ws(E'\n', a.description, a.attendees, a.lead_officer)),
    search_vector_of(a.title, 'A') || search_vector_of(a.description, 'B')
      || search_vector_of(concat_ws(' ', a.attendees, a.lead_officer), 'C')
  from agenda_item a join meeting m on m.id = a.meeting_id
  where a.id = item_id and not a.is_exempt and m.status <> 'cancelled';
end $$;

create function search_index_document(doc_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'document' and source_id = doc_id;
  insert into search_entry
    (source, source_id, entry_type, committee_id, meeting_id, document_id, inquiry_id, entry_date, title, body, search_vector)
  select 'document', d.id, d.kind, d.committee_id, d.meeting_id, d.id, d.inquiry_id, d.entry_date, search_text(d.title),
    search_text(concat_ws(E'\n', c.purpose, c.recommendations, c.report_of, c.author_name)),
    search_vector_of(d.title, 'A') || search_vector_of(c.subject, 'A')
      || search_vector_of(concat_ws(' ', c.purpose, c.recommendations), 'B')
      || search_vector_of(concat_ws(' ', c.report_of, c.author_name, c.author_title, c.finance_implications,
           c.legal_implications, c.equalities_implications, c.appendices), 'C')
  from search_public_document d left join report_cover c on c.document_id = d.id
  where d.id = doc_id;
end $$;

create function search_index_pages(doc_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'page' and source_id = doc_id;
  insert into search_entry
    (source, source_id, page_number, entry_type, committee_id, meeting_id, document_id, inquiry_id, entry_date, title, body,
     search_vector)
  select 'page', p.document_id, p.page_number, p.kind, p.committee_id, p.meeting_id, p.document_id, p.inquiry_id,
    p.entry_date, search_text(p.title), search_text(p.body), search_vector_of(p.body, 'C')
  from search_public_page p
  where p.document_id = doc_id;
end $$;

-- The pages of a meeting's packs, whose exempt page ranges depend on other rows of the meeting.
create function search_index_meeting_packs(for_meeting integer) returns void
language plpgsql as $$
declare doc record;
begin
  for doc in select id from document where meeting_id = for_meeting and file_id is not null loop
    perform search_index_pages(doc.id);
  end loop;
end $$;

create function search_index_resolution(row_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'resolution' and source_id = row_id;
  insert into search_entry (source, source_id, entry_type, committee_id, meeting_id, entry_date, title, body, search_vector)
  select 'resolution', r.id, 'resolution', m.committee_id, m.id, m.meeting_date,
    search_text(coalesce(a.title, r.item_label, 'Decision')), search_text(r.body),
    search_vector_of(coalesce(a.title, r.item_label), 'A') || search_vector_of(r.body, 'B')
  from resolution r join meeting m on m.id = r.meeting_id left join agenda_item a on a.id = r.agenda_item_id
  where r.id = row_id and not r.is_exempt and (a.id is null or not a.is_exempt) and m.status <> 'cancelled';
end $$;

create function search_index_item_note(row_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'item_note' and source_id = row_id;
  insert into search_entry (source, source_id, entry_type, committee_id, meeting_id, entry_date, title, body, search_vector)
  select 'item_note', n.id, 'item_note', m.committee_id, m.id, m.meeting_date,
    search_text(coalesce(a.title, 'Action notes')), search_text(n.body),
    search_vector_of(a.title, 'A') || search_vector_of(n.body, 'C')
  from item_note n join meeting m on m.id = n.meeting_id left join agenda_item a on a.id = n.agenda_item_id
  where n.id = row_id and not n.is_exempt and (a.id is null or not a.is_exempt) and m.status <> 'cancelled';
end $$;

create function search_index_action(row_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'action' and source_id = row_id;
  insert into search_entry (source, source_id, entry_type, committee_id, meeting_id, entry_date, title, body, search_vector)
  select 'action', x.id, 'action', x.committee_id, m.id, x.raised_on,
    search_text(coalesce(a.title, x.agenda_item_title, 'Action')),
    search_text(concat_ws(E'\n', x.description, u.bodies)),
    search_vector_of(coalesce(a.title, x.agenda_item_title), 'A') || search_vector_of(x.description, 'B')
      || search_vector_of(concat_ws(' ', x.owner, u.bodies), 'C')
  from action x
  left join meeting m on m.id = x.meeting_id
  left join agenda_item a on a.id = x.agenda_item_id
  left join lateral (
    select string_agg(body, E'\n' order by written_on, id) as bodies from action_update where action_id = x.id
  ) u on true
  where x.id = row_id and (a.id is null or not a.is_exempt);
end $$;

create function search_index_recommendation(row_id integer) returns void
language plpgsql as $$
begin
  delete from search_entry where source = 'recommendation' and source_id = row_id;
  insert into search_entry (source, source_id, entry_type, committee_id, inquiry_id, entry_date, title, body, search_vector)
  select 'recommendation', r.id, 'recommendation', i.committee_id, i.id, i.approved_by_council_on,
    search_text(i.title || ': recommendation ' || r.number),
    search_text(concat_ws(E'\n', r.body, e.evidence)),
    search_vector_of(i.title, 'A') || search_vector_of(concat_ws(' ', r.number, r.theme, r.body), 'B')
      || search_vector_of(concat_ws(' ', r.responsible, e.evidence), 'C')
  from recommendation r
  join inquiry i on i.id = r.inquiry_id
  left join lateral (
    select string_agg(concat_ws(' ', evidence, obstacle), E'\n' order by assessed_on, id) as evidence
    from assessment where recommendation_id = r.id
  ) e on true
  where r.id = row_id;
end $$;

create function search_index_meeting(for_meeting integer) returns void
language plpgsql as $$
declare rec record;
begin
  for rec in select id from agenda_item where meeting_id = for_meeting loop
    perform search_index_agenda_item(rec.id);
  end loop;
  for rec in select id from document where meeting_id = for_meeting loop
    perform search_index_document(rec.id);
    perform search_index_pages(rec.id);
  end loop;
  for rec in select id from resolution where meeting_id = for_meeting loop
    perform search_index_resolution(rec.id);
  end loop;
  for rec in select id from item_note where meeting_id = for_meeting loop
    perform search_index_item_note(rec.id);
  end loop;
  for rec in select id from action where meeting_id = for_meeting loop
    perform search_index_action(rec.id);
  end loop;
end $$;

-- Everything that hangs off an agenda item, whose exemption it inherits.
create function search_index_agenda_item_records(item_id integer) returns void
language plpgsql as $$
declare rec record;
begin
  for rec in select id from document where agenda_item_id = item_id loop
    perform search_index_document(rec.id);
    perform search_index_pages(rec.id);
  end loop;
  for rec in select id from resolution where agenda_item_id = item_id loop
    perform search_index_resolution(rec.id);
  end loop;
  for rec in select id from item_note where agenda_item_id = item_id loop
    perform search_index_item_note(rec.id);
  end loop;
  for rec in select id from action where agenda_item_id = item_id loop
    perform search_index_action(rec.id);
  end loop;
end $$;

-- Triggers ------------------------------------------------------------------------------------

create function search_on_meeting() returns trigger
language plpgsql as $$
begin
  if (old.status = 'cancelled') is distinct from (new.status = 'cancelled')
     or old.meeting_date is distinct from new.meeting_date or old.committee_id is distinct from new.committee_id then
    perform search_index_meeting(new.id);
  end if;
  return null;
end $$;
create trigger search_meeting after update on meeting for each row execute function search_on_meeting();

create function search_on_agenda_item() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform search_index_agenda_item(old.id);
    if old.is_exempt then perform search_index_meeting_packs(old.meeting_id); end if;
    return null;
  end if;
  perform search_index_agenda_item(new.id);
  if tg_op = 'INSERT' then
    if new.is_exempt then perform search_index_meeting_packs(new.meeting_id); end if;
    return null;
  end if;
  if old.is_exempt is distinct from new.is_exempt or old.title is distinct from new.title
     or old.meeting_id is distinct from new.meeting_id then
    perform search_index_agenda_item_records(new.id);
  end if;
  if (old.is_exempt or new.is_exempt) and (old.is_exempt is distinct from new.is_exempt
     or old.page_from is distinct from new.page_from or old.page_to is distinct from new.page_to
     or old.source_file_id is distinct from new.source_file_id or old.meeting_id is distinct from new.meeting_id) then
    perform search_index_meeting_packs(new.meeting_id);
    if old.meeting_id is distinct from new.meeting_id then perform search_index_meeting_packs(old.meeting_id); end if;
  end if;
  return null;
end $$;
create trigger search_agenda_item after insert or update or delete on agenda_item
  for each row execute function search_on_agenda_item();

-- Whether a document, by its page range, may hide pages of its meeting's packs.
create function search_hides_pages(doc document) returns boolean
language sql stable as $$
  select doc.meeting_id is not null and doc.page_from is not null and (doc.is_exempt
    or exists (select 1 from agenda_item a where a.id = doc.agenda_item_id and a.is_exempt))
$$;

create function search_on_document() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    delete from search_entry where document_id = old.id;
    if search_hides_pages(old) then perform search_index_meeting_packs(old.meeting_id); end if;
    return null;
  end if;
  perform search_index_document(new.id);
  if tg_op = 'INSERT' then
    if new.file_id is not null then perform search_index_pages(new.id); end if;
    if search_hides_pages(new) then perform search_index_meeting_packs(new.meeting_id); end if;
    return null;
  end if;
  if (old.file_id, old.status, old.is_exempt, old.kind, old.title, old.meeting_id, old.agenda_item_id, old.inquiry_id)
     is distinct from
     (new.file_id, new.status, new.is_exempt, new.kind, new.title, new.meeting_id, new.agenda_item_id, new.inquiry_id) then
    perform search_index_pages(new.id);
  end if;
  if (search_hides_pages(old) or search_hides_pages(new))
     and (old.is_exempt, old.page_from, old.page_to, old.meeting_id, old.agenda_item_id, old.source_file_id)
       is distinct from (new.is_exempt, new.page_from, new.page_to, new.meeting_id, new.agenda_item_id, new.source_file_id)
  then
    perform search_index_meeting_packs(new.meeting_id);
    if old.meeting_id is distinct from new.meeting_id and old.meeting_id is not null then
      perform search_index_meeting_packs(old.meeting_id);
    end if;
  end if;
  return null;
end $$;
create trigger search_document after insert or update or delete on document
  for each row execute function search_on_document();

create function search_on_report_cover() returns trigger
language plpgsql as $$
begin
  perform search_index_document(coalesce(new.document_id, old.document_id));
  if tg_op = 'UPDATE' and old.document_id <> new.document_id then perform search_index_document(old.document_id); end if;
  return null;
end $$;
create trigger search_report_cover after insert or update or delete on report_cover
  for each row execute function search_on_report_cover();

-- File pages arrive in batches (a pack's hundreds of pages), so these work per statement.
create function search_on_file_page_delete() returns trigger
language plpgsql as $$
begin
  delete from search_entry e using old_pages o, document d
  where d.file_id = o.file_id and e.source = 'page' and e.source_id = d.id and e.page_number = o.page_number;
  return null;
end $$;

create function search_on_file_page_insert() returns trigger
language plpgsql as $$
begin
  delete from search_entry e using new_pages n, document d
  where d.file_id = n.file_id and e.source = 'page' and e.source_id = d.id and e.page_number = n.page_number;
  insert into search_entry
    (source, source_id, page_number, entry_type, committee_id, meeting_id, document_id, inquiry_id, entry_date, title, body,
     search_vector)
  select 'page', p.document_id, p.page_number, p.kind, p.committee_id, p.meeting_id, p.document_id, p.inquiry_id,
    p.entry_date, search_text(p.title), search_text(p.body), search_vector_of(p.body, 'C')
  from new_pages n
  join document d on d.file_id = n.file_id
  join search_public_page p on p.document_id = d.id and p.page_number = n.page_number;
  return null;
end $$;

create trigger search_file_page_insert after insert on file_page
  referencing new table as new_pages for each statement execute function search_on_file_page_insert();
create trigger search_file_page_update after update on file_page
  referencing old table as old_pages new table as new_pages for each statement execute function search_on_file_page_delete();
create trigger search_file_page_update_insert after update on file_page
  referencing new table as new_pages for each statement execute function search_on_file_page_insert();
create trigger search_file_page_delete after delete on file_page
  referencing old table as old_pages for each statement execute function search_on_file_page_delete();

create function search_on_resolution() returns trigger
language plpgsql as $$
begin
  perform search_index_resolution(coalesce(new.id, old.id));
  return null;
end $$;
create trigger search_resolution after insert or update or delete on resolution
  for each row execute function search_on_resolution();

create function search_on_item_note() returns trigger
language plpgsql as $$
begin
  perform search_index_item_note(coalesce(new.id, old.id));
  return null;
end $$;
create trigger search_item_note after insert or update or delete on item_note
  for each row execute function search_on_item_note();

create function search_on_action() returns trigger
language plpgsql as $$
begin
  perform search_index_action(coalesce(new.id, old.id));
  return null;
end $$;
create trigger search_action after insert or update or delete on action
  for each row execute function search_on_action();

create function search_on_action_update() returns trigger
language plpgsql as $$
begin
  perform search_index_action(coalesce(new.action_id, old.action_id));
  if tg_op = 'UPDATE' and old.action_id <> new.action_id then perform search_index_action(old.action_id); end if;
  return null;
end $$;
create trigger search_action_update after insert or update or delete on action_update
  for each row execute function search_on_action_update();

create function search_on_recommendation() returns trigger
language plpgsql as $$
begin
  perform search_index_recommendation(coalesce(new.id, old.id));
  return null;
end $$;
create trigger search_recommendation after insert or update or delete on recommendation
  for each row execute function search_on_recommendation();

create function search_on_assessment() returns trigger
language plpgsql as $$
begin
  perform search_index_recommendation(coalesce(new.recommendation_id, old.recommendation_id));
  if tg_op = 'UPDATE' and old.recommendation_id <> new.recommendation_id then
    perform search_index_recommendation(old.recommendation_id);
  end if;
  return null;
end $$;
create trigger search_assessment after insert or update or delete on assessment
  for each row execute function search_on_assessment();

create function search_on_inquiry() returns trigger
language plpgsql as $$
declare rec record;
begin
  if (old.title, old.committee_id, old.approved_by_council_on) is distinct from
     (new.title, new.committee_id, new.approved_by_council_on) then
    for rec in select id from recommendation where inquiry_id = new.id loop
      perform search_index_recommendation(rec.id);
    end loop;
    for rec in select id from document where inquiry_id = new.id loop
      perform search_index_document(rec.id);
      perform search_index_pages(rec.id);
    end loop;
  end if;
  return null;
end $$;
create trigger search_inquiry after update on inquiry for each row execute function search_on_inquiry();

-- Whatever is already recorded (the demo council, earlier imports) goes in now.
select search_index_agenda_item(id) from agenda_item;
select search_index_document(id), search_index_pages(id) from document;
select search_index_resolution(id) from resolution;
select search_index_item_note(id) from item_note;
select search_index_action(id) from action;
select search_index_recommendation(id) from recommendation;
