-- The outbox: every change a client may care about, written in the transaction of the change (Outbox in
-- platform-commons). txid is the writing transaction's id; EventFeed serves an event only once every transaction
-- before its own has ended, in (txid, id) order, so a reader never misses one that commits late.
create table event (
    id           bigint generated always as identity primary key,
    txid         xid8        not null default pg_current_xact_id(),
    type         text        not null,
    visibility   text        not null check (visibility in ('PUBLIC', 'EDITORS')),
    path         text        not null,
    subject      text,
    data         jsonb       not null,
    occurred_at  timestamptz not null,
    -- What the retention counts from (FeedRetention): a backfilled event occurred long ago but was recorded now.
    recorded_at  timestamptz not null default now()
);
create index event_order on event (txid, id);
create index event_subject on event (subject, txid, id);
create index event_recorded on event (recorded_at);
create index event_type_path on event (type, path);

-- The position of the last event purged: a cursor behind it is answered 410 (EventFeed).
create table event_horizon (
    singleton  boolean primary key default true check (singleton),
    txid       xid8   not null,
    event_id   bigint not null
);

-- What was recorded before the outbox, as the events that would have announced it, so a replay of the feed from its
-- first event rebuilds the lists. Idempotent: what already has its event is left alone. The demo data
-- (deploy/demo/recommendations.sql) calls it after loading. Every event is public, as reviews are.
create function feed_backfill() returns void language sql as $$
    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'review.created', 'PUBLIC', '/api/reviews/' || r.code, r.code, jsonb_build_object('reviewCode', r.code), r.created_at
    from review r
    where not exists (select 1 from event e where e.type = 'review.created' and e.path = '/api/reviews/' || r.code)
    order by r.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'recommendation.added', 'PUBLIC', '/api/recommendations/' || m.id, r.code,
           jsonb_build_object('recommendationId', m.id, 'reviewCode', r.code, 'number', m.number), m.created_at
    from recommendation m join review r on r.id = m.review_id
    where not exists (select 1 from event e where e.type = 'recommendation.added' and e.path = '/api/recommendations/' || m.id)
    order by m.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'status-change.recorded', 'PUBLIC', '/api/recommendations/' || c.recommendation_id || '/history/' || c.id, r.code,
           jsonb_build_object('recommendationId', c.recommendation_id, 'reviewCode', r.code, 'statusChangeId', c.id,
                              'status', c.new_status, 'effectiveOn', c.effective_on),
           c.recorded_at
    from status_change c join recommendation m on m.id = c.recommendation_id join review r on r.id = m.review_id
    where not exists (select 1 from event e where e.type = 'status-change.recorded'
                      and e.path = '/api/recommendations/' || c.recommendation_id || '/history/' || c.id)
    order by c.effective_on, c.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select t.type, 'PUBLIC', '/api/quarterly-reports/' || q.id, r.code,
           jsonb_build_object('quarterlyReportId', q.id, 'reviewCode', r.code, 'period', q.year || '-Q' || q.quarter,
                              'publicationStatus', q.publication_status),
           q.created_at
    from quarterly_report q join review r on r.id = q.review_id
    cross join lateral (values ('quarterly-report.recorded', 1), ('quarterly-report.published', 2)) as t (type, step)
    where (t.step = 1 or q.publication_status = 'PUBLISHED')
      and not exists (select 1 from event e where e.type = 'quarterly-report.recorded' and e.path = '/api/quarterly-reports/' || q.id)
    order by q.id, t.step;
$$;

select feed_backfill();
