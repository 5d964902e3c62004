-- POSTs sent with an Idempotency-Key, kept a day so a retry gets the first answer instead of doing it again
-- (platform-commons: org.multistakeholder.platform.idempotency.IdempotentRequests). Written outside the operation's
-- transaction: the row goes in before the operation runs (in flight: status is null) and gets its answer after.
create table idempotent_request (
    -- SHA-256 of the caller and the key; the key itself is not kept.
    key_hash bytea primary key,
    -- SHA-256 of the method, path and body the key was first sent with: another request with it is a 422.
    fingerprint bytea not null,
    created_at timestamptz not null,
    status integer,
    content_type text,
    location text,
    entity_tag text,
    -- The answer's body, AES-GCM-sealed with a key derived from the Idempotency-Key: a registration's answer holds
    -- the organization's API key, which the service otherwise keeps only as a hash.
    body bytea
);
-- Expired keys are swept by age.
create index idempotent_request_created_at on idempotent_request (created_at);
