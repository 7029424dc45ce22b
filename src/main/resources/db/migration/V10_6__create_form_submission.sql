-- One row per create form submitted with its one-time token: a form sent twice (a double click, a
-- resent page) finds the row of the first and gets what that one created instead of a second copy.
create table form_submission (
    token        uuid primary key,
    submitted_at timestamptz not null default now(),
    result       varchar(300)
);
create index form_submission_submitted_idx on form_submission (submitted_at);
