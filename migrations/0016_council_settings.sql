-- The day the council's code of conduct became the LGA Model Councillor Code of Conduct 2020.
-- Declarations at meetings before it use the Localism Act 2012 code's kinds of interest
-- (pecuniary / non-pecuniary); from it, the model code's four (declarations/code-of-conduct.ts).
-- Councils adopted it on different days during 2021 and 2022: each sets its own.
alter table council add column model_code_adopted_on date not null default '2021-05-01';
