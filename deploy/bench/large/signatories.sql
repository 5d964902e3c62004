-- A large signatory list for benchmarks: 100,000 verified organizations, each endorsing statement 2 (the coalition
-- statement of the demo data), endorsements spread over 2024-01-01 .. 2025-12-31, one in twenty withdrawn later.
-- Run it against a migrated signatories database: deploy/bench/load-large-data.
-- Idempotent: it first deletes the organizations it made (names "Benchmark organization NNNNNN") and their rows.

delete from endorsement where organization_id in (select id from organization where normalized_name like 'benchmark organization %');
delete from organization_status_change where organization_id in (select id from organization where normalized_name like 'benchmark organization %');
delete from api_key where organization_id in (select id from organization where normalized_name like 'benchmark organization %');
delete from organization where normalized_name like 'benchmark organization %';

-- Registered over about a year, five minutes apart, as real registrations would be rather than all at one instant.
insert into organization (name, normalized_name, short_name, country, website, kind, contact_name, contact_email, status,
                          created_at, updated_at)
select 'Benchmark organization ' || lpad(n::text, 6, '0'),
       'benchmark organization ' || lpad(n::text, 6, '0'),
       'BO' || n,
       (array['AU', 'BR', 'CA', 'DE', 'FR', 'IN', 'JP', 'KE', 'NL', 'US'])[1 + n % 10],
       'https://bo' || n || '.example',
       (array['REGISTRY', 'REGISTRAR', 'RIR', 'CIVIL_SOCIETY', 'ACADEMIC'])[1 + n % 5],
       'Contact ' || n,
       'contact' || n || '@bo' || n || '.example',
       'VERIFIED',
       timestamptz '2023-01-01 00:00:00Z' + n * interval '5 minutes',
       timestamptz '2023-01-01 00:00:00Z' + n * interval '5 minutes'
from generate_series(1, 100000) as n;

insert into organization_status_change (organization_id, from_status, to_status, reason, effective_on, recorded_by)
select id, 'PENDING', 'VERIFIED', 'Generated for benchmarks', date '2024-01-01', 'benchmark'
from organization where normalized_name like 'benchmark organization %';

insert into endorsement (statement_id, organization_id, endorsed_on, withdrawn_on)
select 2, id,
       date '2024-01-01' + (id % 731)::int,
       case when id % 20 = 0 then date '2024-01-01' + (id % 731)::int + 30 + (id % 200)::int end
from organization where normalized_name like 'benchmark organization %';

analyze organization;
analyze organization_status_change;
analyze endorsement;
