-- A webcast link is shown as a link on the public meeting page and in the open data API: only an
-- https address, as the meeting form already insists, whatever path wrote it (import, SQL, restore).
alter table meeting add constraint meeting_webcast_url_https
  check (webcast_url is null or webcast_url ~ '^https://[^\s<>"]+$');
