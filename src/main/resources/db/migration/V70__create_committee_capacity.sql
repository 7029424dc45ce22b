-- Capacities, not levels (issue 8, DESIGN §5): for each organizing committee, which units play each
-- capacity of the workflow, with validity dates. A district committee of the one-level era has its
-- propaganda board plan, its organization board and office concur, its standing members decide, its
-- political centre teach; a ward of the two-level era names its own bodies and the provincial school.
create table committee_capacity (
    id                bigserial primary key,
    committee_unit_id bigint not null references org_unit (id),
    capacity          varchar(40) not null,
    unit_id           bigint not null references org_unit (id),
    position          integer not null default 0,
    valid_from        date not null,
    valid_to          date,
    constraint committee_capacity_kind check (capacity in
        ('PLANNING_BODY', 'CONCURRING_BODY', 'DECIDING_BODY', 'TEACHING_INSTITUTION', 'ENROLLING_BODY')),
    constraint committee_capacity_validity check (valid_to is null or valid_to >= valid_from),
    constraint committee_capacity_once unique (committee_unit_id, capacity, unit_id, valid_from)
);
create index committee_capacity_committee_idx on committee_capacity (committee_unit_id);
create index committee_capacity_unit_idx on committee_capacity (unit_id);

-- Every node holds the capacities with the organization tree and reloads both when the tree's version moves.
create trigger committee_capacity_changed after insert or update or delete or truncate on committee_capacity
    for each statement execute function org_unit_tree_changed();

-- The district committees there are keep what the application did until now.
insert into committee_capacity (committee_unit_id, capacity, unit_id, position, valid_from, valid_to)
select c.id, m.capacity, b.id, m.position, greatest(c.valid_from, b.valid_from),
       case when c.valid_to is null then b.valid_to when b.valid_to is null then c.valid_to
            else least(c.valid_to, b.valid_to) end
from org_unit c
join org_unit b on b.parent_id = c.id
join (values ('PROPAGANDA_BOARD', 'PLANNING_BODY', 0),
             ('ORGANIZATION_BOARD', 'CONCURRING_BODY', 1),
             ('COMMITTEE_OFFICE', 'CONCURRING_BODY', 2),
             ('ORGANIZATION_BOARD', 'ENROLLING_BODY', 0),
             ('POLITICAL_CENTRE', 'TEACHING_INSTITUTION', 0)) as m(kind, capacity, position) on m.kind = b.kind
where c.kind = 'DISTRICT_COMMITTEE'
  and (c.valid_to is null or b.valid_to is null or least(c.valid_to, b.valid_to) >= greatest(c.valid_from, b.valid_from));
insert into committee_capacity (committee_unit_id, capacity, unit_id, position, valid_from, valid_to)
select id, 'DECIDING_BODY', id, 0, valid_from, valid_to from org_unit where kind = 'DISTRICT_COMMITTEE';
