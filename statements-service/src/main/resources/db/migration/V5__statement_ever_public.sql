-- Whether a statement has ever been public: opened for comment or for signature, or published. Until then it is
-- the editors' draft, which nobody else sees or learns exists; from then on anyone reads it with its whole history,
-- also after it goes back to DRAFT to be revised (OPEN_FOR_COMMENT -> DRAFT). The current status cannot tell
-- those two drafts apart, so the fact is kept. A draft withdrawn before it was ever public stays the editors'.
alter table statement add column ever_public boolean not null default false;

-- No status history is kept: a status past DRAFT says the statement was public, and so does a comment on a
-- statement now back in DRAFT (comments are only taken while OPEN_FOR_COMMENT). A WITHDRAWN statement was shown
-- to everyone until now and is most likely one that had been issued: it stays public.
update statement s set ever_public = true
where s.status <> 'DRAFT' or exists (select 1 from comment c where c.statement_id = s.id);

-- Every writer (the service, the demo data, a bulk load) must say so when it writes a statement past DRAFT.
alter table statement add constraint statement_public_past_draft check (ever_public or status in ('DRAFT', 'WITHDRAWN'));
