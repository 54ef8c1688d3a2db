-- One business clock: the date a reversal takes effect in the ledger is the business date it was made on
-- (RATY_TODAY when pinned), kept beside the audit stamp reversed_at (wall clock). Existing reversals: the Warsaw
-- calendar day of their stamp, as the replay read it before.
ALTER TABLE "payments" ADD COLUMN "reversed_on" date;
--> statement-breakpoint
UPDATE "payments" SET "reversed_on" = ("reversed_at" AT TIME ZONE 'Europe/Warsaw')::date WHERE "reversed_at" IS NOT NULL;
--> statement-breakpoint
-- Reminders: the business date of the run that sent each one (the SK 15-day rule reads it, not the audit stamp).
ALTER TABLE "reminder_log" ADD COLUMN "run_on" date;
--> statement-breakpoint
UPDATE "reminder_log" SET "run_on" = ("created_at" AT TIME ZONE 'Europe/Warsaw')::date;
--> statement-breakpoint
ALTER TABLE "reminder_log" ALTER COLUMN "run_on" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reversed_on_ck" CHECK ("status" <> 'REVERSED' OR "reversed_on" IS NOT NULL);
