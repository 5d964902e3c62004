-- Demo data from the seed documents. Fixed ids, so that other services' demo data can refer to them
-- (signatories' endorsements name statement 2). Idempotent: running it again changes nothing.
insert into statement (id, kind, status, title, issuing_body, issued_on) values
    (1, 'SUMMIT', 'PUBLISHED', '2024 Contracted Parties Summit Statement',
        'ICANN Contracted Parties (gTLD Registrars and Registries)', '2024-05-09'),
    (2, 'COALITION', 'OPEN_FOR_SIGNATURE', 'A technical community coalition for multistakeholderism (TCCM)',
        'Technical community coalition for multistakeholderism', null),
    (3, 'DRAFT_FOR_COMMENT', 'DRAFT', 'Draft statement on ICANN and the World Summit on the Information Society (WSIS)',
        'WSIS Working Group', null)
on conflict (id) do nothing;

select setval(pg_get_serial_sequence('statement', 'id'), (select max(id) from statement));
