-- Id lists stored as comma-separated text (issue 7, item 5) become join tables with foreign keys:
-- a course's chosen elective topics, and the learning requirements a session covers.
create table course_elective_topic (
    course_id         bigint not null references course (id) on delete cascade,
    position          integer not null,
    elective_topic_id bigint not null references elective_topic (id),
    constraint course_elective_topic_pk primary key (course_id, position)
);
create index course_elective_topic_topic_idx on course_elective_topic (elective_topic_id);

create table class_session_requirement (
    class_session_id bigint not null references class_session (id) on delete cascade,
    position         integer not null,
    requirement_id   bigint not null references learning_requirement (id),
    constraint class_session_requirement_pk primary key (class_session_id, position)
);
create index class_session_requirement_requirement_idx on class_session_requirement (requirement_id);

insert into course_elective_topic (course_id, position, elective_topic_id)
select c.id, t.n - 1, trim(t.id)::bigint
from course c, unnest(string_to_array(c.elective_topic_ids, ',')) with ordinality as t(id, n)
where trim(t.id) <> '';

insert into class_session_requirement (class_session_id, position, requirement_id)
select s.id, r.n - 1, trim(r.id)::bigint
from class_session s, unnest(string_to_array(s.requirement_ids, ',')) with ordinality as r(id, n)
where trim(r.id) <> '';

alter table course drop column elective_topic_ids;
alter table class_session drop column requirement_ids;
