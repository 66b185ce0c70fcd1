-- 0003 audit log, review of imports and uploads (issue 3), from the diff of './ratsnetz db script' against 0001 and 0002.
CREATE TABLE "audit_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "field" TEXT NULL,
    "old_value" TEXT NULL,
    "new_value" TEXT NULL,
    "context" TEXT NULL,
    "reason" TEXT NULL
);

CREATE TABLE "pending_uploads" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_pending_uploads" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "size" INTEGER NOT NULL,
    "body_name" TEXT NULL,
    "status" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "error_code" TEXT NULL,
    "error_message" TEXT NULL,
    "import_id" INTEGER NULL,
    "outcome" INTEGER NULL,
    "uncertain_matches" INTEGER NOT NULL,
    "created_people" INTEGER NOT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_pending_uploads_document_imports_import_id" FOREIGN KEY ("import_id") REFERENCES "document_imports" ("id") ON DELETE SET NULL
);

CREATE INDEX "ix_audit_entries_context" ON "audit_entries" ("context");

CREATE INDEX "ix_audit_entries_entity_type_entity_id" ON "audit_entries" ("entity_type", "entity_id");

CREATE INDEX "ix_pending_uploads_import_id" ON "pending_uploads" ("import_id");

CREATE INDEX "ix_pending_uploads_status" ON "pending_uploads" ("status");

CREATE INDEX "ix_pending_uploads_user_id" ON "pending_uploads" ("user_id");
