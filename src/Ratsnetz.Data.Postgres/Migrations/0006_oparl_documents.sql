-- 0006 Stored OParl documents (ADR 0011): the rendered JSON of each object with what it embeds, kept current by
-- raising the generation in the transaction of every change; the API assembles answers from them.
CREATE TABLE oparl_documents (
    kind smallint NOT NULL,
    id integer NOT NULL,
    generation bigint NOT NULL,
    format integer NOT NULL,
    json bytea,
    hash bytea,
    CONSTRAINT pk_oparl_documents PRIMARY KEY (kind, id)
);
-- Stored out of line but uncompressed: a list page reads ~350 KB of documents, and decompressing them would cost
-- more than the disk they save.
ALTER TABLE oparl_documents ALTER COLUMN json SET STORAGE EXTERNAL;
