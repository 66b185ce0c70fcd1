-- 0005 OParl list paging (ADR 0009): a body's papers in id order, so a deep page seeks instead of sorting the body.
CREATE INDEX ix_papers_body_id_id ON papers (body_id, id);
