-- Who signs the printed plan (issue 8, item 3): the name under the planning body's signing block, and
-- whether they sign as its head or for the head as a deputy ("K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN").
-- Empty: the head's name from the planning body's document profile, else the one who sent the plan.
alter table course
    add column signer_name     varchar(200),
    add column signs_as_deputy boolean not null default false;
