-- 0013 Alerts (issue 6 item 5, ADR 0017): saved searches and followed bodies/people with their e-mail address,
-- tokens and watermark. Not a council record: rows are deleted outright on unsubscribe or expiry.
CREATE TABLE "alert_subscriptions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_alert_subscriptions" PRIMARY KEY AUTOINCREMENT,
    "created" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "user_id" TEXT NULL,
    "kind" INTEGER NOT NULL,
    "organization_id" INTEGER NULL,
    "person_id" INTEGER NULL,
    "search_text" TEXT NULL,
    "search_body_id" INTEGER NULL,
    "search_kind" TEXT NULL,
    "search_year" INTEGER NULL,
    "frequency" INTEGER NOT NULL,
    "confirmation_token_hash" TEXT NULL,
    "confirmation_sent_at" TEXT NULL,
    "confirmation_mails" INTEGER NOT NULL,
    "confirmed_at" TEXT NULL,
    "unsubscribe_token" TEXT NOT NULL,
    "new_since" TEXT NOT NULL,
    "last_checked_at" TEXT NOT NULL,
    "last_sent_at" TEXT NULL
);

CREATE INDEX "ix_alert_subscriptions_confirmation_token_hash" ON "alert_subscriptions" ("confirmation_token_hash");

CREATE INDEX "ix_alert_subscriptions_email" ON "alert_subscriptions" ("email");

CREATE UNIQUE INDEX "ix_alert_subscriptions_unsubscribe_token" ON "alert_subscriptions" ("unsubscribe_token");

CREATE INDEX "ix_alert_subscriptions_user_id" ON "alert_subscriptions" ("user_id");

