-- A reorganization on a later date moves the grassroots organizations and party cells of a closing
-- committee under its successor on that date, not before: the committee works with them until then.
-- A row is applied (the unit moved, the row deleted) by the first node to see its day come.
create table org_unit_pending_move (
    unit_id       bigint primary key references org_unit (id),
    new_parent_id bigint not null references org_unit (id),
    move_on       date not null
);
create index org_unit_pending_move_on_idx on org_unit_pending_move (move_on);
