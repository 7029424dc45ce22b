-- The course plan (DESIGN §2, HD 59 III.3): the course, its timetable, the opinions of the
-- organization board and the office, the committee's opening decision, and the timeline of steps.

create table course (
    id                       bigserial primary key,
    program_id               bigint not null references program (id),
    organizing_unit_id       bigint not null references org_unit (id),
    political_centre_unit_id bigint not null references org_unit (id),
    name                     varchar(500) not null,
    planned_opening          date not null,
    planned_closing          date not null,
    venue                    varchar(500),
    mode                     varchar(30) not null,
    delivery                 varchar(30) not null,
    expected_learners        integer not null,
    targeted_learner_kinds   varchar(200) not null default '',
    elective_topic_ids       varchar(1000) not null default '',
    purpose_and_requirements text,
    funding_notes            text,
    logistics_notes          text,
    status                   varchar(30) not null,
    review_round             integer not null default 0,
    decision_number          varchar(60),
    decision_date            date,
    decision_signer_name     varchar(200),
    decision_signer_title    varchar(200),
    cancellation_reason      varchar(2000),
    created_by               bigint,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint not null default 0,
    constraint course_dates check (planned_closing >= planned_opening),
    constraint course_expected_learners check (expected_learners > 0)
);
create index course_organizing_unit_idx on course (organizing_unit_id, status);
create index course_opening_idx on course (planned_opening desc);

create table class_session (
    id                bigserial primary key,
    course_id         bigint not null references course (id) on delete cascade,
    session_date      date not null,
    part_of_day       varchar(20),
    start_time        time not null,
    end_time          time not null,
    kind              varchar(30) not null,
    lesson_id         bigint references lesson (id),
    requirement_ids   varchar(500) not null default '',
    elective_topic_id bigint references elective_topic (id),
    topic_text        varchar(1000),
    delivery          varchar(30) not null,
    place             varchar(500),
    lecturer_user_id  bigint references user_account (id),
    guest_speaker     varchar(200),
    constraint class_session_times check (end_time > start_time)
);
create index class_session_course_idx on class_session (course_id, session_date, start_time);
-- the double-booking check looks a lecturer's sessions up by day
create index class_session_lecturer_idx on class_session (lecturer_user_id, session_date);

-- One opinion per body per review round: a double click or a resent form counts once.
create table concurrence (
    id          bigserial primary key,
    course_id   bigint not null references course (id) on delete cascade,
    round       integer not null,
    body        varchar(30) not null,
    verdict     varchar(30) not null,
    comment     varchar(4000),
    user_id     bigint not null,
    user_name   varchar(200) not null,
    recorded_at timestamptz not null,
    constraint concurrence_once_per_round unique (course_id, round, body)
);

create table course_step (
    id          bigserial primary key,
    course_id   bigint not null references course (id) on delete cascade,
    occurred_at timestamptz not null,
    action      varchar(40) not null,
    round       integer not null,
    user_id     bigint,
    user_name   varchar(200),
    comment     varchar(4000)
);
create index course_step_course_idx on course_step (course_id, occurred_at);
