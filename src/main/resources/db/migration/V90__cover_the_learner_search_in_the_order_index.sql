-- The registry's search walks the Vietnamese order until a page of matching learners is found. For a
-- given name late in that order ("tuan", "thao") it passed some 100,000 learners of a province, each read
-- from the table for its search key (30-45 ms of CPU a search): the index now holds what the search filters
-- on (the search key and the party organization), so the walk stays in the index.
drop index learner_vietnamese_order_idx;
create index learner_vietnamese_order_idx on learner (given_name collate "vi-x-icu", full_name collate "vi-x-icu", id)
    include (search_name, party_organization_id);
