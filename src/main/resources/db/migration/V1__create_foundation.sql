-- Foundation: organization units, accounts and roles, the audit log, and the HTTP session store.

create table org_unit (
    id          bigserial primary key,
    kind        varchar(40)  not null,
    name        varchar(255) not null,
    short_name  varchar(40),
    parent_id   bigint references org_unit (id),
    -- materialized path of ids, '/1/5/12/': a subtree is one indexed prefix match
    path        varchar(1000) not null default '/',
    valid_from  date not null,
    valid_to    date,
    version     bigint not null default 0,
    constraint org_unit_validity check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path varchar_pattern_ops);

create table user_account (
    id              bigserial primary key,
    username        varchar(60)  not null,
    full_name       varchar(200) not null,
    email           varchar(200),
    phone           varchar(30),
    password_hash   varchar(200) not null,
    active          boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create unique index user_account_username_uq on user_account (lower(username));

create table role_assignment (
    id          bigserial primary key,
    user_id     bigint not null references user_account (id) on delete cascade,
    role        varchar(40) not null,
    unit_id     bigint not null references org_unit (id),
    constraint role_assignment_uq unique (user_id, role, unit_id)
);
create index role_assignment_unit_idx on role_assignment (unit_id);

create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        varchar(60),
    action       varchar(60) not null,
    entity_type  varchar(60),
    entity_id    varchar(60),
    before_state text,
    after_state  text,
    detail       varchar(500),
    remote_addr  varchar(60)
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor);

-- The audit log is append-only: the database itself refuses to change or remove a row.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Spring Session JDBC (sessions in PostgreSQL so that several nodes can serve).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
