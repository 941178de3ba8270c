-- Details imported packs carry that typed dates cannot hold.

-- As printed ("April 2015 – Initial Feedback and completion November 2015"); the date column
-- holds it only when it is a single date.
alter table recommendation add column completion_date_text text;

-- Each recommendation's theme heading in a tracking report ("Policies and Procedures").
alter table recommendation add column theme text;

-- The original request date of an action that was raised again.
alter table action add column originally_requested_on date;
