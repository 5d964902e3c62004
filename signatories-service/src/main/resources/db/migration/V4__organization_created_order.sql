-- The organization list read in registration order, ties by id: what a page that follows 'next' reads from where
-- the last one ended (name and id already have their unique indexes).
create index organization_created on organization (created_at, id);
