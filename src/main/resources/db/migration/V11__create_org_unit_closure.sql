-- Visibility as a join (issue 7, item 2): "every unit under X" is one indexed condition whatever the
-- size of the tree. org_unit_closure holds one row per (ancestor, descendant) pair, the unit itself
-- included at depth 0, kept by the database from the materialized path, so that every writer (the
-- application, a migration, the benchmark's generator) keeps it right.
create table org_unit_closure (
    ancestor_id   bigint not null references org_unit (id) on delete cascade,
    descendant_id bigint not null references org_unit (id) on delete cascade,
    depth         integer not null,
    constraint org_unit_closure_pk primary key (ancestor_id, descendant_id)
);
create index org_unit_closure_descendant_idx on org_unit_closure (descendant_id, ancestor_id);

create function org_unit_closure_refresh() returns trigger language plpgsql as $$
begin
    delete from org_unit_closure where descendant_id = new.id;
    insert into org_unit_closure (ancestor_id, descendant_id, depth)
    select a.id::bigint, new.id, count(*) over () - a.n
    from unnest(string_to_array(trim(both '/' from new.path), '/')) with ordinality as a(id, n)
    where a.id <> '';
    -- a unit whose path is not written yet ('/' while it is being created) is at least its own descendant
    insert into org_unit_closure (ancestor_id, descendant_id, depth)
    values (new.id, new.id, 0) on conflict do nothing;
    return null;
end;
$$;
create trigger org_unit_closure_on_insert after insert on org_unit
    for each row execute function org_unit_closure_refresh();
create trigger org_unit_closure_on_path after update of path on org_unit
    for each row when (old.path is distinct from new.path) execute function org_unit_closure_refresh();

insert into org_unit_closure (ancestor_id, descendant_id, depth)
select a.id::bigint, u.id, count(*) over (partition by u.id) - a.n
from org_unit u, unnest(string_to_array(trim(both '/' from u.path), '/')) with ordinality as a(id, n)
where a.id <> ''
on conflict do nothing;
insert into org_unit_closure (ancestor_id, descendant_id, depth)
select id, id, 0 from org_unit on conflict do nothing;

-- The organization tree is held in memory by every node (OrgTreeCache); this one row tells a node,
-- at the start of each request, whether the tree changed since it was loaded, on this node or another.
-- The number comes from a sequence, never rolled back: a version is never reused, even by a rolled back change.
create sequence org_unit_tree_version_seq;
create table org_unit_tree_version (
    id      integer primary key default 1 check (id = 1),
    version bigint not null
);
insert into org_unit_tree_version (id, version) values (1, nextval('org_unit_tree_version_seq'));

create function org_unit_tree_changed() returns trigger language plpgsql as $$
begin
    update org_unit_tree_version set version = nextval('org_unit_tree_version_seq') where id = 1;
    return null;
end;
$$;
create trigger org_unit_tree_changed after insert or update or delete or truncate on org_unit
    for each statement execute function org_unit_tree_changed();
