-- Demo data from seed 004, the CCT implementation tracker. Idempotent: running it again changes nothing.
--
-- Status history: the tracker gives only its progress table (counts at quarter ends) and today's statuses, not
-- the dates of single changes. Each change below is dated the last day of the first quarter whose column shows it
-- (the APR 2022 column is the end of 2022-Q1), and its note says so; together they reproduce the progress table
-- exactly. Recommendation 6 is counted in progress from DEC 2022 yet shown "Not started" today, so it has one later
-- change back to NOT_STARTED, dated 2024-03-31 (the last quarter the tracker mentions, its Q1 2024 report).

insert into review (id, code, name, description) values
    (1, 'CCT', 'Competition, Consumer Trust, and Consumer Choice Review',
        'CCT Implementation - Status of 17 Recommendations')
on conflict (id) do nothing;

-- The tracker's "News / Updates"; it links both without saying where to, so their URLs are unknown.
insert into review_news_item (review_id, ordinal, title, url, published_on) values
    (1, 0, 'Read the ICANN blog Implementation of Work Stream 2 and ICANN Specific Reviews Recommendations', null, '2024-05-09'),
    (1, 1, 'Read the ICANN Specific Reviews Q1 2024 Quarterly Report', null, '2024-03-31')
on conflict do nothing;

-- Row k of the tracker's table is the k-th of the numbers 1, 6, 7, 8, 11, 13, 16, 17, 18, 20, 21, 22, 23, 24, 26, 30, 31.
-- "N/A" notes are null; "N/A" priorities are a null priority with no item priorities.
insert into recommendation (id, review_id, number, priority, description, notes) values
    (1, 1, 1, 'P1', 'Formalize and promote ongoing data collection.', null),
    (2, 1, 6, 'P2', 'Partner with mechanisms and entities involved with the collection of TLD data. As feasible, collect TLD registration number data per TLD and registrar at a country-by-country level in order to perform analysis based on the same methods used in the Latin American and Caribbean DNS Marketplace (LAC) Study.', null),
    (3, 1, 7, 'P4', 'Collect domain usage data to better understand the implications of parked domains.', null),
    (4, 1, 8, 'P1', 'Conduct periodic surveys of registrants that gathers both objective and subjective information with a goal of creating more concrete and actionable information.', null),
    (5, 1, 11, 'P1', 'Conduct periodic end-user consumer surveys. Future review teams should work with survey experts to conceive more behavioral measures of consumer trust that gather both objective and subjective data with a goal toward generating more concrete and actionable information.', null),
    (6, 1, 13, null, 'ICANN should collect data in conjunction with its related data collection activities on the impact of restrictions on who can buy domains within certain new gTLDs (registration restrictions) to help regularly determine and report: 1. Whether consumers and registrants are aware that certain new gTLDs have registration restrictions; 2. Compare consumer trust levels between new gTLDs with varying degrees of registration restrictions; [...]', null),
    (7, 1, 16, null, 'Further study the relationship between specific registry operators, registrars, and DNS Security Abuse by commissioning ongoing data collection, including but not limited to, ICANN DAAR initiatives.', 'See implementation documentation.'),
    (8, 1, 17, null, 'ICANN should collect data about and publicize the chain of parties responsible for gTLD domain name registrations.', 'See implementation documentation.'),
    (9, 1, 18, null, 'In order for the upcoming WHOIS Review Team to determine whether additional steps are needed to improve WHOIS accuracy, and whether to proceed with the identity phase of the Accuracy Reporting System (ARS) project, ICANN should gather data to assess whether a [...]', 'See implementation documentation.'),
    (10, 1, 20, 'P2', 'Assess whether mechanisms to report and handle complaints have led to more focused efforts to combat abuse by determining: (1) the volume of reports of illegal conduct in connection with the use of the TLD that registries receive from governmental and quasi-governmental agencies; (2) the volume of inquiries that registries receive from the public related to malicious conduct in the TLD; (3) whether more efforts are needed to publicize contact points to report complaints [...]', null),
    (11, 1, 21, null, 'Include more detailed information on the subject matter of complaints in ICANN publicly available compliance reports. Specifically, more precise data on the subject matter of complaints, particularly: (1) the class/type of abuse; (2) the gTLD that is target of the abuse; (3) the safeguard that is at risk; (4) an indication of whether complaints relate to the protection of sensitive health or financial information; (5) what type of contractual breach is being complained of; and (6) resolution status of the complaints, including action details. These details would assist future review teams in their assessment of these safeguards.', null),
    (12, 1, 22, 'P2', 'Initiate engagement with relevant stakeholders to determine what best practices are being implemented to offer reasonable and appropriate security measures commensurate with the offering of services that involve the gathering of sensitive health and financial information. Such a discussion could include identifying what falls within the categories of "sensitive health and financial information" and what metrics could be used to measure compliance with this safeguard.', null),
    (13, 1, 23, 'P2', 'ICANN should gather data on new gTLDs operating in highly-regulated sectors to include the following elements: - A survey to determine: 1) the steps registry operators are taking to establish working relationships with relevant government or industry bodies; and 2) the volume of complaints received by registrants from government and regulatory bodies and their standard practices to respond to complaints. [...]', null),
    (14, 1, 24, null, 'a. Determine whether ICANN Contractual Compliance should report on a quarterly basis whether it has received complaints for a registry operator''s failure to comply with either the safeguard related to gTLDs with inherent governmental functions or the safeguard related to cyberbullying. b. Survey registries to determine: 1) whether they receive complaints related to cyberbullying and misrepresenting [...]', null),
    (15, 1, 26, 'P2', 'A study to ascertain the impact of the New gTLD Program on the costs required to protect trademarks in the expanded DNS space should be repeated at regular intervals to see the evolution over time of those costs. The CCT Review Team recommends that the next study be completed within 18 months after issuance of the CCT Final Report, and that subsequent studies be repeated every 18 to 24 months. The CCT Review Team acknowledges [...]', null),
    (16, 1, 30, null, 'Expand and improve outreach into the Global South.', null),
    (17, 1, 31, null, 'The ICANN organization to coordinate the pro bono assistance program.', 'See implementation documentation.')
on conflict (id) do nothing;

-- Rec 13: "Items 1, 2, 4 (in part) prioritized as P1 Items 3, 4 (in part), 5 prioritized as P2";
-- rec 21: "Item 2 prioritized as P2"; rec 24: "Item B prioritized as P2".
insert into recommendation_item_priority (recommendation_id, ordinal, item, priority, in_part) values
    (6, 0, '1', 'P1', false),
    (6, 1, '2', 'P1', false),
    (6, 2, '4', 'P1', true),
    (6, 3, '3', 'P2', false),
    (6, 4, '4', 'P2', true),
    (6, 5, '5', 'P2', false),
    (11, 0, '2', 'P2', false),
    (14, 0, 'B', 'P2', false)
on conflict do nothing;

insert into status_change (id, recommendation_id, effective_on, new_status, note) values
    -- APR 2022 (end of 2022-Q1): complete 3, in progress 4, not started 10
    (1, 1, '2022-03-31', 'IN_PROGRESS', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (2, 4, '2022-03-31', 'IN_PROGRESS', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (3, 5, '2022-03-31', 'IN_PROGRESS', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (4, 6, '2022-03-31', 'IN_PROGRESS', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (5, 7, '2022-03-31', 'COMPLETE', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (6, 8, '2022-03-31', 'COMPLETE', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    (7, 9, '2022-03-31', 'COMPLETE', 'As of the tracker''s APR 2022 progress column; the exact date is not given.'),
    -- SEPT 2022: complete 3, in progress 5, not started 9
    (8, 3, '2022-09-30', 'IN_PROGRESS', 'As of the tracker''s SEPT 2022 progress column; the exact date is not given.'),
    -- DEC 2022: complete 4, in progress 11, not started 2
    (9, 2, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (10, 10, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (11, 11, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (12, 12, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (13, 13, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (14, 14, '2022-12-31', 'IN_PROGRESS', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    (15, 16, '2022-12-31', 'COMPLETE', 'As of the tracker''s DEC 2022 progress column; the exact date is not given.'),
    -- MAR 2023: complete 5, in progress 12, not started 0 (unchanged in JUNE 2023)
    (16, 15, '2023-03-31', 'IN_PROGRESS', 'As of the tracker''s MAR 2023 progress column; the exact date is not given.'),
    (17, 17, '2023-03-31', 'COMPLETE', 'As of the tracker''s MAR 2023 progress column; the exact date is not given.'),
    -- Today: the tracker's status table shows recommendation 6 not started.
    (18, 2, '2024-03-31', 'NOT_STARTED', 'Status reset to not started: the tracker''s status table shows it not started after its progress table counted it in progress from DEC 2022 to JUNE 2023. The date of the reset is not given; the last quarter the tracker reports on is used.')
on conflict (id) do nothing;

-- "Quarterly Updates": MAR 2024 is the report on 2024-Q1, and so on; publication dates are not given.
insert into quarterly_report (id, review_id, year, quarter, publication_status, document_url, published_on) values
    (1, 1, 2024, 1, 'IN_PRODUCTION', null, null),
    (2, 1, 2023, 4, 'PUBLISHED', 'https://www.icann.org/en/system/files/files/specific-reviews-q4-2023-report-31dec23-en.pdf', null),
    (3, 1, 2023, 3, 'PUBLISHED', 'https://www.icann.org/en/system/files/files/specific-reviews-q3-2023-report-30sep23-en.pdf', null),
    (4, 1, 2023, 2, 'PUBLISHED', 'https://www.icann.org/en/system/files/files/specific-reviews-q2-2023-report-30jun23-en.pdf', null),
    (5, 1, 2023, 1, 'PUBLISHED', 'https://www.icann.org/en/system/files/files/specific-reviews-q1-2023-report-31mar23-en.pdf', null),
    (6, 1, 2022, 4, 'PUBLISHED', 'https://www.icann.org/en/system/files/files/specific-reviews-q4-2022-report-31dec22-en.pdf', null)
on conflict (id) do nothing;

select setval(pg_get_serial_sequence('review', 'id'), (select max(id) from review));
select setval(pg_get_serial_sequence('recommendation', 'id'), (select max(id) from recommendation));
select setval(pg_get_serial_sequence('status_change', 'id'), (select max(id) from status_change));
select setval(pg_get_serial_sequence('quarterly_report', 'id'), (select max(id) from quarterly_report));

-- What was loaded above enters the change feed as the events that would have announced it (feed_backfill, in the
-- service's feed migration).
select feed_backfill();
