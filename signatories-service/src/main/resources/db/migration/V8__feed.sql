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
-- (deploy/demo/signatories.sql) calls it after loading. An organization's registration is for editors; its status
-- changes are public once it has been verified; an endorsement is public while its organization is verified.
create function feed_backfill() returns void language sql as $$
    insert into event (type, visibility, path, subject, data, occurred_at)
    select 'organization.registered', 'EDITORS', '/api/organizations/' || o.id, null,
           jsonb_build_object('organizationId', o.id, 'status', 'PENDING'), o.created_at
    from organization o
    where not exists (select 1 from event e where e.type = 'organization.registered' and e.path = '/api/organizations/' || o.id)
    order by o.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select case when c.to_status = 'SUSPENDED' then 'organization.suspended'
                when c.from_status = 'SUSPENDED' then 'organization.reinstated'
                else 'organization.verified' end,
           case when c.to_status = 'SUSPENDED' and c.from_status is distinct from 'VERIFIED' then 'EDITORS' else 'PUBLIC' end,
           '/api/organizations/' || c.organization_id, null,
           jsonb_build_object('organizationId', c.organization_id, 'status', c.to_status, 'statusChangeId', c.id), c.recorded_at
    from organization_status_change c
    where c.to_status in ('VERIFIED', 'SUSPENDED')
      and not exists (select 1 from event e where e.path = '/api/organizations/' || c.organization_id
                      and e.type in ('organization.verified', 'organization.suspended', 'organization.reinstated')
                      and e.data -> 'statusChangeId' = to_jsonb(c.id))
    order by c.recorded_at, c.id;

    insert into event (type, visibility, path, subject, data, occurred_at)
    select t.type, case when o.status = 'VERIFIED' then 'PUBLIC' else 'EDITORS' end,
           '/api/statements/' || n.statement_id || '/signatories/' || n.organization_id, n.statement_id::text,
           jsonb_strip_nulls(jsonb_build_object('statementId', n.statement_id, 'organizationId', n.organization_id,
                                                'endorsementId', n.id, 'endorsedOn', n.endorsed_on,
                                                'withdrawnOn', case when t.step = 2 then n.withdrawn_on end)),
           n.recorded_at
    from endorsement n
    join organization o on o.id = n.organization_id
    cross join lateral (values ('endorsement.added', 1), ('endorsement.withdrawn', 2)) as t (type, step)
    where (t.step = 1 or n.withdrawn_on is not null)
      and not exists (select 1 from event e where e.type = 'endorsement.added' and e.data -> 'endorsementId' = to_jsonb(n.id)
                      and e.subject = n.statement_id::text)
    order by n.recorded_at, n.id, t.step;
$$;

select feed_backfill();
