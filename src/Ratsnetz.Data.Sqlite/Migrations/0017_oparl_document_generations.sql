-- 0017 Generations of stored documents without their rows (issue 4, ADR 0020). A kept list page is sent again only
-- while its rows' document generations are unchanged; read from this index alone, that check does not step onto the
-- pages that hold the documents.
CREATE INDEX IF NOT EXISTS "ix_oparl_documents_generation" ON "oparl_documents" ("kind", "id", "generation");
