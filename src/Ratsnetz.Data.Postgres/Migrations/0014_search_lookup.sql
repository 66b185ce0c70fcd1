-- 0014 Search lookups (issue 6, ADR 0018 "PostgreSQL lookups"): the filters (type, year, body) answered by an index.
-- A filtered search used to join every token match to its document and test the filters row by row — for a common
-- word that is tens of thousands of heap fetches. With this index the planner reads the documents of the asked type
-- and year (and body) from the index alone and joins them with the token matches by hash; the visibility columns are
-- included so that public/non-public is decided without the heap as well.
CREATE INDEX IF NOT EXISTS search_index_filters ON search_documents (kind, year, body_id) INCLUDE (id, is_public, entity_id);

-- The typo fallback's candidates (same first letter, similar length) from an index instead of reading every word.
CREATE INDEX IF NOT EXISTS search_index_words_first ON search_index_words (left(word, 1), length(word));
