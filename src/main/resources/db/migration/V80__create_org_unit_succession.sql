-- Reorganization (issue 8, item 2): which unit continues a closed one, and from which day. A closed unit
-- has at most one continuing successor (the primary key); a successor may continue several (a merger).
-- Nothing is deleted: the closed unit keeps its row, its name and its history.
create table org_unit_succession (
    predecessor_id bigint primary key references org_unit (id),
    successor_id   bigint not null references org_unit (id),
    succeeded_on   date not null,
    constraint org_unit_succession_not_itself check (predecessor_id <> successor_id)
);
create index org_unit_succession_successor_idx on org_unit_succession (successor_id);

-- The tree held in memory by every node carries the successions: a change bumps the tree version (V11).
create trigger org_unit_succession_tree_changed after insert or update or delete or truncate on org_unit_succession
    for each statement execute function org_unit_tree_changed();
