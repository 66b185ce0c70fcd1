-- 0001 initial schema, generated from the EF model with './ratsnetz db script' (docs/adr/0002).
CREATE TABLE "bodies" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_bodies" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "classification" TEXT NULL,
    "website" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL
);


CREATE TABLE "legislative_terms" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_legislative_terms" PRIMARY KEY AUTOINCREMENT,
    "body_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" TEXT NULL,
    "end_date" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_legislative_terms_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "locations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_locations" PRIMARY KEY AUTOINCREMENT,
    "body_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "street_address" TEXT NULL,
    "postal_code" TEXT NULL,
    "locality" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_locations_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "papers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_papers" PRIMARY KEY AUTOINCREMENT,
    "body_id" INTEGER NOT NULL,
    "reference" TEXT NULL,
    "name" TEXT NOT NULL,
    "paper_type" TEXT NOT NULL,
    "date" TEXT NULL,
    "is_public" INTEGER NOT NULL,
    "summary" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_papers_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "people" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_people" PRIMARY KEY AUTOINCREMENT,
    "body_id" INTEGER NOT NULL,
    "family_name" TEXT NOT NULL,
    "given_name" TEXT NULL,
    "salutation" INTEGER NULL,
    "title" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_people_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT
);


CREATE TABLE "organizations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_organizations" PRIMARY KEY AUTOINCREMENT,
    "body_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NULL,
    "kind" INTEGER NOT NULL,
    "statutory_seats" INTEGER NULL,
    "start_date" TEXT NULL,
    "end_date" TEXT NULL,
    "location_id" INTEGER NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_organizations_bodies_body_id" FOREIGN KEY ("body_id") REFERENCES "bodies" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_organizations_locations_location_id" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE SET NULL
);


CREATE TABLE "meetings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_meetings" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "session_number" INTEGER NULL,
    "name" TEXT NULL,
    "date" TEXT NULL,
    "start_time" TEXT NULL,
    "end_time" TEXT NULL,
    "time_zone_id" TEXT NOT NULL,
    "starts_at_utc" TEXT NULL,
    "location_id" INTEGER NULL,
    "state" INTEGER NOT NULL,
    "quorum_confirmed" INTEGER NULL,
    "note" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_meetings_locations_location_id" FOREIGN KEY ("location_id") REFERENCES "locations" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_meetings_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);


CREATE TABLE "memberships" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_memberships" PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "role" INTEGER NOT NULL,
    "voting_right" INTEGER NOT NULL,
    "on_behalf_of_id" INTEGER NULL,
    "deputy_of_id" INTEGER NULL,
    "function" TEXT NULL,
    "start_date" TEXT NULL,
    "end_date" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_memberships_memberships_deputy_of_id" FOREIGN KEY ("deputy_of_id") REFERENCES "memberships" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_memberships_organizations_on_behalf_of_id" FOREIGN KEY ("on_behalf_of_id") REFERENCES "organizations" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_memberships_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_memberships_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);


CREATE TABLE "paper_originators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_paper_originators" PRIMARY KEY AUTOINCREMENT,
    "paper_id" INTEGER NOT NULL,
    "person_id" INTEGER NULL,
    "organization_id" INTEGER NULL,
    "function" TEXT NULL,
    CONSTRAINT "fk_paper_originators_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_paper_originators_papers_paper_id" FOREIGN KEY ("paper_id") REFERENCES "papers" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_paper_originators_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);


CREATE TABLE "staff_assignments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_staff_assignments" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "organization_id" INTEGER NOT NULL,
    CONSTRAINT "fk_staff_assignments_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE CASCADE
);


CREATE TABLE "agenda_items" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_agenda_items" PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "number" TEXT NULL,
    "sort_order" INTEGER NOT NULL,
    "is_public" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "paper_id" INTEGER NULL,
    "summary" TEXT NULL,
    "resolution_text" TEXT NULL,
    "votes_yes" INTEGER NULL,
    "votes_no" INTEGER NULL,
    "votes_abstentions" INTEGER NULL,
    "votes_biased" INTEGER NULL,
    "outcome" INTEGER NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_agenda_items_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_agenda_items_papers_paper_id" FOREIGN KEY ("paper_id") REFERENCES "papers" ("id") ON DELETE SET NULL
);


CREATE TABLE "attendances" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_attendances" PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "status" INTEGER NOT NULL,
    "role" INTEGER NOT NULL,
    "group" TEXT NULL,
    "function" TEXT NULL,
    "from" TEXT NULL,
    "until" TEXT NULL,
    "from_agenda_number" TEXT NULL,
    "until_agenda_number" TEXT NULL,
    "substitute_for_person_id" INTEGER NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_attendances_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_attendances_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_attendances_people_substitute_for_person_id" FOREIGN KEY ("substitute_for_person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);


CREATE TABLE "consultations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_consultations" PRIMARY KEY AUTOINCREMENT,
    "paper_id" INTEGER NOT NULL,
    "organization_id" INTEGER NULL,
    "meeting_id" INTEGER NULL,
    "agenda_item_id" INTEGER NULL,
    "role" TEXT NULL,
    "authoritative" INTEGER NOT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_consultations_agenda_items_agenda_item_id" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_consultations_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_consultations_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_consultations_papers_paper_id" FOREIGN KEY ("paper_id") REFERENCES "papers" ("id") ON DELETE CASCADE
);


CREATE TABLE "contributions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_contributions" PRIMARY KEY AUTOINCREMENT,
    "agenda_item_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "note" TEXT NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_contributions_agenda_items_agenda_item_id" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_contributions_people_person_id" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT
);


CREATE TABLE "files" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_files" PRIMARY KEY AUTOINCREMENT,
    "file_name" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "text" TEXT NULL,
    "role" INTEGER NOT NULL,
    "is_public" INTEGER NOT NULL,
    "date" TEXT NULL,
    "meeting_id" INTEGER NULL,
    "agenda_item_id" INTEGER NULL,
    "paper_id" INTEGER NULL,
    "created" TEXT NOT NULL,
    "modified" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL,
    CONSTRAINT "fk_files_agenda_items_agenda_item_id" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_files_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_files_papers_paper_id" FOREIGN KEY ("paper_id") REFERENCES "papers" ("id") ON DELETE SET NULL
);


CREATE TABLE "file_contents" (
    "file_id" INTEGER NOT NULL CONSTRAINT "pk_file_contents" PRIMARY KEY,
    "data" BLOB NOT NULL,
    CONSTRAINT "fk_file_contents_files_file_id" FOREIGN KEY ("file_id") REFERENCES "files" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_agenda_items_meeting_id_sort_order" ON "agenda_items" ("meeting_id", "sort_order");


CREATE INDEX "ix_agenda_items_modified" ON "agenda_items" ("modified");


CREATE INDEX "ix_agenda_items_paper_id" ON "agenda_items" ("paper_id");


CREATE UNIQUE INDEX "ix_attendances_meeting_id_person_id" ON "attendances" ("meeting_id", "person_id");


CREATE INDEX "ix_attendances_person_id" ON "attendances" ("person_id");


CREATE INDEX "ix_attendances_substitute_for_person_id" ON "attendances" ("substitute_for_person_id");


CREATE INDEX "ix_bodies_modified" ON "bodies" ("modified");


CREATE INDEX "ix_consultations_agenda_item_id" ON "consultations" ("agenda_item_id");


CREATE INDEX "ix_consultations_meeting_id" ON "consultations" ("meeting_id");


CREATE INDEX "ix_consultations_modified" ON "consultations" ("modified");


CREATE INDEX "ix_consultations_organization_id" ON "consultations" ("organization_id");


CREATE INDEX "ix_consultations_paper_id" ON "consultations" ("paper_id");


CREATE INDEX "ix_contributions_agenda_item_id" ON "contributions" ("agenda_item_id");


CREATE INDEX "ix_contributions_person_id" ON "contributions" ("person_id");


CREATE INDEX "ix_files_agenda_item_id" ON "files" ("agenda_item_id");


CREATE INDEX "ix_files_meeting_id" ON "files" ("meeting_id");


CREATE INDEX "ix_files_modified" ON "files" ("modified");


CREATE INDEX "ix_files_paper_id" ON "files" ("paper_id");


CREATE INDEX "ix_files_sha256" ON "files" ("sha256");


CREATE INDEX "ix_legislative_terms_body_id" ON "legislative_terms" ("body_id");


CREATE INDEX "ix_legislative_terms_modified" ON "legislative_terms" ("modified");


CREATE INDEX "ix_locations_body_id" ON "locations" ("body_id");


CREATE INDEX "ix_locations_modified" ON "locations" ("modified");


CREATE INDEX "ix_meetings_location_id" ON "meetings" ("location_id");


CREATE INDEX "ix_meetings_modified" ON "meetings" ("modified");


CREATE INDEX "ix_meetings_organization_id" ON "meetings" ("organization_id");


CREATE INDEX "ix_meetings_starts_at_utc" ON "meetings" ("starts_at_utc");


CREATE INDEX "ix_memberships_deputy_of_id" ON "memberships" ("deputy_of_id");


CREATE INDEX "ix_memberships_modified" ON "memberships" ("modified");


CREATE INDEX "ix_memberships_on_behalf_of_id" ON "memberships" ("on_behalf_of_id");


CREATE INDEX "ix_memberships_organization_id" ON "memberships" ("organization_id");


CREATE INDEX "ix_memberships_person_id" ON "memberships" ("person_id");


CREATE INDEX "ix_organizations_body_id" ON "organizations" ("body_id");


CREATE INDEX "ix_organizations_location_id" ON "organizations" ("location_id");


CREATE INDEX "ix_organizations_modified" ON "organizations" ("modified");


CREATE INDEX "ix_paper_originators_organization_id" ON "paper_originators" ("organization_id");


CREATE INDEX "ix_paper_originators_paper_id" ON "paper_originators" ("paper_id");


CREATE INDEX "ix_paper_originators_person_id" ON "paper_originators" ("person_id");


CREATE INDEX "ix_papers_body_id_reference" ON "papers" ("body_id", "reference");


CREATE INDEX "ix_papers_modified" ON "papers" ("modified");


CREATE INDEX "ix_people_body_id_family_name" ON "people" ("body_id", "family_name");


CREATE INDEX "ix_people_modified" ON "people" ("modified");


CREATE INDEX "ix_staff_assignments_organization_id" ON "staff_assignments" ("organization_id");


CREATE UNIQUE INDEX "ix_staff_assignments_user_id_organization_id" ON "staff_assignments" ("user_id", "organization_id");



CREATE TABLE "asp_net_roles" (
    "id" TEXT NOT NULL CONSTRAINT "pk_asp_net_roles" PRIMARY KEY,
    "name" TEXT NULL,
    "normalized_name" TEXT NULL,
    "concurrency_stamp" TEXT NULL
);


CREATE TABLE "asp_net_users" (
    "id" TEXT NOT NULL CONSTRAINT "pk_asp_net_users" PRIMARY KEY,
    "person_id" INTEGER NULL,
    "display_name" TEXT NULL,
    "user_name" TEXT NULL,
    "normalized_user_name" TEXT NULL,
    "email" TEXT NULL,
    "normalized_email" TEXT NULL,
    "email_confirmed" INTEGER NOT NULL,
    "password_hash" TEXT NULL,
    "security_stamp" TEXT NULL,
    "concurrency_stamp" TEXT NULL,
    "phone_number" TEXT NULL,
    "phone_number_confirmed" INTEGER NOT NULL,
    "two_factor_enabled" INTEGER NOT NULL,
    "lockout_end" TEXT NULL,
    "lockout_enabled" INTEGER NOT NULL,
    "access_failed_count" INTEGER NOT NULL
);


CREATE TABLE "asp_net_role_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_asp_net_role_claims" PRIMARY KEY AUTOINCREMENT,
    "role_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_asp_net_role_claims_asp_net_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "asp_net_roles" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_claims" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_asp_net_user_claims" PRIMARY KEY AUTOINCREMENT,
    "user_id" TEXT NOT NULL,
    "claim_type" TEXT NULL,
    "claim_value" TEXT NULL,
    CONSTRAINT "fk_asp_net_user_claims_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_logins" (
    "login_provider" TEXT NOT NULL,
    "provider_key" TEXT NOT NULL,
    "provider_display_name" TEXT NULL,
    "user_id" TEXT NOT NULL,
    CONSTRAINT "pk_asp_net_user_logins" PRIMARY KEY ("login_provider", "provider_key"),
    CONSTRAINT "fk_asp_net_user_logins_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_roles" (
    "user_id" TEXT NOT NULL,
    "role_id" TEXT NOT NULL,
    CONSTRAINT "pk_asp_net_user_roles" PRIMARY KEY ("user_id", "role_id"),
    CONSTRAINT "fk_asp_net_user_roles_asp_net_roles_role_id" FOREIGN KEY ("role_id") REFERENCES "asp_net_roles" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_asp_net_user_roles_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE TABLE "asp_net_user_tokens" (
    "user_id" TEXT NOT NULL,
    "login_provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" TEXT NULL,
    CONSTRAINT "pk_asp_net_user_tokens" PRIMARY KEY ("user_id", "login_provider", "name"),
    CONSTRAINT "fk_asp_net_user_tokens_asp_net_users_user_id" FOREIGN KEY ("user_id") REFERENCES "asp_net_users" ("id") ON DELETE CASCADE
);


CREATE INDEX "ix_asp_net_role_claims_role_id" ON "asp_net_role_claims" ("role_id");


CREATE UNIQUE INDEX "role_name_index" ON "asp_net_roles" ("normalized_name");


CREATE INDEX "ix_asp_net_user_claims_user_id" ON "asp_net_user_claims" ("user_id");


CREATE INDEX "ix_asp_net_user_logins_user_id" ON "asp_net_user_logins" ("user_id");


CREATE INDEX "ix_asp_net_user_roles_role_id" ON "asp_net_user_roles" ("role_id");


CREATE INDEX "email_index" ON "asp_net_users" ("normalized_email");


CREATE UNIQUE INDEX "user_name_index" ON "asp_net_users" ("normalized_user_name");



