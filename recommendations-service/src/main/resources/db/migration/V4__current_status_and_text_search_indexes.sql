-- A review's recommendation list without reading the whole review.

-- Filtering by status looked up every recommendation's status through its history (17 ms for a review of 10,000,
-- whatever the filter matched). The status at the end of day D is the status of the span (V3) that covers D:
-- valid_from <= D < valid_until, an open end meaning "until further notice". Keyed by review, status and end, the
-- spans covering today are a short range per status: those that end after today, less the few that have not
-- started yet (a change dated in the future). Covering, so the range is read from the index alone.
create index status_span_current on status_span (review_id, status, (coalesce(valid_until, date 'infinity')))
    include (valid_from, valid_until, recommendation_id);

-- A status and the end of its span are far from independent (every COMPLETE span of the benchmark review is still
-- open, while a tenth of all its spans are): without these statistics the planner expects a tenth of the matches
-- and picks plans that read the whole review.
create statistics status_span_status_end (mcv) on status, (coalesce(valid_until, date 'infinity')) from status_span;

-- q finds a term anywhere in the description or the notes, ignoring case (ilike '%term%'). A b-tree cannot help
-- with that, so each search read every recommendation of the review, even when nothing matched. Trigram indexes on
-- exactly the searched columns let a term of three or more characters cost in proportion to its matches.
-- pg_trgm is a trusted extension: a user with CREATE on the database (its owner, say) may create it.
create extension if not exists pg_trgm;

create index recommendation_description_trigrams on recommendation using gin (description gin_trgm_ops);
create index recommendation_notes_trigrams on recommendation using gin (notes gin_trgm_ops);

-- The statistics above, and those of the new expression, exist from the start rather than after autovacuum's turn.
analyze status_span;
analyze recommendation;
