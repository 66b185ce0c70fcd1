-- 0004 OParl mirror (issue 4): bookkeeping of mirrored systems (ADR 0008) and the agenda item's result text, from the diff of './ratsnetz db script' against 0001-0003.
CREATE TABLE "oparl_sources" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_oparl_sources" PRIMARY KEY AUTOINCREMENT,
    "system_url" TEXT NOT NULL,
    "name" TEXT NULL,
    "last_complete_run_started_at" TEXT NULL,
    "current_run_started_at" TEXT NULL,
    "current_run_modified_since" TEXT NULL,
    "last_run_ended_at" TEXT NULL
);

CREATE TABLE "oparl_cursors" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_oparl_cursors" PRIMARY KEY AUTOINCREMENT,
    "source_id" INTEGER NOT NULL,
    "list_url" TEXT NOT NULL,
    "next_page_url" TEXT NULL,
    "completed" INTEGER NOT NULL,
    CONSTRAINT "fk_oparl_cursors_oparl_sources_source_id" FOREIGN KEY ("source_id") REFERENCES "oparl_sources" ("id") ON DELETE CASCADE
);

CREATE TABLE "oparl_links" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_oparl_links" PRIMARY KEY AUTOINCREMENT,
    "source_id" INTEGER NOT NULL,
    "remote_url" TEXT NOT NULL,
    "object_type" TEXT NOT NULL,
    "entity_id" INTEGER NULL,
    "remote_modified" TEXT NULL,
    "content_hash" TEXT NOT NULL,
    CONSTRAINT "fk_oparl_links_oparl_sources_source_id" FOREIGN KEY ("source_id") REFERENCES "oparl_sources" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_oparl_cursors_source_id_list_url" ON "oparl_cursors" ("source_id", "list_url");

CREATE INDEX "ix_oparl_links_object_type_entity_id" ON "oparl_links" ("object_type", "entity_id");

CREATE UNIQUE INDEX "ix_oparl_links_source_id_remote_url" ON "oparl_links" ("source_id", "remote_url");

CREATE UNIQUE INDEX "ix_oparl_sources_system_url" ON "oparl_sources" ("system_url");

ALTER TABLE "agenda_items" ADD "result_text" TEXT NULL;
