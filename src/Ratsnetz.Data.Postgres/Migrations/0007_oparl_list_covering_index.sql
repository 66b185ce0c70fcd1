-- 0007 OParl list paging (ADR 0011): the index of 0005 extended by what the list query reads and filters, so that a
-- modified_since page that passes many papers before a hundred match reads only the index.
DROP INDEX ix_papers_body_id_id;
CREATE INDEX ix_papers_oparl_list ON papers (body_id, id, modified, created, is_public, deleted);
