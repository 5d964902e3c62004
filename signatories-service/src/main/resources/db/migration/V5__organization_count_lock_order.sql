-- The count rows a statement changes are now written in one order. Two transactions that each moved organizations
-- of the same kind and country in opposite directions (one verified, one suspended) could otherwise lock the two
-- count rows in opposite orders, and PostgreSQL would end one of them with a deadlock error. The three functions of
-- V3 become one, shaped like signatory_changes of V6: the rows a statement added count +1, those it removed -1.
create function organization_count_moves() returns trigger language plpgsql as $$
declare
    added organization[];
    removed organization[];
begin
    -- A trigger names only the transition tables of its own event.
    if tg_op in ('INSERT', 'UPDATE') then
        added := array(select a from added_rows a);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        removed := array(select r from removed_rows r);
    end if;
    insert into organization_count as c (status, kind, country, organizations)
    select status, kind, country, sum(delta)
    from (select status, kind, country, 1 as delta from unnest(added)
          union all
          select status, kind, country, -1 from unnest(removed)) changes
    group by status, kind, country
    having sum(delta) <> 0
    order by status, kind, country
    on conflict (status, kind, country) do update set organizations = c.organizations + excluded.organizations;
    return null;
end
$$;

drop trigger organization_count_inserted on organization;
drop trigger organization_count_updated on organization;
drop trigger organization_count_deleted on organization;
drop function organization_count_inserted();
drop function organization_count_updated();
drop function organization_count_deleted();

create trigger organization_count_inserted after insert on organization
    referencing new table as added_rows for each statement execute function organization_count_moves();
create trigger organization_count_updated after update on organization
    referencing old table as removed_rows new table as added_rows
    for each statement execute function organization_count_moves();
create trigger organization_count_deleted after delete on organization
    referencing old table as removed_rows for each statement execute function organization_count_moves();

-- TRUNCATE fires no delete trigger: the counts go with the organizations.
create function organization_count_cleared() returns trigger language plpgsql as $$
begin
    delete from organization_count;
    return null;
end
$$;

create trigger organization_count_truncated after truncate on organization
    for each statement execute function organization_count_cleared();
