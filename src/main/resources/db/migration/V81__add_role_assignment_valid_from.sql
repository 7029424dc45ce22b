-- A role given at the successor of a closed unit acts from the reorganization's date (issue 8): until then
-- the person keeps acting at the closing unit. Null: from when it was assigned, as before.
alter table role_assignment add column valid_from date;
