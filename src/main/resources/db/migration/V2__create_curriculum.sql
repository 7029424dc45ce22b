-- The curriculum of Guidance 59 as data (DESIGN §3). Programs are versioned: a course keeps the
-- version it was planned with. The province adds local elective topics; nobody edits the lessons.

create table program (
    id             bigserial primary key,
    code           varchar(40)  not null unique,
    name           varchar(500) not null,
    source         varchar(500) not null,
    version_no     integer not null,
    effective_from date not null,
    current        boolean not null default false
);
create unique index program_one_current on program (current) where current;

create table lesson (
    id         bigserial primary key,
    program_id bigint not null references program (id),
    number     integer not null,
    title      varchar(500) not null,
    constraint lesson_number_uq unique (program_id, number)
);

create table learning_requirement (
    id        bigserial primary key,
    lesson_id bigint not null references lesson (id),
    position  integer not null,
    text      varchar(1000) not null,
    constraint learning_requirement_position_uq unique (lesson_id, position)
);

-- An elective topic is national (province_unit_id null, from the guidance) or local to one province.
create table elective_topic (
    id               bigserial primary key,
    program_id       bigint not null references program (id),
    province_unit_id bigint references org_unit (id),
    position         integer not null,
    title            varchar(500) not null,
    description      varchar(4000),
    retired_on       date,
    version          bigint not null default 0
);
create index elective_topic_program_idx on elective_topic (program_id, province_unit_id);

-- Seeded word for word from Hướng dẫn 59-HD/BTGTW năm 2022, Mục I "Những yêu cầu cần đạt".
insert into program (id, code, name, source, version_no, effective_from, current) values
  (1, 'HD59-2022', 'Chương trình bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở',
   'Hướng dẫn 59-HD/BTGTW năm 2022, Mục I', 1, date '2022-01-01', true);

insert into lesson (id, program_id, number, title) values (1, 1, 1, 'Tổ chức cơ sở Đảng và thực hiện nhiệm vụ chính trị của các loại hình tổ chức cơ sở Đảng');
insert into learning_requirement (id, lesson_id, position, text) values (1, 1, 1, 'Nắm được những quy định về Hệ thống tổ chức của Đảng và chức năng, nhiệm vụ của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (2, 1, 2, 'Hiểu biết về nhiệm vụ chính trị của các loại hình tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (3, 1, 3, 'Biểu biết về nội dung, hình thành phương thức trong lãnh đạo của tổ chức cơ sở Đảng.');
insert into lesson (id, program_id, number, title) values (2, 1, 2, 'Công tác tư tưởng của tổ chức cơ sở Đảng');
insert into learning_requirement (id, lesson_id, position, text) values (4, 2, 1, 'Hiểu biết về một số vấn đề chung trong công tác tư tưởng của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (5, 2, 2, 'Nắm vững và hình thành phương pháp công tác trong một số vấn đề nghiệp vụ và giải pháp nâng cao chất lượng, hiệu quả công tác tư tưởng của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (6, 2, 3, 'Nắm vững và biết vận dụng những giải pháp bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch');
insert into lesson (id, program_id, number, title) values (3, 1, 3, 'Công tác tổ chức và công tác dân vận của tổ chức cơ sở Đảng');
insert into learning_requirement (id, lesson_id, position, text) values (7, 3, 1, 'Hiểu biết về vị trí, vai trò, nguyên tắc của công tác tổ chức của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (8, 3, 2, 'Nắm vững và biết vận dụng vào thực tiễn những nội dung công tác tổ chức của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (9, 3, 3, 'Hiểu biết quan điểm chỉ đạo của Đảng trong công tác dân vận.');
insert into learning_requirement (id, lesson_id, position, text) values (10, 3, 4, 'Nắm vững, vận dụng những nội dung, phương thức trong công tác dân vận của tổ chức cơ sở Đảng.');
insert into lesson (id, program_id, number, title) values (4, 1, 4, 'Công tác kiểm tra, giám sát và công tác khen thưởng, kỷ luật của tổ chức cơ sở Đảng');
insert into learning_requirement (id, lesson_id, position, text) values (11, 4, 1, 'Hiểu biết về vị trí, vai trò, nguyên tắc và những nội dung trong công tác kiểm tra, giám sát của tổ chức cơ sở Đảng.');
insert into learning_requirement (id, lesson_id, position, text) values (12, 4, 2, 'Hiểu biết về vị trí, vai trò, nguyên tắc và những nội dung trong công tác khen thưởng, kỷ luật của tổ chức cơ sở Đảng.');
insert into lesson (id, program_id, number, title) values (5, 1, 5, 'Nhiệm vụ của chi ủy, bí thư chi bộ và nâng cao chất lượng sinh hoạt Đảng');
insert into learning_requirement (id, lesson_id, position, text) values (13, 5, 1, 'Hiểu và vận dụng vào thực tiễn những nhiệm vụ cơ bản của chi ủy.');
insert into learning_requirement (id, lesson_id, position, text) values (14, 5, 2, 'Hiểu và vận dụng vào thực tiễn những nhiệm vụ của bí thư chi bộ.');
insert into learning_requirement (id, lesson_id, position, text) values (15, 5, 3, 'Chủ động xây dựng những giải pháp trong việc nâng cao chất lượng sinh hoạt chi bộ.');
insert into lesson (id, program_id, number, title) values (6, 1, 6, 'Phòng, chống “tự diễn biến”, “tự chuyển hóa” trong cán bộ đảng viên');
insert into learning_requirement (id, lesson_id, position, text) values (16, 6, 1, 'Hiểu biết về bản chất, mức độ biểu hiện của “tự diễn biến”, “tự chuyển hóa” trong cán bộ, đảng viên ở cơ sở.');
insert into learning_requirement (id, lesson_id, position, text) values (17, 6, 2, 'Biết vận dụng vào thực tiễn những quan điểm, giải pháp đấu tranh phòng, chống “tự diễn biến”, “tự chuyển hóa” trong cán bộ, đảng viên.');
insert into learning_requirement (id, lesson_id, position, text) values (18, 6, 3, 'Áp dụng vào thực tiễn nội dung, nhiệm vụ của chi ủy, bí thư chi bộ đối với việc phòng, chống “tự diễn biến”, “tự chuyển hóa” trong cán bộ, đảng viên ở cơ sở.');
insert into elective_topic (id, program_id, province_unit_id, position, title) values (1, 1, null, 1, 'Tình hình và nhiệm vụ của địa phương, cơ sở.');
insert into elective_topic (id, program_id, province_unit_id, position, title) values (2, 1, null, 2, 'Tình hình thời sự, những chủ trương, chính sách mới…');
insert into elective_topic (id, program_id, province_unit_id, position, title) values (3, 1, null, 3, 'Báo cáo quá trình phấn đấu trở thành đảng viên của người mới được kết nạp vào Đảng.');

select setval('program_id_seq', (select max(id) from program));
select setval('lesson_id_seq', (select max(id) from lesson));
select setval('learning_requirement_id_seq', (select max(id) from learning_requirement));
select setval('elective_topic_id_seq', (select max(id) from elective_topic));
