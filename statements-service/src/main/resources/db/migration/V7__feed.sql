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

-- A comment period opens and closes when the clock passes its instants, not by a write: CommentPeriodClock claims
-- each announcement here first, so of replicas that notice it at once one inserts the row and writes the event.
create table comment_period_announcement (
    statement_id  bigint      not null references statement (id) on delete cascade,
    kind          text        not null check (kind in ('OPENED', 'CLOSED')),
    opens_at      timestamptz not null,
    closes_at     timestamptz not null,
    primary key (statement_id, kind, opens_at, closes_at)
);

-- What was recorded before the outbox, as the events that would have announced it, so a replay of the feed from its
-- first event rebuilds the lists. Idempotent: what already has its event is left alone. The demo data
-- (deploy/demo/statements.sql) calls it after loading.
create function feed_backfill() returns void language sql as $$
    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'statement.created', 'PUBLIC', '/api/statements/' || s.id, s.id::text,
           jsonb_build_object('statementId', s.id, 'kind', s.kind, 'status', s.status, 'currentVersion', s.current_version),
           s.created_at
    from statement s
    where not exists (select 1 from event e where e.type = 'statement.created' and e.path = '/api/statements/' || s.id)
    order by s.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'drafting-group.member-added', 'PUBLIC', '/api/statements/' || m.statement_id || '/drafting-group/' || m.id,
           m.statement_id::text, jsonb_build_object('statementId', m.statement_id, 'memberId', m.id), now()
    from drafting_group_member m
    where not exists (select 1 from event e where e.type = 'drafting-group.member-added'
                      and e.path = '/api/statements/' || m.statement_id || '/drafting-group/' || m.id)
    order by m.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select t.type, 'PUBLIC', '/api/statements/' || c.statement_id || '/comments/' || c.id, c.statement_id::text,
           jsonb_strip_nulls(jsonb_build_object('statementId', c.statement_id, 'commentId', c.id,
                                                'versionNumber', c.version_number, 'clauseNumber', c.clause_number)),
           case when t.type = 'comment.hidden' then coalesce(c.hidden_at, c.posted_at) else c.posted_at end
    from comment c
    cross join lateral (values ('comment.posted', 1), ('comment.hidden', 2)) as t (type, step)
    where (t.type = 'comment.posted' or c.hidden)
      and not exists (select 1 from event e where e.type = 'comment.posted'
                      and e.path = '/api/statements/' || c.statement_id || '/comments/' || c.id)
    order by c.id, t.step;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'letter.recorded', 'PUBLIC', '/api/correspondence/' || l.id, null,
           jsonb_strip_nulls(jsonb_build_object('letterId', l.id, 'sentOn', l.sent_on, 'inReplyToId', l.in_reply_to_id)),
           l.created_at
    from letter l
    where not exists (select 1 from event e where e.type = 'letter.recorded' and e.path = '/api/correspondence/' || l.id)
    order by l.id;
$$;

select feed_backfill();
