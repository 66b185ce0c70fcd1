-- 0016 Exact paper references as candidates (issue 6, ADR 0018 "Session 7"). A reference's numbers are common tokens
-- ("12", "2019"), so at a million papers its token matches fill the window of candidates with the newest-indexed file
-- texts, and the paper that carries the reference was not among them. The documents whose reference is the one asked
-- for are now looked up by this index and added to the candidates.
CREATE INDEX IF NOT EXISTS "search_index_reference" ON search_documents (lower(reference)) WHERE reference IS NOT NULL;
