-- Demo data from seed 002: the 16 signatories of "A technical community coalition for multistakeholderism (TCCM)"
-- as of 11 June 2024, each VERIFIED and endorsing statement 2 (statements-service's fixed id for that statement).
-- The seed lists them only "as of 11 June 2024", so that is the date of every endorsement; no earlier date is invented.
-- Names are the seed's lines; short names are the acronyms it gives in parentheses. Countries and kinds are what the
-- names and the organizations' public roles say (a ccTLD manager, a registrar, a regional Internet registry...).
-- No contacts and no API keys: editors act for these organizations. Idempotent: running it again changes nothing.
insert into organization (id, name, normalized_name, short_name, country, kind, status, created_at, updated_at) values
    (1, 'Asia Pacific Network Information Centre (APNIC)', 'asia pacific network information centre (apnic)', 'APNIC', 'AU', 'RIR', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (2, 'Associação DNS.PT, Portuguese Registry', 'associacao dns.pt, portuguese registry', null, 'PT', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (3, 'au Domain Administration Ltd (auDA)', 'au domain administration ltd (auda)', 'auDA', 'AU', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (4, 'Blacknight', 'blacknight', null, 'IE', 'REGISTRAR', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (5, 'Canadian Internet Registration Authority (CIRA)', 'canadian internet registration authority (cira)', 'CIRA', 'CA', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (6, 'DENIC eG', 'denic eg', null, 'DE', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (7, 'GoDaddy', 'godaddy', null, 'US', 'REGISTRAR', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (8, 'Identity Digital', 'identity digital', null, 'US', 'REGISTRY', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (9, 'IE Domain Registry CLG trading as .ie', 'ie domain registry clg trading as .ie', null, 'IE', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (10, 'InternetNZ', 'internetnz', null, 'NZ', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (11, 'Japan Network Information Center (JPNIC)', 'japan network information center (jpnic)', 'JPNIC', 'JP', 'OTHER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (12, 'Japan Registry Services Co., Ltd.', 'japan registry services co., ltd.', null, 'JP', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (13, 'Network Information Center Costa Rica', 'network information center costa rica', null, 'CR', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (14, 'Nominet UK', 'nominet uk', null, 'GB', 'CCTLD_MANAGER', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (15, 'Public Interest Registry', 'public interest registry', null, 'US', 'REGISTRY', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z'),
    (16, 'Tucows, Inc.', 'tucows, inc.', null, 'CA', 'REGISTRAR', 'VERIFIED', '2024-06-11T00:00:00Z', '2024-06-11T00:00:00Z')
on conflict do nothing;

insert into organization_status_change (id, organization_id, from_status, to_status, reason, effective_on, recorded_at, recorded_by)
select o.id, o.id, null, 'VERIFIED', 'Listed among the signatories of the TCCM statement as of 11 June 2024', date '2024-06-11',
       timestamptz '2024-06-11T00:00:00Z', 'demo data'
from organization o
where o.id between 1 and 16
on conflict do nothing;

insert into endorsement (id, statement_id, organization_id, endorsed_on, on_behalf, recorded_at)
select o.id, 2, o.id, date '2024-06-11', true, timestamptz '2024-06-11T00:00:00Z'
from organization o
where o.id between 1 and 16
on conflict do nothing;

select setval(pg_get_serial_sequence('organization', 'id'), (select max(id) from organization));
select setval(pg_get_serial_sequence('organization_status_change', 'id'), (select max(id) from organization_status_change));
select setval(pg_get_serial_sequence('endorsement', 'id'), (select max(id) from endorsement));

-- What was loaded above enters the change feed as the events that would have announced it (feed_backfill, in the
-- service's feed migration).
select feed_backfill();
