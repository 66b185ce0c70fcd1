-- 0008 minutes workflow (issue 5): minutes per meeting with signatures and publication, and their addenda;
-- from the diff of './ratsnetz db script' against 0001-0005.
CREATE TABLE "meeting_minutes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_meeting_minutes" PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "opening_remarks" TEXT NULL,
    "chair_signed_by_user_id" TEXT NULL,
    "chair_signed_at" TEXT NULL,
    "minute_taker_signed_by_user_id" TEXT NULL,
    "minute_taker_signed_at" TEXT NULL,
    "published_by_user_id" TEXT NULL,
    "published_at" TEXT NULL,
    "signed_full_content" TEXT NULL,
    "signed_public_content" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_meeting_minutes_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE
);

CREATE TABLE "minutes_addenda" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_minutes_addenda" PRIMARY KEY AUTOINCREMENT,
    "minutes_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "concerns_non_public_part" INTEGER NOT NULL,
    "author_user_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_minutes_addenda_meeting_minutes_minutes_id" FOREIGN KEY ("minutes_id") REFERENCES "meeting_minutes" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_meeting_minutes_meeting_id" ON "meeting_minutes" ("meeting_id");

CREATE INDEX "ix_minutes_addenda_minutes_id" ON "minutes_addenda" ("minutes_id");
