-- 0006 Stored OParl documents (ADR 0011): the rendered JSON of each object with what it embeds, kept current by
-- raising the generation in the transaction of every change; the API assembles answers from them.
CREATE TABLE "oparl_documents" (
    "kind" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL,
    "format" INTEGER NOT NULL,
    "json" BLOB NULL,
    "hash" BLOB NULL,
    CONSTRAINT "pk_oparl_documents" PRIMARY KEY ("kind", "id")
);
