-- Demo data transcribed from the seed documents (000 summit statement, 001 letter, 002 coalition statement text,
-- 003 draft for comment). Fixed ids for what other services and users refer to: statements 1-3, letters 1-2.
-- Idempotent: loading it again changes nothing. A row still at version 0 has never been edited through the API, so
-- it is (re)filled with the seed's content; this also completes statements loaded before their text was held.
-- All three are public (ever_public): the draft of seed 003 was sent out for comment, so it is OPEN_FOR_COMMENT, its
-- comment period closed at the Mar del Plata meeting.
-- Generated from the seeds; hard-wrapped lines of the source are joined, nothing else is reworded.

insert into statement (id, kind, status, title, issuing_body, issued_on, event_place, event_starts_on, event_ends_on, event_session_count, event_participant_count, event_participant_qualifier, comment_opens_at, comment_closes_at, comment_invitation, current_version, ever_public)
values (1, $t$SUMMIT$t$, $t$PUBLISHED$t$, $t$2024 Contracted Parties Summit Statement$t$, $t$ICANN Contracted Parties (gTLD Registrars and Registries)$t$, $t$2024-05-09$t$::date, $t$Paris$t$, $t$2024-05-07$t$::date, $t$2024-05-09$t$::date, 28, 400, $t$OVER$t$, null, null, null, 1, true)
on conflict (id) do update set kind = excluded.kind, status = excluded.status, title = excluded.title, issuing_body = excluded.issuing_body, issued_on = excluded.issued_on, event_place = excluded.event_place, event_starts_on = excluded.event_starts_on, event_ends_on = excluded.event_ends_on, event_session_count = excluded.event_session_count, event_participant_count = excluded.event_participant_count, event_participant_qualifier = excluded.event_participant_qualifier, comment_opens_at = excluded.comment_opens_at, comment_closes_at = excluded.comment_closes_at, comment_invitation = excluded.comment_invitation, current_version = excluded.current_version, ever_public = excluded.ever_public
where statement.version = 0;

insert into statement (id, kind, status, title, issuing_body, issued_on, event_place, event_starts_on, event_ends_on, event_session_count, event_participant_count, event_participant_qualifier, comment_opens_at, comment_closes_at, comment_invitation, current_version, ever_public)
values (2, $t$COALITION$t$, $t$OPEN_FOR_SIGNATURE$t$, $t$A technical community coalition for multistakeholderism (TCCM)$t$, $t$Technical community coalition for multistakeholderism$t$, null, null, null, null, null, null, null, null, null, null, 1, true)
on conflict (id) do update set kind = excluded.kind, status = excluded.status, title = excluded.title, issuing_body = excluded.issuing_body, issued_on = excluded.issued_on, event_place = excluded.event_place, event_starts_on = excluded.event_starts_on, event_ends_on = excluded.event_ends_on, event_session_count = excluded.event_session_count, event_participant_count = excluded.event_participant_count, event_participant_qualifier = excluded.event_participant_qualifier, comment_opens_at = excluded.comment_opens_at, comment_closes_at = excluded.comment_closes_at, comment_invitation = excluded.comment_invitation, current_version = excluded.current_version, ever_public = excluded.ever_public
where statement.version = 0;

insert into statement (id, kind, status, title, issuing_body, issued_on, event_place, event_starts_on, event_ends_on, event_session_count, event_participant_count, event_participant_qualifier, comment_opens_at, comment_closes_at, comment_invitation, current_version, ever_public)
values (3, $t$DRAFT_FOR_COMMENT$t$, $t$OPEN_FOR_COMMENT$t$, $t$Draft statement on ICANN and the World Summit on the Information Society (WSIS)$t$, $t$WSIS Working Group$t$, null, null, null, null, null, null, null, $t$2004-12-05T22:00:00Z$t$::timestamptz, $t$2005-04-05T03:00:00Z$t$::timestamptz, $t$Dear Stakeholder,

Attached is a draft statement on ICANN and the World Summit on the Information Society (WSIS) that was announced at the last WSIS Workshop in Cape Town.  The WSIS Working Group (<http://www.icann.org/wsis/>) intends to publish the statement at ICANN's Mar del Plata meeting, after a period of consultation and comment with the broad community of stakeholders.

The draft statement is provided for your review and comment.  You can provide comments to the individual from your stakeholder group who is working on the WSIS Working Group (see list below), or by posting to the group's email address at <WSISWPG@icann.org>.

The draft statement was developed by the WSIS Working Group, a group of individuals who have been working together to organize and support the WSIS workshops at ICANN meetings. The development of the statement grew out of discussions within the Working Group that the broad set of stakeholders, including the Board and staff, could benefit from a shared vision and statement on ICANN and its role in the WSIS process, that had the broad support of the community. Given how much time and focus was being devoted to the WSIS process, it was the belief of the Working Group members that a statement that has broad support is important both to the ICANN community and in responding to external players who are questioning ICANN's functions, or who think that other approaches should replace the bottom-up consensus based, private - public partnership model embodied in ICANN.

Thus, the statement is intended to describe at a high level ICANN's mission and purpose, to show support to ICANN and its continued evolution and ever evolving and increasing participation to the broader world involved in the WSIS activities. It also makes a statement encouraging others who have questions about ICANN's work to come to ICANN and participate in the multi-stakeholder work at ICANN. The statement is of necessity high level, and represents a compromise among the individuals who have been developing it.

We ask that you consider the statement and provide any essential edits and comments that you think can improve and strengthen the statement. It will be open for comment up to the time of the Mar del Plata meeting, and the comments and edits will be taken into account by the Working Group to develop a final version of the statement, which will be presented at the WSIS Workshop on Tuesday.

The contacts for each WSIS Working Group member are provided below.

Thank you for your attention to this matter.

The WSIS Working Group$t$, 1, true)
on conflict (id) do update set kind = excluded.kind, status = excluded.status, title = excluded.title, issuing_body = excluded.issuing_body, issued_on = excluded.issued_on, event_place = excluded.event_place, event_starts_on = excluded.event_starts_on, event_ends_on = excluded.event_ends_on, event_session_count = excluded.event_session_count, event_participant_count = excluded.event_participant_count, event_participant_qualifier = excluded.event_participant_qualifier, comment_opens_at = excluded.comment_opens_at, comment_closes_at = excluded.comment_closes_at, comment_invitation = excluded.comment_invitation, current_version = excluded.current_version, ever_public = excluded.ever_public
where statement.version = 0;

insert into statement_version (statement_id, number, preamble, closing_text, change_note, created_at)
values (1, 1, $t$ICANN Contracted Parties (gTLD Registrars and Registries) met in Paris over May 7 - 9 for the 2024 Contracted Parties Summit (CP Summit). The Summit provided Contracted Parties an opportunity to engage and address issues of mutual interest and importance.

The CP Summit featured 28 sessions across three full days with over 400 participants. A range of issues were discussed including recent and ongoing geopolitical developments.

As a result of these discussions, Contracted Party participants agreed to the following issues of importance and committed to:$t$, $t$Contracted Parties recognize that the protection of personal data is an essential aspect of security and trust in the DNS.

Contracted Parties look forward to engaging with the broader Internet community in furthering this work in a manner that reflects the community's needs and preserves a single, interoperable, secure, and resilient Internet.

We offer this statement for consideration by the ICANN Community as well as by governments and other Internet governance related fora and entities.$t$, 'First version', now())
on conflict (statement_id, number) do update set preamble = excluded.preamble, closing_text = excluded.closing_text
where statement_version.preamble is null and statement_version.closing_text is null;

insert into clause (statement_version_id, number, text)
select v.id, c.number, c.text
from statement_version v, (values
    (1, $t$Continuing to support and work through the multistakeholder approach to Internet Governance, specifically within the policy-making context of Internet Corporation for Assigned Names and Numbers (ICANN), to maintain and enhance the security, stability, and resiliency of the global Domain Name System (DNS).$t$),
    (2, $t$Advancing efforts to better engage and share information with the global Internet community, including regional organizations and national governments as well as the ICANN Governmental Advisory Committee, in an effort to build capacity, understand the respective perspectives and needs of those groups, and work together to advance common goals of improving the security, stability and resiliency of the DNS.$t$),
    (3, $t$Continuing registration data related efforts, working within the ICANN multistakeholder process to implement recommendations and explore resources, concerns, and solutions including the accuracy of data.$t$),
    (4, $t$Continuing work aimed at combating DNS Abuse, including: ongoing and new voluntary efforts to improve abuse reporting; complying with new contractual requirements; developing metrics to ascertain effectiveness of existing requirements; and engaging with the ICANN Community to understand their perspectives on this important issue.$t$),
    (5, $t$Continuing efforts to preserve and protect the privacy rights of registrants.$t$)) as c (number, text)
where v.statement_id = 1 and v.number = 1
on conflict (statement_version_id, number) do nothing;

insert into statement_version (statement_id, number, preamble, closing_text, change_note, created_at)
values (2, 1, $t$We are members of the Internet's technical community: the companies, organizations, groups and actors whose day-to-day job is to operate the critical infrastructure and services at the heart of the Internet.

A driver of innovation, progress and development, the Internet touches all aspects of human life. This transformative technology is governed through collaboration across varied overlapping stakeholders and processes—and involves the participation of distinct stakeholder groups: governments, civil society, academia, the private sector and the technical community. This form of collaborative governance or dialogue is called multistakeholderism.

The technological success of the Internet—the reason it works seamlessly across the globe—is the direct result of this multistakeholder approach and its use in various fora and initiatives. This approach enables stakeholders to come together on an equal footing to discuss or make decisions about the Internet and to foster its ongoing evolution and expansion.

Although imperfect, the multistakeholder approach fosters a level of diversity, accountability and transparency that cannot be replicated in intergovernmental environments alone. It also ensures that decision-making about the Internet and its governance isn't led by individual nation-based political interests.

However, the multistakeholder approach is under threat. In a period of critical decision-making at the United Nations taking place across 2024 and 2025, there are risks that:$t$, $t$Taken together, if such risks materialize, the multistakeholder model of Internet governance would be weakened and decisions about the Internet's operations would increasingly be made in intergovernmental or multilateral settings.

We the undersigned are committed to defending, evolving and strengthening multistakeholderism in decision-making and dialogues about the Internet. It is imperative that the people who manage the Internet's operations are involved—on equal terms as governments and other stakeholders—in discussions, deliberations and decisions about the Internet's future and its governance.

An evolved and strengthened multistakeholder approach is the best path forward to ensure that the Internet remains open, free, global, secure, resilient and interoperable—available to all.$t$, 'First version', now())
on conflict (statement_id, number) do update set preamble = excluded.preamble, closing_text = excluded.closing_text
where statement_version.preamble is null and statement_version.closing_text is null;

insert into clause (statement_version_id, number, text)
select v.id, c.number, c.text
from statement_version v, (values
    (1, $t$the technical community and other key stakeholder groups will be left out of—or have their voices weakened in—dialogues related to the future of the Internet and its governance.$t$),
    (2, $t$in the absence of all relevant stakeholders, new concepts that inadvertently destabilize the multistakeholder model may be introduced.$t$),
    (3, $t$the mandate of the annual Internet Governance Forum, a key and enduring space for multistakeholder dialogue about the Internet, is not renewed or the Forum is weakened by the introduction of better-resourced, intergovernmental initiatives.$t$)) as c (number, text)
where v.statement_id = 2 and v.number = 1
on conflict (statement_version_id, number) do nothing;

insert into statement_version (statement_id, number, preamble, closing_text, change_note, created_at)
values (3, 1, null, null, 'First version', now())
on conflict (statement_id, number) do update set preamble = excluded.preamble, closing_text = excluded.closing_text
where statement_version.preamble is null and statement_version.closing_text is null;

insert into clause (statement_version_id, number, text)
select v.id, c.number, c.text
from statement_version v, (values
    (1, $t$ICANN is a bottom up, consensus based, participatory global organization, responsible for coordinating the unique identifiers of the Internet. In particular, ICANN is responsible for ensuring the stable and secure operation of the Internet’s unique identifier systems, such as the domain names, IP Addresses, protocol and parameters, the Internet root server system and those policies that are related to the unique identifiers;$t$),
    (2, $t$At ICANN's creation, the community recognized the importance of a unique global forum to address these issues, and has supported the continuing evolution of ICANN as the single global forum for coordinating the unique identifiers of the Internet and related policy;$t$),
    (3, $t$As the Internet evolves, so does the need for the participation of a diverse and ever growing set of stakeholders in relevant policy making activities, with a particular emphasis on the participation of those from developing countries;$t$),
    (4, $t$With this expanding broad participation, ICANN will continue to evolve and mature in its role in coordinating the Internet’s unique identifiers, and in increasing awareness and understanding of its role in advancing the Internet.$t$),
    (5, $t$That Internet Governance has emerged as an important issue in many fora, most especially through the WSIS process;$t$),
    (6, $t$That no single entity or organization possesses the expertise or breadth of participation to address all aspects of Internet Governance in isolation;$t$),
    (7, $t$That ICANN provides the opportunity for participation by diverse stakeholders associated with and interested in its activities and mission related to coordination of the unique identifiers of the Internet, and must continually strive to strengthen and improve this participation;$t$),
    (8, $t$That many of the stakeholders involved in ICANN’s work are also involved in the broader set of initiatives and organizations already engaged in discussing or addressing Internet Governance.$t$),
    (9, $t$We endorse the ICANN model of a private public partnership – involving the broadest set of stakeholders: civil society, non governmental organizations, commercial and individual users, suppliers, and governments – responsible for coordinating the unique identifiers of the Internet and related policies;$t$),
    (10, $t$We support the continuing internationalization of ICANN, and call on ICANN to finalize and implement plans to bring its Memorandum of Understanding with the U.S. Government to fulfillment and closure, and to evolve ICANN into a stand alone entity able to pursue the roles asked of it by the Internet community;$t$),
    (11, $t$We call on those who seek change in the present stakeholder-driven model for coordination of the technical management of the Internet's unique identifiers to fully participate in ICANN's process and activities, and work with ICANN's stakeholders to address their concerns within the ICANN process;$t$),
    (12, $t$We call on the ICANN Board, all ICANN stakeholders and staff to participate in the Working Group on Internet Governance and in the World Summit on the Information Society to advance broad support for the public private, stakeholder-driven model for coordination of the Internet’s unique identifiers;$t$),
    (13, $t$We urge the ICANN board, ICANN stakeholders and staff to support the growing awareness and understanding of ICANN’s role, while recognizing the need for collaboration, cooperation, coordination, and coexistence with other organizations and entities who are engaged in the larger issues and activities related to Internet Governance;$t$),
    (14, $t$We support the collaboration and cooperation within the ICANN community of gTLD registries, registrars, Internet service providers, Regional Internet Registries, ccTLD managers, non-commercial and business users and organizations, individual Internet users, the broad technical community, root server operators and governments, and support activities that increase understanding of ICANN’s work and focus as the forum for coordinating the unique identifiers of the Internet and related policy; and$t$),
    (15, $t$We support improved communications and collaboration with all members of the ICANN community to support increased understanding and participation in ICANN, in particular from developing countries.$t$)) as c (number, text)
where v.statement_id = 3 and v.number = 1
on conflict (statement_version_id, number) do nothing;

-- Seed 003's list: "X & Y, Chair/member of Z" gives X the first role and Y the second; Z is the group they represent.
insert into drafting_group_member (id, statement_id, position, name, role, stakeholder_group, affiliation, email) values
    (1, 3, 1, $t$Vittorio Bertola$t$, $t$CHAIR$t$, $t$At-Large Advisory Committee$t$, null, $t$vb@bertola.eu.org$t$),
    (2, 3, 2, $t$Izumi Aizu$t$, $t$MEMBER$t$, $t$At-Large Advisory Committee$t$, null, $t$aizu@anr.org$t$),
    (3, 3, 3, $t$Marilyn Cade$t$, $t$MEMBER$t$, $t$Business Constituency$t$, null, $t$marilynscade@hotmail.com$t$),
    (4, 3, 4, $t$Tony Holmes$t$, $t$MEMBER$t$, $t$Internet Service & Connectivity Providers Constituency$t$, null, $t$tony.ar.holmes@bt.com$t$),
    (5, 3, 5, $t$Jeff Neuman$t$, $t$MEMBER$t$, $t$gTLD Registries Constituency$t$, $t$NeuLevel, Inc.$t$, $t$Jeff.Neuman@neustar.us$t$),
    (6, 3, 6, $t$Peter Dengate Thrush$t$, $t$MEMBER$t$, $t$ccNSO$t$, $t$InternetNZ$t$, $t$barrister@chambers.gen.nz$t$),
    (7, 3, 7, $t$Chris Disspain$t$, $t$CHAIR$t$, $t$ccNSO$t$, null, $t$ceo@auda.org.au$t$),
    (8, 3, 8, $t$Denise Michel$t$, $t$MEMBER$t$, $t$ICANN$t$, null, $t$michel@icann.org$t$),
    (9, 3, 9, $t$Theresa Swinehart$t$, $t$MEMBER$t$, $t$ICANN$t$, null, $t$swinehart@icann.org$t$),
    (10, 3, 10, $t$Axel Pawlik$t$, $t$CHAIR$t$, $t$Regional Internet Registries$t$, null, $t$axel.pawlik@ripe.net$t$),
    (11, 3, 11, $t$Paul Wilson$t$, $t$MEMBER$t$, $t$Regional Internet Registries$t$, null, $t$pwilson@apnic.net$t$),
    (12, 3, 12, $t$Lucy Nichols$t$, $t$MEMBER$t$, $t$Intellectual Property Constituency$t$, null, $t$lucy.nichols@nokia.com$t$),
    (13, 3, 13, $t$Ross Rader$t$, $t$MEMBER$t$, $t$Registrars Constituency$t$, null, $t$ross@tucows.com$t$)
on conflict (id) do nothing;

-- Letter 1 is known only from the reply: its date, parties and subject (the reply's "RE:" line). Its text is not held.
insert into letter (id, sent_on, subject, sender_name, sender_title, sender_organization, recipient_name, recipient_title,
                    recipient_organization, salutation, body, closing_text, valediction, in_reply_to_id) values
    (1, '2024-07-15', $t$ICANN Strategy for WSIS+20$t$, $t$Alejandra Reynoso$t$, $t$Chair$t$,
        $t$Country Code Names Supporting Organization (ccNSO) Council$t$, $t$Sally Costerton$t$, $t$Interim President and CEO$t$,
        $t$Internet Corporation for Assigned Names and Numbers (ICANN)$t$, null, null, null, null, null),
    (2, '2024-07-25', $t$RE: ICANN Strategy for WSIS+20$t$, $t$Sally Costerton$t$,
        $t$Sr. Advisor to President and SVP, Global Stakeholder Engagement & Interim President and CEO$t$,
        $t$Internet Corporation for Assigned Names and Numbers (ICANN)$t$, $t$Alejandra Reynoso$t$, $t$Chair$t$,
        $t$Country Code Names Supporting Organization (ccNSO) Council$t$, $t$Dear Alejandra,$t$,
        $t$Thank you for your letter dated 15 July 2024. I appreciate it very much and take your expressed concerns seriously. I would also like to thank you for the very productive discussion between you and me, and several members of the ICANN organization and ccNSO on 16 July. We appreciated the opportunity to discuss how we can improve our common work, in the context of the discussions at the intergovernmental organizations that have the potential to impact ICANN's mission.

During the call, we discussed the following items and related actions we will execute together (either individually or together) to further our cooperation:$t$,
        $t$Once again, thank you for your letter. It triggered a rigorous discussion within ICANN org and between ICANN and the ccNSO leadership. We look forward to a positive outcome and opportunities for better work in the coming months.$t$, $t$Sincerely,$t$, 1)
on conflict (id) do nothing;

insert into action_item_group (id, letter_id, position, heading, intro_text) values
    (1, 2, 1, $t$Improving Coordination$t$, null),
    (2, 2, 2, $t$Proactively Providing WSIS+20 Analysis$t$, null),
    (3, 2, 3, $t$Providing Core Messaging$t$, null),
    (4, 2, 4, $t$Messaging for Media Engagement$t$, $t$We will collaborate further to ensure we have consistent key messages for the media. These messages will include, among others:$t$)
on conflict (id) do nothing;

insert into action_item (id, group_id, position, text) values
    (1, 1, 1, $t$We welcome the opportunity to establish coordination groups within the WSIS+20 Outreach Network to enable an exchange of ideas related to specific areas of interest for ICANN Supporting Organizations or Advisory Committee members. For example, one such coordination group could provide a regular forum for interested participants to strategize ways to engage in WSIS+20 discussions. We will arrange regular calls for such groups, and we encourage the ccNSO, other SO/AC members, and members of the WSIS+20 Outreach Network to participate.$t$),
    (2, 1, 2, $t$ICANN also expects to partner closely with the ccTLD Technical Community Coalition that was announced earlier this year.$t$),
    (3, 2, 1, $t$As part of our work with the WSIS+20 Outreach Network, ICANN will provide WSIS+20-related analysis and talking points.$t$),
    (4, 2, 2, $t$Working with the community, ICANN will continue to publish information about public calls for submissions to the UN bodies on relevant topics.$t$),
    (5, 3, 1, $t$We will provide more detailed messaging about the WSIS+20 Review Process on the WSIS+20 Outreach Network [page](#) of the ICANN website.$t$),
    (6, 4, 1, $t$Information about the UN processes and what these processes mean for the future of the multistakeholder model of Internet governance$t$),
    (7, 4, 2, $t$How ICANN's multistakeholder model of governance and the ICANN community have contributed to the security, stability and resiliency of the DNS, and thus, to the functioning of a single, interoperable Internet.$t$)
on conflict (id) do nothing;

-- Not from the seeds, which hold no comments: the comment the API documents show as their example (comment 1 on
-- the draft, during its comment period), so that reading it as Swagger UI first shows the request finds it.
insert into comment (id, statement_id, version_number, clause_number, author_name, affiliation, email, text, posted_at)
values (1, 3, 1, 10, $t$Jane Doe$t$, $t$Example Registry$t$, $t$jane@example.org$t$,
        $t$Clause 10 should name the Memorandum of Understanding in full.$t$, $t$2005-02-01T10:15:00Z$t$::timestamptz)
on conflict (id) do nothing;

-- Identity sequences continue after the fixed ids.
select setval(pg_get_serial_sequence('statement', 'id'), (select coalesce(max(id), 1) from statement)),
       setval(pg_get_serial_sequence('comment', 'id'), (select coalesce(max(id), 1) from comment)),
       setval(pg_get_serial_sequence('statement_version', 'id'), (select coalesce(max(id), 1) from statement_version)),
       setval(pg_get_serial_sequence('clause', 'id'), (select coalesce(max(id), 1) from clause)),
       setval(pg_get_serial_sequence('drafting_group_member', 'id'), (select coalesce(max(id), 1) from drafting_group_member)),
       setval(pg_get_serial_sequence('letter', 'id'), (select coalesce(max(id), 1) from letter)),
       setval(pg_get_serial_sequence('action_item_group', 'id'), (select coalesce(max(id), 1) from action_item_group)),
       setval(pg_get_serial_sequence('action_item', 'id'), (select coalesce(max(id), 1) from action_item));

-- What was loaded above enters the change feed as the events that would have announced it (feed_backfill, in the
-- service's feed migration).
select feed_backfill();
