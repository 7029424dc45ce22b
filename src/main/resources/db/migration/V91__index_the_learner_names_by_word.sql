-- The registry's search finds the learners every typed word of which begins some word of the name, in any
-- order ("nguyen thi a" finds "Nguyễn Thị Ánh"). Walking the Vietnamese order index with the search key
-- passed some 100,000 learners of a province for a given name late in that order ("tuan"), and the trigram
-- index built whole candidate lists for a common name: each learner now has one row per distinct word of
-- its search key, in the Vietnamese order within the word, holding what the search filters on. A learner
-- two of whose words a typed word begins ("thu": "Thu", "Thủy") is found by the first of them in the words'
-- order, the one whose previous word (the learner's word just before it in that order) does not begin with
-- the typed word.
create table learner_name_word (
    learner_id            bigint not null references learner (id) on delete cascade,
    word                  text collate "C" not null,
    previous_word         text collate "C",
    given_name            varchar(100) not null,
    full_name             varchar(100) not null,
    -- the search key with a space before each word: '% thi%' finds the names with a word beginning "thi"
    search_words          text not null,
    party_organization_id bigint not null,
    primary key (learner_id, word)
);
-- a word's learners in the Vietnamese order (the words beginning with a typed word are a range of it)
create index learner_name_word_order_idx on learner_name_word
    (word, given_name collate "vi-x-icu", full_name collate "vi-x-icu", learner_id)
    include (party_organization_id, search_words, previous_word);
-- a district's learners of a word (its few party organizations, each a range of this index)
create index learner_name_word_organization_idx on learner_name_word (party_organization_id, word)
    include (learner_id, given_name, full_name, search_words, previous_word);

-- The rows of a name: kept by the database for every writer (the entity, the batched import, scripts).
create function learner_name_words(l learner) returns setof learner_name_word
    language sql immutable as $$
    select l.id, w.word, lag(w.word) over (order by w.word collate "C"), l.given_name, l.full_name,
           ' ' || l.search_name, l.party_organization_id
    from (select distinct word from unnest(string_to_array(l.search_name, ' ')) word where word <> '') w
$$;

create function learner_name_word_insert() returns trigger language plpgsql as $$
begin
    insert into learner_name_word select w.* from added l cross join lateral learner_name_words(l) w;
    return null;
end $$;

create function learner_name_word_update() returns trigger language plpgsql as $$
begin
    delete from learner_name_word where learner_id = old.id;
    insert into learner_name_word select * from learner_name_words(new);
    return null;
end $$;

create trigger learner_name_word_insert after insert on learner
    referencing new table as added for each statement execute function learner_name_word_insert();
create trigger learner_name_word_update after update on learner for each row
    when (old.search_name is distinct from new.search_name or old.full_name is distinct from new.full_name
          or old.given_name is distinct from new.given_name
          or old.party_organization_id is distinct from new.party_organization_id)
    execute function learner_name_word_update();

insert into learner_name_word select w.* from learner l cross join lateral learner_name_words(l) w;
analyze learner_name_word;
