-- Progress by quarter from a small table instead of the whole history. The history stays the only truth; the
-- database derives two things from it whenever it changes, so every writer (the service, the demo data, a bulk
-- load) keeps them right:
--   status_span:          each change's period of validity, from its day until the day of the recommendation's
--                         next change (a change overtaken on its own day has no span);
--   status_count_change:  per review, day and status, how the number of recommendations in that status changes
--                         on that day (+1 where a span starts, -1 where it ends).
-- The count of a status at the end of day D is the sum of its changes on or before D: a few rows per day on
-- which something changed, however many recommendations and changes the review has.

create table status_span (
    recommendation_id  bigint       not null,
    review_id          bigint       not null,
    status             varchar(20)  not null,
    valid_from         date         not null,
    valid_until        date
);

create index status_span_recommendation on status_span (recommendation_id);

create table status_count_change (
    review_id  bigint       not null references review (id) on delete cascade,
    day        date         not null,
    status     varchar(20)  not null,
    delta      integer      not null,
    primary key (review_id, day, status)
) with (fillfactor = 80);

-- Replaces the spans of the given recommendations with those of their history now, and moves the counts by the
-- difference. No foreign key on status_span: when a recommendation goes, its old spans must still be read here.
create function refresh_status_spans(changed bigint[]) returns void language plpgsql as $$
begin
    with removed as (
        delete from status_span where recommendation_id = any (changed)
        returning review_id, status, valid_from, valid_until
    ), added as (
        insert into status_span (recommendation_id, review_id, status, valid_from, valid_until)
        select recommendation_id, review_id, new_status, effective_on, valid_until
        from (
            select sc.recommendation_id, r.review_id, sc.new_status, sc.effective_on,
                   lead(sc.effective_on) over (partition by sc.recommendation_id order by sc.effective_on, sc.id) as valid_until
            from status_change sc
            join recommendation r on r.id = sc.recommendation_id
            where sc.recommendation_id = any (changed)
        ) timeline
        where valid_until is null or valid_until > effective_on
        returning review_id, status, valid_from, valid_until
    ), deltas as (
        select review_id, valid_from as day, status, -1 as delta from removed
        union all
        select review_id, valid_until, status, 1 from removed where valid_until is not null
        union all
        select review_id, valid_from, status, 1 from added
        union all
        select review_id, valid_until, status, -1 from added where valid_until is not null
    )
    insert into status_count_change as counted (review_id, day, status, delta)
    select review_id, day, status, sum(delta)
    from deltas
    where review_id in (select id from review)
    group by review_id, day, status
    having sum(delta) <> 0
    on conflict (review_id, day, status) do update set delta = counted.delta + excluded.delta;
end
$$;

create function status_change_refresh_spans() returns trigger language plpgsql as $$
begin
    perform refresh_status_spans(array(select distinct recommendation_id from changed_rows));
    return null;
end
$$;

-- One call per statement with all the rows it touched, so a bulk load refreshes each recommendation once.
create trigger status_change_inserted after insert on status_change
    referencing new table as changed_rows for each statement execute function status_change_refresh_spans();
create trigger status_change_updated after update on status_change
    referencing new table as changed_rows for each statement execute function status_change_refresh_spans();
create trigger status_change_deleted after delete on status_change
    referencing old table as changed_rows for each statement execute function status_change_refresh_spans();

select refresh_status_spans(array(select id from recommendation));
