-- The count rows a statement changes are now written in one order. Two transactions that each moved organizations
-- of the same kind and country in opposite directions (one verified, one suspended) could otherwise lock the two
-- count rows in opposite orders, and PostgreSQL would end one of them with a deadlock error.
create or replace function organization_count_inserted() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, count(*) from added_rows group by status, kind, country
    order by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

create or replace function organization_count_deleted() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, -count(*) from removed_rows group by status, kind, country
    order by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

create or replace function organization_count_updated() returns trigger language plpgsql as $$
begin
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, sum(delta)
    from (select status, kind, country, -1 as delta from removed_rows
          union all
          select status, kind, country, 1 from added_rows) changes
    group by status, kind, country
    having sum(delta) <> 0
    order by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

-- TRUNCATE fires no delete trigger: the counts go with the organizations.
create function organization_count_cleared() returns trigger language plpgsql as $$
begin
    delete from organization_count;
    return null;
end
$$;

create trigger organization_count_truncated after truncate on organization
    for each statement execute function organization_count_cleared();
