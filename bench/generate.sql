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
-- learners: the registry's learners per district (issue 9); in_progress: districts with a class running
-- on the run date, 250 learners each, whose sessions the attendance scenarios mark.
\if :{?learners}
\else
  \set learners 1200
\endif
\if :{?in_progress}
\else
  \set in_progress 8
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

-- Classes in progress on the run date (issue 9): the calendar above has none on most days, and the
-- attendance scenarios need some. In districts 1..:in_progress the latest course that has opened by today
-- runs instead from three days ago to today with 250 learners (district 1's is the benchmark's class).
update bench_course c set opening = current_date - 3, closing = current_date, status = 'IN_PROGRESS',
                          expected_learners = 250, in_person = true, review_round = c.rounds
from (select d, max(opening) as opening from bench_course where opening <= current_date and d <= :in_progress
      group by d) latest
where c.d = latest.d and c.opening = latest.opening;

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

-- ---- 4. learners, rosters, attendance (issue 9) ------------------------------------------------
-- DESIGN §8: 120 learners a course on average, some 250 (course.expected_learners: 5% of the courses, and
-- the classes in progress, have 250). Rows are what LearnerRegistry, Roster and AttendanceSheets write.

-- 4a. The registry: :learners party members per district, from its grassroots organizations (and party
-- cells, with -v units=…), registered by the district committee. Names are drawn from the common family
-- names (weighted), middle names and given names by gender; kept NFC with the given name (the last word)
-- and the search key (lower case, no diacritics, đ as d: VietnameseNames.searchKey).
select set_config('bench.learners', :'learners', true);
do $$
begin
    if current_setting('bench.learners')::int < 260 or current_setting('bench.learners')::int % 37 = 0 then
        raise exception 'learners must be at least 260 and not a multiple of 37 (the roster''s stride)';
    end if;
end;
$$;

create temporary table bench_org on commit drop as
select b.d, (row_number() over (partition by b.d order by u.id) - 1)::int as k, u.id
from bench_district b
join org_unit c on c.id = b.committee_id
join org_unit u on u.path like c.path || '%' and u.kind in ('GRASSROOTS_ORGANIZATION', 'PARTY_CELL');
create temporary table bench_org_count on commit drop as select d, count(*)::int as n from bench_org group by d;

create temporary table bench_learner on commit drop as
select (select coalesce(max(id), 0) from learner) + (b.d - 1) * :learners + s + 1 as id, b.d, s, b.committee_id,
       random() < 0.35 as female, random() as r_family, random() as r_middle, random() as r_given, random() as r_org,
       random() as r_birth, random() as r_joined, random() as r_position, random() as r_ethnicity, random() as r_card,
       random() as r_phone
from bench_district b cross join generate_series(0, :learners - 1) s
offset 0;

insert into learner (id, full_name, given_name, search_name, birth_date, gender, ethnicity, party_organization_id,
                     position, joined_party_on, party_card_number, phone, registered_by_unit_id, created_at, updated_at)
select n.id, n.full_name, regexp_replace(n.full_name, '^.* ', ''),
       lower(translate(n.full_name,
           'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴđĐ',
           'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYdD')),
       n.birth_date, case when n.female then 'FEMALE' else 'MALE' end,
       case when n.r_ethnicity < 0.85 then 'Kinh' when n.r_ethnicity < 0.93 then 'Khmer' when n.r_ethnicity < 0.97 then 'Hoa' end,
       o.id,
       case when n.r_position < 0.35 then 'PARTY_CELL_SECRETARY' when n.r_position < 0.55 then 'PARTY_CELL_DEPUTY_SECRETARY'
            when n.r_position < 0.70 then 'PARTY_CELL_COMMITTEE_MEMBER' when n.r_position < 0.75 then 'GRASSROOTS_SECRETARY'
            when n.r_position < 0.80 then 'GRASSROOTS_DEPUTY_SECRETARY' else 'GRASSROOTS_COMMITTEE_MEMBER' end,
       case when n.r_joined < 0.9 then n.birth_date + (365.25 * (20 + n.r_joined * 16))::int end,
       -- six in ten give their party card number (unique in the province)
       case when n.r_card < 0.6 then '48.' || lpad((n.id % 100000000)::text, 8, '0') end,
       case when n.r_phone < 0.7 then '09' || lpad((floor(n.r_phone * 1e8 * 1.4))::bigint::text, 8, '0') end,
       n.committee_id,
       now() - interval '3 years' + (n.s % 700) * interval '1 day', now() - interval '3 years' + (n.s % 700) * interval '1 day'
from (
    select l.*,
           (array['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn',
                  'Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Trần','Trần','Trần','Lê','Lê','Lê','Lê','Phạm','Phạm','Phạm',
                  'Hoàng','Hoàng','Huỳnh','Huỳnh','Phan','Phan','Võ','Võ','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + floor(l.r_family * 43)::int]
           || ' ' || case when l.female
                then (array['Thị','Thị','Thị','Thị Thu','Thị Ngọc','Thị Thanh','Thị Kim','Thị Hồng','Ngọc','Thị Mỹ','Thu'])[1 + floor(l.r_middle * 11)::int]
                else (array['Văn','Văn','Văn','Hữu','Đức','Minh','Quốc','Thanh','Công','Ngọc','Đình','Xuân','Trọng'])[1 + floor(l.r_middle * 13)::int] end
           || ' ' || case when l.female
                then (array['Anh','Ánh','Châu','Dung','Giang','Hà','Hạnh','Hằng','Hoa','Hồng','Hương','Lan','Liên','Linh','Loan',
                            'Mai','Nga','Ngọc','Nhung','Oanh','Phương','Quyên','Thảo','Thủy','Trang','Tuyết','Vân','Yến','Hiền','Diệu'])[1 + floor(l.r_given * 30)::int]
                else (array['Anh','Bình','Cường','Dũng','Đức','Hải','Hùng','Huy','Khánh','Long','Minh','Nam','Phong','Phúc','Quân',
                            'Sơn','Tài','Thắng','Thành','Tuấn','Trung','Vinh','Việt','Hiếu','Tâm','Toàn','Lợi','Hưng','Hòa','Lộc'])[1 + floor(l.r_given * 30)::int] end
           as full_name,
           make_date(1965, 1, 1) + floor(l.r_birth * 365.25 * 30)::int as birth_date,
           floor(l.r_org * c.n)::int as org_k
    from bench_learner l join bench_org_count c on c.d = l.d
) n
join bench_org o on o.d = n.d and o.k = n.org_k
order by n.id;
select setval(pg_get_serial_sequence('learner', 'id'), (select max(id) from learner));

-- 4b. Rosters (Roster: proposed by the organization board, confirmed by the political centre). Every
-- class that has opened (in progress and after, not cancelled) has its expected learners confirmed, plus
-- about one in sixty proposed and removed with a reason before the opening; about one in a hundred of a
-- finished class joined late (from day 2). An approved class of the coming month has its learners proposed,
-- every other one confirmed too. A course takes its learners from its district's registry with a stride
-- coprime to its size (distinct learners, a different set per course).
create temporary table bench_roster on commit drop as
select c.id as course_id, b.d, c.status, c.planned_opening, c.planned_closing, c.expected_learners as n,
       c.expected_learners / 60 as removed, c.status <> 'APPROVED' or c.id % 2 = 0 as confirmed,
       p_btc.user_id as proposer, p_gd.user_id as manager, p_gd.full_name as manager_name
from course c
join bench_district b on b.committee_id = c.organizing_unit_id
join bench_person p_btc on p_btc.d = b.d and p_btc.suffix = 'tochuc'
join bench_person p_gd on p_gd.d = b.d and p_gd.suffix = 'giamdoc'
where c.status in ('IN_PROGRESS', 'CLOSED', 'RESULTS_FINAL', 'EVALUATED', 'REPORTED', 'ACKNOWLEDGED')
   or (c.status = 'APPROVED' and c.planned_opening <= current_date + 30);

insert into enrollment (course_id, learner_id, attends_from, proposed_by, proposed_at, confirmed_by, confirmed_at,
                        removed_by, removed_at, removal_reason)
select r.course_id,
       (select min(id) from bench_learner) - 1 + (r.d - 1) * :learners + ((r.course_id * 7919 + i * 37) % :learners) + 1,
       case when late then r.planned_opening + 1 end,
       r.proposer,
       case when late then (r.planned_opening + 1) + time '07:00' else (r.planned_opening - 14) + time '09:00' end
           at time zone 'Asia/Ho_Chi_Minh',
       case when i < r.n and r.confirmed then r.manager end,
       case when i < r.n and r.confirmed then
           case when late then (r.planned_opening + 1) + time '07:15' else (r.planned_opening - 5) + time '10:00' end
           at time zone 'Asia/Ho_Chi_Minh' end,
       case when i >= r.n then r.manager end,
       case when i >= r.n then (r.planned_opening - 7) + time '15:00' at time zone 'Asia/Ho_Chi_Minh' end,
       case when i >= r.n then 'Đồng chí bận công tác đột xuất, cơ sở đã cử người khác thay.' end
from bench_roster r
cross join lateral generate_series(0, r.n + r.removed - 1) i
cross join lateral (select i < r.n and r.status not in ('APPROVED', 'IN_PROGRESS') and (r.course_id + i) % 97 = 0 as late) l
order by r.course_id, i;

-- A class that has opened was opened (khai giảng) by the centre's director on its first day, and closed
-- (bế giảng) on its last day once every session had its attendance (Course.open, Course.close).
update course c set opened_on = r.planned_opening,
                    closed_on = case when r.status <> 'IN_PROGRESS' then r.planned_closing end
from bench_roster r where r.course_id = c.id and r.status <> 'APPROVED';
insert into course_step (course_id, occurred_at, action, round, user_id, user_name, comment)
select r.course_id, r.planned_opening + time '07:00' at time zone 'Asia/Ho_Chi_Minh', 'OPENED', c.review_round,
       r.manager, r.manager_name, null
from bench_roster r join course c on c.id = r.course_id where r.status <> 'APPROVED'
union all
select r.course_id, r.planned_closing + time '17:30' at time zone 'Asia/Ho_Chi_Minh', 'CLOSED', c.review_round,
       r.manager, r.manager_name, null
from bench_roster r join course c on c.id = r.course_id where r.status not in ('APPROVED', 'IN_PROGRESS')
order by 1, 2;
update course c set updated_at = greatest(c.updated_at, s.last)
from (select course_id, max(occurred_at) as last from course_step where action in ('OPENED', 'CLOSED') group by course_id) s
where s.course_id = c.id;

-- 4c. Attendance (AttendanceSheets): every session that has taken place of a class that has opened has its
-- sheet, taken (confirmed) by its lecturer or, without one, the centre's director, at the end of the
-- session; a class in progress has today's sessions still to take. Present is no row: a mark is stored only
-- for the exceptions (about 2% excused, 1% unexcused, 3% late or early), and for the half percent marked
-- absent by mistake and set back to present (a mark once changed keeps its row). The phone saves each tap:
-- each mark has its own sheet version, the sheet's last version is the confirmation, one save row a version.
create temporary table bench_sheet on commit drop as
select s.id as session_id, s.course_id, s.session_date,
       (s.session_date + s.end_time - interval '5 minutes') at time zone 'Asia/Ho_Chi_Minh' as taken_at,
       coalesce(s.lecturer_user_id, r.manager) as taker
from class_session s join bench_roster r on r.course_id = s.course_id
where s.kind <> 'SELF_STUDY' and r.status <> 'APPROVED' and (r.status <> 'IN_PROGRESS' or s.session_date < current_date);

create temporary table bench_mark on commit drop as
select m.session_id, m.learner_id, m.taker, m.taken_at,
       case when m.r < 0.020 then 'EXCUSED_ABSENCE' when m.r < 0.030 then 'UNEXCUSED_ABSENCE'
            when m.r < 0.060 then 'LATE_OR_EARLY' else 'PRESENT' end as status,
       case when m.r < 0.012 then (array['Họp đột xuất tại xã', 'Ốm, có giấy của trạm y tế', 'Đi công tác theo phân công của Đảng ủy'])[1 + floor(m.r * 250)::int % 3]
            when m.r >= 0.030 and m.r < 0.045 then (array['Đến muộn 15 phút', 'Về sớm do việc gia đình'])[1 + floor(m.r * 1000)::int % 2]
       end as remark,
       row_number() over (partition by m.session_id order by m.learner_id) as changed_version
from (select sh.session_id, sh.taker, sh.taken_at, e.learner_id, random() as r
      from bench_sheet sh
      join enrollment e on e.course_id = sh.course_id and e.confirmed_at is not null and e.removed_at is null
                       and (e.attends_from is null or e.attends_from <= sh.session_date)
      offset 0) m
where m.r < 0.065;

insert into attendance_sheet (class_session_id, course_id, version, taken_at, taken_by, updated_at)
select sh.session_id, sh.course_id, coalesce(v.n, 0) + 1, sh.taken_at, sh.taker, sh.taken_at
from bench_sheet sh left join (select session_id, count(*) as n from bench_mark group by session_id) v on v.session_id = sh.session_id
order by sh.session_id;
insert into attendance_mark (class_session_id, learner_id, status, remark, changed_version, changed_by)
select session_id, learner_id, status, remark, changed_version, taker from bench_mark order by session_id, learner_id;
insert into attendance_save (client_id, class_session_id, version, saved_at)
select gen_random_uuid(), a.class_session_id, v, a.taken_at - (a.version - v) * interval '20 seconds'
from attendance_sheet a cross join generate_series(1, a.version) v;


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

-- vacuum as well: a table just filled has no page marked all-visible, so an index-only scan (the registry's
-- search reads the page's learners from the order index alone, V90) would still read the table for every
-- row; autovacuum marks them soon after on a real database
vacuum analyze;

select (select count(*) from org_unit) as units, (select count(*) from user_account) as accounts,
       (select count(*) from course) as courses, (select count(*) from class_session) as sessions,
       (select count(*) from concurrence) as opinions, (select count(*) from course_step) as steps;
select (select count(*) from learner) as learners,
       (select count(*) from enrollment where removed_at is null and confirmed_at is not null) as confirmed_enrollments,
       (select count(*) from enrollment) as enrollment_rows, (select count(*) from attendance_sheet) as sheets,
       (select count(*) from attendance_sheet s join enrollment e on e.course_id = s.course_id and e.confirmed_at is not null
          and e.removed_at is null join class_session cs on cs.id = s.class_session_id
          and (e.attends_from is null or e.attends_from <= cs.session_date)) as marks_taken,
       (select count(*) from attendance_mark) as mark_rows;
select status, count(*) from course group by status order by min(case status
    when 'DRAFT' then 1 when 'UNDER_REVIEW' then 2 when 'AWAITING_DECISION' then 3 when 'APPROVED' then 4
    when 'IN_PROGRESS' then 5 when 'CLOSED' then 6 when 'RESULTS_FINAL' then 7 when 'EVALUATED' then 8
    when 'REPORTED' then 9 when 'ACKNOWLEDGED' then 10 else 11 end);
