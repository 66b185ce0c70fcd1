-- 0002 document imports and fact provenance (issue 3), from the diff of './ratsnetz db script' against 0001.
CREATE TABLE "document_imports" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_document_imports" PRIMARY KEY AUTOINCREMENT,
    "file_id" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "source_name" TEXT NOT NULL,
    "document_type" TEXT NOT NULL,
    "body_id" INTEGER NOT NULL,
    "meeting_id" INTEGER NULL,
    "paper_id" INTEGER NULL,
    "superseded_by_id" INTEGER NULL,
    "reviewed_at" TEXT NULL,
    "reviewed_by" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_document_imports_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_document_imports_files_file_id" FOREIGN KEY ("file_id") REFERENCES "files" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_document_imports_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_document_imports_papers_paper_id" FOREIGN KEY ("paper_id") REFERENCES "papers" ("id") ON DELETE SET NULL
);

CREATE TABLE "fact_provenance" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_fact_provenance" PRIMARY KEY AUTOINCREMENT,
    "document_import_id" INTEGER NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "first_line" INTEGER NOT NULL,
    "last_line" INTEGER NOT NULL,
    "uncertainty" TEXT NULL,
    CONSTRAINT "fk_fact_provenance_document_imports_document_import_id" FOREIGN KEY ("document_import_id") REFERENCES "document_imports" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_document_imports_body_id" ON "document_imports" ("body_id");

CREATE INDEX "ix_document_imports_file_id" ON "document_imports" ("file_id");

CREATE INDEX "ix_document_imports_meeting_id" ON "document_imports" ("meeting_id");

CREATE INDEX "ix_document_imports_paper_id" ON "document_imports" ("paper_id");

CREATE INDEX "ix_document_imports_sha256" ON "document_imports" ("sha256");

CREATE INDEX "ix_fact_provenance_document_import_id" ON "fact_provenance" ("document_import_id");

CREATE INDEX "ix_fact_provenance_entity_type_entity_id" ON "fact_provenance" ("entity_type", "entity_id");
