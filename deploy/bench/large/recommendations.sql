-- A large review for benchmarks: BENCH, with 10,000 recommendations and 10 status changes each (100,000 changes).
-- Run it against a migrated recommendations database:
--   deploy/bench/load-large-data   (or psql -d recommendations -1 -v ON_ERROR_STOP=1 -f deploy/bench/large/recommendations.sql)
-- Idempotent: it first deletes the BENCH review and everything under it, then builds it again.
-- Changes are dated from 2021 to mid-2023 (never in the future), every change really changes the status, and the
-- tenth leaves a third of the recommendations complete, a third rejected and a third on hold.

delete from review where code = 'BENCH';

insert into review (code, name, description)
values ('BENCH', 'Benchmark review', 'Generated: 10,000 recommendations with 10 status changes each');

insert into recommendation (review_id, number, description, notes, priority)
select review.id, n,
       'Generated recommendation ' || n || ': collect and publish data on topic ' || (n % 97),
       case when n % 5 = 0 then 'See implementation documentation.' end,
       case when n % 7 = 0 then null else 'P' || (1 + n % 4) end
from review, generate_series(1, 10000) as n
where review.code = 'BENCH';

-- Every seventh recommendation has per-item priorities instead of one priority.
insert into recommendation_item_priority (recommendation_id, ordinal, item, priority, in_part)
select r.id, i - 1, chr(64 + i), 'P' || (1 + (r.number + i) % 4), i = 2
from recommendation r
join review on review.id = r.review_id and review.code = 'BENCH'
cross join generate_series(1, 3) as i
where r.number % 7 = 0;

insert into status_change (recommendation_id, effective_on, new_status, note, recorded_at)
select r.id,
       date '2021-01-01' + (k - 1) * 90 + r.number % 80,
       case
           when k = 10 then (array['COMPLETE', 'REJECTED', 'ON_HOLD'])[1 + r.number % 3]
           when k % 2 = 1 then 'IN_PROGRESS'
           when k % 4 = 2 then 'ON_HOLD'
           else 'DEFERRED'
       end,
       'Generated change ' || k,
       timestamptz '2021-01-01 12:00:00+00' + ((k - 1) * 90 + r.number % 80) * interval '1 day'
from recommendation r
join review on review.id = r.review_id and review.code = 'BENCH'
cross join generate_series(1, 10) as k;

analyze review;
analyze recommendation;
analyze recommendation_item_priority;
analyze status_change;
