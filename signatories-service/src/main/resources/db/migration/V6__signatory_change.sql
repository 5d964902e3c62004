-- The signatory list's total: how many verified organizations' endorsements of a statement were in force at the
-- end of a day. Counted, that read every endorsement in force (an index-only scan of 9 ms for the 95,000 of one
-- statement, growing with each). Kept here as changes per statement and day instead: an endorsement of a verified
-- organization adds one on the day it starts and takes one away on the day it is withdrawn (it is not in force at
-- the end of that day), so the number in force at the end of a day is the sum of the changes up to it, a sum over
-- at most one row per day on which something changed. The endorsements stay the only truth: the database derives
-- these rows from them whenever they change, so every writer (the service, the demo data, a bulk load) keeps them
-- right, and a suspension (which clears organization_verified on the organization's endorsements) is counted too.
create table signatory_change (
    statement_id  bigint  not null,
    day           date    not null,
    change        bigint  not null,
    primary key (statement_id, day)
);

-- The changes that endorsement rows make, added (sign 1) or taken back (sign -1).
create function signatory_changes_of(rows endorsement[], sign integer) returns table (statement_id bigint, day date, change bigint)
language sql immutable as $$
    select r.statement_id, r.endorsed_on, sign from unnest(rows) r where r.organization_verified
    union all
    select r.statement_id, r.withdrawn_on, -sign from unnest(rows) r where r.organization_verified and r.withdrawn_on is not null
$$;

insert into signatory_change (statement_id, day, change)
select c.statement_id, c.day, sum(c.change)
from signatory_changes_of(array(select e from endorsement e), 1) c
group by c.statement_id, c.day
having sum(c.change) <> 0;

-- Once per SQL statement with all the rows it touched. Each statement writes its rows in one order, so that two
-- transactions of one statement each (as the service's are) cannot lock the same two in opposite orders. An update
-- that moves nothing (a version bump) sums to nothing and writes nothing. All endorsements of one statement on one
-- day share a row, locked by each writer until it commits: endorsements come far more slowly than comments, which
-- spread their counts over 16 rows for that reason.
create function signatory_changes() returns trigger language plpgsql as $$
declare
    added endorsement[];
    removed endorsement[];
begin
    if tg_op in ('INSERT', 'UPDATE') then
        added := array(select a from added_rows a);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        removed := array(select r from removed_rows r);
    end if;
    insert into signatory_change as s (statement_id, day, change)
    select c.statement_id, c.day, sum(c.change)
    from (select * from signatory_changes_of(added, 1) union all select * from signatory_changes_of(removed, -1)) c
    group by c.statement_id, c.day
    having sum(c.change) <> 0
    order by c.statement_id, c.day
    on conflict (statement_id, day) do update set change = s.change + excluded.change;
    return null;
end
$$;

create trigger signatory_changes_inserted after insert on endorsement
    referencing new table as added_rows for each statement execute function signatory_changes();
create trigger signatory_changes_updated after update on endorsement
    referencing old table as removed_rows new table as added_rows for each statement execute function signatory_changes();
create trigger signatory_changes_deleted after delete on endorsement
    referencing old table as removed_rows for each statement execute function signatory_changes();

-- TRUNCATE fires no delete trigger: the changes go with the endorsements.
create function signatory_changes_cleared() returns trigger language plpgsql as $$
begin
    delete from signatory_change;
    return null;
end
$$;

create trigger signatory_changes_truncated after truncate on endorsement
    for each statement execute function signatory_changes_cleared();
