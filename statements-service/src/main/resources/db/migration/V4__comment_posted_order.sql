-- A statement's comments in the order they were posted, ties by id: what a page that follows 'next' reads from
-- where the last one ended. It serves editors, who see hidden comments too, as well as the public, for whom
-- comment_statement (statement, hidden, posted at) keeps serving the first page and the counts-free filters.
create index comment_posted on comment (statement_id, posted_at, id);
