-- 0017 Generations of stored documents without their rows (issue 4, ADR 0020). A kept list page is sent again only
-- while its rows' document generations are unchanged; read from this index alone, that check touches a few index
-- pages instead of the ~50 heap pages that hold the page's 100 documents. The generation is a key column (not
-- INCLUDE) so that the index is the same on both engines and in the model.
CREATE INDEX IF NOT EXISTS ix_oparl_documents_generation ON oparl_documents (kind, id, generation);
