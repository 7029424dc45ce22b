-- The document profile of an issuing unit (issue 8, item 3): how its papers print. A unit without a row
-- prints with the defaults of its kind (organization/DocumentProfileDefaults); this migration writes the
-- same defaults for the units that exist, so that an administrator sees and edits real rows.
create table org_unit_document_profile (
    unit_id         bigint primary key references org_unit (id),
    -- the abbreviation in the number: 'BTGHU' (Số 12-KH/BTGHU), 'ĐU', 'TCT' (Số: 12/KH-TCT)
    symbol          varchar(20)  not null,
    -- PARTY: Hướng dẫn 36-HD/VPTW; STATE: Nghị định 30/2020/NĐ-CP (a political school)
    format          varchar(10)  not null,
    -- the header's lines; null: from the tree (the committee above, the unit's own name)
    superior_name   varchar(255),
    printed_name    varchar(255),
    -- the signing block: 'T/M BAN THƯỜNG VỤ' (or none), 'BÍ THƯ', 'PHÓ BÍ THƯ'
    signing_mandate varchar(100),
    head_title      varchar(100) not null,
    deputy_title    varchar(100) not null,
    head_name       varchar(200),
    -- the place of the date line: 'An Phú, ngày … tháng … năm …'
    place_name      varchar(100) not null,
    version         bigint not null default 0,
    constraint org_unit_document_profile_format check (format in ('PARTY', 'STATE'))
);

with unit as (
    select u.id, u.kind,
           -- the nearest committee strictly above the unit: its suffix ends a body's symbol ('BTG' || 'HU')
           (select c.kind from org_unit c
             where u.path like c.path || '%' and c.id <> u.id
               and c.kind in ('PROVINCE', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'GRASSROOTS_ORGANIZATION')
             order by length(c.path) desc limit 1) as committee_kind,
           -- the place of the date line: of the nearest unit at or above whose name names one
           -- ('An Phú' of 'Huyện ủy An Phú'); for the provincial school, the province's
           (select substring(c.name from '(?i)^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tỉnh|Thành phố|(?:Đảng ủy|Đảng bộ) (?:xã|phường|đặc khu|thị trấn))\s+(.+)$')
              from org_unit c
             where u.path like c.path || '%'
               and (u.kind <> 'POLITICAL_SCHOOL' or c.kind = 'PROVINCE')
               and c.name ~* '^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tỉnh|Thành phố|(?:Đảng ủy|Đảng bộ) (?:xã|phường|đặc khu|thị trấn))\s+(.+)$'
             order by length(c.path) desc limit 1) as place
      from org_unit u
), profile as (
    select id, kind,
           case committee_kind when 'PROVINCE' then 'TU' when 'DISTRICT_COMMITTEE' then 'HU'
                when 'COMMUNE_COMMITTEE' then 'ĐU' when 'GRASSROOTS_ORGANIZATION' then 'ĐU' else '' end as suffix,
           coalesce(place, '') as place
      from unit
)
insert into org_unit_document_profile (unit_id, symbol, format, signing_mandate, head_title, deputy_title, place_name)
select id,
       case kind
           when 'PROVINCE' then 'TU'
           when 'DISTRICT_COMMITTEE' then 'HU'
           when 'COMMUNE_COMMITTEE' then 'ĐU'
           when 'GRASSROOTS_ORGANIZATION' then 'ĐU'
           when 'PARTY_CELL' then 'CB'
           when 'PROPAGANDA_BOARD' then 'BTG' || suffix
           when 'ORGANIZATION_BOARD' then 'BTC' || suffix
           when 'COMMITTEE_OFFICE' then 'VP' || suffix
           when 'PROPAGANDA_MASS_MOBILIZATION_BOARD' then 'BTGDV' || suffix
           when 'PARTY_BUILDING_BOARD' then 'BXDĐ'
           when 'POLITICAL_CENTRE' then 'TTCT'
           when 'POLITICAL_SCHOOL' then 'TCT'
           else 'VP' end as symbol,
       case kind when 'POLITICAL_SCHOOL' then 'STATE' else 'PARTY' end as format,
       case kind
           when 'PROVINCE' then 'T/M BAN THƯỜNG VỤ'
           when 'DISTRICT_COMMITTEE' then 'T/M BAN THƯỜNG VỤ'
           when 'COMMUNE_COMMITTEE' then 'T/M ĐẢNG ỦY'
           when 'GRASSROOTS_ORGANIZATION' then 'T/M ĐẢNG ỦY'
           when 'PARTY_CELL' then 'T/M CHI BỘ'
           else null end as signing_mandate,
       case
           when kind in ('PROVINCE', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'GRASSROOTS_ORGANIZATION', 'PARTY_CELL') then 'BÍ THƯ'
           when kind = 'COMMITTEE_OFFICE' then 'CHÁNH VĂN PHÒNG'
           when kind = 'POLITICAL_CENTRE' then 'GIÁM ĐỐC'
           when kind = 'POLITICAL_SCHOOL' then 'HIỆU TRƯỞNG'
           else 'TRƯỞNG BAN' end as head_title,
       case
           when kind in ('PROVINCE', 'DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'GRASSROOTS_ORGANIZATION', 'PARTY_CELL') then 'PHÓ BÍ THƯ'
           when kind = 'COMMITTEE_OFFICE' then 'PHÓ CHÁNH VĂN PHÒNG'
           when kind = 'POLITICAL_CENTRE' then 'PHÓ GIÁM ĐỐC'
           when kind = 'POLITICAL_SCHOOL' then 'PHÓ HIỆU TRƯỞNG'
           else 'PHÓ TRƯỞNG BAN' end as deputy_title,
       place
  from profile;
