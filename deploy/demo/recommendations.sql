-- Demo data from the seed documents. Idempotent: running it again changes nothing.
insert into review (id, code, name, description) values
    (1, 'CCT', 'Competition, Consumer Trust, and Consumer Choice Review',
        'Implementation of the CCT Review''s recommendations')
on conflict (id) do nothing;

select setval(pg_get_serial_sequence('review', 'id'), (select max(id) from review));
