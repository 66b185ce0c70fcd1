-- 0015 PostgreSQL's GIN indexes lose their pending list (ADR 0018 "Session 7"). FTS5 has no such list, so nothing
-- changes on SQLite; the script keeps both engines' schema versions in step.
SELECT 1;
