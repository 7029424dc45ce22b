-- Issue 6: authorizations that change at once, sign-in failures counted per name (whether or not the
-- name exists) and per client address, and anonymous noise folded out of the append-only audit log.

-- Bumped by every change to a person's roles, units or status: a session signed in under an older
-- version has its roles read again on its next request.
alter table user_account add column authorization_version bigint not null default 0;
-- Bumped by every password change: a session signed in under an older version ends.
alter table user_account add column credentials_version bigint not null default 0;

-- Failed sign-ins per name, known or not, so that an unknown name answers exactly like a known one.
-- The key is the trimmed, lower-case name cut to 61 characters: no account name is longer than 60,
-- so a longer name can never share a key with an account.
create table login_failure (
    name_key        varchar(61) primary key,
    failed_attempts integer not null,
    locked_until    timestamptz,
    last_failed_at  timestamptz not null
);
insert into login_failure (name_key, failed_attempts, locked_until, last_failed_at)
    select lower(username), failed_attempts, locked_until, now()
    from user_account where failed_attempts > 0 or locked_until is not null;
alter table user_account drop column failed_attempts, drop column locked_until;

-- Failed sign-ins per client address and minute: an address failing many names is slowed down.
create table login_address_failure (
    address   varchar(64) not null,
    minute    timestamptz not null,
    failures  integer not null,
    constraint login_address_failure_pk primary key (address, minute)
);
create index login_address_failure_minute_idx on login_address_failure (minute);

-- Anonymous requests refused (no CSRF token, ...): one counting row per client address and minute
-- instead of one audit event each, so that strangers cannot flood the audit log.
create table audit_anonymous_noise (
    address        varchar(64) not null,
    minute         timestamptz not null,
    requests       integer not null,
    first_request  varchar(500),
    constraint audit_anonymous_noise_pk primary key (address, minute)
);
create index audit_anonymous_noise_minute_idx on audit_anonymous_noise (minute desc);
