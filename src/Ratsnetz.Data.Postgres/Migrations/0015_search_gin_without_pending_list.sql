-- 0015 Search GIN indexes without a pending list (issue 6, ADR 0018 "Session 7"). With fastupdate, PostgreSQL's default,
-- new entries go to an unsorted list that every search reads in full until a vacuum, or 4 MB of them, merges it into
-- the index: after a rebuild the word list's trigram index held 13,613 such entries (423 pages), which cost every
-- compound-part lookup 5-8 ms, and at 4 MB in each of the 32 vector partitions a search would read 128 MB. Council data
-- changes a few rows at a time, so new entries go straight into the index instead.
ALTER INDEX search_index_words_trigram SET (fastupdate = off);
SELECT gin_clean_pending_list('search_index_words_trigram'::regclass);
ALTER INDEX search_index_trigram SET (fastupdate = off);
SELECT gin_clean_pending_list('search_index_trigram'::regclass);

-- A partitioned index takes storage parameters only when it is created (ALTER INDEX … SET is refused), and its
-- partitions' indexes inherit them; building it again reads every vector once.
DROP INDEX search_index_terms;
CREATE INDEX search_index_terms ON search_index_vectors USING gin (tokens) WITH (fastupdate = off);
