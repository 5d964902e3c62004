-- A draft open for comment, for benchmarks: "Benchmark draft for comment", with 15 clauses and 10,000 public
-- comments (one in fifty hidden by a moderator), its comment period open from 2020 to 2100.
-- Run it against a migrated statements database: deploy/bench/load-large-data.
-- Idempotent: it first deletes the statement of that title and everything under it.

delete from statement where title = 'Benchmark draft for comment';

with draft as (
    insert into statement (kind, status, ever_public, title, issuing_body, comment_opens_at, comment_closes_at, comment_invitation)
    values ('DRAFT_FOR_COMMENT', 'OPEN_FOR_COMMENT', true, 'Benchmark draft for comment', 'Benchmark working group',
            timestamptz '2020-01-01 00:00:00+00', timestamptz '2100-01-01 00:00:00+00',
            'Generated for benchmarks; comment on any clause.')
    returning id
), text as (
    insert into statement_version (statement_id, number, preamble, closing_text, change_note)
    select id, 1, 'Generated preamble of the benchmark draft.', 'Generated closing text.', 'First version'
    from draft
    returning id, statement_id
), clauses as (
    insert into clause (statement_version_id, number, text)
    select text.id, n, 'Generated clause ' || n || ' on stakeholder participation and open processes.'
    from text, generate_series(1, 15) as n
)
insert into comment (statement_id, version_number, clause_number, author_name, affiliation, email, text, posted_at,
                     hidden, hidden_reason, hidden_at)
select text.statement_id, 1,
       case when n % 4 = 0 then null else 1 + n % 15 end,
       'Commenter ' || n,
       case when n % 3 = 0 then 'Organization ' || (n % 500) end,
       'commenter' || n || '@example.org',
       'Generated comment ' || n || ': the clause should say more about how stakeholders take part.',
       timestamptz '2024-01-01 00:00:00+00' + n * interval '37 minutes',
       n % 50 = 0,
       case when n % 50 = 0 then 'Off topic' end,
       case when n % 50 = 0 then timestamptz '2024-01-01 00:00:00+00' + n * interval '37 minutes' + interval '1 day' end
from text, generate_series(1, 10000) as n;

analyze statement;
analyze statement_version;
analyze clause;
analyze comment;
