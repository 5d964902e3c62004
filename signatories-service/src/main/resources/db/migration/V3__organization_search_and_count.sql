-- The organization list's q finds a term anywhere in a name or short name (like '%term%'). A b-tree cannot help
-- with that, so each search read every organization (50 ms for 100,000 of them, even when nothing matched).
-- Trigram indexes on exactly the searched expressions let a term of three or more characters cost in proportion
-- to its matches. pg_trgm is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;

create index organization_normalized_name_trigrams on organization using gin (normalized_name gin_trgm_ops);
create index organization_short_name_trigrams on organization using gin (lower(short_name) gin_trgm_ops);

-- Every list answer carries its total. Counted, that read every organization the filters let through (13 ms for
-- 100,000); kept here per status, kind and country, a total without q is a sum over at most a few hundred rows.
create table organization_count (
    status        varchar(32) not null,
    kind          varchar(32) not null,
    country       varchar(2)  not null,
    organizations bigint      not null,
    primary key (status, kind, country)
);

insert into organization_count (status, kind, country, organizations)
select status, kind, country, count(*) from organization group by status, kind, country;

-- Kept by the database, so every writer (the service, the demo data, a bulk load) keeps it right. The triggers
-- run once per statement, so a bulk load of 100,000 organizations touches each count once, and an update that
-- changes none of the three (a profile edit) touches no count at all.
create function organization_count_inserted() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, count(*) from added_rows group by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

create function organization_count_deleted() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, -count(*) from removed_rows group by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

create function organization_count_updated() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, sum(delta)
    from (select status, kind, country, -1 as delta from removed_rows
          union all
          select status, kind, country, 1 from added_rows) changes
    group by status, kind, country
    having sum(delta) <> 0
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

create trigger organization_count_inserted after insert on organization
    referencing new table as added_rows for each statement execute function organization_count_inserted();
create trigger organization_count_updated after update on organization
    referencing old table as removed_rows new table as added_rows
    for each statement execute function organization_count_updated();
create trigger organization_count_deleted after delete on organization
    referencing old table as removed_rows for each statement execute function organization_count_deleted();
