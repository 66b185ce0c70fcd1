-- 0012 Search (issue 6, ADR 0015): search_documents from the diff of './ratsnetz db script', and the engine's own
-- index structures: two external-content FTS5 tables over its prepared columns, kept current by triggers, and a
-- vocabulary view for the typo fallback. Everything named search_index_* belongs to the engine, not to the EF model.
CREATE TABLE "search_documents" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_search_documents" PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "body_id" INTEGER NULL,
    "date" TEXT NULL,
    "year" INTEGER NULL,
    "is_public" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT NULL,
    "context" TEXT NULL,
    "content" TEXT NOT NULL,
    "title_terms" TEXT NOT NULL,
    "content_terms" TEXT NOT NULL,
    "title_folded" TEXT NOT NULL,
    "folded" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_search_documents_kind_entity_id" ON "search_documents" ("kind", "entity_id");

-- Stems (written by Core's German stemmer) as tokens; unicode61 only splits on the spaces between them.
CREATE VIRTUAL TABLE "search_index_terms" USING fts5(
    title_terms, content_terms, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0');

-- Folded text as trigrams: any substring of three or more characters ("konzept", "146/2021") is an index lookup.
CREATE VIRTUAL TABLE "search_index_trigram" USING fts5(
    folded, content='search_documents', content_rowid='id', tokenize='trigram');

CREATE VIRTUAL TABLE "search_index_vocab" USING fts5vocab('search_index_terms', 'row');

CREATE TRIGGER "search_index_insert" AFTER INSERT ON "search_documents" BEGIN
    INSERT INTO "search_index_terms" (rowid, title_terms, content_terms) VALUES (new.id, new.title_terms, new.content_terms);
    INSERT INTO "search_index_trigram" (rowid, folded) VALUES (new.id, new.folded);
END;

CREATE TRIGGER "search_index_delete" AFTER DELETE ON "search_documents" BEGIN
    INSERT INTO "search_index_terms" ("search_index_terms", rowid, title_terms, content_terms) VALUES ('delete', old.id, old.title_terms, old.content_terms);
    INSERT INTO "search_index_trigram" ("search_index_trigram", rowid, folded) VALUES ('delete', old.id, old.folded);
END;

CREATE TRIGGER "search_index_update" AFTER UPDATE ON "search_documents" BEGIN
    INSERT INTO "search_index_terms" ("search_index_terms", rowid, title_terms, content_terms) VALUES ('delete', old.id, old.title_terms, old.content_terms);
    INSERT INTO "search_index_trigram" ("search_index_trigram", rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO "search_index_terms" (rowid, title_terms, content_terms) VALUES (new.id, new.title_terms, new.content_terms);
    INSERT INTO "search_index_trigram" (rowid, folded) VALUES (new.id, new.folded);
END;
