-- The "generated province" of DESIGN §8, built directly in PostgreSQL with set-based SQL.
--
-- Run by bench/run.sh after the application has migrated the database (Flyway, V1..Vn) and created
-- its first administrator (APP_ADMIN_USERNAME, here 'bench.admin') under the root province unit:
--   psql -v ON_ERROR_STOP=1 -v districts=100 -v years=5 -v per_year=3 -f bench/generate.sql
-- Every account gets the administrator's password hash (the password run.sh gave it).
--
-- What it makes (defaults):
--   * the province's propaganda board, and 100 district committees, each with its four bodies
--     (propaganda board, organization board, office, political centre) and 10 grassroots organizations;
--   * per district: the propaganda, organization, office, standing-committee and centre-director
--     accounts plus 3 lecturers; district 1's accounts are the benchmark accounts 'bench.<role>';
--     'bench.tinh' is the provincial propaganda account;
--   * 100 x 5 years x 3 = 1,500 courses with 8 sessions each, in the statuses a real province would
--     show on the run date (old courses acknowledged, recent ones in progress or closed, next ones
--     being planned, a few cancelled), with opinions, opening decisions and timeline steps.
-- Rows are what the services would have written (CourseService, Course): the pages render them.
-- The random numbers are seeded: two runs on the same day give the same province.

\set ON_ERROR_STOP 1
\if :{?districts}
\else
  \set districts 100
\endif
\if :{?years}
\else
  \set years 5
\endif
\if :{?per_year}
\else
  \set per_year 3
\endif
\if :{?grassroots}
\else
  \set grassroots 10
\endif
-- units: the size of the province. Above the 1,502 units of the districts, their bodies and grassroots
-- organizations, each grassroots organization gets party cells until the province has about that many
-- (-v units=10000: 9 cells each, 10,502 units); the courses stay the same.
\if :{?units}
\else
  \set units 1502
\endif

begin;

select setseed(0.59);

-- ---- 0. what the application made at its first start -------------------------------------------
create temporary table bench_base on commit drop as
select (select id from org_unit where parent_id is null and kind = 'PROVINCE' order by id limit 1) as province_id,
       (select path from org_unit where parent_id is null and kind = 'PROVINCE' order by id limit 1) as province_path,
       (select password_hash from user_account where lower(username) = 'bench.admin') as password_hash,
       (select id from program where current order by id limit 1) as program_id;

do $$
begin
    if (select province_id from bench_base) is null or (select password_hash from bench_base) is null then
        raise exception 'run the application once first: no root province or no bench.admin account';
    end if;
    if exists (select 1 from course) then
        raise exception 'the database already has courses: generate into a fresh database';
    end if;
end;
$$;

-- ---- 1. organization units ---------------------------------------------------------------------
-- The province's propaganda board (where the provincial propaganda account works).
insert into org_unit (kind, name, short_name, parent_id, valid_from)
select 'PROPAGANDA_BOARD', 'Ban Tuyên giáo Tỉnh ủy', 'TINH.BTG', province_id, date '2020-01-01' from bench_base;

-- 100 distinct district names from two syllable lists.
create temporary table bench_district on commit drop as
select d,
       (array['An','Bình','Cẩm','Đông','Hòa','Long','Phú','Tân','Thạnh','Vĩnh'])[1 + (d - 1) / 10 % 10]
           || ' ' || (array['Phú','Sơn','Lợi','Hưng','Thuận','Xuyên','Mỹ','Lộc','Điền','Hải'])[1 + (d - 1) % 10]
           || case when d > 100 then ' ' || ((d - 1) / 100 + 1) else '' end as name,
       'H' || lpad(d::text, 3, '0') as code,
       null::bigint as committee_id, null::bigint as btg_id, null::bigint as btc_id, null::bigint as vp_id,
       null::bigint as centre_id
from generate_series(1, :districts) d;

insert into org_unit (kind, name, short_name, parent_id, valid_from)
select 'DISTRICT_COMMITTEE', 'Huyện ủy ' || name, code, (select province_id from bench_base), date '2020-01-01'
from bench_district order by d;
update bench_district b set committee_id = u.id from org_unit u where u.short_name = b.code;

insert into org_unit (kind, name, short_name, parent_id, valid_from)
select body.kind, body.prefix || b.name, b.code || body.suffix, b.committee_id, date '2020-01-01'
from bench_district b
cross join (values ('PROPAGANDA_BOARD', 'Ban Tuyên giáo Huyện ủy ', '.BTG', 1),
                   ('ORGANIZATION_BOARD', 'Ban Tổ chức Huyện ủy ', '.BTC', 2),
                   ('COMMITTEE_OFFICE', 'Văn phòng Huyện ủy ', '.VP', 3),
                   ('POLITICAL_CENTRE', 'Trung tâm Chính trị huyện ', '.TTCT', 4)) body(kind, prefix, suffix, n)
order by b.d, body.n;

insert into org_unit (kind, name, short_name, parent_id, valid_from)
select 'GRASSROOTS_ORGANIZATION',
       case when g % 4 = 0 then 'Chi bộ Trường THCS số ' || g || ' ' || b.name else 'Đảng bộ xã ' || b.name || ' ' || g end,
       b.code || '.CS' || g, b.committee_id, date '2020-01-01'
from bench_district b cross join generate_series(1, :grassroots) g
order by b.d, g;

-- The materialized path of every new unit: the parent's path and the unit's own id.
update org_unit u set path = (select province_path from bench_base) || u.id || '/'
where u.parent_id = (select province_id from bench_base);
update org_unit u set path = p.path || u.id || '/'
from org_unit p where u.parent_id = p.id and p.parent_id = (select province_id from bench_base);

-- Party cells under the grassroots organizations, when the province is to be larger (-v units=…).
insert into org_unit (kind, name, short_name, parent_id, path, valid_from)
select 'PARTY_CELL', 'Chi bộ ấp ' || c || ' ' || g.name, g.short_name || '.CB' || c, g.id, g.path, date '2020-01-01'
from org_unit g
cross join generate_series(1, greatest(0, ceil((:units - (select count(*) from org_unit)) / greatest(1, :districts * :grassroots)::numeric)::int)) c
where g.kind = 'GRASSROOTS_ORGANIZATION'
order by g.id, c;
update org_unit u set path = u.path || u.id || '/' where u.kind = 'PARTY_CELL' and u.path not like '%/' || u.id || '/';

update bench_district b set btg_id = u.id from org_unit u where u.short_name = b.code || '.BTG';
update bench_district b set btc_id = u.id from org_unit u where u.short_name = b.code || '.BTC';
update bench_district b set vp_id = u.id from org_unit u where u.short_name = b.code || '.VP';
update bench_district b set centre_id = u.id from org_unit u where u.short_name = b.code || '.TTCT';

-- ---- 2. accounts -------------------------------------------------------------------------------
-- Per district: one account per district role and three lecturers. District 1's are 'bench.*'.
create temporary table bench_person on commit drop as
select b.d, r.suffix, r.role, r.n,
       case when b.d = 1 then 'bench' else lower(b.code) end || '.' || r.suffix as username,
       (array['Nguyễn','Trần','Lê','Phạm','Huỳnh','Võ','Đặng','Bùi','Ngô','Dương'])[1 + (b.d * 7 + r.n) % 10]
           || ' ' || (array['Văn','Thị','Minh','Quốc','Thị Thu','Hữu','Ngọc','Thanh'])[1 + (b.d + r.n * 3) % 8]
           || ' ' || (array['Tâm','Lan','Đức','Thành','Hồng','Khánh','Mai','Hà','Phúc','Nam','Hương','Sơn'])[1 + (b.d * 5 + r.n) % 12]
           as full_name,
       case r.unit when 'BTG' then b.btg_id when 'BTC' then b.btc_id when 'VP' then b.vp_id
                   when 'HU' then b.committee_id else b.centre_id end as unit_id,
       null::bigint as user_id
from bench_district b
cross join (values (1, 'tuyengiao', 'DISTRICT_PROPAGANDA', 'BTG'),
                   (2, 'tochuc', 'DISTRICT_ORGANIZATION', 'BTC'),
                   (3, 'vanphong', 'DISTRICT_OFFICE', 'VP'),
                   (4, 'thuongtruc', 'DISTRICT_COMMITTEE', 'HU'),
                   (5, 'giamdoc', 'CENTRE_DIRECTOR', 'TTCT'),
                   (6, 'canbo', 'CENTRE_STAFF', 'TTCT'),
                   (7, 'giangvien1', 'LECTURER', 'TTCT'),
                   (8, 'giangvien2', 'LECTURER', 'TTCT'),
                   (9, 'giangvien3', 'LECTURER', 'TTCT')) r(n, suffix, role, unit);

insert into bench_person (d, suffix, role, n, username, full_name, unit_id)
select 0, 'tinh', 'PROVINCE_PROPAGANDA', 0, 'bench.tinh', 'Trần Thị Thu Hà', id from org_unit where short_name = 'TINH.BTG';

insert into user_account (username, full_name, email, password_hash)
select username, full_name, username || '@bench.example', (select password_hash from bench_base)
from bench_person order by d, n;
update bench_person p set user_id = a.id from user_account a where lower(a.username) = p.username;

insert into role_assignment (user_id, role, unit_id)
select user_id, role, unit_id from bench_person;
-- As in the demo, the director also works as district propaganda staff.
insert into role_assignment (user_id, role, unit_id)
select p.user_id, 'DISTRICT_PROPAGANDA', b.btg_id
from bench_person p join bench_district b on b.d = p.d where p.suffix = 'giamdoc';

-- ---- 3. courses --------------------------------------------------------------------------------
-- Years: the last four and the next one. Course k of a year opens in month 4k-1 (March, July, November) on a Monday that depends on the
-- district; a concentrated course runs Monday to Thursday. The status follows the run date.
create temporary table bench_course on commit drop as
select b.d, y.year, k.batch,
       opening,
       opening + 3 as closing,
       case
           when opening > current_date + 30 then
               (array['DRAFT','UNDER_REVIEW','UNDER_REVIEW','AWAITING_DECISION','APPROVED','APPROVED'])[1 + floor(random() * 6)::int]
           when opening > current_date then
               case when random() < 0.06 then 'CANCELLED' else 'APPROVED' end
           when opening + 3 >= current_date then 'IN_PROGRESS'
           when opening > current_date - 30 then (array['CLOSED','RESULTS_FINAL'])[1 + floor(random() * 2)::int]
           when opening > current_date - 180 then (array['RESULTS_FINAL','EVALUATED','REPORTED'])[1 + floor(random() * 3)::int]
           when random() < 0.04 then 'CANCELLED'
           when random() < 0.1 then 'REPORTED'
           else 'ACKNOWLEDGED'
       end as status,
       case when random() < 0.2 then 2 else 1 end as rounds,
       case when random() < 0.05 then 250 else 90 + floor(random() * 61)::int end as expected_learners,
       random() < 0.85 as in_person
from bench_district b
-- the last years and the next one, whose plans are being drafted and reviewed
cross join generate_series(extract(year from current_date)::int - :years + 2, extract(year from current_date)::int + 1) y(year)
cross join generate_series(1, :per_year) k(batch)
cross join lateral (
    select (d0 + ((8 - extract(isodow from d0)::int) % 7))::date as opening
    from (select make_date(y.year, least(12, 4 * k.batch - 1), 1 + (b.d * 3) % 20) as d0) s
) o;

-- A draft never reviewed has round 0; an UNDER_REVIEW course with two rounds was returned once.
alter table bench_course add column review_round int;
update bench_course set review_round = case when status = 'DRAFT' then case when rounds = 2 then 1 else 0 end
                                            else rounds end;

insert into course (program_id, organizing_unit_id, political_centre_unit_id, name, planned_opening, planned_closing,
                    venue, mode, delivery, expected_learners, targeted_learner_kinds,
                    purpose_and_requirements, funding_notes, logistics_notes, status, review_round,
                    decision_number, decision_date, decision_signer_name, decision_signer_title,
                    cancellation_reason, created_by, created_at, updated_at)
select (select program_id from bench_base), b.committee_id, b.centre_id,
       'Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở năm ' || c.year
           || ' – đợt ' || c.batch || ' (' || b.name || ')',
       c.opening, c.closing,
       case when c.in_person then 'Hội trường Trung tâm Chính trị huyện ' || b.name else 'Trực tuyến qua hệ thống họp của Huyện ủy' end,
       'CONCENTRATED', case when c.in_person then 'IN_PERSON' else 'BLENDED' end,
       c.expected_learners, 'BRANCH_SECRETARY,DEPUTY_SECRETARY,GRASSROOTS_COMMITTEE_MEMBER',
       'Trang bị kiến thức, kỹ năng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ và cấp ủy viên cơ sở; '
           || 'học viên tham gia đầy đủ, viết bản thu hoạch cuối khóa.',
       'Từ nguồn kinh phí đào tạo, bồi dưỡng cán bộ năm ' || c.year || ' của Huyện ủy.',
       'Văn phòng Huyện ủy bảo đảm hội trường, tài liệu, nước uống; Trung tâm Chính trị chuẩn bị danh sách điểm danh.',
       c.status, c.review_round,
       case when c.status not in ('DRAFT','UNDER_REVIEW','AWAITING_DECISION') then (100 + c.batch * 10 + c.year % 100) || '-QĐ/HU' end,
       case when c.status not in ('DRAFT','UNDER_REVIEW','AWAITING_DECISION') then c.opening - 14 end,
       case when c.status not in ('DRAFT','UNDER_REVIEW','AWAITING_DECISION') then (select full_name from bench_person p where p.d = c.d and p.suffix = 'thuongtruc') end,
       case when c.status not in ('DRAFT','UNDER_REVIEW','AWAITING_DECISION') then 'Phó Bí thư Thường trực Huyện ủy' end,
       case when c.status = 'CANCELLED' then 'Hoãn lớp do trùng lịch Đại hội Đảng bộ các xã; chuyển học viên sang đợt sau.' end,
       (select user_id from bench_person p where p.d = c.d and p.suffix = 'tuyengiao'),
       -- every step (up to created_at + 30 days) lies in the past; updated_at is set from the steps
       least(c.opening - 60, current_date - 35)::timestamp at time zone 'Asia/Ho_Chi_Minh' + interval '8 hours',
       now()
from bench_course c join bench_district b on b.d = c.d
order by c.opening, b.d;

-- Every course chose the first national elective topic (course_elective_topic, V12).
insert into course_elective_topic (course_id, position, elective_topic_id)
select c.id, 0, (select min(id) from elective_topic where program_id = (select program_id from bench_base) and province_unit_id is null)
from course c;

-- ---- 3a. timetable: 8 sessions a course --------------------------------------------------------
-- Bài 1-6 on the mornings and afternoons of days 1-3 by the centre's lecturers, the elective topic on
-- the morning of day 4 by a guest speaker, and a field visit on its afternoon.
insert into class_session (course_id, session_date, part_of_day, start_time, end_time, kind, lesson_id,
                           elective_topic_id, topic_text, delivery, place, lecturer_user_id,
                           guest_speaker)
select c.id,
       c.planned_opening + (s.n - 1) / 2,
       case when s.n % 2 = 1 then 'MORNING' else 'AFTERNOON' end,
       case when s.n % 2 = 1 then time '07:30' else time '13:30' end,
       case when s.n % 2 = 1 then time '11:30' else time '17:00' end,
       case when s.n <= 6 then 'LECTURE' when s.n = 7 then 'LECTURE' else 'FIELD_VISIT' end,
       l.id,
       case when s.n = 7 then (select t.elective_topic_id from course_elective_topic t where t.course_id = c.id and t.position = 0) end,
       case when s.n = 8 then 'Tham quan mô hình chi bộ ấp kiểu mẫu tại ' || u.name end,
       case when s.n = 8 then 'IN_PERSON' else c.delivery end,
       case when s.n = 8 then u.name else c.venue end,
       case when s.n <= 6 then (select p.user_id from bench_person p join bench_district b on b.d = p.d
                                where b.centre_id = c.political_centre_unit_id
                                  and p.suffix = 'giangvien' || (1 + (s.n - 1) % 3)) end,
       case when s.n = 7 then 'Đồng chí Trưởng Ban Tuyên giáo Huyện ủy' end
from course c
cross join generate_series(1, 8) s(n)
left join lesson l on l.program_id = c.program_id and l.number = s.n and s.n <= 6
left join lateral (select g.name from org_unit g where g.parent_id = c.organizing_unit_id
                   and g.kind = 'GRASSROOTS_ORGANIZATION' order by g.id limit 1) u on true
order by c.id, s.n;

-- ---- 3b. opinions and the timeline -------------------------------------------------------------
create temporary table bench_flow on commit drop as
select c.id, c.status, c.review_round, c.created_at, c.planned_opening,
       p_btg.user_id as btg_user, p_btg.full_name as btg_name,
       p_btc.user_id as btc_user, p_btc.full_name as btc_name,
       p_vp.user_id as vp_user, p_vp.full_name as vp_name,
       p_hu.user_id as hu_user, p_hu.full_name as hu_name,
       c.status not in ('DRAFT','UNDER_REVIEW','AWAITING_DECISION') as approved,
       -- a cancelled course was cancelled after approval
       c.status <> 'DRAFT' as submitted_last_round
from course c
join bench_district b on b.committee_id = c.organizing_unit_id
join bench_person p_btg on p_btg.d = b.d and p_btg.suffix = 'tuyengiao'
join bench_person p_btc on p_btc.d = b.d and p_btc.suffix = 'tochuc'
join bench_person p_vp on p_vp.d = b.d and p_vp.suffix = 'vanphong'
join bench_person p_hu on p_hu.d = b.d and p_hu.suffix = 'thuongtruc';

-- A round before the last: the office asked for changes (the plan went back to DRAFT).
insert into concurrence (course_id, round, body_unit_id, verdict, comment, user_id, user_name, recorded_at)
select f.id, 1, (select u.id from org_unit u join course co on co.organizing_unit_id = u.parent_id where co.id = f.id and u.kind = 'COMMITTEE_OFFICE' order by u.id limit 1), 'REQUEST_CHANGES',
       'Đề nghị chuyển địa điểm về Hội trường Huyện ủy và rà soát lại dự toán kinh phí ăn, nghỉ.',
       f.vp_user, f.vp_name, f.created_at + interval '5 days'
from bench_flow f where f.review_round = 2 or (f.status = 'DRAFT' and f.review_round = 1);

-- The last round: the organization board concurs (also on most plans still under review), the
-- office concurs once both are in.
insert into concurrence (course_id, round, body_unit_id, verdict, comment, user_id, user_name, recorded_at)
select f.id, f.review_round, (select u.id from org_unit u join course co on co.organizing_unit_id = u.parent_id where co.id = f.id and u.kind = 'ORGANIZATION_BOARD' order by u.id limit 1), 'CONCUR', 'Thống nhất đối tượng và số lượng học viên.',
       f.btc_user, f.btc_name, f.created_at + interval '20 days'
from bench_flow f
where f.status <> 'DRAFT' and (f.status <> 'UNDER_REVIEW' or f.id % 2 = 0);
insert into concurrence (course_id, round, body_unit_id, verdict, comment, user_id, user_name, recorded_at)
select f.id, f.review_round, (select u.id from org_unit u join course co on co.organizing_unit_id = u.parent_id where co.id = f.id and u.kind = 'COMMITTEE_OFFICE' order by u.id limit 1), 'CONCUR', 'Thống nhất; Văn phòng bố trí hội trường và kinh phí theo dự toán.',
       f.vp_user, f.vp_name, f.created_at + interval '21 days'
from bench_flow f
where f.status not in ('DRAFT', 'UNDER_REVIEW');

-- Steps, in the order the services write them.
insert into course_step (course_id, occurred_at, action, round, user_id, user_name, comment)
select id, created_at, 'CREATED', 0, btg_user, btg_name, null from bench_flow
union all
select id, created_at + interval '2 days', 'SUBMITTED', 1, btg_user, btg_name,
       'Kính gửi Ban Tổ chức, Văn phòng Huyện ủy cho ý kiến.'
from bench_flow where review_round >= 1
union all
select id, created_at + interval '5 days', 'CHANGES_REQUESTED', 1, vp_user, vp_name,
       'Đề nghị chuyển địa điểm về Hội trường Huyện ủy và rà soát lại dự toán kinh phí ăn, nghỉ.'
from bench_flow where review_round = 2 or (status = 'DRAFT' and review_round = 1)
union all
select id, created_at + interval '8 days', 'SUBMITTED', 2, btg_user, btg_name, 'Đã chỉnh sửa theo ý kiến của Văn phòng.'
from bench_flow where review_round = 2
union all
select id, created_at + interval '20 days', 'CONCURRED', review_round, btc_user, btc_name, 'Thống nhất đối tượng và số lượng học viên.'
from bench_flow where status <> 'DRAFT' and (status <> 'UNDER_REVIEW' or id % 2 = 0)
union all
select id, created_at + interval '21 days', 'CONCURRED', review_round, vp_user, vp_name, 'Thống nhất.'
from bench_flow where status not in ('DRAFT', 'UNDER_REVIEW')
union all
select id, created_at + interval '30 days', 'APPROVED', review_round, hu_user, hu_name, null
from bench_flow where approved
union all
select id, least(now() - interval '1 hour', (planned_opening - 5)::timestamp at time zone 'Asia/Ho_Chi_Minh'), 'CANCELLED', review_round, btg_user, btg_name,
       'Hoãn lớp do trùng lịch Đại hội Đảng bộ các xã; chuyển học viên sang đợt sau.'
from bench_flow where status = 'CANCELLED'
order by 1, 2;

update course c set updated_at = s.last from (select course_id, max(occurred_at) as last from course_step group by course_id) s
where s.course_id = c.id;

-- ---- 4. learners, enrollments, attendance (later issues) ---------------------------------------
-- DESIGN §8: 120 learners a course on average, some 250 (course.expected_learners already says how
-- many: 5% of the courses have 250), about 180,000 enrollments and 1.4 million attendance marks.
-- The learner and attendance issues add their set-based inserts here, e.g.
--   learners:    one row per (grassroots organization, n) with kinds from course.targeted_learner_kinds;
--   enrollments: course x generate_series(1, course.expected_learners) for courses past APPROVED;
--   attendance:  enrollment x class_session for courses IN_PROGRESS and later, ~3% absent.


-- Capacities as data (V70, issue 8): each generated district's bodies play what the migration gives the
-- districts there were; the plans sent for opinions name their two concurring bodies (V71).
insert into committee_capacity (committee_unit_id, capacity, unit_id, position, valid_from)
select c.id, m.capacity, b.id, m.position, date '2020-01-01'
from org_unit c
join org_unit b on b.parent_id = c.id
join (values ('PROPAGANDA_BOARD', 'PLANNING_BODY', 0), ('ORGANIZATION_BOARD', 'CONCURRING_BODY', 1),
             ('COMMITTEE_OFFICE', 'CONCURRING_BODY', 2), ('ORGANIZATION_BOARD', 'ENROLLING_BODY', 0),
             ('POLITICAL_CENTRE', 'TEACHING_INSTITUTION', 0)) as m(kind, capacity, position) on m.kind = b.kind
where c.kind = 'DISTRICT_COMMITTEE'
on conflict do nothing;
insert into committee_capacity (committee_unit_id, capacity, unit_id, position, valid_from)
select id, 'DECIDING_BODY', id, 0, date '2020-01-01' from org_unit where kind = 'DISTRICT_COMMITTEE'
on conflict do nothing;
insert into course_concurring_body (course_id, position, unit_id)
select co.id, m.position, (select min(b.id) from org_unit b where b.parent_id = co.organizing_unit_id and b.kind = m.kind)
from course co
join (values ('ORGANIZATION_BOARD', 0), ('COMMITTEE_OFFICE', 1)) as m(kind, position) on true
where co.review_round > 0
  and exists (select 1 from org_unit b where b.parent_id = co.organizing_unit_id and b.kind = m.kind)
on conflict do nothing;

commit;

analyze;

select (select count(*) from org_unit) as units, (select count(*) from user_account) as accounts,
       (select count(*) from course) as courses, (select count(*) from class_session) as sessions,
       (select count(*) from concurrence) as opinions, (select count(*) from course_step) as steps;
select status, count(*) from course group by status order by min(case status
    when 'DRAFT' then 1 when 'UNDER_REVIEW' then 2 when 'AWAITING_DECISION' then 3 when 'APPROVED' then 4
    when 'IN_PROGRESS' then 5 when 'CLOSED' then 6 when 'RESULTS_FINAL' then 7 when 'EVALUATED' then 8
    when 'REPORTED' then 9 when 'ACKNOWLEDGED' then 10 else 11 end);
