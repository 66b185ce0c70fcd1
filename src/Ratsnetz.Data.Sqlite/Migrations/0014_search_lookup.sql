-- 0014 Search lookups at scale (issue 6, ADR 0018): what a query needs besides the FTS5 tables, kept small enough to
-- stay in memory when the documents' text does not.
-- The columns a search filters and orders candidates by, keyed by id: checking a thousand candidates reads this index
-- instead of a thousand rows with their file texts (on a 25 GB database, mostly disk reads).
CREATE INDEX IF NOT EXISTS "search_index_keys"
    ON "search_documents" ("id", "is_public", "kind", "year", "body_id", "date", "reference", "title_folded");

-- The id range of each kind: a rebuild writes the documents kind by kind, so a search narrowed to one kind walks that
-- kind's stretch of the FTS5 postings instead of all the others' first (SQLite indexes end in the rowid).
CREATE INDEX IF NOT EXISTS "search_index_kind" ON "search_documents" ("kind");

-- Every stem indexed, for the typo fallback's candidates (as search_index_words on PostgreSQL). fts5vocab had to read
-- every posting of the terms it listed: 0.8 s for one letter's words at a million papers. Words are not removed when
-- documents go: a stale word only yields a correction that finds nothing.
-- The words' trigrams answer "which words contain this stem" (the compound parts of a query word) by an index lookup
-- instead of a scan of the list (7 ms for 100,000 words); a word is inserted once, so its trigrams follow by trigger.
CREATE TABLE "search_index_words" ("id" INTEGER NOT NULL PRIMARY KEY, "word" TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE "search_index_word_trigrams" USING fts5(
    word, content='search_index_words', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "search_index_word_added" AFTER INSERT ON "search_index_words" BEGIN
    INSERT INTO "search_index_word_trigrams" (rowid, word) VALUES (new.id, new.word);
END;
INSERT OR IGNORE INTO "search_index_words" ("word") SELECT term FROM "search_index_vocab" WHERE length(term) >= 3;

-- The stems are letters and digits separated by single spaces (WordTokens.Stems), so they form a JSON array once the
-- spaces become '","'; no stem can contain a quote or a backslash.
DROP TRIGGER "search_index_insert";
CREATE TRIGGER "search_index_insert" AFTER INSERT ON "search_documents" BEGIN
    INSERT INTO "search_index_terms" (rowid, title_terms, content_terms) VALUES (new.id, new.title_terms, new.content_terms);
    INSERT INTO "search_index_trigram" (rowid, folded) VALUES (new.id, new.folded);
    INSERT OR IGNORE INTO "search_index_words" ("word")
        SELECT value FROM json_each('["' || replace(new.title_terms || ' ' || new.content_terms, ' ', '","') || '"]') WHERE length(value) >= 3;
END;

DROP TRIGGER "search_index_update";
CREATE TRIGGER "search_index_update" AFTER UPDATE ON "search_documents" BEGIN
    INSERT INTO "search_index_terms" ("search_index_terms", rowid, title_terms, content_terms) VALUES ('delete', old.id, old.title_terms, old.content_terms);
    INSERT INTO "search_index_trigram" ("search_index_trigram", rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO "search_index_terms" (rowid, title_terms, content_terms) VALUES (new.id, new.title_terms, new.content_terms);
    INSERT INTO "search_index_trigram" (rowid, folded) VALUES (new.id, new.folded);
    INSERT OR IGNORE INTO "search_index_words" ("word")
        SELECT value FROM json_each('["' || replace(new.title_terms || ' ' || new.content_terms, ' ', '","') || '"]') WHERE length(value) >= 3;
END;
