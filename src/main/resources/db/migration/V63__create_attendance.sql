-- Attendance (issue 9): one sheet per session, taken once someone confirms it; one mark per learner who is
-- not simply present (no row: present). Each save carries a client id (a replay changes nothing) and the
-- sheet version it was based on; each mark remembers the version and the person of its last change, so that
-- a save based on an older version is merged learner by learner.
create table attendance_sheet (
    class_session_id bigint primary key references class_session (id) on delete cascade,
    course_id        bigint not null references course (id) on delete cascade,
    version          bigint not null default 0,
    taken_at         timestamptz,
    taken_by         bigint,
    updated_at       timestamptz not null
);
create index attendance_sheet_course_idx on attendance_sheet (course_id);

create table attendance_mark (
    class_session_id bigint not null references attendance_sheet (class_session_id) on delete cascade,
    learner_id       bigint not null references learner (id),
    status           varchar(30) not null,
    remark           varchar(500),
    changed_version  bigint not null,
    changed_by       bigint not null,
    primary key (class_session_id, learner_id),
    constraint attendance_mark_status_ck check (status in ('PRESENT', 'LATE_OR_EARLY', 'EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE'))
);
create index attendance_mark_learner_idx on attendance_mark (learner_id);

create table attendance_save (
    client_id        uuid primary key,
    class_session_id bigint not null references attendance_sheet (class_session_id) on delete cascade,
    version          bigint not null,
    saved_at         timestamptz not null
);

-- a learner's reflection after a field visit or an experience report (text, or a checked file)
create table reflection (
    class_session_id bigint not null references class_session (id) on delete cascade,
    learner_id       bigint not null references learner (id),
    text             varchar(8000),
    file_name        varchar(255),
    content_type     varchar(100),
    content          bytea,
    updated_by       bigint not null,
    updated_at       timestamptz not null,
    primary key (class_session_id, learner_id)
);
