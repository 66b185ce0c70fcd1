-- 0014 Search lookups (issue 6, ADR 0018 "PostgreSQL lookups (session 6)"): the stems' tsvectors in 32 hash
-- partitions by document id, each with its own GIN index, and beside each vector the document's type, year and body.
--
-- A GIN index answers a query only as a bitmap of all its matches, so a word found in 100,000 documents cost 35-90 ms
-- before the first candidate was read, however few were needed. The search reads the partitions one after another
-- and stops when it has its candidates: a common word is answered from the first partition (1/32 of its matches), a
-- rare one looks into all 32 small indexes. A filter (type, year, body) is an index on the same rows, so PostgreSQL
-- combines it with the GIN bitmap and reads only vectors of documents that pass it; before, every token match was read
-- and joined to its document to be tested. The vectors are copied, not recomputed.
ALTER TABLE search_index_vectors RENAME TO search_index_vectors_unpartitioned;
ALTER INDEX search_index_vectors_pkey RENAME TO search_index_vectors_unpartitioned_pkey;
ALTER INDEX search_index_terms RENAME TO search_index_terms_unpartitioned;

CREATE TABLE search_index_vectors (
    id integer NOT NULL,
    kind character varying(20) NOT NULL,
    year integer,
    body_id integer,
    tokens tsvector NOT NULL
) PARTITION BY HASH (id);

DO $$
BEGIN
    FOR i IN 0..31 LOOP
        EXECUTE format('CREATE TABLE search_index_vectors_%s PARTITION OF search_index_vectors FOR VALUES WITH (MODULUS 32, REMAINDER %s)', i, i);
    END LOOP;
END
$$;

SET LOCAL maintenance_work_mem = '256MB';
INSERT INTO search_index_vectors (id, kind, year, body_id, tokens)
SELECT v.id, d.kind, d.year, d.body_id, v.tokens FROM search_index_vectors_unpartitioned v JOIN search_documents d ON d.id = v.id;
DROP TABLE search_index_vectors_unpartitioned;
ALTER TABLE search_index_vectors ADD CONSTRAINT search_index_vectors_pkey PRIMARY KEY (id);
ALTER TABLE search_index_vectors ADD CONSTRAINT search_index_vectors_id_fkey FOREIGN KEY (id) REFERENCES search_documents (id) ON DELETE CASCADE;
CREATE INDEX search_index_terms ON search_index_vectors USING gin (tokens);
CREATE INDEX search_index_filters ON search_index_vectors (kind, year, body_id);

-- As in 0012, with the filter columns.
CREATE OR REPLACE FUNCTION search_index_follow_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_index_vectors (id, kind, year, body_id, tokens)
    VALUES (NEW.id, NEW.kind, NEW.year, NEW.body_id,
            setweight(to_tsvector('simple'::regconfig, NEW.title_terms), 'A') || setweight(to_tsvector('simple'::regconfig, NEW.content_terms), 'D'))
    ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, year = EXCLUDED.year, body_id = EXCLUDED.body_id, tokens = EXCLUDED.tokens;
    INSERT INTO search_index_words (word)
    SELECT DISTINCT w FROM unnest(string_to_array(NEW.title_terms || ' ' || NEW.content_terms, ' ')) AS w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- The typo fallback's candidates (same first letter, similar length) from an index instead of reading every word.
CREATE INDEX search_index_words_first ON search_index_words (left(word, 1), length(word));

-- The indexed words containing a stem, for compound parts (as on SQLite): found through trigrams of the word list,
-- which is small (the distinct stems), instead of the trigram index over the documents' long texts.
CREATE INDEX search_index_words_trigram ON search_index_words USING gin (word gin_trgm_ops);
