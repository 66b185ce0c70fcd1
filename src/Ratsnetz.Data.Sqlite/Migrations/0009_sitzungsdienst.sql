-- 0009 Sitzungsdienst (issue 5): bias declarations and roll-call ballots per agenda item, vote mode and overridden
-- outcome, urgent items and meetings, invitation dispatch, per-body Ladungsfrist and agenda template; from the diff of
-- './ratsnetz db script' against 0001-0008.
ALTER TABLE "agenda_items" ADD "vote_mode" INTEGER NULL;
ALTER TABLE "agenda_items" ADD "outcome_override_reason" TEXT NULL;
ALTER TABLE "agenda_items" ADD "urgency_reason" TEXT NULL;
ALTER TABLE "meetings" ADD "urgency_reason" TEXT NULL;
ALTER TABLE "meetings" ADD "invitation_sent_on" TEXT NULL;
ALTER TABLE "organizations" ADD "invitation_days" INTEGER NULL;
ALTER TABLE "organizations" ADD "urgent_invitation_days" INTEGER NULL;
ALTER TABLE "agenda_items" ADD "standard_placement" INTEGER NULL;

CREATE TABLE "bias_declarations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_bias_declarations" PRIMARY KEY AUTOINCREMENT,
    "agenda_item_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "note" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_bias_declarations_agenda_items_agenda_item_id" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_bias_declarations_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);

CREATE TABLE "roll_call_ballots" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_roll_call_ballots" PRIMARY KEY AUTOINCREMENT,
    "agenda_item_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "ballot" INTEGER NOT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_roll_call_ballots_agenda_items_agenda_item_id" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_roll_call_ballots_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_bias_declarations_agenda_item_id" ON "bias_declarations" ("agenda_item_id");
CREATE INDEX "ix_bias_declarations_person_id" ON "bias_declarations" ("person_id");
CREATE INDEX "ix_roll_call_ballots_agenda_item_id" ON "roll_call_ballots" ("agenda_item_id");
CREATE INDEX "ix_roll_call_ballots_person_id" ON "roll_call_ballots" ("person_id");

CREATE TABLE "standard_agenda_items" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_standard_agenda_items" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "is_public" INTEGER NOT NULL,
    "placement" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_standard_agenda_items_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_standard_agenda_items_organization_id" ON "standard_agenda_items" ("organization_id");
