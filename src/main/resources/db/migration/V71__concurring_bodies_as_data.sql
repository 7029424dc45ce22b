-- Which bodies must concur is data (issue 8, item 1): a plan's concurring bodies are the units named by
-- its committee's capacities on the day it is submitted, kept with the course; an opinion names the unit
-- that gave it. The one-level era's two bodies (organization board, office) become their units.
create table course_concurring_body (
    course_id bigint  not null references course (id) on delete cascade,
    position  integer not null,
    unit_id   bigint  not null references org_unit (id),
    constraint course_concurring_body_pk primary key (course_id, position),
    constraint course_concurring_body_once unique (course_id, unit_id)
);
create index course_concurring_body_unit_idx on course_concurring_body (unit_id);

insert into course_concurring_body (course_id, position, unit_id)
select co.id, m.position, (select min(b.id) from org_unit b where b.parent_id = co.organizing_unit_id and b.kind = m.kind)
from course co
join (values ('ORGANIZATION_BOARD', 0), ('COMMITTEE_OFFICE', 1)) as m(kind, position) on true
where co.review_round > 0
  and exists (select 1 from org_unit b where b.parent_id = co.organizing_unit_id and b.kind = m.kind);

alter table concurrence add column body_unit_id bigint references org_unit (id);
update concurrence c
set body_unit_id = coalesce(
    (select min(b.id) from course co join org_unit b on b.parent_id = co.organizing_unit_id
     where co.id = c.course_id and b.kind = case c.body when 'ORGANIZATION_BOARD' then 'ORGANIZATION_BOARD' else 'COMMITTEE_OFFICE' end),
    (select co.organizing_unit_id from course co where co.id = c.course_id));
alter table concurrence alter column body_unit_id set not null;
alter table concurrence drop constraint concurrence_once_per_round;
alter table concurrence drop column body;
alter table concurrence add constraint concurrence_once_per_round unique (course_id, round, body_unit_id);
