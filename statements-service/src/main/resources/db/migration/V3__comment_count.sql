-- The total of a comment list from a small table instead of the comments themselves. Counting the comments of a
-- statement read every one of them (a parallel scan of 37 ms for a draft with 405,000 comments, growing with each
-- comment); the total is now a sum over a few rows per version and clause of the statement, however many comments
-- they hold. The comments stay the only truth: the database derives the counts from them whenever they change, so
-- every writer (the service, the demo data, a bulk load) keeps them right.

-- A comment on the text as a whole has no clause; those are counted in the rows whose clause_number is null.
--
-- Each (statement, version, clause, hidden) is counted in up to 16 rows, one per slot, and its count is their sum.
-- A transaction that posts a comment holds the row it added one to until it commits; with a single row, every
-- comment on the same clause waited for the previous one's commit (20 sessions posting on one clause committed
-- 84% fewer comments per second than with no count, against 23% fewer with 16 slots). Each database session
-- writes to its own slot, so concurrent posts mostly touch different rows. A slot may go below zero (a comment
-- counted in one slot is removed from another): only the sum means anything.
--
-- Every comment posted rewrites one of these rows: the room left on its page keeps the new row version there, so
-- the update touches no index (a HOT update) and the old versions are pruned as the page fills.
create table comment_count (
    statement_id    bigint    not null references statement (id) on delete cascade,
    version_number  integer   not null,
    clause_number   integer,
    hidden          boolean   not null,
    slot            smallint  not null,
    n               bigint    not null,
    constraint comment_count_key unique nulls not distinct (statement_id, version_number, clause_number, hidden, slot)
) with (fillfactor = 50);

-- Moves the counts by the rows one command on comment added (+1 each) and removed (-1 each), summed per counter
-- row, so a bulk load writes each counter row once. An update that changes none of the four counted columns moves
-- nothing. Rows of a statement deleted by the same command are skipped: the cascade removes its counters. Counter
-- rows are written in key order, so two transactions moving several of the same counts never wait for each other
-- in a cycle.
create function comment_count_moves() returns trigger language plpgsql as $$
declare
    session_slot constant smallint := pg_backend_pid() % 16;
    moves comment_count[];
begin
    -- Each event has only its own transition tables, so each branch names only those.
    if tg_op = 'INSERT' then
        moves := array(
            select row(statement_id, version_number, clause_number, hidden, session_slot, count(*))::comment_count
            from added_rows
            group by statement_id, version_number, clause_number, hidden);
    elsif tg_op = 'DELETE' then
        moves := array(
            select row(statement_id, version_number, clause_number, hidden, session_slot, -count(*))::comment_count
            from removed_rows
            group by statement_id, version_number, clause_number, hidden);
    else
        moves := array(
            select row(statement_id, version_number, clause_number, hidden, session_slot, sum(delta))::comment_count
            from (
                select statement_id, version_number, clause_number, hidden, 1 as delta from added_rows
                union all
                select statement_id, version_number, clause_number, hidden, -1 from removed_rows
            ) changed
            group by statement_id, version_number, clause_number, hidden
            having sum(delta) <> 0);
    end if;
    insert into comment_count as counted (statement_id, version_number, clause_number, hidden, slot, n)
    select m.statement_id, m.version_number, m.clause_number, m.hidden, m.slot, m.n
    from unnest(moves) m
    where m.statement_id in (select id from statement)
    order by m.statement_id, m.version_number, m.clause_number, m.hidden
    on conflict (statement_id, version_number, clause_number, hidden, slot) do update set n = counted.n + excluded.n;
    return null;
end
$$;

-- One call per command with all the rows it touched. A trigger with transition tables cannot name columns
-- (update of ...), and Hibernate sets every column of a comment it updates anyway: an update of other columns
-- (a moderator's reason) sums to nothing and writes nothing.
create trigger comment_inserted after insert on comment
    referencing new table as added_rows for each statement execute function comment_count_moves();
create trigger comment_updated after update on comment
    referencing old table as removed_rows new table as added_rows for each statement execute function comment_count_moves();
create trigger comment_deleted after delete on comment
    referencing old table as removed_rows for each statement execute function comment_count_moves();

-- TRUNCATE fires no delete trigger.
create function comment_count_cleared() returns trigger language plpgsql as $$
begin
    delete from comment_count;
    return null;
end
$$;

create trigger comment_truncated after truncate on comment
    for each statement execute function comment_count_cleared();

insert into comment_count (statement_id, version_number, clause_number, hidden, slot, n)
select statement_id, version_number, clause_number, hidden, 0, count(*)
from comment
group by statement_id, version_number, clause_number, hidden;
